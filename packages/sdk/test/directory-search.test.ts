import { describe, expect, it } from 'vitest';
import {
  PARTNER_FACETS,
  REGIONS,
  type PartnerFacet,
  type PartnerIndexEntry,
  type PartnerSort,
} from '@flywheel/contract';
import { createDirectorySearch, type DirectoryQuery, type DirectoryResult } from '@flywheel/sdk';
import { generateCatalog } from '@flywheel/server';
import { toIndexEntry } from '../../../test/support/seed-index-entry.js';

// ---------------------------------------------------------------------------------------------
// Fixtures: the reference server's generated catalog as a directory index, plus hand-made entries.
// ---------------------------------------------------------------------------------------------

let handMade = 0;
/** A hand-made entry: ids sort after the generated ones (`ptr_Z…`), names say what they test. */
function entry(fields: Partial<PartnerIndexEntry> & { name: string }): PartnerIndexEntry {
  handMade++;
  return {
    id: `ptr_Z${String(handMade).padStart(25, '0')}`,
    slug: `hand-made-${handMade}`,
    type: 'solutions_partner',
    tier: 'registered',
    tier_rank: 0,
    logo: null,
    summary: 'A hand-made partner for directory search tests.',
    headquarters: { country: 'US', region: 'north_america' },
    regions: ['north_america'],
    languages: ['en'],
    industries: ['technology_saas'],
    expertise: ['crm_implementation'],
    certifications: [],
    badges: [],
    rating: null,
    featured: false,
    joined_at: '2024-01-01T00:00:00.000Z',
    ...fields,
  };
}

const HAND_MADE = [
  entry({
    name: 'Café Analytics Zürich',
    headquarters: { country: 'CH', region: 'europe' },
    regions: ['europe'],
  }),
  entry({ name: 'Cafe Society Partners' }),
  entry({ name: 'Globetrotter Everywhere', regions: ['global'], languages: ['fr'] }),
  entry({ name: 'Lisboa Digital', regions: ['europe'], languages: ['pt'] }),
  entry({ name: 'São Paulo Receita', regions: ['latin_america'], languages: ['pt-BR', 'en'] }),
  entry({ name: 'Data', summary: 'Exactly the word data as a name.' }),
  entry({ name: 'Datapoint Northwind Mirror', summary: 'Mentions northwind revenue labs in passing.' }),
  entry({
    name: '東京データソリューションズ',
    headquarters: { country: 'JP', region: 'asia_pacific' },
    languages: ['ja'],
  }),
];

const generated = generateCatalog({ seed: 7, partners: 3000 })
  .partners.filter((p) => p.status === 'active' && p.listed)
  .map(toIndexEntry);
const ENTRIES: readonly PartnerIndexEntry[] = [...generated, ...HAND_MADE];

/** Labels the directory passes as extra text: the keys as words (and one German label). */
const extraText = (e: PartnerIndexEntry) =>
  [
    e.type,
    ...e.industries,
    ...e.expertise,
    e.industries.includes('healthcare_life_sciences') ? 'Gesundheitswesen' : '',
  ]
    .join(' ')
    .replaceAll('_', ' ');

const search = createDirectorySearch(ENTRIES, { extraText, seed: 11 });
const ids = (result: DirectoryResult) => result.items.map((item) => item.id);
const byName = (name: string) => ENTRIES.find((e) => e.name === name)!;

// ---------------------------------------------------------------------------------------------
// A plain reference implementation of the server's semantics, written for clarity, not speed.
// ---------------------------------------------------------------------------------------------

const refWords = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .match(/[\p{L}\p{N}]+/gu) ?? [];

const wordCache = new Map<PartnerIndexEntry, { all: string[]; name: string }>();
function refTextMatches(e: PartnerIndexEntry, q: string): boolean {
  const words = refWords(q).slice(0, 12);
  if (words.length === 0) return true;
  let cached = wordCache.get(e);
  if (!cached) {
    const all = [...refWords(e.name), ...refWords(e.summary), ...refWords(extraText(e))];
    cached = { all, name: refWords(e.name).join(' ') };
    wordCache.set(e, cached);
  }
  const { all, name } = cached;
  return words.every((w) => all.some((x) => x.startsWith(w))) || name.includes(words.join(' '));
}

function refFilterPasses(facet: PartnerFacet, e: PartnerIndexEntry, selected: readonly string[]): boolean {
  switch (facet) {
    case 'type':
      return selected.includes(e.type);
    case 'tier':
      return selected.includes(e.tier);
    case 'region':
      return e.regions.some((r) => r === 'global' || selected.includes(r));
    case 'country':
      return selected.some((c) => c.toUpperCase() === e.headquarters.country.toUpperCase());
    case 'language':
      return e.languages.some((tag) => selected.includes(tag) || selected.includes(tag.split('-')[0]!));
    case 'industry':
      return e.industries.some((v) => selected.includes(v));
    case 'expertise':
      return e.expertise.some((v) => selected.includes(v));
    case 'certification':
      return e.certifications.some((v) => selected.includes(v));
    case 'badge':
      return e.badges.some((v) => selected.includes(v));
  }
}

function refCountedValues(facet: PartnerFacet, e: PartnerIndexEntry): string[] {
  switch (facet) {
    case 'type':
      return [e.type];
    case 'tier':
      return [e.tier];
    case 'region':
      return e.regions.includes('global') ? [...REGIONS] : e.regions;
    case 'country':
      return [e.headquarters.country];
    case 'language':
      return e.languages;
    case 'industry':
      return e.industries;
    case 'expertise':
      return e.expertise;
    case 'certification':
      return e.certifications;
    case 'badge':
      return e.badges;
  }
}

function refBase(e: PartnerIndexEntry, query: DirectoryQuery): boolean {
  return (
    refTextMatches(e, query.q ?? '') &&
    e.tier_rank >= (query.minTierRank ?? 0) &&
    (query.featured === undefined || e.featured === query.featured)
  );
}

function refPassesFilters(e: PartnerIndexEntry, query: DirectoryQuery, except?: PartnerFacet): boolean {
  return Object.entries(query.filters ?? {}).every(
    ([facet, selected]) =>
      facet === except ||
      !selected ||
      selected.length === 0 ||
      refFilterPasses(facet as PartnerFacet, e, selected),
  );
}

const baseCache = new WeakMap<DirectoryQuery, PartnerIndexEntry[]>();
function refBaseSet(query: DirectoryQuery): PartnerIndexEntry[] {
  let base = baseCache.get(query);
  if (!base) {
    base = ENTRIES.filter((e) => refBase(e, query));
    baseCache.set(query, base);
  }
  return base;
}

const refMatches = (query: DirectoryQuery) => refBaseSet(query).filter((e) => refPassesFilters(e, query));

function refFacetCounts(query: DirectoryQuery, facet: PartnerFacet): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of refBaseSet(query)) {
    if (!refPassesFilters(e, query, facet)) continue;
    for (const value of new Set(refCountedValues(facet, e))) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

// A tiny seeded PRNG (mulberry32) for random queries.
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const valuesOf = (facet: PartnerFacet) => [
  ...new Set(
    ENTRIES.flatMap((e) => refCountedValues(facet, e).concat(facet === 'language' ? ['pt', 'de'] : [])),
  ),
];
const FACET_VALUES = Object.fromEntries(PARTNER_FACETS.map((f) => [f, valuesOf(f)])) as Record<
  PartnerFacet,
  string[]
>;
const TEXTS = [
  '',
  '',
  'data',
  'cloud',
  'rev ops',
  'migr',
  'consult',
  'health',
  'north',
  'partners',
  'crm impl',
];

function randomQuery(random: () => number): DirectoryQuery {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const filters: Partial<Record<PartnerFacet, string[]>> = {};
  const facetCount = Math.floor(random() * 4);
  for (let i = 0; i < facetCount; i++) {
    const facet = pick(PARTNER_FACETS);
    const values = new Set<string>();
    const n = 1 + Math.floor(random() * 3);
    for (let j = 0; j < n; j++) values.add(random() < 0.05 ? 'not_a_value' : pick(FACET_VALUES[facet]));
    filters[facet] = [...values];
  }
  const query: DirectoryQuery = { q: pick(TEXTS), filters, facets: PARTNER_FACETS };
  if (random() < 0.25) query.minTierRank = Math.floor(random() * 4);
  if (random() < 0.15) query.featured = random() < 0.5;
  return query;
}

// ---------------------------------------------------------------------------------------------

describe('directory search: filters and facets against a reference implementation', () => {
  const random = prng(2024);
  const queries = Array.from({ length: 150 }, () => randomQuery(random));

  it('matches exactly the entries the reference finds (OR within a facet, AND across)', () => {
    let nonEmpty = 0;
    for (const query of queries) {
      const expected = refMatches(query)
        .map((e) => e.id)
        .sort();
      const result = search.query(query);
      expect([...ids(result)].sort(), JSON.stringify(query)).toEqual(expected);
      expect(result.total).toBe(expected.length);
      if (expected.length > 0) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(60); // the random queries are not all trivially empty
  });

  it('counts facets disjunctively, exactly as the reference', () => {
    for (const query of queries) {
      const result = search.query(query);
      for (const facet of PARTNER_FACETS) {
        const expected = refFacetCounts(query, facet);
        const selected = new Set(
          (query.filters?.[facet] ?? []).map((v) => (facet === 'country' ? v.toUpperCase() : v)),
        );
        const list = result.facets[facet]!;
        const actual = new Map(list.map((v) => [v.value, v.count]));
        for (const [value, count] of expected) expect(actual.get(value), `${facet}=${value}`).toBe(count);
        for (const v of list) {
          expect(v.count === 0 ? selected.has(v.value) : expected.get(v.value) === v.count).toBe(true);
          expect(v.selected).toBe(selected.has(v.value));
        }
        for (const value of selected) expect(actual.has(value), `selected ${facet}=${value}`).toBe(true);
        // Sorted by count descending, then value.
        for (let i = 1; i < list.length; i++) {
          const a = list[i - 1]!;
          const b = list[i]!;
          expect(a.count > b.count || (a.count === b.count && a.value < b.value)).toBe(true);
        }
      }
    }
  });

  it('applies minTierRank and featured', () => {
    const gold = search.query({ minTierRank: 2 });
    expect(gold.total).toBe(ENTRIES.filter((e) => e.tier_rank >= 2).length);
    expect(gold.items.every((e) => e.tier_rank >= 2)).toBe(true);
    const featured = search.query({ featured: true });
    expect(featured.total).toBe(ENTRIES.filter((e) => e.featured).length);
    expect(featured.total).toBeGreaterThan(0);
    expect(search.query({ featured: false }).total).toBe(ENTRIES.length - featured.total);
  });

  it('gives the same answer when only filters change after a text query (text-match cache)', () => {
    const fresh = createDirectorySearch(ENTRIES, { extraText, seed: 11 });
    const query: DirectoryQuery = { q: 'data', filters: { region: ['europe'] }, facets: ['type'] };
    search.query({ q: 'data' });
    expect(ids(search.query(query))).toEqual(ids(fresh.query(query)));
    expect(search.query(query).facets).toEqual(fresh.query(query).facets);
  });
});

describe('directory search: region and language rules', () => {
  it('matches partners serving global under every region filter', () => {
    const globetrotter = byName('Globetrotter Everywhere');
    for (const region of ['europe', 'asia_pacific', 'latin_america']) {
      expect(ids(search.query({ filters: { region: [region] } }))).toContain(globetrotter.id);
    }
    // Even an unknown region finds global partners, as the server's `regions && [...filter, 'global']`.
    const atlantis = ids(search.query({ filters: { region: ['atlantis'] } }));
    expect(atlantis).toContain(globetrotter.id);
    expect([...atlantis].sort()).toEqual(
      ENTRIES.filter((e) => e.regions.includes('global'))
        .map((e) => e.id)
        .sort(),
    );
  });

  it('counts a global partner under every region value', () => {
    const result = search.query({ q: 'Globetrotter Everywhere', facets: ['region'] });
    expect(ids(result)).toEqual([byName('Globetrotter Everywhere').id]);
    expect(result.facets.region).toEqual(
      [...REGIONS].sort().map((value) => ({ value, count: 1, selected: false })),
    );
  });

  it('lets `pt` find `pt-BR`, but not `pt-BR` find `pt`', () => {
    const lisboa = byName('Lisboa Digital').id;
    const saoPaulo = byName('São Paulo Receita').id;
    const pt = ids(search.query({ filters: { language: ['pt'] } }));
    expect(pt).toContain(lisboa);
    expect(pt).toContain(saoPaulo);
    const ptBr = ids(search.query({ filters: { language: ['pt-BR'] } }));
    expect(ptBr).toContain(saoPaulo);
    expect(ptBr).not.toContain(lisboa);
  });

  it('counts actual language tags, with the selected `pt` present', () => {
    const result = search.query({ filters: { language: ['pt'] }, facets: ['language'] });
    const languages = new Map(result.facets.language!.map((v) => [v.value, v]));
    expect(languages.get('pt-BR')!.count).toBeGreaterThanOrEqual(1);
    expect(languages.get('pt')).toEqual({ value: 'pt', count: 1, selected: true });
  });

  it('filters and counts country by headquarters, case-insensitively', () => {
    const swiss = ENTRIES.filter((e) => e.headquarters.country === 'CH');
    const result = search.query({ filters: { country: ['ch'] }, facets: ['country'] });
    expect(ids(result)).toContain(byName('Café Analytics Zürich').id);
    expect(result.total).toBe(swiss.length);
    const ch = result.facets.country!.find((v) => v.value === 'CH');
    expect(ch).toEqual({ value: 'CH', count: swiss.length, selected: true });
  });

  it('keeps selected values with zero counts in the facet list', () => {
    const result = search.query({
      q: 'Globetrotter',
      filters: { industry: ['nonprofit', 'no_such_industry'], type: ['venture_partner'] },
      facets: ['industry', 'type'],
    });
    expect(result.total).toBe(0);
    const industry = result.facets.industry!;
    expect(industry).toContainEqual({ value: 'no_such_industry', count: 0, selected: true });
    expect(industry.find((v) => v.value === 'nonprofit')?.selected).toBe(true);
    // Disjunctive: the type facet ignores the type filter, yet the industry filter still applies.
    expect(result.facets.type).toContainEqual({ value: 'venture_partner', count: 0, selected: true });
  });
});

describe('directory search: sorts', () => {
  const nameKey = (e: PartnerIndexEntry) => e.name.normalize('NFKC').toLocaleLowerCase('en');
  const sorted = (sort: PartnerSort, seed?: number) =>
    search.query({ sort, ...(seed === undefined ? {} : { seed }) }).items;

  it('sorts by name (case-folded, code units), then id', () => {
    const items = sorted('name');
    expect(items).toHaveLength(ENTRIES.length);
    for (let i = 1; i < items.length; i++) {
      const a = items[i - 1]!;
      const b = items[i]!;
      expect(nameKey(a) < nameKey(b) || (nameKey(a) === nameKey(b) && a.id < b.id)).toBe(true);
    }
  });

  it('sorts by tier descending, then name', () => {
    const items = sorted('-tier');
    for (let i = 1; i < items.length; i++) {
      const a = items[i - 1]!;
      const b = items[i]!;
      expect(a.tier_rank > b.tier_rank || (a.tier_rank === b.tier_rank && nameKey(a) <= nameKey(b))).toBe(
        true,
      );
    }
  });

  it('sorts by rating descending with unrated last, then review count, then id', () => {
    const items = sorted('-rating');
    const unrated = items.findIndex((e) => e.rating === null);
    expect(unrated).toBeGreaterThan(0);
    expect(items.slice(unrated).every((e) => e.rating === null)).toBe(true);
    for (let i = 1; i < unrated; i++) {
      const a = items[i - 1]!.rating!;
      const b = items[i]!.rating!;
      expect(a.average > b.average || (a.average === b.average && a.count >= b.count)).toBe(true);
    }
    const tail = items.slice(unrated).map((e) => e.id);
    expect(tail).toEqual([...tail].sort());
  });

  it('sorts by join date descending, then id', () => {
    const items = sorted('-joined_at');
    for (let i = 1; i < items.length; i++) {
      const a = Date.parse(items[i - 1]!.joined_at);
      const b = Date.parse(items[i]!.joined_at);
      expect(a > b || (a === b && items[i - 1]!.id < items[i]!.id)).toBe(true);
    }
  });

  it('puts featured first, then higher tiers; ties shuffle by seed, stably', () => {
    const items = sorted('featured', 5);
    for (let i = 1; i < items.length; i++) {
      const a = items[i - 1]!;
      const b = items[i]!;
      expect(
        Number(a.featured) > Number(b.featured) || (a.featured === b.featured && a.tier_rank >= b.tier_rank),
      ).toBe(true);
    }
    expect(ids(search.query({ sort: 'featured', seed: 5 }))).toEqual(items.map((e) => e.id));
    // Another engine over the same index agrees for the same seed.
    const other = createDirectorySearch(ENTRIES);
    expect(ids(other.query({ sort: 'featured', seed: 5 }))).toEqual(items.map((e) => e.id));
    // Another seed reorders within ties, never across them.
    const reseeded = sorted('featured', 6);
    expect(reseeded.map((e) => e.id)).not.toEqual(items.map((e) => e.id));
    expect(reseeded.map((e) => `${e.featured}:${e.tier_rank}`)).toEqual(
      items.map((e) => `${e.featured}:${e.tier_rank}`),
    );
  });

  it('shuffles fairly: stable per seed, different across seeds, every partner gets a turn on top', () => {
    const first = ids(search.query({ sort: 'shuffle', seed: 1 }));
    expect(ids(search.query({ sort: 'shuffle', seed: 1 }))).toEqual(first);
    expect(new Set(first).size).toBe(ENTRIES.length);
    expect(ids(search.query({ sort: 'shuffle', seed: 2 }))).not.toEqual(first);
    const tops = new Set<string>();
    for (let seed = 0; seed < 40; seed++) tops.add(search.query({ sort: 'shuffle', seed }).items[0]!.id);
    expect(tops.size).toBeGreaterThan(30);
    // Among the featured platinum partners, who leads changes with the seed.
    const leaders = new Set<string>();
    for (let seed = 0; seed < 40; seed++) leaders.add(search.query({ sort: 'featured', seed }).items[0]!.id);
    expect(leaders.size).toBeGreaterThan(5);
  });

  it('orders partners whose shuffle keys are equal (an id-hash collision) by id', () => {
    // FNV-1a gives both ids the same hash, so every seed gives them the same key in either order.
    const twins = ['p_d6cd', 'p_2wzx'].map((id) => ({ ...ENTRIES[0]!, id, slug: id }));
    const engine = createDirectorySearch([...ENTRIES.slice(1, 300), ...twins]);
    for (const sort of ['shuffle', 'featured'] as const) {
      for (const seed of [1, 2, 3]) {
        const order = ids(engine.query({ sort, seed }));
        expect(order[order.indexOf('p_2wzx') + 1]).toBe('p_d6cd');
      }
    }
  });

  it('returns everything in featured order for an empty query', () => {
    for (const q of [undefined, '', '   ', '—!?']) {
      const result = search.query({ ...(q === undefined ? {} : { q }), seed: 3 });
      expect(result.sort).toBe('featured');
      expect(result.total).toBe(ENTRIES.length);
      expect(ids(result)).toEqual(ids(search.query({ sort: 'featured', seed: 3 })));
    }
    // A facet named without values (or with `undefined`) filters nothing.
    for (const filters of [{ region: [] }, { region: undefined }]) {
      expect(ids(search.query({ filters, seed: 3 }))).toEqual(ids(search.query({ seed: 3 })));
    }
    // `relevance` without words is `featured` too.
    expect(ids(search.query({ sort: 'relevance', seed: 3 }))).toEqual(
      ids(search.query({ sort: 'featured', seed: 3 })),
    );
  });

  it('keeps sorted order under filters (a sort is a filter over the presorted order)', () => {
    const all = ids(search.query({ sort: 'name' }));
    const query: DirectoryQuery = { sort: 'name', filters: { region: ['europe'] } };
    const filtered = ids(search.query(query));
    const expected = new Set(refMatches(query).map((e) => e.id));
    expect(filtered).toEqual(all.filter((id) => expected.has(id)));
    // Few matches take the other path (sorting their positions).
    const few = { sort: 'name', filters: { country: ['JP'] } } as const;
    const fewExpected = new Set(refMatches(few).map((e) => e.id));
    expect(ids(search.query(few))).toEqual(all.filter((id) => fewExpected.has(id)));
  });
});

describe('directory search: text', () => {
  it('ranks the exact name first, then whole-name prefixes', () => {
    const result = search.query({ q: 'Northwind Revenue Labs' });
    expect(result.sort).toBe('relevance');
    expect(result.items[0]!.name).toBe('Northwind Revenue Labs');
    // The name exactly equal to a common word beats every name merely containing it.
    const data = search.query({ q: 'data' });
    expect(data.items[0]!.name).toBe('Data');
    const prefixed = data.items.findIndex((e) => !/^data/i.test(e.name));
    expect(prefixed).toBeGreaterThan(1);
    expect(data.items.slice(prefixed).every((e) => !/^data/i.test(e.name))).toBe(true);
  });

  it('ranks name matches above summary-only and extra-text-only matches', () => {
    const result = search.query({ q: 'analytics' });
    const inName = (e: PartnerIndexEntry) => e.name.toLowerCase().includes('analytics');
    const firstOther = result.items.findIndex((e) => !inName(e));
    expect(firstOther).toBeGreaterThan(0);
    expect(result.items.slice(firstOther).some(inName)).toBe(false);
  });

  it('matches word prefixes in name, summary and extra text, every word required', () => {
    const migr = search.query({ q: 'migr' });
    expect(migr.total).toBeGreaterThan(0);
    expect(migr.total).toBe(refMatches({ q: 'migr' }).length);
    expect(
      migr.items.every((e) => e.expertise.includes('data_migration') || /migr/i.test(e.summary + e.name)),
    ).toBe(true);
    const both = search.query({ q: 'crm impl' });
    expect(both.total).toBe(refMatches({ q: 'crm impl' }).length);
    // The middle of a word matches only as a substring of a name.
    const inside = search.query({ q: 'igration' });
    expect(inside.items.every((e) => e.name.toLowerCase().includes('igration'))).toBe(true);
  });

  it('finds extra text, e.g. localized labels', () => {
    const result = search.query({ q: 'gesundheit' });
    expect(result.total).toBe(
      ENTRIES.filter((e) => e.industries.includes('healthcare_life_sciences')).length,
    );
  });

  it('ignores diacritics and case on both sides', () => {
    const cafe = byName('Café Analytics Zürich').id;
    expect(ids(search.query({ q: 'cafe zurich' }))).toEqual([cafe]);
    expect(ids(search.query({ q: 'CAFÉ ZÜRICH' }))).toEqual([cafe]);
    const both = ids(search.query({ q: 'café' }));
    expect(both).toContain(cafe);
    expect(both).toContain(byName('Cafe Society Partners').id);
    expect(ids(search.query({ q: 'sao paulo' }))).toContain(byName('São Paulo Receita').id);
  });

  it('finds names in scripts without spaces by substring (Japanese)', () => {
    const tokyo = byName('東京データソリューションズ').id;
    expect(ids(search.query({ q: 'データ' }))).toContain(tokyo);
    expect(ids(search.query({ q: 'ソリューションズ' }))).toContain(tokyo);
    expect(ids(search.query({ q: 'ベンチャーズ' }))).toContain(byName('翠風ベンチャーズ').id);
  });

  it('finds Arabic names by word and by substring', () => {
    const waha = byName('الواحة للحلول الرقمية').id;
    expect(ids(search.query({ q: 'الرقمية' }))).toEqual([waha]);
    expect(ids(search.query({ q: 'حلول' }))).toEqual([waha]); // inside the word للحلول
  });

  it('tolerates one typo per word when nothing matches exactly', () => {
    const result = search.query({ q: 'Nortwind' });
    expect(result.fuzzy).toBe(true);
    expect(result.items[0]!.name).toMatch(/^Northwind /);
    expect(ids(result)).toContain(byName('Northwind Revenue Labs').id);
    // Swapped letters, a missing letter while typing, an extra letter.
    expect(search.query({ q: 'Nroth' }).items.some((e) => e.name === 'Northwind Revenue Labs')).toBe(true);
    expect(search.query({ q: 'northwnd revenue' }).items[0]!.name).toBe('Northwind Revenue Labs');
    expect(search.query({ q: 'northxwind' }).items.some((e) => e.name === 'Northwind Revenue Labs')).toBe(
      true,
    );
    // Exact matches never fall back; short words never take typos.
    expect(search.query({ q: 'northwind' }).fuzzy).toBe(false);
    expect(search.query({ q: 'qxz' }).total).toBe(0);
    expect(search.query({ q: 'zzzzqqqq' }).total).toBe(0);
  });

  it('caps queries at 12 words', () => {
    const long = `${'northwind '.repeat(12)}zzzzzzzz`;
    expect(ids(search.query({ q: long }))).toContain(byName('Northwind Revenue Labs').id);
  });

  it('answers from its cache of recent text matches exactly as a fresh engine', () => {
    const fresh = () => createDirectorySearch(ENTRIES, { extraText, seed: 11 });
    const cached = fresh();
    const typed = [
      'd',
      'da',
      'dat',
      'data',
      'data m',
      'data mi',
      'data m',
      'data',
      'da',
      'd',
      'Nortwind',
      'd',
    ];
    for (const q of typed) {
      const query: DirectoryQuery = { q, filters: { tier: ['gold', 'platinum'] }, facets: ['region'] };
      expect(cached.query(query), q).toEqual(fresh().query(query));
    }
  });

  it('handles an empty index and entries without extra text', () => {
    const empty = createDirectorySearch([]);
    for (const sort of [
      'relevance',
      'featured',
      'name',
      '-tier',
      '-rating',
      '-joined_at',
      'shuffle',
    ] as const) {
      expect(empty.query({ q: 'data', sort, facets: PARTNER_FACETS })).toMatchObject({ items: [], total: 0 });
    }
    const one = createDirectorySearch([byName('Data')]);
    expect(one.query({ q: 'dat' }).total).toBe(1);
    expect(one.query({ q: 'gesundheit' }).total).toBe(0);
  });

  it('builds the text index on demand or by prepare(), with the same results', () => {
    const lazy = createDirectorySearch(ENTRIES, { extraText, seed: 11 });
    const eager = createDirectorySearch(ENTRIES, { extraText, seed: 11 });
    eager.prepare();
    eager.prepare();
    for (const q of ['data migr', 'Nortwind', 'データ']) {
      expect(ids(lazy.query({ q }))).toEqual(ids(eager.query({ q })));
    }
    expect(lazy.size).toBe(ENTRIES.length);
  });

  it('prepares in small steps when asked to yield, facets first, and a query mid-way finishes what it needs', () => {
    const queries: DirectoryQuery[] = [
      { facets: PARTNER_FACETS },
      { q: 'data migr', filters: { region: ['europe'] }, facets: PARTNER_FACETS },
      { q: 'Nortwind', sort: 'name' },
      { filters: { language: ['pt'] }, sort: '-rating', facets: ['language', 'region'] },
    ];
    const expected = queries.map((query) => search.query(query));

    // Yielding after every step: one slice of entries (or one sort order) per call.
    const sliced = createDirectorySearch(ENTRIES, { extraText, seed: 11 });
    expect(sliced.facetsReady).toBe(false);
    let calls = 1;
    while (!sliced.facetsReady) {
      expect(sliced.prepare(() => true)).toBe(false);
      calls++;
    }
    // 3,000+ entries take more than a few steps to read, and the facet columns come first.
    expect(calls).toBeGreaterThan(5);
    let steps = 0;
    while (!sliced.prepare(() => true)) steps++;
    expect(steps).toBeGreaterThan(5);
    expect(sliced.prepare(() => true)).toBe(true);
    queries.forEach((query, i) => {
      expect(sliced.query(query)).toEqual(expected[i]);
    });

    // Stopped half-way through the text index: a query with words reads the rest first.
    const halfway = createDirectorySearch(ENTRIES, { extraText, seed: 11 });
    let textSteps = 0;
    halfway.prepare(() => halfway.facetsReady && ++textSteps > 3);
    expect(halfway.facetsReady).toBe(true);
    queries.forEach((query, i) => {
      expect(halfway.query(query)).toEqual(expected[i]);
    });
    expect(halfway.prepare()).toBe(true);
  });

  it('starts a structure over after a step that threw, so the results do not change', () => {
    let failOnce = true;
    let readAfterFailure = 0;
    const flakyExtraText = (e: PartnerIndexEntry) => {
      if (failOnce && e === ENTRIES[1500]) {
        failOnce = false;
        throw new Error('extra text failed');
      }
      if (!failOnce) readAfterFailure++;
      return extraText(e);
    };
    const flaky = createDirectorySearch(ENTRIES, { extraText: flakyExtraText, seed: 11 });
    expect(() => {
      while (!flaky.prepare(() => true));
    }).toThrow('extra text failed');
    expect(flaky.prepare()).toBe(true);
    // Every entry read again from the start, not the rest of a half-read slice.
    expect(readAfterFailure).toBe(ENTRIES.length);
    for (const q of ['data migr', 'Nortwind', 'データ', 'northwind revenue']) {
      expect(ids(flaky.query({ q }))).toEqual(ids(search.query({ q })));
    }
  });
});
