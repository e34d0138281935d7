import {
  DEFAULT_PAGE_SIZE,
  MAX_PUBLIC_PAGE_SIZE,
  PARTNER_FACETS,
  type FacetValue,
  type Facets,
  type PartnerFacet,
  type PartnerList,
  type PartnerListParams,
} from '@flywheel/contract';
import type { Queryable } from '../db/database.js';
import { ProblemError } from '../http/problem-error.js';
import { countryName, languageName } from './display-names.js';
import { cursorMismatch, decodeCursor, encodeCursor, queryHash } from './partner-cursor.js';
import { baseConditions, checkVocabulary, facetConditions, facetValues } from './partner-filters.js';
import { PARTNER_CARD_COLUMNS, PUBLIC_PARTNER, type PartnerCardRow } from './partner-row.js';
import { sortKeys } from './partner-sorts.js';
import { textSearch } from './partner-text-search.js';
import { toSummary, type ViewContext } from './partner-views.js';
import { SqlParams } from './sql-params.js';
import type { ProgramVocabulary } from '@flywheel/contract';

export interface PartnerSearchRequest {
  readonly programId: string;
  readonly params: PartnerListParams;
  readonly view: ViewContext;
  /** Publishable keys page through at most 50 per request. */
  readonly maxLimit: number;
  readonly now: Date;
}

const FACET_VOCABULARY: Partial<Record<PartnerFacet, ProgramVocabulary>> = {
  type: 'partner_types',
  tier: 'tiers',
  region: 'regions',
  industry: 'industries',
  expertise: 'expertise',
  certification: 'certifications',
  badge: 'badges',
};

/** Without an explicit seed the shuffle changes once a day (UTC), and stays put while paging. */
const dailySeed = (now: Date) => Math.floor(now.getTime() / 86_400_000);

/**
 * `GET /v1/partners`: filters, full-text search, disjunctive facet counts, a total count and one
 * keyset-paginated page, in three queries over one CTE shape.
 */
export async function searchPartners(db: Queryable, request: PartnerSearchRequest): Promise<PartnerList> {
  const { params, view } = request;
  checkVocabulary(params, view.taxonomy);
  const limit = params.limit ?? DEFAULT_PAGE_SIZE;
  if (limit > request.maxLimit) {
    throw new ProblemError('invalid_request', {
      errors: [
        {
          pointer: '#/query/limit',
          code: 'too_big',
          message: `Publishable keys may request at most ${MAX_PUBLIC_PAGE_SIZE} partners per page.`,
        },
      ],
    });
  }

  const sql = new SqlParams();
  const program = sql.add(request.programId);
  const text = params.q === undefined ? null : textSearch(params.q, sql);
  const base = [`p.program_id = ${program}`, PUBLIC_PARTNER, ...baseConditions(params, view.taxonomy, sql)];
  if (text) base.push(text.match);
  const conditions = facetConditions(params, sql);
  const allConditions = Object.values(conditions);

  const sort = params.sort ?? (text ? 'relevance' : 'featured');
  const queryIdentity = { ...params, limit: undefined, cursor: undefined, sort };
  // The seed is fixed by the request, else by the cursor, else by the day; key types do not depend on it.
  const keyTypes = sortKeys(sort, new SqlParams(), 0, text?.score ?? null).map((k) => k.type);
  const decoded = params.cursor === undefined ? undefined : decodeCursor(params.cursor, keyTypes);
  const seed = params.seed ?? decoded?.s ?? dailySeed(request.now);
  const hash = queryHash({ ...queryIdentity, seed });
  if (decoded && decoded.h !== hash) throw cursorMismatch();

  const keys = sortKeys(sort, sql, seed, text?.score ?? null);
  const where = (extra: string[]) => [...extra].map((c) => `(${c})`).join(' AND ') || 'TRUE';
  const cte = `WITH base AS (SELECT p.* FROM partners p WHERE ${where(base)})`;

  // Page: one row more than asked tells whether there is a next page.
  const pageConditions = [...allConditions];
  if (decoded) {
    const left = keys.map((k) => k.expression).join(', ');
    const right = keys
      .map((k, i) =>
        k.type === 'text'
          ? `(${sql.add(decoded.k[i], 'text')} COLLATE "C")`
          : sql.add(decoded.k[i], 'bigint'),
      )
      .join(', ');
    pageConditions.push(`ROW(${left}) > ROW(${right})`);
  }
  const keyColumns = keys.map((k, i) => `${k.expression} AS sort_key_${i}`).join(', ');
  const pageSql = `${cte}
    SELECT ${PARTNER_CARD_COLUMNS}, ${keyColumns} FROM base p
    WHERE ${where(pageConditions)}
    ORDER BY ${keys.map((_, i) => `sort_key_${i}`).join(', ')}
    LIMIT ${sql.add(limit + 1, 'int')}`;

  const pageStatement = sql.bind(pageSql);
  const page = await db.query<PartnerCardRow & Record<string, unknown>>(
    pageStatement.text,
    pageStatement.values,
  );
  const rows = page.rows.slice(0, limit);
  const hasMore = page.rows.length > limit;
  const last = rows.at(-1);
  const nextCursor =
    hasMore && last
      ? encodeCursor({
          h: hash,
          s: seed,
          k: keys.map((k, i) => {
            const value = last[`sort_key_${i}`];
            return k.type === 'bigint' ? Number(value) : String(value);
          }),
        })
      : null;

  const countSql = `${cte} SELECT count(*)::int AS total FROM base p WHERE ${where(allConditions)}`;
  const countStatement = sql.bind(countSql);
  const total = await db.query<{ total: number }>(countStatement.text, countStatement.values);

  const list: PartnerList = {
    object: 'list',
    data: rows.map((row) => toSummary(row, view.publicUrl)),
    has_more: hasMore,
    next_cursor: nextCursor,
    total_count: total.rows[0]?.total ?? 0,
  };
  if (params.facets && params.facets.length > 0) {
    list.facets = await countFacets(db, params, view, sql, cte, conditions, params.facets);
  }
  return list;
}

async function countFacets(
  db: Queryable,
  params: PartnerListParams,
  view: ViewContext,
  sql: SqlParams,
  cte: string,
  conditions: Partial<Record<PartnerFacet, string>>,
  requested: readonly PartnerFacet[],
): Promise<Facets> {
  const facets = PARTNER_FACETS.filter((facet) => requested.includes(facet));
  const allRegions = view.taxonomy.keys('regions');
  const branches = facets.map((facet) => {
    // Disjunctive: a facet's counts ignore its own filter, so every checkbox shows what ticking it adds.
    const others = Object.entries(conditions)
      .filter(([name]) => name !== facet)
      .map(([, condition]) => `(${condition})`);
    return `SELECT ${sql.add(facet)}::text AS facet, unnest(${facetValues(facet, sql, allRegions)}) AS value
      FROM base p WHERE ${others.join(' AND ') || 'TRUE'}`;
  });
  const statement = `${cte}
    SELECT facet, value, count(*)::int AS count FROM (${branches.join(' UNION ALL ')}) f GROUP BY facet, value`;
  const bound = sql.bind(statement);
  const { rows } = await db.query<{ facet: PartnerFacet; value: string; count: number }>(
    bound.text,
    bound.values,
  );

  const result: Facets = {};
  for (const facet of facets) {
    const selected = new Set<string>(selectedValues(params, facet));
    const counts = new Map(rows.filter((row) => row.facet === facet).map((row) => [row.value, row.count]));
    for (const value of selected) if (!counts.has(value)) counts.set(value, 0);
    const vocabulary = FACET_VOCABULARY[facet];
    const values: FacetValue[] = [...counts].map(([value, count]) => ({
      value,
      label: labelOf(facet, value, view),
      count,
      selected: selected.has(value),
    }));
    values.sort(
      (a, b) =>
        b.count - a.count ||
        (vocabulary
          ? (view.taxonomy.position(vocabulary, a.value) ?? 0) -
            (view.taxonomy.position(vocabulary, b.value) ?? 0)
          : a.label.localeCompare(b.label, view.locale)),
    );
    result[facet] = values;
  }
  return result;
}

function selectedValues(params: PartnerListParams, facet: PartnerFacet): readonly string[] {
  return params[facet] ?? [];
}

function labelOf(facet: PartnerFacet, value: string, view: ViewContext): string {
  if (facet === 'language') return languageName(value, view.locale);
  if (facet === 'country') return countryName(value, view.locale);
  const vocabulary = FACET_VOCABULARY[facet];
  return vocabulary ? view.taxonomy.label(vocabulary, value, view.locale) : value;
}
