import { PARTNER_FACETS, type PartnerFacet, type PartnerIndexEntry } from '@flywheel/contract/browser';

/** The served region that matches every region filter and counts under every region. */
export const GLOBAL_REGION = 'global';

/** Values of one facet for every entry, as small integers into the facet's dictionary (CSR layout). */
export interface FacetColumn {
  readonly facet: PartnerFacet;
  /** Bit of this facet in a failed-filters mask. */
  readonly bit: number;
  /** Dictionary: value id → value. */
  readonly values: readonly string[];
  readonly ids: ReadonlyMap<string, number>;
  /** Values a filter tests: entry `e`'s are `matchIds[matchStart[e] .. matchStart[e + 1])`. */
  readonly matchStart: Int32Array;
  readonly matchIds: Int32Array;
  /** Values the facet counts (differ from the tested ones for `region` and `language`). */
  readonly countStart: Int32Array;
  readonly countIds: Int32Array;
}

/** A facet's dictionary: value ↔ small integer id. */
class Dictionary {
  readonly values: string[] = [];
  readonly ids = new Map<string, number>();

  intern(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }
}

/** Per-entry lists of distinct value ids, appended entry by entry (CSR: starts + one flat array). */
class IdLists {
  readonly start: Int32Array;
  private ids: Int32Array;
  private length = 0;

  constructor(
    private readonly dictionary: Dictionary,
    entries: number,
  ) {
    this.start = new Int32Array(entries + 1);
    this.ids = new Int32Array(entries * 2 + 16);
  }

  begin(e: number): void {
    this.start[e] = this.length;
  }

  add(e: number, value: string): void {
    const id = this.dictionary.intern(value);
    for (let j = this.start[e]!; j < this.length; j++) if (this.ids[j] === id) return;
    if (this.length === this.ids.length) {
      const grown = new Int32Array(this.ids.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.length++] = id;
  }

  addAll(e: number, values: readonly string[]): void {
    for (const value of values) this.add(e, value);
  }

  finish(entries: number): Int32Array {
    this.start[entries] = this.length;
    return this.ids.slice(0, this.length);
  }
}

/** The primary subtag of a language tag: `pt-BR` → `pt`. */
const primarySubtag = (tag: string) => {
  const dash = tag.indexOf('-');
  return dash === -1 ? tag : tag.slice(0, dash);
};

/** Country codes compare case-insensitively: the index stores ISO codes upper-case. */
export const countryKey = (code: string) => code.toUpperCase();

/**
 * Every facet's column, in `PARTNER_FACETS` order (so a facet's bit is its position), read in one
 * pass over the entries — all at once (`finish`) or a slice at a time (`read`), so a large index can
 * be read between other work. What each facet filters and counts mirrors the server's SQL
 * (partner-filters.ts); the index has no served countries, so `country` is the headquarters country.
 */
export class FacetColumnsBuilder {
  /** The next entry to read. */
  private next = 0;
  private readonly dictionaries: Dictionary[];
  private readonly lists: IdLists[];
  /** Region and language count other values than their filters test. */
  private readonly regionCounted: IdLists;
  private readonly languageCounted: IdLists;

  constructor(
    private readonly entries: readonly PartnerIndexEntry[],
    private readonly allRegions: readonly string[],
  ) {
    const n = entries.length;
    this.dictionaries = PARTNER_FACETS.map(() => new Dictionary());
    this.lists = this.dictionaries.map((dictionary) => new IdLists(dictionary, n));
    const regionDictionary = this.dictionaries[PARTNER_FACETS.indexOf('region')]!;
    for (const value of allRegions) regionDictionary.intern(value);
    this.regionCounted = new IdLists(regionDictionary, n);
    this.languageCounted = new IdLists(this.dictionaries[PARTNER_FACETS.indexOf('language')]!, n);
  }

  /** Whether every entry has been read. */
  get done(): boolean {
    return this.next >= this.entries.length;
  }

  /** Reads up to `count` more entries. */
  read(count: number): void {
    const { entries, lists, regionCounted, languageCounted, allRegions } = this;
    const [type, tier, region, country, language, industry, expertise, certification, badge] = lists as [
      IdLists,
      IdLists,
      IdLists,
      IdLists,
      IdLists,
      IdLists,
      IdLists,
      IdLists,
      IdLists,
    ];
    const end = Math.min(entries.length, this.next + count);
    for (let e = this.next; e < end; e++) {
      const entry = entries[e]!;
      for (const list of lists) list.begin(e);
      regionCounted.begin(e);
      languageCounted.begin(e);
      type.add(e, entry.type);
      tier.add(e, entry.tier);
      region.addAll(e, entry.regions);
      // A partner serving `global` appears under every region, as the region filter would find it.
      regionCounted.addAll(e, entry.regions.includes(GLOBAL_REGION) ? allRegions : entry.regions);
      country.add(e, countryKey(entry.headquarters.country));
      // `pt` finds `pt-BR`: a filter matches a tag or its primary subtag; counts are of actual tags.
      for (const tag of entry.languages) {
        language.add(e, tag);
        language.add(e, primarySubtag(tag));
        languageCounted.add(e, tag);
      }
      industry.addAll(e, entry.industries);
      expertise.addAll(e, entry.expertise);
      certification.addAll(e, entry.certifications);
      badge.addAll(e, entry.badges);
    }
    this.next = end;
  }

  /** Reads what is left and returns the columns. */
  finish(): FacetColumn[] {
    this.read(Infinity);
    const n = this.entries.length;
    const counted: Partial<Record<PartnerFacet, IdLists>> = {
      region: this.regionCounted,
      language: this.languageCounted,
    };
    return PARTNER_FACETS.map((facet, position) => {
      const matched = this.lists[position]!;
      const matchIds = matched.finish(n);
      const countedLists = counted[facet];
      const countIds = countedLists ? countedLists.finish(n) : matchIds;
      const dictionary = this.dictionaries[position]!;
      return {
        facet,
        bit: 1 << position,
        values: dictionary.values,
        ids: dictionary.ids,
        matchStart: matched.start,
        matchIds,
        countStart: countedLists ? countedLists.start : matched.start,
        countIds,
      };
    });
  }
}

/**
 * The value ids a filter on `column` accepts (a byte per dictionary value), or `null` when the
 * filter is inactive. Unknown values match nothing — except that a region filter always accepts
 * partners serving `global`.
 */
export function acceptedValues(
  column: FacetColumn,
  selected: readonly string[] | undefined,
): Uint8Array | null {
  if (!selected || selected.length === 0) return null;
  const accepted = new Uint8Array(column.values.length);
  for (const value of selected) {
    const id = column.ids.get(column.facet === 'country' ? countryKey(value) : value);
    if (id !== undefined) accepted[id] = 1;
  }
  if (column.facet === 'region') {
    const global = column.ids.get(GLOBAL_REGION);
    if (global !== undefined) accepted[global] = 1;
  }
  return accepted;
}

/** Whether entry `e` has a value `accepted` holds. */
export function passes(column: FacetColumn, accepted: Uint8Array, e: number): boolean {
  const { matchStart, matchIds } = column;
  for (let j = matchStart[e]!, end = matchStart[e + 1]!; j < end; j++)
    if (accepted[matchIds[j]!]) return true;
  return false;
}
