import type { PartnerFacet, PartnerIndexEntry, PartnerSort } from '@flywheel/contract';

/** Facet filters: OR within a facet's values, AND across facets. */
export type DirectoryFilters = Partial<Record<PartnerFacet, readonly string[]>>;

/** One search over the directory index, with the semantics of `GET /v1/partners`. */
export interface DirectoryQuery {
  /** Free text: every word a prefix of a word of the name, summary or extra text, typo tolerant. */
  q?: string;
  filters?: DirectoryFilters;
  /** Only partners with `tier_rank >=` this. */
  minTierRank?: number;
  /** Only featured (`true`) or non-featured (`false`) partners. */
  featured?: boolean;
  /** Default: `relevance` when `q` has words, else `featured`. */
  sort?: PartnerSort;
  /** Seed of the fair shuffle behind `featured` ties and `shuffle`; default: the search's own seed. */
  seed?: number;
  /** Facets to count. Counts are disjunctive: a facet's counts ignore that facet's own filter. */
  facets?: readonly PartnerFacet[];
}

export interface FacetCount {
  value: string;
  count: number;
  selected: boolean;
}

export interface DirectoryResult {
  /** Matching entries in order (the whole list; the view windows it). */
  items: readonly PartnerIndexEntry[];
  total: number;
  /** Requested facets: by count descending, then value; selected values always present, even at 0. */
  facets: Partial<Record<PartnerFacet, FacetCount[]>>;
  /** The sort applied (the default resolved). */
  sort: PartnerSort;
  /** Whether the words matched only with the one-typo fallback ("did you mean" territory). */
  fuzzy: boolean;
}

export interface DirectorySearch {
  query(query: DirectoryQuery): DirectoryResult;
  /**
   * Builds now what is otherwise built on first use: the facet columns (first query that filters
   * or counts facets), the text index (first query with words) and the static sort orders, in that
   * order. Construction does only what the first, text-free screen needs, so call this once that
   * screen is drawn and the first keystroke finds everything ready.
   *
   * Without an argument it builds everything at once. With `shouldYield` it works in small steps
   * (64 entries, the term sort, or one sort order) and asks after each whether to stop, so it can run
   * in the background without blocking input: call it again until it returns `true`. A query that needs
   * a structure still being built finishes that structure first; results never differ. Idempotent.
   */
  prepare(shouldYield?: () => boolean): boolean;
  /** Whether the facet columns are built, so counting facets builds nothing first. */
  readonly facetsReady: boolean;
  /** Number of entries in the index. */
  readonly size: number;
}

export interface DirectorySearchOptions {
  /** Extra searchable text per entry, e.g. localized labels of its type, industries and expertise. */
  extraText?: (entry: PartnerIndexEntry) => string;
  /** All region keys, for counting `global` partners under every region (default: the contract's `REGIONS`). */
  regions?: readonly string[];
  /**
   * Seed used when a query has none. Default: the UTC day when the search is created, like the
   * server's daily shuffle, fixed for the search's lifetime so results never reorder mid-session.
   */
  seed?: number;
}
