import {
  PARTNER_FACETS,
  REGIONS,
  type PartnerIndexEntry,
  type PartnerSort,
} from '@flywheel/contract/browser';
import {
  acceptedValues,
  countryKey,
  FacetColumnsBuilder,
  passes,
  type FacetColumn,
} from './facet-columns.js';
import { countFacets } from './facet-counts.js';
import { queryWords } from './fold-text.js';
import { SortOrders, type StaticOrder } from './sort-orders.js';
import { TextIndexBuilder, type TextIndex, type TextMatch } from './text-index.js';
import type { DirectoryQuery, DirectoryResult, DirectorySearch, DirectorySearchOptions } from './types.js';

const DAY_MS = 86_400_000;
/** Text matches kept (each holds two arrays the size of the index). */
const RECENT_TEXT_MATCHES = 8;
/**
 * Orders `prepare` computes ahead (`-tier` also breaks relevance ties), one per step: `name` before
 * `-tier`, which is ordered by name within a tier.
 */
const STATIC_ORDERS: readonly StaticOrder[] = ['name', '-tier', '-rating', '-joined_at'];
/** Entries read per step of a sliced {@link IndexedDirectory.prepare}: about a millisecond, cold. */
const PREPARE_SLICE = 64;

/**
 * Builds the client-side search engine over a directory index, once; every `query` then filters,
 * facets and sorts in memory with no network and little allocation. Semantics are those of
 * `GET /v1/partners` (see the README of this folder for the few differences).
 */
export function createDirectorySearch(
  entries: readonly PartnerIndexEntry[],
  options: DirectorySearchOptions = {},
): DirectorySearch {
  return new IndexedDirectory(entries, options);
}

interface ActiveFilter {
  readonly column: FacetColumn;
  readonly accepted: Uint8Array;
}

class IndexedDirectory implements DirectorySearch {
  readonly size: number;
  /** Built by {@link prepare} or the first query with words: the first screen never waits for it. */
  private text: TextIndex | null = null;
  private readonly extraText: ((entry: PartnerIndexEntry) => string) | undefined;
  private readonly regions: readonly string[];
  /** Built by the first query that filters or counts facets (or by {@link prepare}), like the text. */
  private facetColumns: FacetColumn[] | null = null;
  /** Partly read structures of a sliced {@link prepare}: a query that needs one finishes it. */
  private columnsBuilder: FacetColumnsBuilder | null = null;
  private textBuilder: TextIndexBuilder | null = null;
  private readonly sorts: SortOrders;
  private readonly tierRank: Int32Array;
  private readonly featured: Uint8Array;
  private readonly defaultSeed: number;
  // Scratch space reused by every query.
  private readonly base: Int32Array;
  private readonly failed: Uint16Array;
  private readonly matched: Int32Array;
  private readonly flags: Uint8Array;
  /** Text matches of the last few word lists: changing filters, sorting or backspacing never rescans text. */
  private readonly recentText = new Map<string, TextMatch>();

  constructor(
    private readonly entries: readonly PartnerIndexEntry[],
    options: DirectorySearchOptions,
  ) {
    const n = entries.length;
    this.size = n;
    this.extraText = options.extraText;
    this.regions = options.regions ?? REGIONS;
    this.tierRank = Int32Array.from(entries, (entry) => entry.tier_rank);
    this.featured = Uint8Array.from(entries, (entry) => (entry.featured ? 1 : 0));
    this.sorts = new SortOrders(entries, this.tierRank);
    this.defaultSeed = options.seed ?? Math.floor(Date.now() / DAY_MS);
    this.base = new Int32Array(n);
    this.failed = new Uint16Array(n);
    this.matched = new Int32Array(n);
    this.flags = new Uint8Array(n);
  }

  query(query: DirectoryQuery): DirectoryResult {
    const words = queryWords(query.q ?? '');
    const text = words.length > 0 ? this.textMatch(words) : null;
    const sort: PartnerSort = query.sort ?? (text ? 'relevance' : 'featured');
    const seed = query.seed ?? this.defaultSeed;

    const baseCount = this.selectBase(text, query);
    const filters = this.activeFilters(query);
    const { base, failed, matched, flags } = this;

    // Each base entry remembers which filters it fails: no bits = a result; one bit = counted by that facet.
    let count = 0;
    flags.fill(0);
    for (let i = 0; i < baseCount; i++) {
      const e = base[i]!;
      let mask = 0;
      for (const { column, accepted } of filters) if (!passes(column, accepted, e)) mask |= column.bit;
      failed[e] = mask;
      if (mask === 0) {
        matched[count++] = e;
        flags[e] = 1;
      }
    }

    const facets = query.facets?.length
      ? countFacets(
          this.columns().filter((column) => query.facets?.includes(column.facet)),
          base,
          baseCount,
          failed,
          (facet) => {
            const selected = query.filters?.[facet] ?? [];
            return facet === 'country' ? selected.map(countryKey) : selected;
          },
        )
      : {};

    let order: Int32Array;
    if (sort === 'relevance' && text) order = this.sorts.byScore(text.scores, matched, count);
    else if (sort === 'featured' || sort === 'relevance' || sort === 'shuffle') {
      order = this.sorts.arrange(
        this.sorts.seededOrder(sort === 'shuffle' ? 'shuffle' : 'featured', seed),
        matched,
        count,
        flags,
      );
    } else order = this.sorts.arrange(this.sorts.static(sort), matched, count, flags);

    const items = new Array<PartnerIndexEntry>(count);
    for (let i = 0; i < count; i++) items[i] = this.entries[order[i]!]!;
    return { items, total: count, facets, sort, fuzzy: text?.fuzzy ?? false };
  }

  get facetsReady(): boolean {
    return this.facetColumns !== null;
  }

  prepare(shouldYield?: () => boolean): boolean {
    // In the order they are needed: the facet counts come right after the first screen, words later.
    // Every call makes progress before it asks whether to stop.
    // A step that throws (an `extraText` that fails, say) drops its half-read builder, so the next
    // attempt starts over instead of finishing from a state the failure left behind.
    while (!this.facetColumns) {
      const builder = (this.columnsBuilder ??= new FacetColumnsBuilder(this.entries, this.regions));
      try {
        if (builder.done) this.columns();
        else builder.read(PREPARE_SLICE);
      } catch (error) {
        this.columnsBuilder = null;
        throw error;
      }
      if (shouldYield?.()) return false;
    }
    while (!this.text) {
      const builder = (this.textBuilder ??= new TextIndexBuilder(this.entries, this.extraText));
      try {
        if (!builder.done) builder.read(PREPARE_SLICE);
        else if (!builder.termsSorted) builder.sortTerms();
        else this.textIndex();
      } catch (error) {
        this.textBuilder = null;
        throw error;
      }
      if (shouldYield?.()) return false;
    }
    // The id order breaks every other order's ties: a step of its own.
    if (!this.sorts.hasIdOrder) {
      this.sorts.idOrder();
      if (shouldYield?.()) return false;
    }
    for (const sort of STATIC_ORDERS) {
      if (this.sorts.has(sort)) continue;
      this.sorts.static(sort);
      if (shouldYield?.()) return STATIC_ORDERS.every((order) => this.sorts.has(order));
    }
    return true;
  }

  private columns(): FacetColumn[] {
    if (!this.facetColumns) {
      const builder = this.columnsBuilder ?? new FacetColumnsBuilder(this.entries, this.regions);
      this.columnsBuilder = null;
      this.facetColumns = builder.finish();
    }
    return this.facetColumns;
  }

  private textIndex(): TextIndex {
    if (!this.text) {
      const builder = this.textBuilder ?? new TextIndexBuilder(this.entries, this.extraText);
      this.textBuilder = null;
      this.text = builder.finish();
    }
    return this.text;
  }

  private textMatch(words: readonly string[]): TextMatch {
    const key = words.join(' ');
    let match = this.recentText.get(key);
    if (match) {
      this.recentText.delete(key); // most recently used last
    } else {
      match = this.textIndex().search(words);
      if (this.recentText.size >= RECENT_TEXT_MATCHES)
        this.recentText.delete(this.recentText.keys().next().value!);
    }
    this.recentText.set(key, match);
    return match;
  }

  /** Entries matching the text, the minimum tier and `featured`: the set every facet counts within. */
  private selectBase(text: TextMatch | null, query: DirectoryQuery): number {
    const { base, tierRank, featured } = this;
    const minTier = query.minTierRank ?? Number.NEGATIVE_INFINITY;
    const wanted = query.featured === undefined ? -1 : query.featured ? 1 : 0;
    const candidates = text ? text.count : this.size;
    let count = 0;
    for (let i = 0; i < candidates; i++) {
      const e = text ? text.entries[i]! : i;
      if (tierRank[e]! >= minTier && (wanted === -1 || featured[e] === wanted)) base[count++] = e;
    }
    return count;
  }

  private activeFilters(query: DirectoryQuery): ActiveFilter[] {
    const filters: ActiveFilter[] = [];
    const selected = query.filters ?? {};
    // No value selected: the columns are not needed (the first screen never waits for them).
    if (!PARTNER_FACETS.some((facet) => (selected[facet]?.length ?? 0) > 0)) return filters;
    for (const column of this.columns()) {
      const accepted = acceptedValues(column, selected[column.facet]);
      if (accepted) filters.push({ column, accepted });
    }
    return filters;
  }
}
