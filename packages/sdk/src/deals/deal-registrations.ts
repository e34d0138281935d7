import type {
  DealCheckRequest,
  DealCheckResult,
  DealRegistration,
  DealRegistrationCreate,
  DealRegistrationForm,
  DealRegistrationHistory,
  DealRegistrationList,
  DealSort,
  DealStatus,
  Me,
} from '@flywheel/contract/browser';
import { coreOf, type ClientCore, type RequestOptions } from '../client-core.js';
import { FlywheelError } from '../errors.js';
import { newIdempotencyKey } from '../idempotency-key.js';
import { onDemand } from '../on-demand.js';
import { toSearchParams } from '../query-string.js';
import type { FlywheelClient } from '../client.js';
import { send, type TransportResponse } from '../transport.js';

export interface DealWriteOptions {
  signal?: AbortSignal;
  /**
   * One key per user action: make it when the partner presses the button and keep it (with the
   * draft, across reloads) until the action succeeded, so no retry can act twice. By default a new
   * key is made for this call and reused for its own retries.
   */
  idempotencyKey?: string;
}

/** Filters, order and page of `list()`; filters combine with AND. */
export interface DealListParams {
  /** Any of these statuses. */
  status?: DealStatus[];
  /** A stage key of the form (`form().stages`). */
  stage?: string;
  /**
   * Case-insensitive substring of the customer's company name, the contact's first name, last name
   * or email, or the registration number (`DR-000123`); trimmed, at most 200 characters.
   */
  q?: string;
  /** `-created_at` (default, newest first) | `expected_close_date` | `-amount` | `protection_expires_at`. */
  sort?: DealSort;
  /** Created at or after: a date (`2026-11-01`, midnight UTC), an ISO timestamp or a `Date`. */
  createdAfter?: string | Date;
  /** Created before (exclusive): a date, an ISO timestamp or a `Date`. */
  createdBefore?: string | Date;
  /** Protection expires before (exclusive); registrations without protection are left out. */
  expiresBefore?: string | Date;
  /** Page size, 1–100; default 20. */
  limit?: number;
  /**
   * `next_cursor` of the previous page, with the same filters and sort (other filters are refused
   * with `invalid_cursor`).
   */
  cursor?: string;
}

const instant = (value: string | Date | undefined) => (value instanceof Date ? value.toISOString() : value);

const loadDealValidation = onDemand(() => import('./deal-validation.js'), 'deal validation');

/**
 * `/v1/deal_registrations` for a partner's portal (a client made with `fetchSession`), or for the
 * platform's backend (secret key). Reads are never served from the cache: a registration's status
 * changes on the platform's side.
 */
export class DealRegistrationsResource {
  constructor(private readonly core: ClientCore) {}

  /** The form to show: standard and custom fields, currencies with exponents, stages, products. */
  form(options: RequestOptions = {}): Promise<DealRegistrationForm> {
    return this.read(
      '/v1/deal_registration_form',
      undefined,
      'DealRegistrationForm',
      'deal registration form',
      options,
    );
  }

  /**
   * One page of registrations (a partner session sees its partner's only) with `total_count`, the
   * number matching the filters across all pages; pass `next_cursor` back as `cursor` for the next.
   */
  list(params: DealListParams = {}, options: RequestOptions = {}): Promise<DealRegistrationList> {
    const query = toSearchParams({
      status: params.status && params.status.length > 0 ? params.status.join(',') : undefined,
      stage: params.stage,
      q: params.q?.trim() || undefined,
      created_after: instant(params.createdAfter),
      created_before: instant(params.createdBefore),
      expires_before: instant(params.expiresBefore),
      sort: params.sort,
      limit: params.limit,
      cursor: params.cursor,
    });
    return this.read(
      '/v1/deal_registrations',
      query,
      'DealRegistrationList',
      'deal registration list',
      options,
    );
  }

  /**
   * `GET /v1/me`: who the session acts for (program, partner, partner user) and what it may do. The
   * deal form keys its drafts by it, so one partner's draft never shows for another.
   */
  me(options: RequestOptions = {}): Promise<Me> {
    return this.read('/v1/me', undefined, 'Me', 'credential', options);
  }

  get(id: string, options: RequestOptions = {}): Promise<DealRegistration> {
    return this.read(
      `/v1/deal_registrations/${encodeURIComponent(id)}`,
      undefined,
      'DealRegistration',
      'deal registration',
      options,
    );
  }

  /**
   * A registration's history, oldest first: who acted, the action, the status before and after, and
   * the message (a partner sees the platform's messages addressed to it). Another partner's id is a
   * `not_found`, as for `get()`.
   */
  history(id: string, options: RequestOptions = {}): Promise<DealRegistrationHistory> {
    return this.read(
      `/v1/deal_registrations/${encodeURIComponent(id)}/history`,
      undefined,
      'DealRegistrationHistory',
      'deal registration history',
      options,
    );
  }

  /**
   * Registers a deal (`submit: true` submits it at once). Validated first with the schema the server
   * uses, so field errors arrive before a round trip with the same pointers; then sent exactly once
   * however often the network makes it retry.
   */
  async create(input: DealRegistrationCreate, options: DealWriteOptions = {}): Promise<DealRegistration> {
    const { dealSchemas, validateJson } = await loadDealValidation();
    const errors = validateJson(dealSchemas.DealRegistrationCreate, input);
    if (errors.length > 0) {
      throw new FlywheelError({
        code: 'validation_failed',
        message: 'Some fields are invalid.',
        status: 422,
        errors,
      });
    }
    return this.write('/v1/deal_registrations', input, options);
  }

  /** Duplicate and conflict pre-check for a customer being typed (only the kind of match comes back). */
  async check(input: DealCheckRequest, options: { signal?: AbortSignal } = {}): Promise<DealCheckResult> {
    const validation = loadDealValidation();
    // A check changes nothing, so a fresh key per call is right: retries of this call share it.
    return this.core.create(
      '/v1/deal_registrations/check',
      input,
      newIdempotencyKey(),
      async (response) => {
        const { dealSchemas, validateResponse } = await validation;
        return validateResponse<DealCheckResult>(
          dealSchemas.DealCheckResult,
          response.body,
          'deal check',
          response,
        );
      },
      options.signal,
    );
  }

  /**
   * Edits a `draft` or `needs_info` registration (only `stage` and `notes` once approved): each
   * section sent replaces the stored one. `version` is the registration's `version` you edited; if it
   * changed since, the server answers `412 precondition_failed` and nothing is lost on either side.
   */
  async update(
    id: string,
    version: number,
    patch: Omit<Partial<DealRegistrationCreate>, 'submit'>,
    options: DealWriteOptions = {},
  ): Promise<DealRegistration> {
    const validation = loadDealValidation();
    // With If-Match, an edit of a changed registration is refused; with an Idempotency-Key, a retry
    // of an edit that landed gets the first answer replayed instead of a 412.
    const response = await send(this.core.transport, {
      method: 'PATCH',
      path: `/v1/deal_registrations/${encodeURIComponent(id)}`,
      body: patch,
      ifMatch: `"${version}"`,
      idempotencyKey: options.idempotencyKey ?? newIdempotencyKey(),
      signal: options.signal,
    });
    const { dealSchemas, validateResponse } = await validation;
    return validateResponse<DealRegistration>(
      dealSchemas.DealRegistration,
      response.body,
      'deal registration',
      response,
    );
  }

  /** `draft` or `needs_info` → `submitted` (runs the duplicate rules). */
  submit(id: string, options: DealWriteOptions = {}): Promise<DealRegistration> {
    return this.write(`/v1/deal_registrations/${encodeURIComponent(id)}/submit`, {}, options);
  }

  /** Before approval: → `withdrawn`, with an optional reason. */
  withdraw(id: string, reason?: string, options: DealWriteOptions = {}): Promise<DealRegistration> {
    return this.write(
      `/v1/deal_registrations/${encodeURIComponent(id)}/withdraw`,
      reason ? { reason } : {},
      options,
    );
  }

  private read<T>(
    path: string,
    query: URLSearchParams | undefined,
    schema:
      'DealRegistrationForm' | 'DealRegistrationList' | 'DealRegistration' | 'DealRegistrationHistory' | 'Me',
    what: string,
    options: RequestOptions,
  ): Promise<T> {
    const validation = loadDealValidation();
    return this.core.read(
      path,
      query,
      async (response) => {
        const { dealSchemas, validateResponse } = await validation;
        return validateResponse<T>(dealSchemas[schema], response.body, what, response);
      },
      { ...options, fresh: options.fresh ?? true },
    );
  }

  private write(path: string, body: unknown, options: DealWriteOptions): Promise<DealRegistration> {
    const validation = loadDealValidation();
    return this.core.create(
      path,
      body,
      options.idempotencyKey ?? newIdempotencyKey(),
      async (response: TransportResponse) => {
        const { dealSchemas, validateResponse } = await validation;
        return validateResponse<DealRegistration>(
          dealSchemas.DealRegistration,
          response.body,
          'deal registration',
          response,
        );
      },
      options.signal,
    );
  }
}

/** The deal registrations of a client: `dealRegistrations(createClient({ apiBase, fetchSession }))`. */
export function dealRegistrations(client: FlywheelClient): DealRegistrationsResource {
  return new DealRegistrationsResource(coreOf(client));
}
