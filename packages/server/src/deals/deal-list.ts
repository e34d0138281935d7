import {
  DEAL_LIST_DEFAULT_LIMIT,
  type DealActor,
  type DealListQueryValues,
  type DealRegistrationList,
  type DealSort,
} from '@flywheel/contract';
import { cursorMismatch, decodeCursor, encodeCursor, queryHash } from '../catalog/partner-cursor.js';
import { SqlParams } from '../catalog/sql-params.js';
import type { Queryable } from '../db/database.js';
import { ProblemError } from '../http/problem-error.js';
import { DEAL_PROGRAM } from './deal-program.js';
import { DEAL_COLUMNS, dealView, type DealRow } from './deal-row.js';

/** One ascending sort key; descending orders negate numbers. */
interface SortKey {
  expression: string;
  type: 'text' | 'bigint';
}

const id: SortKey = { expression: 'd.id COLLATE "C"', type: 'text' };
/** Microseconds since the epoch: exact, and within JavaScript's safe integers until the year 2255. */
const micros = (timestamp: string) => `(extract(epoch FROM ${timestamp}) * 1000000)::bigint`;
const expiresAt = `(d.protection->>'expires_at')`;

/**
 * Every order ends with the id, so it is total and keyset pagination never skips or repeats a row.
 * Text keys compare bytewise (`COLLATE "C"`), so PGlite and any PostgreSQL locale agree.
 */
function sortKeys(sort: DealSort): SortKey[] {
  switch (sort) {
    case '-created_at':
      return [{ expression: `-${micros('d.created_at')}`, type: 'bigint' }, id];
    case 'expected_close_date':
      // `YYYY-MM-DD` sorts as text; a missing date (never stored today) would come last.
      return [
        {
          expression: `COALESCE(d.data->'opportunity'->>'expected_close_date', '~') COLLATE "C"`,
          type: 'text',
        },
        id,
      ];
    case '-amount':
      // Minor units as stored, whatever the currency: the list does not convert money.
      return [
        {
          expression: `-COALESCE((d.data->'opportunity'->'amount'->>'amount')::bigint, 0)`,
          type: 'bigint',
        },
        id,
      ];
    case 'protection_expires_at':
      return [
        { expression: `(${expiresAt} IS NULL)::int::bigint`, type: 'bigint' },
        { expression: `COALESCE(${micros(`${expiresAt}::timestamptz`)}, 0)`, type: 'bigint' },
        id,
      ];
  }
}

/** A date (midnight UTC) or timestamp parameter as an ISO instant, or undefined. */
const instant = (value: string | undefined) =>
  value === undefined ? undefined : new Date(value).toISOString();

/** `DR-000123` as SQL, lowercased (the number is never cut: `DR-1234567`). */
const NUMBER_TEXT = `'dr-' || repeat('0', greatest(0, 6 - length(d.number::text))) || d.number::text`;

export interface DealListRequest {
  programId: string;
  /** The partner of a partner session; undefined for the platform (every partner). */
  partnerId: string | undefined;
  actor: DealActor;
  params: DealListQueryValues;
}

/**
 * `GET /v1/deal_registrations`: filters, one keyset-paginated page and the exact total, in a single
 * statement. The cursor holds the last row's sort key and id and a hash of the filters and sort.
 */
export async function listDeals(db: Queryable, request: DealListRequest): Promise<DealRegistrationList> {
  const { params } = request;
  if (params.stage !== undefined && !DEAL_PROGRAM.stages.some((s) => s.key === params.stage)) {
    throw new ProblemError('invalid_request', {
      errors: [
        {
          pointer: '#/query/stage',
          code: 'invalid_value',
          message: `Unknown stage ${params.stage}; expected one of ${DEAL_PROGRAM.stages.map((s) => s.key).join(', ')}.`,
        },
      ],
    });
  }
  const sort = params.sort ?? '-created_at';
  const limit = params.limit ?? DEAL_LIST_DEFAULT_LIMIT;
  const q = params.q?.trim().toLowerCase() || undefined;
  const statuses = params.status ? [...params.status].sort() : undefined;
  const createdAfter = instant(params.created_after);
  const createdBefore = instant(params.created_before);
  const expiresBefore = instant(params.expires_before);

  const keys = sortKeys(sort);
  const decoded =
    params.cursor === undefined
      ? undefined
      : decodeCursor(
          params.cursor,
          keys.map((k) => k.type),
        );
  const hash = queryHash({
    partner: request.partnerId ?? null,
    status: statuses,
    stage: params.stage,
    q,
    created_after: createdAfter,
    created_before: createdBefore,
    expires_before: expiresBefore,
    sort,
  });
  if (decoded && decoded.h !== hash) throw cursorMismatch();

  const sql = new SqlParams();
  const where = [`d.program_id = ${sql.add(request.programId, 'text')}`];
  if (request.partnerId !== undefined) where.push(`d.partner_id = ${sql.add(request.partnerId, 'text')}`);
  if (statuses) where.push(`d.status = ANY (${sql.add(statuses, 'text[]')})`);
  if (params.stage !== undefined) where.push(`d.data->>'stage' = ${sql.add(params.stage, 'text')}`);
  if (q !== undefined) {
    const needle = sql.add(q, 'text');
    const fields = [
      `d.data->'customer'->>'company_name'`,
      `d.data->'contact'->>'first_name'`,
      `d.data->'contact'->>'last_name'`,
      `d.data->'contact'->>'email'`,
    ].map((field) => `strpos(lower(${field}), ${needle}) > 0`);
    where.push(`(${[...fields, `strpos(${NUMBER_TEXT}, ${needle}) > 0`].join(' OR ')})`);
  }
  if (createdAfter) where.push(`d.created_at >= ${sql.add(createdAfter, 'timestamptz')}`);
  if (createdBefore) where.push(`d.created_at < ${sql.add(createdBefore, 'timestamptz')}`);
  if (expiresBefore) where.push(`${expiresAt}::timestamptz < ${sql.add(expiresBefore, 'timestamptz')}`);

  const keyNames = keys.map((_, i) => `sort_key_${i}`);
  const cursorCondition = decoded
    ? `ROW(${keyNames.join(', ')}) > ROW(${keys
        .map((k, i) =>
          k.type === 'text'
            ? `(${sql.add(decoded.k[i], 'text')} COLLATE "C")`
            : sql.add(decoded.k[i], 'bigint'),
        )
        .join(', ')})`
    : 'TRUE';
  const statement = sql.bind(`
    WITH matched AS MATERIALIZED (
      SELECT d.id, ${keys.map((k, i) => `${k.expression} AS sort_key_${i}`).join(', ')}
        FROM deal_registrations d WHERE ${where.join(' AND ')}),
    page AS (
      SELECT * FROM matched WHERE ${cursorCondition}
       ORDER BY ${keyNames.join(', ')} LIMIT ${sql.add(limit + 1, 'int')})
    SELECT (SELECT count(*)::int FROM matched) AS total,
           COALESCE((SELECT json_agg(r ORDER BY ${keyNames.map((k) => `r.${k}`).join(', ')})
                       FROM (SELECT ${DEAL_COLUMNS}, ${keyNames.join(', ')}
                               FROM page JOIN deal_registrations USING (id)) r), '[]'::json) AS page`);
  const { rows } = await db.query<{ total: number; page: (DealRow & Record<string, unknown>)[] }>(
    statement.text,
    statement.values,
  );
  const result = rows[0]!;
  const page = result.page.slice(0, limit);
  const hasMore = result.page.length > limit;
  const last = page.at(-1);
  return {
    object: 'list',
    data: page.map((row) => dealView(row, request.actor)),
    has_more: hasMore,
    next_cursor:
      hasMore && last
        ? encodeCursor({
            h: hash,
            s: 0,
            k: keys.map((k, i) =>
              k.type === 'bigint' ? Number(last[`sort_key_${i}`]) : String(last[`sort_key_${i}`]),
            ),
          })
        : null,
    total_count: result.total,
  };
}
