/**
 * The client-side directory search (`createDirectorySearch` in @flywheel/sdk) over a generated
 * 10,000-partner index: one-time build time, then 300 keystroke-like queries (typing "data migr"
 * letter by letter under several filter, facet and sort combinations). Prints only.
 *
 *   npx tsx --conditions=source bench/directory-search.bench.ts [partners]
 */
import type { PartnerFacet, PartnerIndexEntry } from '@flywheel/contract';
import { createDirectorySearch, type DirectoryQuery } from '@flywheel/sdk';
import { generateCatalog } from '@flywheel/server';
import { toIndexEntry } from '../test/support/seed-index-entry.js';
import { summarize } from './stats.js';

const PARTNERS = Number(process.argv[2] ?? 10_000);
const ALL_FACETS: PartnerFacet[] = [
  'type',
  'tier',
  'region',
  'language',
  'industry',
  'expertise',
  'certification',
];

/** English labels stand-in: the keys of type, industries and expertise as words. */
const extraText = (entry: PartnerIndexEntry) =>
  [entry.type, ...entry.industries, ...entry.expertise].join(' ').replaceAll('_', ' ');

/**
 * What users do: type a phrase one key at a time, under some filters and a sort, with facets shown,
 * then delete it back to empty. The first scenario types "data migr"; each scenario types its own
 * phrase, so typing forward never hits the engine's cache of recent text matches (backspacing does).
 */
function keystrokes(): DirectoryQuery[] {
  const scenarios: (Omit<DirectoryQuery, 'q'> & { phrase: string })[] = [
    { phrase: 'data migr', facets: ALL_FACETS },
    { phrase: 'cloud consult', facets: ALL_FACETS, filters: { region: ['europe'] } },
    {
      phrase: 'revops analyt',
      facets: ALL_FACETS,
      filters: { type: ['solutions_partner', 'system_integrator'], language: ['de'] },
    },
    {
      phrase: 'marketing autom',
      facets: ALL_FACETS,
      filters: { tier: ['gold', 'platinum'], industry: ['financial_services'] },
    },
    {
      phrase: 'security compl',
      facets: ALL_FACETS,
      filters: { region: ['north_america'], expertise: ['data_migration'] },
      sort: 'name',
    },
    { phrase: 'health partners', facets: ALL_FACETS, minTierRank: 1, sort: '-rating' },
    {
      phrase: 'nortwind',
      facets: ['region', 'language'],
      filters: { language: ['pt'] },
      sort: 'featured',
      seed: 7,
    },
    { phrase: 'sales enable', facets: ALL_FACETS, filters: { country: ['US', 'GB'] }, sort: '-joined_at' },
  ];
  const queries: DirectoryQuery[] = [];
  for (let round = 0; queries.length < 300; round++) {
    const { phrase, ...scenario } = scenarios[round % scenarios.length]!;
    const typed = Array.from({ length: phrase.length }, (_, i) => phrase.slice(0, i + 1));
    // Type the phrase, then delete back to empty (the empty query shows the full, faceted list).
    const sequence = [...typed, ...typed.slice(0, -1).reverse(), ''];
    for (const q of sequence) if (queries.length < 300) queries.push({ ...scenario, q });
  }
  return queries;
}

/** The index as the browser gets it: JSON, parsed (flat strings, nothing shared with the generator). */
function indexJson(): string {
  const catalog = generateCatalog({ seed: 42, partners: PARTNERS });
  return JSON.stringify(catalog.partners.filter((p) => p.status === 'active' && p.listed).map(toIndexEntry));
}
const json = indexJson();
const ms = (value: number) => `${value.toFixed(3)} ms`;
let start = performance.now();
const entries = JSON.parse(json) as PartnerIndexEntry[];
const parseMs = performance.now() - start;

start = performance.now();
const search = createDirectorySearch(entries, { extraText, seed: 1 });
const buildMs = performance.now() - start;
start = performance.now();
const firstScreen = search.query({ facets: ALL_FACETS });
const firstScreenMs = performance.now() - start;
start = performance.now();
search.prepare();
const prepareMs = performance.now() - start;

const queries = keystrokes();
/** Keystrokes that add a character: their words were never searched just before (no cached text match). */
const forward = queries.map((query, i) => i > 0 && (query.q ?? '').length > (queries[i - 1]!.q ?? '').length);
const pass = () =>
  queries.map((query) => {
    const begin = performance.now();
    search.query(query);
    return performance.now() - begin;
  });
const passes = [pass(), pass()];

// For scale: the first keystroke on an engine whose prepare() was never called.
const unprepared = createDirectorySearch(entries, { extraText, seed: 1 });
start = performance.now();
unprepared.query({ q: 'd', facets: ALL_FACETS });
const unpreparedMs = performance.now() - start;

console.log(`directory search over ${search.size} index entries (${PARTNERS} generated partners, seed 42)`);
console.log(
  `  JSON.parse of the index (for scale):      ${ms(parseMs)} (${(json.length / 1e6).toFixed(1)} MB)`,
);
console.log(`  build: createDirectorySearch (one time):   ${ms(buildMs)}`);
console.log(`  first screen: query({ facets }):           ${ms(firstScreenMs)} (${firstScreen.total} items)`);
console.log(`  build: prepare() text index + sorts (once): ${ms(prepareMs)}`);
console.log(`  first keystroke without prepare():         ${ms(unpreparedMs)}`);
passes.forEach((times, i) => {
  const label = i === 0 ? 'first pass' : 'warm pass ';
  const all = summarize(times);
  const typing = summarize(times.filter((_, j) => forward[j]));
  console.log(
    `  ${label}: ${times.length} keystrokes p50 ${ms(all.p50)}  p95 ${ms(all.p95)}  max ${ms(all.max)}` +
      ` | ${typing.count} typed forward p50 ${ms(typing.p50)}  p95 ${ms(typing.p95)}`,
  );
});
