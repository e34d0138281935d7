import * as z from 'zod/mini';
import { DEAL_STATUSES } from './deal-lifecycle.js';
import {
  DEAL_LIST_DEFAULT_LIMIT,
  DEAL_LIST_MAX_LIMIT,
  DEAL_LIST_MAX_Q,
  DEAL_SORTS,
} from './deal-query-constants.js';
import { Key } from './primitives.js';
import { multi, single, type QueryValues } from './query.js';

export * from './deal-query-constants.js';

/** A calendar date (`2026-11-01`, midnight UTC) or an ISO 8601 timestamp with its offset. */
const DateOrTimestamp = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: 'Expected a date (YYYY-MM-DD) or an ISO 8601 timestamp',
});

/** `GET /v1/deal_registrations` query parameters. Filters combine with AND; `status` values with OR. */
export const dealListQuery = {
  status: multi(z.enum(DEAL_STATUSES), 'Statuses (repeatable or comma list).'),
  stage: single(Key, 'A stage key of the deal registration form.'),
  q: single(
    z.string().check(z.maxLength(DEAL_LIST_MAX_Q)),
    'Case-insensitive substring of the customer’s company name, the contact’s first name, last name or email, or the registration number (`DR-000123`). Trimmed; empty is no filter.',
  ),
  created_after: single(DateOrTimestamp, 'Created at or after this date or timestamp (inclusive).'),
  created_before: single(DateOrTimestamp, 'Created before this date or timestamp (exclusive).'),
  expires_before: single(
    DateOrTimestamp,
    'Protection expires before this date or timestamp (exclusive); registrations without protection are left out.',
  ),
  sort: single(
    z.enum(DEAL_SORTS),
    '`-created_at` (default, newest first), `expected_close_date` (soonest first), `-amount` (largest first, in minor units as stored: currencies are not converted), `protection_expires_at` (soonest first, registrations without protection last).',
  ),
  limit: single(
    z.int().check(z.minimum(1), z.maximum(DEAL_LIST_MAX_LIMIT)),
    `Page size, 1–${DEAL_LIST_MAX_LIMIT}; default ${DEAL_LIST_DEFAULT_LIMIT}.`,
    'int',
  ),
  cursor: single(
    z.string().check(z.maxLength(1024)),
    'Opaque cursor from `next_cursor`; only valid with the same filters and sort (else `400 invalid_cursor`).',
  ),
};

export type DealListQueryValues = QueryValues<typeof dealListQuery>;
