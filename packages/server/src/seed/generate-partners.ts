import { TIERS } from '@flywheel/contract';
import type { Certification, Expertise, PartnerType, Region, Tier } from '@flywheel/contract';
import type { SeedPartner } from './catalog-types.js';
import {
  ADD_ENGLISH_SHARE,
  CERTIFICATION_KEY_COUNT_BY_TIER,
  CERTIFICATION_VERIFIED_SHARE_BY_TIER,
  CERTIFICATION_WEIGHTS_BY_TYPE,
  COMPANY_SIZE_SHARES_BY_TYPE,
  CONTACT_EMAIL_SHARE,
  EXPERTISE_BY_TYPE,
  EXTRA_LANGUAGE_SHARE,
  GLOBAL_SHARE_FOR_LARGE_TYPES,
  HOLDER_COUNT_RANGE_BY_TIER,
  INDUSTRY_COUNT_SHARES,
  INDUSTRY_WEIGHTS,
  JOINED_WINDOW_YEARS,
  LARGE_TYPE_REGION_COUNT_SHARES,
  LISTED_SHARE_OF_ACTIVE,
  NO_FOUNDED_YEAR_SHARE,
  NO_LOGO_SHARE,
  NO_WEBSITE_SHARE,
  PARTNER_TYPE_SHARES,
  RATED_SHARE,
  RECENT_JOIN_MONTHS,
  RECENT_JOIN_SHARE,
  SERVED_REGION_COUNT_SHARES,
  SERVED_REGION_LANGUAGE_SHARE,
  STATUS_SHARES,
  TIER_SHARES_BY_TYPE,
  VENTURE_INDUSTRY_COUNT_SHARES,
  VERIFIED_SHARE_BY_TIER,
} from './distributions.js';
import { COUNTRIES, COUNTRIES_BY_REGION, EXTRA_LANGUAGES_BY_REGION, HQ_REGIONS } from './geography.js';
import type { Country, HqRegion } from './geography.js';
import { GOLDEN_PARTNERS } from './golden-partners.js';
import type { GoldenPartnerSpec } from './golden-partners.js';
import { PartnerNameFactory } from './names.js';
import { partnerBadges, selectFeatured } from './partner-badges.js';
import { partnerCopy } from './partner-text.js';
import { Prng, weightedTable } from './prng.js';
import { quotaDeck } from './quotas.js';
import { randomRating } from './ratings.js';
import type { WeightedTable } from './prng.js';
import { DAY_MS, HOUR_MS, LAST_TIER_EVALUATION_MS, SEED_NOW_MS, YEAR_MS, isoAt } from './seed-clock.js';
import { seedId } from './seed-ids.js';
import { SlugRegistry } from './slugs.js';
import { partnerContact, partnerWebsite } from './web-presence.js';

/** Region order used for `regions` arrays, so equal sets always serialize the same way. */
const REGION_ORDER: readonly Region[] = [...HQ_REGIONS, 'global'];
const LARGE_TYPES: ReadonlySet<PartnerType> = new Set<PartnerType>([
  'system_integrator',
  'strategic_alliance',
]);
const ANGLOPHONE_FALLBACK = 'en';
const MAX_LANGUAGES = 10;
const MONTH_MS = YEAR_MS / 12;

// Tables are built once per module: the hot loop then samples in O(log n).
const sizeTables = mapRecord(COMPANY_SIZE_SHARES_BY_TYPE, (shares) => weightedTable(shares));
const HQ_COUNTRY_WEIGHTS = COUNTRIES.map((country): [Country, number] => [country, country.hqWeight]);
const countryTable = weightedTable(HQ_COUNTRY_WEIGHTS);
const countryTablesByRegion = new Map(
  [...COUNTRIES_BY_REGION].map(([region, countries]) => [
    region,
    weightedTable(countries.map((country): [Country, number] => [country, country.hqWeight])),
  ]),
);
const cityTables = new Map(
  COUNTRIES.map((country) => [
    country.code,
    weightedTable(country.cities.map((city) => [city, city.weight ?? 1])),
  ]),
);
const regionCountTable = weightedTable(SERVED_REGION_COUNT_SHARES);
const largeRegionCountTable = weightedTable(LARGE_TYPE_REGION_COUNT_SHARES);
const industryTable = weightedTable(INDUSTRY_WEIGHTS);
const industryCountTable = weightedTable(INDUSTRY_COUNT_SHARES);
const ventureIndustryCountTable = weightedTable(VENTURE_INDUSTRY_COUNT_SHARES);
const expertiseTables = mapRecord(EXPERTISE_BY_TYPE, (profile) => ({
  core: profile.core,
  weights: weightedTable(profile.weights),
  counts: weightedTable(profile.counts),
}));
const certificationTables = mapRecord(CERTIFICATION_WEIGHTS_BY_TYPE, (weights) => weightedTable(weights));
const statusTable = weightedTable(STATUS_SHARES);

interface PartnerDraft {
  partner: SeedPartner;
  verified: boolean;
  joinedMs: number;
}

/**
 * The partner half of the catalog: golden partners first, then generated ones, then the
 * catalog-wide passes (featured selection, badges) that need every partner in hand.
 */
export function generatePartners(seed: number, count: number): SeedPartner[] {
  const rng = new Prng(seed, 'partners');
  const names = new PartnerNameFactory(rng);
  const slugs = new SlugRegistry();
  const goldens = GOLDEN_PARTNERS.slice(0, count);
  const drafts: PartnerDraft[] = goldens.map((spec) => {
    names.reserve(spec.name);
    slugs.reserve(spec.slug);
    return goldenDraft(spec);
  });
  const plan = typeAndTierPlan(rng, count, goldens);
  const headquarters = quotaDeck(rng, HQ_COUNTRY_WEIGHTS, plan.length);
  // The fallbacks these exercise (monogram logo, no website link) should show up at the stated rate.
  const logos = quotaDeck(rng, sharesOf(NO_LOGO_SHARE), plan.length);
  const websites = quotaDeck(rng, sharesOf(NO_WEBSITE_SHARE), plan.length);
  plan.forEach(([type, tier], i) => {
    const presence = { hasLogo: logos[i]!, hasWebsite: websites[i]! };
    drafts.push(generatedDraft(rng, names, slugs, { type, tier, country: headquarters[i]!, ...presence }));
  });

  const partners = drafts.map((draft) => draft.partner);
  selectFeatured(new Prng(seed, 'featured'), partners, goldens.length);
  for (const { partner, verified, joinedMs } of drafts) {
    partner.badges = partnerBadges(partner, verified, joinedMs);
  }
  return partners;
}

function goldenDraft(spec: GoldenPartnerSpec): PartnerDraft {
  // Golden ids depend on the slug only, so they stay the same for every seed and catalog size.
  const idRng = new Prng(0, `golden:${spec.slug}`);
  const joinedMs = SEED_NOW_MS - spec.joinedDaysAgo * DAY_MS;
  const updatedMs = SEED_NOW_MS - spec.updatedDaysAgo * DAY_MS;
  const tierEvaluatedMs = tierEvaluatedAt(joinedMs, 0);
  const joinedAtIso = isoAt(joinedMs);
  const partner: SeedPartner = {
    id: seedId('ptr', joinedMs, idRng),
    slug: spec.slug,
    name: spec.name,
    type: spec.type,
    tier: spec.tier,
    tier_rank: TIERS.indexOf(spec.tier),
    tier_evaluated_at: tierEvaluatedMs === null ? null : isoAt(tierEvaluatedMs),
    headquarters: { ...spec.headquarters },
    regions: [...spec.regions],
    countries_served: [...spec.countries_served],
    languages: [...spec.languages],
    industries: [...spec.industries],
    expertise: [...spec.expertise],
    certifications: spec.certifications.map((certification) => ({ ...certification })),
    certified_people_count: spec.certified_people_count,
    has_logo: spec.has_logo,
    website: spec.hasWebsite ? partnerWebsite(spec.slug) : null,
    summary: spec.summary,
    description: spec.description,
    company_size: spec.company_size,
    founded_year: spec.founded_year,
    rating: spec.rating ? { ...spec.rating } : null,
    featured: spec.featured,
    badges: [],
    contact: partnerContact(spec.slug, spec.hasWebsite, true),
    joined_at: joinedAtIso,
    status: spec.status,
    listed: spec.listed,
    created_at: joinedAtIso,
    updated_at: isoAt(Math.max(joinedMs, updatedMs)),
  };
  return { partner, verified: spec.verified, joinedMs };
}

/**
 * Types and tiers for the generated partners, dealt from quota decks so the §2.8 mix holds exactly:
 * type shares over the whole catalog (golden partners count toward their type), tiers within a type.
 */
function typeAndTierPlan(
  rng: Prng,
  count: number,
  goldens: readonly GoldenPartnerSpec[],
): [PartnerType, Tier][] {
  const generated = count - goldens.length;
  const typeWeights = PARTNER_TYPE_SHARES.map(([type, share]): [PartnerType, number] => {
    const goldenOfType = goldens.filter((spec) => spec.type === type).length;
    return [type, Math.max(0, (share / 100) * count - goldenOfType)];
  });
  const types = quotaDeck(rng, typeWeights, generated);
  const tierDecks = new Map<PartnerType, Tier[]>();
  for (const [type] of PARTNER_TYPE_SHARES) {
    const ofType = types.filter((t) => t === type).length;
    const shares = TIER_SHARES_BY_TYPE[type];
    tierDecks.set(
      type,
      quotaDeck(
        rng,
        TIERS.map((tier, i): [Tier, number] => [tier, shares[i]!]),
        ofType,
      ),
    );
  }
  return types.map((type) => [type, tierDecks.get(type)!.pop()!]);
}

/** `[false, share], [true, 1 - share]`: a deck of "has it" flags with `share` missing. */
function sharesOf(missingShare: number): [boolean, number][] {
  return [
    [false, missingShare],
    [true, 1 - missingShare],
  ];
}

/** What the catalog-wide quota decks decided for one generated partner. */
interface DealtAttributes {
  type: PartnerType;
  tier: Tier;
  country: Country;
  hasLogo: boolean;
  hasWebsite: boolean;
}

function generatedDraft(
  rng: Prng,
  names: PartnerNameFactory,
  slugs: SlugRegistry,
  dealt: DealtAttributes,
): PartnerDraft {
  const { type, tier, country, hasLogo, hasWebsite } = dealt;
  const city = rng.weighted(cityTables.get(country.code)!);
  const regions = servedRegions(rng, type, country.region);
  const languages = partnerLanguages(rng, country.region, regions, city.languages ?? country.languages);
  const industries = rng.weightedSample(
    industryTable,
    rng.weighted(type === 'venture_partner' ? ventureIndustryCountTable : industryCountTable),
  );
  const expertise = partnerExpertise(rng, type);
  const certifications = partnerCertifications(rng, type, tier);
  const companySize = rng.weighted(sizeTables[type]);
  const joinedMs = joinedAt(rng);
  const foundedYear = foundedYearFor(rng, type, joinedMs);
  const status = rng.weighted(statusTable);
  const listed = status === 'active' && rng.chance(LISTED_SHARE_OF_ACTIVE);
  const rating = rng.chance(RATED_SHARE) ? randomRating(rng) : null;
  const tierEvaluatedMs = tierEvaluatedAt(joinedMs, rng.int(0, 6 * HOUR_MS));
  const lastTouchMs = Math.max(joinedMs, tierEvaluatedMs ?? 0);
  const joinedAtIso = isoAt(joinedMs);
  const updatedMs = lastTouchMs + Math.floor(rng.float() * (SEED_NOW_MS - lastTouchMs));

  const name = names.next(type, city.name);
  const slug = slugs.claim(name, `${type}-${country.code}`);
  const textInput = {
    name,
    type,
    expertise,
    industries,
    city: city.name,
    countryName: country.name,
    regions,
    languages,
    companySize,
    foundedYear,
  };
  const partner: SeedPartner = {
    id: seedId('ptr', joinedMs, rng),
    slug,
    name,
    type,
    tier,
    tier_rank: TIERS.indexOf(tier),
    tier_evaluated_at: tierEvaluatedMs === null ? null : isoAt(tierEvaluatedMs),
    headquarters: { country: country.code, region: country.region, city: city.name },
    regions,
    countries_served: countriesServed(rng, country, regions),
    languages,
    industries,
    expertise,
    certifications,
    certified_people_count: certifiedPeople(rng, certifications),
    has_logo: hasLogo,
    website: hasWebsite ? partnerWebsite(slug) : null,
    ...partnerCopy(rng, textInput),
    company_size: companySize,
    founded_year: foundedYear,
    rating,
    featured: false,
    badges: [],
    contact: partnerContact(slug, hasWebsite, rng.chance(CONTACT_EMAIL_SHARE)),
    joined_at: joinedAtIso,
    status,
    listed,
    created_at: joinedAtIso,
    updated_at: isoAt(updatedMs),
  };
  return { partner, verified: rng.chance(VERIFIED_SHARE_BY_TIER[tier]), joinedMs };
}

const COUNTRY_CODES: readonly string[] = COUNTRIES.map((country) => country.code);

/** For each HQ region, the other four: precomputed because every partner needs them. */
const OTHER_REGIONS: ReadonlyMap<HqRegion, readonly HqRegion[]> = new Map(
  HQ_REGIONS.map((hq) => [hq, HQ_REGIONS.filter((region) => region !== hq)]),
);

function servedRegions(rng: Prng, type: PartnerType, hq: HqRegion): Region[] {
  const large = LARGE_TYPES.has(type);
  if (large && rng.chance(GLOBAL_SHARE_FOR_LARGE_TYPES)) return ['global'];
  const count = rng.weighted(large ? largeRegionCountTable : regionCountTable);
  if (count === 1) return [hq];
  const chosen: Region[] = rng.sample(OTHER_REGIONS.get(hq)!, count - 1);
  chosen.push(hq);
  return REGION_ORDER.filter((region) => chosen.includes(region));
}

function countriesServed(rng: Prng, hq: Country, regions: readonly Region[]): string[] {
  const others: string[] = [];
  const add = (table: WeightedTable<Country> | undefined, count: number): void => {
    if (!table || count === 0) return;
    for (const country of rng.weightedSample(table, count)) {
      if (country.code !== hq.code && !others.includes(country.code)) others.push(country.code);
    }
  };
  if (regions.includes('global')) {
    add(countryTable, rng.int(6, 12));
  } else {
    const single = regions.length === 1;
    for (const region of regions) {
      add(countryTablesByRegion.get(region as HqRegion), single ? rng.int(0, 3) : rng.int(1, 2));
    }
  }
  // HQ first, then the rest in a fixed order (the COUNTRIES table) so equal sets serialize equally.
  const ordered = COUNTRY_CODES.filter((code) => others.includes(code));
  ordered.unshift(hq.code);
  return ordered;
}

function partnerLanguages(
  rng: Prng,
  hq: HqRegion,
  regions: readonly Region[],
  hqLanguages: readonly string[],
): string[] {
  const languages = [...hqLanguages];
  if (!languages.includes(ANGLOPHONE_FALLBACK) && rng.chance(ADD_ENGLISH_SHARE)) {
    languages.push(ANGLOPHONE_FALLBACK);
  }
  const addFrom = (pool: readonly string[]): void => {
    const candidates = pool.filter((tag) => !languages.includes(tag));
    if (candidates.length > 0 && languages.length < MAX_LANGUAGES) languages.push(rng.pick(candidates));
  };
  if (rng.chance(EXTRA_LANGUAGE_SHARE)) addFrom(EXTRA_LANGUAGES_BY_REGION[hq]);
  // Partners serving several regions staff for them: one more language per extra region, sometimes.
  const servedElsewhere = regions.includes('global')
    ? HQ_REGIONS.filter((region) => region !== hq)
    : regions.filter((region): region is HqRegion => region !== hq && region !== 'global');
  for (const region of servedElsewhere) {
    if (rng.chance(SERVED_REGION_LANGUAGE_SHARE)) addFrom(EXTRA_LANGUAGES_BY_REGION[region]);
  }
  return languages;
}

function partnerExpertise(rng: Prng, type: PartnerType): Expertise[] {
  const { core, weights, counts } = expertiseTables[type];
  const extra = rng.weightedSample(weights, rng.weighted(counts) - core.length);
  return [...core, ...extra];
}

function partnerCertifications(rng: Prng, type: PartnerType, tier: Tier): SeedPartner['certifications'] {
  const [minKeys, maxKeys] = CERTIFICATION_KEY_COUNT_BY_TIER[tier];
  // Strategic alliances are the "many certifications" profile of §2.8.
  const bonus = type === 'strategic_alliance' ? 2 : 0;
  const keys: Certification[] = rng.weightedSample(
    certificationTables[type],
    rng.int(minKeys, maxKeys) + bonus,
  );
  const [low, high] = HOLDER_COUNT_RANGE_BY_TIER[tier];
  const verifiedShare = CERTIFICATION_VERIFIED_SHARE_BY_TIER[tier];
  return keys.map((key) => ({
    key,
    holder_count: lognormalInRange(rng, low, high),
    verified: rng.chance(verifiedShare),
  }));
}

/** Lognormal centred on the range's geometric mean, resampled until it lands inside the range. */
function lognormalInRange(rng: Prng, low: number, high: number): number {
  const median = Math.sqrt(low * high);
  const sigma = Math.log(high / low) / 3;
  for (let attempt = 0; attempt < 8; attempt++) {
    const value = Math.round(rng.lognormal(median, sigma));
    if (value >= low && value <= high) return value;
  }
  return Math.round(median);
}

/** People often hold several certifications, so the head count sits between the max and the sum. */
function certifiedPeople(rng: Prng, certifications: SeedPartner['certifications']): number {
  if (certifications.length === 0) return 0;
  const counts = certifications.map((certification) => certification.holder_count);
  const largest = Math.max(...counts);
  const sum = counts.reduce((total, n) => total + n, 0);
  return largest + Math.round((sum - largest) * rng.between(0.4, 0.8));
}

function joinedAt(rng: Prng): number {
  const recentWindow = RECENT_JOIN_MONTHS * MONTH_MS;
  const fullWindow = JOINED_WINDOW_YEARS * YEAR_MS;
  const ago = rng.chance(RECENT_JOIN_SHARE)
    ? rng.between(0, recentWindow)
    : rng.between(recentWindow, fullWindow);
  return Math.floor(SEED_NOW_MS - ago);
}

/** Company age in years when joining the program: [median, max]. Big integrators are decades old. */
const COMPANY_AGE_AT_JOINING: Readonly<Record<PartnerType, readonly [number, number]>> = {
  community_developer: [2, 10],
  revops_specialist: [4, 15],
  venture_partner: [8, 30],
  app_partner: [6, 25],
  solutions_partner: [8, 30],
  system_integrator: [18, 50],
  strategic_alliance: [30, 80],
};

function foundedYearFor(rng: Prng, type: PartnerType, joinedMs: number): number | null {
  if (rng.chance(NO_FOUNDED_YEAR_SHARE)) return null;
  const joinedYear = new Date(joinedMs).getUTCFullYear();
  const [median, max] = COMPANY_AGE_AT_JOINING[type];
  const age = Math.min(max, Math.floor(rng.lognormal(median, 0.6)));
  return joinedYear - age;
}

/** Evaluated in the last quarterly run, unless the partner joined after it. */
function tierEvaluatedAt(joinedMs: number, runOffsetMs: number): number | null {
  return joinedMs < LAST_TIER_EVALUATION_MS ? LAST_TIER_EVALUATION_MS + runOffsetMs : null;
}

function mapRecord<K extends string, V, W>(
  record: Readonly<Record<K, V>>,
  map: (value: V) => W,
): Record<K, W> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value as V)])) as Record<
    K,
    W
  >;
}
