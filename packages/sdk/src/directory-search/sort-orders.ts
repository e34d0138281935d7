import type { PartnerIndexEntry } from '@flywheel/contract';
import { nameSortKey } from './fold-text.js';
import { hashString, seededHash } from './seeded-hash.js';

/** A total order of all entries: `order[position] = entry`, `rank[entry] = position`. */
export interface Permutation {
  readonly order: Int32Array;
  readonly rank: Int32Array;
}

/** Orders that do not depend on the query, so a sort becomes a filter over a presorted permutation. */
export type StaticOrder = 'name' | '-tier' | '-rating' | '-joined_at';
export type SeededOrder = 'featured' | 'shuffle';

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Seeded orders kept (paging back and forth between seeds stays cheap). */
const SEEDED_CACHE_SIZE = 4;
/** Above any relevance score (see text-index.ts), so `(MAX - score) * n + rank` orders by score, then rank. */
const MAX_SCORE = 2 ** 22;
/** Tier ranks above this sort as this (real ladders have a handful of tiers). */
const MAX_TIER = 4095;
/** Review counts above this tie (and fall back to the id). */
const MAX_REVIEWS = 2 ** 20 - 1;

function withRanks(order: Int32Array): Permutation {
  const rank = new Int32Array(order.length);
  for (let position = 0; position < order.length; position++) rank[order[position]!] = position;
  return { order, rank };
}

function sortedBy(n: number, compare: (a: number, b: number) => number): Permutation {
  return withRanks(Int32Array.from(Array.from({ length: n }, (_, e) => e).sort(compare)));
}

/**
 * Orders entries by `major` ascending, ties by their rank in `tieBreak`, with one native numeric
 * sort: each key packs `major * n + tie rank` (exact while `major < 2^53 / n`).
 */
function sortedByMajor(major: Float64Array, tieBreak: Permutation): Permutation {
  const n = major.length;
  const keys = new Float64Array(n);
  for (let e = 0; e < n; e++) keys[e] = major[e]! * n + tieBreak.rank[e]!;
  keys.sort();
  const order = new Int32Array(n);
  for (let position = 0; position < n; position++) order[position] = tieBreak.order[keys[position]! % n]!;
  return withRanks(order);
}

/**
 * Orders entries by `key` ascending, entries with equal keys by `tie`. The keys are sorted natively
 * (no comparator call per comparison, which is most of the cost of a sort on a cold page); each
 * entry then finds its position by binary search, and only runs of equal keys call `tie`.
 */
function sortedByKey(key: Float64Array, tie: (a: number, b: number) => number): Permutation {
  const n = key.length;
  const sorted = key.slice().sort();
  const order = new Int32Array(n).fill(-1);
  for (let e = 0; e < n; e++) {
    let position = lowerBound(sorted, key[e]!);
    while (order[position] !== -1) position++;
    order[position] = e;
  }
  for (let start = 0, end = 1; start < n; start = end, end = start + 1) {
    while (end < n && sorted[end] === sorted[start]) end++;
    if (end - start > 1) order.set(Array.from(order.subarray(start, end)).sort(tie), start);
  }
  return withRanks(order);
}

/**
 * The sort orders of one index, each computed once on first use: the static ones forever, the
 * seeded ones (`featured`, `shuffle`) for the last few seeds. Every order ends with the id, as on
 * the server, so it is total and stable. Strings are compared once, for the id and name orders;
 * every other order is one numeric sort.
 */
export class SortOrders {
  private readonly n: number;
  private readonly statics = new Map<StaticOrder, Permutation>();
  private readonly seeded = new Map<string, Permutation>();
  private readonly idHash: Uint32Array;
  private ids: Permutation | null = null;

  constructor(
    private readonly entries: readonly PartnerIndexEntry[],
    private readonly tierRank: Int32Array,
  ) {
    this.n = entries.length;
    this.idHash = Uint32Array.from(entries, (entry) => hashString(entry.id));
  }

  /** Whether a static order is computed already. */
  has(sort: StaticOrder): boolean {
    return this.statics.has(sort);
  }

  static(sort: StaticOrder): Permutation {
    let order = this.statics.get(sort);
    if (!order) {
      order = this.compute(sort);
      this.statics.set(sort, order);
    }
    return order;
  }

  seededOrder(sort: SeededOrder, seed: number): Permutation {
    const cacheKey = `${sort}:${seed}`;
    let order = this.seeded.get(cacheKey);
    if (order) {
      this.seeded.delete(cacheKey); // most recently used last
    } else {
      const { n, idHash, tierRank, entries } = this;
      // One number per entry: featured first, then higher tiers, then the seeded hash.
      const key = new Float64Array(n);
      for (let e = 0; e < n; e++) {
        const hash = seededHash(seed, idHash[e]!);
        key[e] =
          sort === 'shuffle'
            ? hash
            : (entries[e]!.featured ? 0 : 2 ** 45) +
              (MAX_TIER - Math.min(tierRank[e]!, MAX_TIER)) * 2 ** 32 +
              hash;
      }
      // Equal keys (a hash collision within a group) are rare: compare their ids then.
      order = sortedByKey(key, (a, b) => byCodeUnits(entries[a]!.id, entries[b]!.id));
      if (this.seeded.size >= SEEDED_CACHE_SIZE) this.seeded.delete(this.seeded.keys().next().value!);
    }
    this.seeded.set(cacheKey, order);
    return order;
  }

  /** `count` matched entries (listed in `matches`, flagged in `flags`) in the order of `sorted`. */
  arrange(sorted: Permutation, matches: Int32Array, count: number, flags: Uint8Array): Int32Array {
    const result = new Int32Array(count);
    // Few matches: sort their positions; many: walk the whole permutation once.
    if (count * 16 < this.n) {
      for (let i = 0; i < count; i++) result[i] = sorted.rank[matches[i]!]!;
      result.sort();
      for (let i = 0; i < count; i++) result[i] = sorted.order[result[i]!]!;
      return result;
    }
    const { order } = sorted;
    for (let position = 0, i = 0; i < count; position++) {
      const e = order[position]!;
      if (flags[e] === 1) result[i++] = e;
    }
    return result;
  }

  /** Matched entries by score, descending, then by tier (descending), name and id. */
  byScore(scores: Int32Array, matches: Int32Array, count: number): Int32Array {
    const { rank, order } = this.static('-tier');
    const n = this.n;
    const keys = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      const e = matches[i]!;
      keys[i] = (MAX_SCORE - Math.min(scores[e]!, MAX_SCORE)) * n + rank[e]!;
    }
    keys.sort();
    const result = new Int32Array(count);
    for (let i = 0; i < count; i++) result[i] = order[keys[i]! % n]!;
    return result;
  }

  private compute(sort: StaticOrder): Permutation {
    const { n, entries, tierRank } = this;
    switch (sort) {
      case 'name': {
        const names = entries.map((entry) => nameSortKey(entry.name));
        const ids = this.idOrder();
        return sortedBy(n, (a, b) => byCodeUnits(names[a]!, names[b]!) || ids.rank[a]! - ids.rank[b]!);
      }
      case '-tier':
        return sortedByMajor(
          Float64Array.from(tierRank, (tier) => MAX_TIER - Math.min(tier, MAX_TIER)),
          this.static('name'),
        );
      case '-rating':
        // The server's `rating_x10` descending, unrated last; then more reviews first; then id.
        return sortedByMajor(
          Float64Array.from(entries, ({ rating }) =>
            rating
              ? (50 - Math.min(Math.max(Math.round(rating.average * 10), 0), 50)) * (MAX_REVIEWS + 1) +
                (MAX_REVIEWS - Math.min(rating.count, MAX_REVIEWS))
              : 51 * (MAX_REVIEWS + 1),
          ),
          this.idOrder(),
        );
      case '-joined_at': {
        // Newest first: the rank of each date among the distinct dates, counted from the newest.
        const joined = Float64Array.from(entries, (entry) => Date.parse(entry.joined_at) || 0);
        const dates = joined.slice().sort();
        return sortedByMajor(
          joined.map((date) => n - 1 - upperBound(dates, date)),
          this.idOrder(),
        );
      }
    }
  }

  /** Whether the id order is computed already. */
  get hasIdOrder(): boolean {
    return this.ids !== null;
  }

  /** Entries by id (code units): the last tie-break of every order. */
  idOrder(): Permutation {
    const { entries } = this;
    this.ids ??= sortedBy(this.n, (a, b) => byCodeUnits(entries[a]!.id, entries[b]!.id));
    return this.ids;
  }
}

/** The index of the first element `>= value` in ascending `sorted`. */
function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the last element `<= value` in ascending `sorted`. */
function upperBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
