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
import {
  FACET_VOCABULARY,
  baseConditions,
  checkVocabulary,
  facetConditions,
  facetValues,
} from './partner-filters.js';
import { PARTNER_CARD_COLUMNS, PUBLIC_PARTNER, type PartnerCardRow } from './partner-row.js';
import { sortKeys } from './partner-sorts.js';
import { textSearch } from './partner-text-search.js';
import { toSummary, type ViewContext } from './partner-views.js';
import { SqlParams } from './sql-params.js';

export interface PartnerSearchRequest {
  readonly programId: string;
  readonly params: PartnerListParams;
  readonly view: ViewContext;
  /** Publishable keys page through at most 50 per request. */
  readonly maxLimit: number;
  readonly now: Date;
}

/** Without an explicit seed the shuffle changes once a day (UTC), and stays put while paging. */
const dailySeed = (now: Date) => Math.floor(now.getTime() / 86_400_000);

/**
 * `GET /v1/partners`: filters, full-text search, disjunctive facet counts, a total count and one
 * keyset-paginated page, in a single statement.
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

  const sort = params.sort ?? (text ? 'relevance' : 'featured');
  const score = text ? 'p.score' : null;
  // The seed is fixed by the request, else by the cursor, else by the day; key types do not depend on it.
  const keyTypes = sortKeys(sort, new SqlParams(), 0, score).map((k) => k.type);
  const decoded = params.cursor === undefined ? undefined : decodeCursor(params.cursor, keyTypes);
  const seed = params.seed ?? decoded?.s ?? dailySeed(request.now);
  const hash = queryHash({ ...params, limit: undefined, cursor: undefined, sort, seed });
  if (decoded && decoded.h !== hash) throw cursorMismatch();
  const keys = sortKeys(sort, sql, seed, score);

  const cursorCondition = decoded
    ? `ROW(${keys.map((k) => k.expression).join(', ')}) > ROW(${keys
        .map((k, i) =>
          k.type === 'text'
            ? `(${sql.add(decoded.k[i], 'text')} COLLATE "C")`
            : sql.add(decoded.k[i], 'bigint'),
        )
        .join(', ')})`
    : 'TRUE';
  const keyNames = keys.map((_, i) => `sort_key_${i}`).join(', ');
  const facets = PARTNER_FACETS.filter((facet) => params.facets?.includes(facet));
  const facetBranches = facets.map((facet) => {
    // Disjunctive: a facet's counts ignore its own filter, so every checkbox shows what ticking it adds.
    const others = Object.entries(conditions)
      .filter(([name]) => name !== facet)
      .map(([, c]) => c);
    return `SELECT ${sql.add(facet)}::text AS facet, unnest(${facetValues(facet, sql, view.taxonomy.keys('regions'))}) AS value
      FROM base p WHERE ${where(others)}`;
  });

  // One statement: the text match and score run once, over one materialized base set, and the
  // page, the total and every facet count are read from it (PGlite runs one statement at a time).
  const statement = sql.bind(`
    WITH base AS MATERIALIZED (
      SELECT ${PARTNER_CARD_COLUMNS}, p.sort_name, p.countries_served, ${text ? text.score : '0'}::bigint AS score
        FROM partners p WHERE ${where(base)}),
    matched AS MATERIALIZED (SELECT * FROM base p WHERE ${where(Object.values(conditions))}),
    page AS (
      SELECT p.*, ${keys.map((k, i) => `${k.expression} AS sort_key_${i}`).join(', ')}
        FROM matched p WHERE ${cursorCondition}
       ORDER BY ${keyNames} LIMIT ${sql.add(limit + 1, 'int')}),
    facet_counts AS (
      ${facetBranches.length > 0 ? `SELECT facet, value, count(*)::int AS count FROM (${facetBranches.join(' UNION ALL ')}) f GROUP BY facet, value` : 'SELECT NULL::text AS facet, NULL::text AS value, 0 AS count WHERE FALSE'})
    SELECT (SELECT count(*)::int FROM matched) AS total,
           COALESCE((SELECT json_agg(page ORDER BY ${keyNames}) FROM page), '[]'::json) AS page,
           COALESCE((SELECT json_agg(facet_counts) FROM facet_counts), '[]'::json) AS facets`);
  const { rows } = await db.query<{ total: number; page: SearchRow[]; facets: FacetCountRow[] }>(
    statement.text,
    statement.values,
  );
  const result = rows[0]!;
  const page = result.page.slice(0, limit);
  const hasMore = result.page.length > limit;
  const last = page.at(-1);
  const list: PartnerList = {
    object: 'list',
    data: page.map((row) => toSummary(row, view.publicUrl)),
    has_more: hasMore,
    next_cursor:
      hasMore && last
        ? encodeCursor({
            h: hash,
            s: seed,
            k: keys.map((k, i) =>
              k.type === 'bigint' ? Number(last[`sort_key_${i}`]) : String(last[`sort_key_${i}`]),
            ),
          })
        : null,
    total_count: result.total,
  };
  if (facets.length > 0) list.facets = facetLists(params, view, facets, result.facets);
  return list;
}

type SearchRow = PartnerCardRow & Record<`sort_key_${number}`, string | number>;
interface FacetCountRow {
  facet: PartnerFacet;
  value: string;
  count: number;
}

const where = (conditions: readonly string[]) => conditions.map((c) => `(${c})`).join(' AND ') || 'TRUE';

/** Facet counts as lists: by count, then vocabulary order or label; selected values always present. */
function facetLists(
  params: PartnerListParams,
  view: ViewContext,
  facets: readonly PartnerFacet[],
  rows: readonly FacetCountRow[],
): Facets {
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
