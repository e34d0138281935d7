import { describe, it, expect } from 'vitest';
import {
  CERTIFICATIONS,
  EXPERTISE,
  INDUSTRIES,
  LISTING_CATEGORIES,
  PARTNER_TYPES,
  REGIONS,
  TIERS,
} from '@flywheel/contract';
import type { PartnerType, Tier } from '@flywheel/contract';
import type { SeedCatalog, SeedPartner } from '../src/seed/catalog-types.js';
import { SEED_NOW, generateCatalog } from '../src/seed/generate-catalog.js';
import { GOLDEN_PARTNERS } from '../src/seed/golden-partners.js';
import { Prng, weightedTable } from '../src/seed/prng.js';
import { apportion } from '../src/seed/quotas.js';
import { slugify } from '../src/seed/slugs.js';
import { decodeUlidTime, encodeUlid } from '../src/seed/ulid.js';

const PARTNER_ID = /^ptr_[0-9A-HJKMNP-TV-Z]{26}$/;
const LISTING_ID = /^lst_[0-9A-HJKMNP-TV-Z]{26}$/;
const SLUG = /^[a-z0-9-]{3,64}$/;
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z]{4})?(-([A-Z]{2}|\d{3}))?$/;
const EXAMPLE_WEBSITE = /^https:\/\/[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.example$/;
const SEED_NOW_MS = Date.parse(SEED_NOW);
const DAY_MS = 86_400_000;

/** api-v1 §2.8 type mix, in percent. */
const TYPE_SHARES: Record<PartnerType, number> = {
  solutions_partner: 34,
  app_partner: 22,
  revops_specialist: 14,
  community_developer: 12,
  system_integrator: 10,
  venture_partner: 4,
  strategic_alliance: 4,
};
const HOLDER_RANGE: Record<Tier, [number, number]> = {
  registered: [0, 2],
  silver: [2, 6],
  gold: [5, 15],
  platinum: [15, 60],
};
const SERVICES: ReadonlySet<string> = new Set([
  'solutions_partner',
  'system_integrator',
  'revops_specialist',
  'strategic_alliance',
]);

const catalog = generateCatalog({ seed: 42, partners: 1500 });
const { partners, listings, integrations } = catalog;

function share(items: readonly SeedPartner[], predicate: (partner: SeedPartner) => boolean): number {
  return (100 * items.filter(predicate).length) / items.length;
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => (seen.has(value) ? true : (seen.add(value), false)));
}

function golden(slug: string): SeedPartner {
  const partner = partners.find((candidate) => candidate.slug === slug);
  if (!partner) throw new Error(`golden partner ${slug} missing`);
  return partner;
}

describe('determinism', () => {
  it('produces byte-identical JSON for the same seed and size', () => {
    const a = JSON.stringify(generateCatalog({ seed: 7, partners: 400 }));
    const b = JSON.stringify(generateCatalog({ seed: 7, partners: 400 }));
    expect(a).toBe(b);
  });

  it('produces a different catalog for a different seed', () => {
    const a = generateCatalog({ seed: 7, partners: 400 });
    const b = generateCatalog({ seed: 8, partners: 400 });
    expect(a.partners.slice(10).map((p) => p.name)).not.toEqual(b.partners.slice(10).map((p) => p.name));
    expect(a.partners[20]!.id).not.toBe(b.partners[20]!.id);
  });

  it('keeps golden partners identical across seeds, ids included', () => {
    const a = generateCatalog({ seed: 1, partners: 60 }).partners.slice(0, 10);
    const b = generateCatalog({ seed: 2, partners: 60 }).partners.slice(0, 10);
    expect(a.map((p) => [p.id, p.slug, p.summary])).toEqual(b.map((p) => [p.id, p.slug, p.summary]));
  });

  it('rejects sizes and seeds outside the contract', () => {
    expect(() => generateCatalog({ seed: 1, partners: 0 })).toThrow(RangeError);
    expect(() => generateCatalog({ seed: 1, partners: 100_001 })).toThrow(RangeError);
    expect(() => generateCatalog({ seed: 1, partners: 2.5 })).toThrow(RangeError);
    expect(() => generateCatalog({ seed: Number.NaN, partners: 10 })).toThrow(RangeError);
  });
});

describe('ids, slugs and names', () => {
  it('mints prefixed ULIDs whose time part is created_at', () => {
    for (const partner of partners) {
      expect(partner.id).toMatch(PARTNER_ID);
      expect(decodeUlidTime(partner.id.slice(4))).toBe(Date.parse(partner.created_at));
    }
    for (const listing of listings) {
      expect(listing.id).toMatch(LISTING_ID);
      expect(decodeUlidTime(listing.id.slice(4))).toBe(Date.parse(listing.created_at));
    }
  });

  it('keeps ids, slugs and names unique', () => {
    expect(duplicates(partners.map((p) => p.id))).toEqual([]);
    expect(duplicates(partners.map((p) => p.slug))).toEqual([]);
    expect(duplicates(partners.map((p) => p.name))).toEqual([]);
    expect(duplicates(listings.map((l) => l.id))).toEqual([]);
    expect(duplicates(listings.map((l) => l.slug))).toEqual([]);
    expect(duplicates(listings.map((l) => l.name))).toEqual([]);
  });

  it('respects slug and name limits', () => {
    for (const partner of partners) {
      expect(partner.slug).toMatch(SLUG);
      expect(partner.name.length).toBeGreaterThanOrEqual(3);
      expect(partner.name.length).toBeLessThanOrEqual(120);
    }
    for (const listing of listings) {
      expect(listing.slug).toMatch(SLUG);
      expect(listing.name.length).toBeLessThanOrEqual(80);
      expect(listing.tagline.length).toBeLessThanOrEqual(120);
      expect(listing.pricing.summary?.length ?? 0).toBeLessThanOrEqual(120);
    }
  });

  it('slugifies accents, ampersands and punctuation', () => {
    expect(slugify('Zürich & São Paulo Partners, Ltd.')).toBe('zurich-and-sao-paulo-partners-ltd');
  });
});

describe('partner fields', () => {
  it('keeps summary and description within their limits, without raw HTML', () => {
    for (const partner of partners) {
      expect(partner.summary.length, partner.slug).toBeGreaterThanOrEqual(80);
      expect(partner.summary.length, partner.slug).toBeLessThanOrEqual(160);
      expect(partner.description.length, partner.slug).toBeGreaterThanOrEqual(400);
      expect(partner.description.length, partner.slug).toBeLessThanOrEqual(1500);
      expect(partner.description).not.toContain('<');
      expect(partner.summary).not.toContain('<');
      expect(partner.summary).not.toContain('\n');
    }
  });

  it('writes descriptions as CommonMark with paragraphs, a bullet list and bold text', () => {
    const description = partners[100]!.description;
    expect(description).toMatch(/\n\n/);
    expect(description).toMatch(/^- \*\*/m);
    expect(description).toMatch(/\*\*[^*]+\*\*/);
  });

  it('uses vocabulary keys and well-formed codes only', () => {
    const known = {
      regions: new Set<string>(REGIONS),
      industries: new Set<string>(INDUSTRIES),
      expertise: new Set<string>(EXPERTISE),
      certifications: new Set<string>(CERTIFICATIONS),
    };
    for (const partner of partners) {
      expect(PARTNER_TYPES).toContain(partner.type);
      expect(partner.tier_rank).toBe(TIERS.indexOf(partner.tier));
      expect(partner.headquarters.country).toMatch(/^[A-Z]{2}$/);
      expect(partner.headquarters.region).not.toBe('global');
      expect(partner.headquarters.city.length).toBeGreaterThan(0);
      expect(partner.regions.length).toBeGreaterThanOrEqual(1);
      expect(partner.regions.length).toBeLessThanOrEqual(6);
      expect(partner.regions.every((region) => known.regions.has(region))).toBe(true);
      expect(partner.countries_served[0]).toBe(partner.headquarters.country);
      expect(duplicates(partner.countries_served)).toEqual([]);
      expect(partner.languages.length).toBeGreaterThanOrEqual(1);
      expect(partner.languages.length).toBeLessThanOrEqual(10);
      expect(partner.languages.every((tag) => LANGUAGE_TAG.test(tag))).toBe(true);
      expect(duplicates(partner.languages)).toEqual([]);
      expect(partner.industries.length).toBeGreaterThanOrEqual(1);
      expect(partner.industries.length).toBeLessThanOrEqual(4);
      expect(partner.industries.every((key) => known.industries.has(key))).toBe(true);
      expect(duplicates(partner.industries)).toEqual([]);
      expect(partner.expertise.length).toBeGreaterThanOrEqual(2);
      expect(partner.expertise.length).toBeLessThanOrEqual(6);
      expect(partner.expertise.every((key) => known.expertise.has(key))).toBe(true);
      expect(duplicates(partner.expertise)).toEqual([]);
    }
  });

  it('sizes certifications by tier and keeps the head count consistent', () => {
    for (const partner of partners) {
      const [low, high] = HOLDER_RANGE[partner.tier];
      const keys = partner.certifications.map((c) => c.key);
      expect(duplicates(keys)).toEqual([]);
      for (const certification of partner.certifications) {
        expect(CERTIFICATIONS).toContain(certification.key);
        expect(certification.holder_count, partner.slug).toBeGreaterThanOrEqual(low);
        expect(certification.holder_count, partner.slug).toBeLessThanOrEqual(high);
      }
      const counts = partner.certifications.map((c) => c.holder_count);
      const sum = counts.reduce((a, b) => a + b, 0);
      expect(partner.certified_people_count).toBeGreaterThanOrEqual(counts.length ? Math.max(...counts) : 0);
      expect(partner.certified_people_count).toBeLessThanOrEqual(sum);
    }
  });

  it('puts websites and contacts under .example only', () => {
    for (const partner of partners) {
      if (partner.website !== null) expect(partner.website).toMatch(EXAMPLE_WEBSITE);
      if (partner.contact.email !== undefined)
        expect(partner.contact.email).toMatch(/^partners@[a-z0-9-]+\.example$/);
      if (partner.contact.url !== undefined)
        expect(partner.contact.url).toMatch(/^https:\/\/[a-z0-9-]+\.example\/contact$/);
      expect(partner.contact.email ?? partner.contact.url).toBeDefined();
    }
  });

  it('dates everything before SEED_NOW, joined over six years', () => {
    for (const partner of partners) {
      const joined = Date.parse(partner.joined_at);
      expect(partner.created_at).toBe(partner.joined_at);
      expect(joined).toBeLessThanOrEqual(SEED_NOW_MS);
      expect(joined).toBeGreaterThan(SEED_NOW_MS - 6 * 366 * DAY_MS);
      expect(Date.parse(partner.updated_at)).toBeGreaterThanOrEqual(joined);
      expect(Date.parse(partner.updated_at)).toBeLessThanOrEqual(SEED_NOW_MS);
      if (partner.founded_year !== null) {
        expect(partner.founded_year).toBeLessThanOrEqual(new Date(joined).getUTCFullYear());
        expect(partner.founded_year).toBeGreaterThan(1900);
      }
      if (partner.rating) {
        expect(partner.rating.average).toBeGreaterThanOrEqual(2.8);
        expect(partner.rating.average).toBeLessThanOrEqual(5);
        expect(Math.round(partner.rating.average * 10) / 10).toBe(partner.rating.average);
        expect(partner.rating.count).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('derives badges from the partner’s own fields', () => {
    for (const partner of partners) {
      const isNew = SEED_NOW_MS - Date.parse(partner.joined_at) < 90 * DAY_MS;
      const topRated = partner.rating !== null && partner.rating.average >= 4.7 && partner.rating.count >= 20;
      expect(partner.badges.includes('featured')).toBe(partner.featured);
      expect(partner.badges.includes('new')).toBe(isNew);
      expect(partner.badges.includes('top_rated')).toBe(topRated);
      if (partner.status !== 'active') expect(partner.listed).toBe(false);
    }
  });
});

describe('distributions at 1,500 partners', () => {
  it('matches the type mix within 3 percentage points', () => {
    for (const type of PARTNER_TYPES) {
      expect(Math.abs(share(partners, (p) => p.type === type) - TYPE_SHARES[type]), type).toBeLessThanOrEqual(
        3,
      );
    }
  });

  it('forms a tier pyramid overall and per type', () => {
    const tiers = TIERS.map((tier) => share(partners, (p) => p.tier === tier));
    expect(tiers[0]!).toBeGreaterThan(tiers[1]!);
    expect(tiers[1]!).toBeGreaterThan(tiers[2]!);
    expect(tiers[2]!).toBeGreaterThan(tiers[3]!);
    expect(Math.abs(tiers[0]! - 43)).toBeLessThanOrEqual(3);
    expect(Math.abs(tiers[3]! - 9)).toBeLessThanOrEqual(3);
    for (const type of [
      'solutions_partner',
      'app_partner',
      'revops_specialist',
      'community_developer',
    ] as const) {
      const ofType = partners.filter((p) => p.type === type);
      const counts = TIERS.map((tier) => ofType.filter((p) => p.tier === tier).length);
      expect(counts[0]!, type).toBeGreaterThan(counts[1]!);
      expect(counts[1]!, type).toBeGreaterThan(counts[2]!);
      expect(counts[2]!, type).toBeGreaterThanOrEqual(counts[3]!);
    }
    const alliances = partners.filter((p) => p.type === 'strategic_alliance');
    expect(share(alliances, (p) => p.tier === 'platinum' || p.tier === 'gold')).toBeGreaterThanOrEqual(80);
    expect(partners.filter((p) => p.type === 'community_developer' && p.tier === 'platinum')).toEqual([]);
  });

  it('leaves about 10 % without logo and 5 % without website', () => {
    expect(Math.abs(share(partners, (p) => !p.has_logo) - 10)).toBeLessThanOrEqual(1);
    expect(Math.abs(share(partners, (p) => p.website === null) - 5)).toBeLessThanOrEqual(1);
  });

  it('includes Arabic, Japanese and Simplified Chinese profiles', () => {
    const speaking = (tag: string) => partners.filter((p) => p.languages.includes(tag)).length;
    expect(speaking('ar')).toBeGreaterThanOrEqual(10);
    expect(speaking('ja')).toBeGreaterThanOrEqual(10);
    expect(speaking('zh-Hans')).toBeGreaterThanOrEqual(3);
    for (const partner of partners.filter((p) => p.headquarters.country === 'JP')) {
      expect(partner.languages[0]).toBe('ja');
    }
    const meanLanguages = partners.reduce((sum, p) => sum + p.languages.length, 0) / partners.length;
    expect(meanLanguages).toBeGreaterThan(1.4);
    expect(meanLanguages).toBeLessThan(1.8);
  });

  it('places headquarters and served regions as designed', () => {
    expect(
      Math.abs(share(partners, (p) => p.headquarters.region === 'north_america') - 42),
    ).toBeLessThanOrEqual(3);
    expect(Math.abs(share(partners, (p) => p.headquarters.region === 'europe') - 30)).toBeLessThanOrEqual(3);
    const typical = partners.filter((p) => p.type !== 'system_integrator' && p.type !== 'strategic_alliance');
    expect(Math.abs(share(typical, (p) => p.regions.length === 1) - 68)).toBeLessThanOrEqual(5);
    const large = partners.filter((p) => p.type === 'system_integrator' || p.type === 'strategic_alliance');
    expect(Math.abs(share(large, (p) => p.regions.includes('global')) - 60)).toBeLessThanOrEqual(10);
  });

  it('tags 1–4 industries with a mean near 2.3 and technology_saas the most common', () => {
    const mean = partners.reduce((sum, p) => sum + p.industries.length, 0) / partners.length;
    expect(mean).toBeGreaterThan(2.1);
    expect(mean).toBeLessThan(2.5);
    const saas = share(partners, (p) => p.industries.includes('technology_saas'));
    const travel = share(partners, (p) => p.industries.includes('travel_hospitality'));
    expect(saas).toBeGreaterThan(35);
    expect(travel).toBeLessThan(12);
  });

  it('rates about 70 %, features about 30 (mostly platinum) and keeps 95 % active', () => {
    expect(Math.abs(share(partners, (p) => p.rating !== null) - 70)).toBeLessThanOrEqual(5);
    const featured = partners.filter((p) => p.featured);
    expect(featured.length).toBe(30);
    expect(featured.filter((p) => p.tier === 'platinum').length).toBeGreaterThan(featured.length / 2);
    expect(featured.every((p) => p.status === 'active' && p.listed)).toBe(true);
    expect(Math.abs(share(partners, (p) => p.status === 'active') - 95)).toBeLessThanOrEqual(2);
    expect(
      share(partners, (p) => p.joined_at >= new Date(SEED_NOW_MS - 730 * DAY_MS).toISOString()),
    ).toBeGreaterThan(35);
  });
});

describe('golden partners', () => {
  it('come first, in their hand-written order', () => {
    expect(partners.slice(0, 10).map((p) => p.slug)).toEqual(GOLDEN_PARTNERS.map((spec) => spec.slug));
  });

  it('cover every partner type and the edge cases', () => {
    const goldens = partners.slice(0, 10);
    expect(new Set(goldens.map((p) => p.type))).toEqual(new Set(PARTNER_TYPES));
    expect(Math.max(...goldens.map((p) => p.name.length))).toBeGreaterThanOrEqual(110);
    expect(Math.min(...goldens.map((p) => p.name.length))).toBe(3);
    const arabic = goldens.find((p) => p.languages[0] === 'ar');
    expect(arabic && ['AE', 'SA'].includes(arabic.headquarters.country)).toBe(true);
    expect(arabic?.name).toMatch(/[\u0600-\u06ff]/);
    const japanese = goldens.find((p) => p.languages[0] === 'ja');
    expect(japanese?.name).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    const everything = golden('halcyon-meridian-group');
    expect(everything.tier).toBe('platinum');
    expect(everything.certifications.map((c) => c.key).sort()).toEqual([...CERTIFICATIONS].sort());
    const bare = golden('tidewater-ops-collective');
    expect(bare.has_logo).toBe(false);
    expect(bare.website).toBeNull();
    const hidden = golden('driftwood-analytics-partners');
    expect(hidden.status).toBe('inactive');
    expect(hidden.listed).toBe(false);
    expect(integrations.filter((row) => row.partner_id === golden('kestrel-cloud-consulting').id)).toEqual(
      [],
    );
  });

  it('carry the badges they were written to show', () => {
    for (const spec of GOLDEN_PARTNERS) {
      if (spec.expectBadges) expect(golden(spec.slug).badges, spec.slug).toEqual(spec.expectBadges);
    }
  });

  it('are the whole catalog below ten partners', () => {
    const small = generateCatalog({ seed: 3, partners: 4 });
    expect(small.partners.map((p) => p.slug)).toEqual(GOLDEN_PARTNERS.slice(0, 4).map((spec) => spec.slug));
    expect(generateCatalog({ seed: 3, partners: 1 }).partners).toHaveLength(1);
  });
});

describe('listings', () => {
  it('scales to about 450 published and 30 unpublished per 1,500 partners', () => {
    const published = listings.filter((l) => l.status === 'published');
    expect(published.length).toBeGreaterThanOrEqual(400);
    expect(published.length).toBeLessThanOrEqual(500);
    expect(listings.length - published.length).toBeGreaterThanOrEqual(20);
    expect(listings.length - published.length).toBeLessThanOrEqual(45);
    expect(listings.filter((l) => l.status === 'draft').length).toBeGreaterThan(0);
    expect(published.filter((l) => l.built_by.type === 'first_party')).toHaveLength(40);
  });

  it('are built by App Partners (1–3 each) and some Community Developers', () => {
    const byId = new Map(partners.map((p) => [p.id, p]));
    const perBuilder = new Map<string, number>();
    for (const listing of listings) {
      if (listing.built_by.type === 'first_party') {
        expect(listing.built_by.partner_id).toBeUndefined();
        continue;
      }
      const builder = byId.get(listing.built_by.partner_id!);
      expect(builder).toBeDefined();
      expect(['app_partner', 'community_developer']).toContain(builder!.type);
      perBuilder.set(builder!.id, (perBuilder.get(builder!.id) ?? 0) + 1);
      if (listing.status === 'published') expect(builder!.status === 'active' && builder!.listed).toBe(true);
    }
    expect(Math.max(...perBuilder.values())).toBeLessThanOrEqual(3);
    const appBuilders = partners.filter((p) => p.type === 'app_partner' && perBuilder.has(p.id));
    expect(appBuilders.length).toBe(partners.filter((p) => p.type === 'app_partner').length);
    const community = partners.filter((p) => p.type === 'community_developer' && perBuilder.has(p.id));
    expect(community.length).toBeGreaterThan(25);
    expect(community.length).toBeLessThan(60);
  });

  it('favour crm, marketing automation and communication, with sensible pricing and installs', () => {
    const primaries = LISTING_CATEGORIES.map((key) => ({
      key,
      n: listings.filter((l) => l.primary_category === key).length,
    })).sort((a, b) => b.n - a.n);
    expect(
      primaries
        .slice(0, 3)
        .map((c) => c.key)
        .sort(),
    ).toEqual(['communication', 'crm', 'marketing_automation']);
    for (const listing of listings) {
      expect(listing.categories[0]).toBe(listing.primary_category);
      expect(listing.categories.length).toBeLessThanOrEqual(3);
      expect(duplicates(listing.categories)).toEqual([]);
      expect(listing.install_count).toBeLessThanOrEqual(50_000);
      expect(listing.published_at === null).toBe(listing.status === 'draft');
      expect(Date.parse(listing.updated_at)).toBeGreaterThanOrEqual(
        Date.parse(listing.published_at ?? listing.created_at),
      );
      expect(Date.parse(listing.updated_at)).toBeLessThanOrEqual(SEED_NOW_MS);
    }
    const free = listings.filter((l) => l.pricing.model === 'free').length / listings.length;
    expect(Math.abs(free - 0.35)).toBeLessThanOrEqual(0.07);
    const installs = listings
      .filter((l) => l.status === 'published')
      .map((l) => l.install_count)
      .sort((a, b) => a - b);
    const median = installs[Math.floor(installs.length / 2)]!;
    expect(median).toBeGreaterThan(80);
    expect(median).toBeLessThan(300);
  });
});

describe('integrations', () => {
  const partnerById = new Map(partners.map((p) => [p.id, p]));
  const listingById = new Map(listings.map((l) => [l.id, l]));

  it('reference existing partners and listings, without duplicate rows', () => {
    for (const row of integrations) {
      expect(partnerById.has(row.partner_id)).toBe(true);
      expect(listingById.has(row.listing_id)).toBe(true);
    }
    expect(duplicates(integrations.map((r) => `${r.partner_id} ${r.listing_id} ${r.role}`))).toEqual([]);
  });

  it('pair every partner-built listing with exactly its builder', () => {
    const builders = integrations.filter((r) => r.role === 'builder');
    const built = listings.filter((l) => l.built_by.type === 'partner');
    expect(builders).toHaveLength(built.length);
    for (const row of builders)
      expect(listingById.get(row.listing_id)!.built_by.partner_id).toBe(row.partner_id);
  });

  it('give services partners 3–12 implementer rows to published listings', () => {
    const perPartner = new Map<string, number>();
    for (const row of integrations.filter((r) => r.role === 'implementer')) {
      expect(SERVICES.has(partnerById.get(row.partner_id)!.type)).toBe(true);
      expect(listingById.get(row.listing_id)!.status).toBe('published');
      perPartner.set(row.partner_id, (perPartner.get(row.partner_id) ?? 0) + 1);
    }
    for (const partner of partners.filter(
      (p) => SERVICES.has(p.type) && p.slug !== 'kestrel-cloud-consulting',
    )) {
      const n = perPartner.get(partner.id) ?? 0;
      expect(n, partner.slug).toBeGreaterThanOrEqual(3);
      expect(n, partner.slug).toBeLessThanOrEqual(12);
    }
  });
});

describe('building blocks', () => {
  it('encodes ULIDs per the spec', () => {
    expect(encodeUlid(0, new Uint8Array(10))).toBe('0'.repeat(26));
    expect(encodeUlid(1469918176385, new Uint8Array(10).fill(255))).toBe('01ARYZ6S41ZZZZZZZZZZZZZZZZ');
    expect(decodeUlidTime('01ARYZ6S41TSV4RRFFQ69G5FAV')).toBe(1469918176385);
    expect(() => encodeUlid(1, new Uint8Array(9))).toThrow(RangeError);
    expect(() => encodeUlid(-1, new Uint8Array(10))).toThrow(RangeError);
  });

  it('draws the same sequence for the same seed and stream, and stays in range', () => {
    const a = new Prng(99, 'x');
    const b = new Prng(99, 'x');
    const c = new Prng(99, 'y');
    const drawsA = Array.from({ length: 50 }, () => a.nextUint32());
    expect(Array.from({ length: 50 }, () => b.nextUint32())).toEqual(drawsA);
    expect(Array.from({ length: 50 }, () => c.nextUint32())).not.toEqual(drawsA);
    const rng = new Prng(1);
    const ints = Array.from({ length: 2000 }, () => rng.int(3, 5));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5]));
    const table = weightedTable([
      ['a', 1],
      ['b', 1],
      ['c', 100],
    ] as const);
    expect(rng.weightedSample(table, 3).sort()).toEqual(['a', 'b', 'c']);
  });

  it('apportions exact totals by largest remainder', () => {
    expect(apportion([34, 22, 14, 12, 10, 4, 4], 1500)).toEqual([510, 330, 210, 180, 150, 60, 60]);
    const counts: number[] = apportion([1, 1, 1], 10);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(10);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });
});

describe('scale', () => {
  it('generates 100,000 unique partners', { timeout: 120_000 }, () => {
    const big: SeedCatalog = generateCatalog({ seed: 42, partners: 100_000 });
    expect(big.partners).toHaveLength(100_000);
    expect(new Set(big.partners.map((p) => p.id)).size).toBe(100_000);
    expect(new Set(big.partners.map((p) => p.slug)).size).toBe(100_000);
    expect(new Set(big.partners.map((p) => p.name)).size).toBe(100_000);
    expect(new Set(big.listings.map((l) => l.slug)).size).toBe(big.listings.length);
    expect(Math.max(...big.partners.map((p) => p.name.length))).toBeLessThanOrEqual(120);
    expect(big.partners.every((p) => SLUG.test(p.slug))).toBe(true);
    // Template copy must hold its limits for every combination, not just the ones 1,500 partners hit.
    expect(big.partners.every((p) => p.summary.length >= 80 && p.summary.length <= 160)).toBe(true);
    expect(big.partners.every((p) => p.description.length >= 400 && p.description.length <= 1500)).toBe(true);
    expect(big.partners.filter((p) => p.featured)).toHaveLength(2000);
  });
});
