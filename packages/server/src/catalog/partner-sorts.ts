import type { PartnerSort } from '@flywheel/contract';
import type { SqlParams } from './sql-params.js';

/** One ascending sort key: descending orders are expressed by negating numbers. */
export interface SortKey {
  expression: string;
  type: 'text' | 'bigint';
}

const id: SortKey = { expression: 'p.id COLLATE "C"', type: 'text' };
const name: SortKey = { expression: 'p.sort_name COLLATE "C"', type: 'text' };

/**
 * Every sort ends with the id, so the order is total and keyset pagination never skips or repeats.
 * Text keys compare bytewise (`COLLATE "C"`), so PGlite and any PostgreSQL locale agree.
 */
export function sortKeys(
  sort: Exclude<PartnerSort, 'relevance'> | 'relevance',
  sql: SqlParams,
  seed: number,
  score: string | null,
): SortKey[] {
  const shuffle = (): SortKey => ({
    expression: `md5(${sql.add(`${seed}:`)} || p.id) COLLATE "C"`,
    type: 'text',
  });
  switch (sort) {
    case 'relevance':
      if (score) return [{ expression: `-(${score})`, type: 'bigint' }, id];
      return sortKeys('featured', sql, seed, null);
    case 'featured':
      // Featured first, then higher tiers, then a seeded shuffle so equal partners take turns on top.
      return [
        { expression: '-(p.featured::int)::bigint', type: 'bigint' },
        { expression: '-(p.tier_rank)::bigint', type: 'bigint' },
        shuffle(),
        id,
      ];
    case 'name':
      return [name, id];
    case '-tier':
      return [{ expression: '-(p.tier_rank)::bigint', type: 'bigint' }, name, id];
    case '-rating':
      return [
        { expression: 'COALESCE(-(p.rating_x10)::bigint, 1)', type: 'bigint' },
        { expression: '-(COALESCE(p.rating_count, 0))::bigint', type: 'bigint' },
        id,
      ];
    case '-joined_at':
      return [{ expression: '-(extract(epoch FROM p.joined_at) * 1000)::bigint', type: 'bigint' }, id];
    case 'shuffle':
      return [shuffle(), id];
  }
}
