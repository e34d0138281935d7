import { PartnerIndex, partnerList, type PartnerIndexEntry } from '@flywheel/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../../../test/support/http.js';
import { startTestServer, type TestServer } from '../../../test/support/test-server.js';

let server: TestServer;
let index: PartnerIndexEntry[];
let regions: string[];

beforeAll(async () => {
  server = await startTestServer();
  index = PartnerIndex.parse(
    (await api(server.url, '/v1/partner_index', { key: server.secretKey })).json,
  ).data;
  regions = (await api(server.url, '/v1/taxonomy', { key: server.secretKey })).json.regions.map(
    (r: { key: string }) => r.key,
  );
});
afterAll(() => server.close());

const list = async (query: string, key = server.secretKey) => {
  const r = await api(server.url, `/v1/partners?${query}`, { key });
  expect(r.status, `${query}: ${r.text.slice(0, 300)}`).toBe(200);
  return partnerList.parse(r.json);
};

/** A deliberately plain reference of the filter rules in api-v1.md, run over the slim index. */
type Filters = Partial<
  Record<
    | 'type'
    | 'tier'
    | 'region'
    | 'language'
    | 'industry'
    | 'expertise'
    | 'certification'
    | 'badge'
    | 'country',
    string[]
  >
>;
function matches(p: PartnerIndexEntry, f: Filters, except?: keyof Filters): boolean {
  const any = (have: readonly string[], want?: string[]) => !want || want.some((w) => have.includes(w));
  return (
    (except === 'type' || any([p.type], f.type)) &&
    (except === 'tier' || any([p.tier], f.tier)) &&
    (except === 'region' || !f.region || p.regions.includes('global') || any(p.regions, f.region)) &&
    (except === 'language' ||
      !f.language ||
      p.languages.some((l) => f.language!.includes(l) || f.language!.includes(l.split('-')[0]!))) &&
    (except === 'industry' || any(p.industries, f.industry)) &&
    (except === 'expertise' || any(p.expertise, f.expertise)) &&
    (except === 'certification' || any(p.certifications, f.certification)) &&
    (except === 'badge' || any(p.badges, f.badge))
  );
}
const oracle = (f: Filters) => index.filter((p) => matches(p, f));

describe('GET /v1/partners filters', () => {
  it('lists every listed partner without filters', async () => {
    const r = await list('limit=1');
    expect(r.total_count).toBe(index.length);
    expect(index.length).toBeGreaterThan(1300);
  });

  const single: [string, Filters][] = [
    ['type=system_integrator', { type: ['system_integrator'] }],
    ['type=app_partner,venture_partner', { type: ['app_partner', 'venture_partner'] }],
    ['tier=platinum&tier=gold', { tier: ['platinum', 'gold'] }],
    ['region=europe', { region: ['europe'] }],
    ['region=latin_america', { region: ['latin_america'] }],
    ['language=pt', { language: ['pt'] }],
    ['language=ar', { language: ['ar'] }],
    ['language=ja', { language: ['ja'] }],
    ['industry=healthcare_life_sciences', { industry: ['healthcare_life_sciences'] }],
    ['expertise=data_migration,ai_automation', { expertise: ['data_migration', 'ai_automation'] }],
    ['certification=solutions_architect', { certification: ['solutions_architect'] }],
    ['badge=verified', { badge: ['verified'] }],
    [
      'type=system_integrator&region=europe&language=de',
      { type: ['system_integrator'], region: ['europe'], language: ['de'] },
    ],
  ];
  it.each(single)('%s matches the reference rules', async (query, filters) => {
    const expected = oracle(filters);
    expect(expected.length, 'the seed should exercise this filter').toBeGreaterThan(0);
    const r = await list(`${query}&limit=100`);
    expect(r.total_count).toBe(expected.length);
    const ids = new Set(expected.map((p) => p.id));
    for (const p of r.data) expect(ids.has(p.id), p.name).toBe(true);
  });

  it('region filters also find partners serving global, and pt finds pt-BR', async () => {
    const europe = await list('region=europe&limit=100');
    expect(europe.data.some((p) => p.regions.includes('global') && !p.regions.includes('europe'))).toBe(true);
    const pt = await list('language=pt&limit=100');
    expect(pt.data.some((p) => p.languages.includes('pt-BR'))).toBe(true);
  });

  it('min_tier and featured narrow the set', async () => {
    const gold = await list('min_tier=gold&limit=100');
    expect(gold.total_count).toBe(index.filter((p) => p.tier_rank >= 2).length);
    expect(gold.data.every((p) => p.tier_rank >= 2)).toBe(true);
    const featured = await list('featured=true&limit=100');
    expect(featured.total_count).toBe(index.filter((p) => p.featured).length);
    expect(featured.data.every((p) => p.featured)).toBe(true);
  });

  it('country matches headquarters or served countries', async () => {
    const r = await list('country=JP&limit=100');
    expect(r.total_count).toBeGreaterThan(0);
    expect(r.data.some((p) => p.headquarters.country === 'JP')).toBe(true);
  });

  it('integration finds the partners that build or implement a listing, by slug or id', async () => {
    const profile = await api(
      server.url,
      `/v1/partners/${index.find((p) => p.type === 'app_partner')!.slug}?expand[]=integrations`,
      {
        key: server.secretKey,
      },
    );
    const integration = profile.json.integrations[0];
    expect(integration).toBeDefined();
    const bySlug = await list(`integration=${integration.listing.slug}&limit=100`);
    const byId = await list(`integration=${integration.listing_id}&limit=100`);
    expect(bySlug.total_count).toBeGreaterThan(0);
    expect(byId.total_count).toBe(bySlug.total_count);
    expect(bySlug.data.map((p) => p.id)).toContain(profile.json.id);
  });

  it('refuses unknown vocabulary values, naming them', async () => {
    const r = await api(server.url, '/v1/partners?tier=glod&type=app_partner,wizard', {
      key: server.secretKey,
    });
    expect(r.status).toBe(400);
    expect(r.json.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ pointer: '#/query/tier/0', code: 'invalid_value' }),
        expect.objectContaining({ pointer: '#/query/type/1', code: 'invalid_value' }),
      ]),
    );
  });
});

describe('facets', () => {
  it('counts are disjunctive: a field ignores its own filter, and respects the others', async () => {
    const filters: Filters = { type: ['system_integrator'], region: ['europe'] };
    const r = await list('type=system_integrator&region=europe&facets=type,region,tier,language&limit=1');
    const countBy = (field: keyof Filters, values: (p: PartnerIndexEntry) => string[]) => {
      const counts = new Map<string, number>();
      for (const p of index.filter((p) => matches(p, filters, field))) {
        for (const v of new Set(values(p))) counts.set(v, (counts.get(v) ?? 0) + 1);
      }
      return counts;
    };
    const typeCounts = countBy('type', (p) => [p.type]);
    for (const f of r.facets!.type!) expect(f.count, f.value).toBe(typeCounts.get(f.value) ?? 0);
    expect(r.facets!.type!.find((f) => f.value === 'system_integrator')!.selected).toBe(true);
    expect(r.facets!.type!.find((f) => f.value === 'app_partner')!.selected).toBe(false);

    const regionCounts = countBy('region', (p) => (p.regions.includes('global') ? regions : p.regions));
    for (const f of r.facets!.region!) expect(f.count, f.value).toBe(regionCounts.get(f.value) ?? 0);

    const tierCounts = countBy('tier', (p) => [p.tier]);
    for (const f of r.facets!.tier!) expect(f.count, f.value).toBe(tierCounts.get(f.value) ?? 0);
    // The total is the conjunctive count; a non-filtered facet sums to it.
    expect([...tierCounts.values()].reduce((a, b) => a + b, 0)).toBe(r.total_count);
  });

  it('facets are sorted by count and labelled in the request language', async () => {
    const r = await api(server.url, '/v1/partners?facets=industry,language,country&limit=1', {
      key: server.secretKey,
      headers: { 'accept-language': 'de-DE,de;q=0.9' },
    });
    const industries = r.json.facets.industry as { count: number; label: string; value: string }[];
    for (let i = 1; i < industries.length; i++)
      expect(industries[i - 1]!.count).toBeGreaterThanOrEqual(industries[i]!.count);
    expect(r.json.facets.language.find((f: any) => f.value === 'de').label).toBe('Deutsch');
    expect(r.json.facets.country.find((f: any) => f.value === 'US').label).toBe('Vereinigte Staaten');
    expect(r.headers.get('content-language')).toBe('de');
  });

  it('keeps a selected value visible even when it has no results', async () => {
    const r = await list(
      'type=venture_partner&certification=security_specialist&expertise=security_compliance&facets=expertise,certification&limit=1',
    );
    for (const facet of ['expertise', 'certification'] as const) {
      expect(r.facets![facet]!.some((f) => f.selected)).toBe(true);
    }
  });
});

describe('sorting and pagination', () => {
  const walk = async (query: string, key = server.secretKey, limit = 100) => {
    const ids: string[] = [];
    let cursor: string | null = null;
    let total = 0;
    for (let pages = 0; pages < 100; pages++) {
      const page = await list(`${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`, key);
      total = page.total_count!;
      ids.push(...page.data.map((p) => p.id));
      cursor = page.next_cursor;
      expect(page.has_more).toBe(cursor !== null);
      if (!cursor) break;
    }
    return { ids, total };
  };

  it.each([
    'sort=featured',
    'sort=name',
    'sort=-tier',
    'sort=-rating',
    'sort=-joined_at',
    'sort=shuffle&seed=7',
    'q=data',
  ])('%s pages through every match exactly once', async (query) => {
    const { ids, total } = await walk(query);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(total);
  });

  it('pages with a publishable key too (at most 50 per page)', async () => {
    const { ids, total } = await walk('region=asia_pacific', server.publishableKey, 50);
    expect(new Set(ids).size).toBe(total);
    const r = await api(server.url, '/v1/partners?limit=51', { key: server.publishableKey });
    expect(r.status).toBe(400);
    expect(r.json.errors[0]).toMatchObject({ pointer: '#/query/limit', code: 'too_big' });
  });

  it('orders by name, tier, rating and join date as documented', async () => {
    const byId = new Map(index.map((p) => [p.id, p]));
    const name = (await walk('sort=name')).ids.map((id) =>
      byId.get(id)!.name.normalize('NFKC').toLocaleLowerCase('en'),
    );
    for (let i = 1; i < name.length; i++)
      expect(Buffer.compare(Buffer.from(name[i - 1]!), Buffer.from(name[i]!))).toBeLessThanOrEqual(0);
    const tiers = (await walk('sort=-tier')).ids.map((id) => byId.get(id)!.tier_rank);
    for (let i = 1; i < tiers.length; i++) expect(tiers[i - 1]!).toBeGreaterThanOrEqual(tiers[i]!);
    const ratings = (await walk('sort=-rating')).ids.map((id) => byId.get(id)!.rating?.average ?? -1);
    for (let i = 1; i < ratings.length; i++) expect(ratings[i - 1]!).toBeGreaterThanOrEqual(ratings[i]!);
    const joined = (await walk('sort=-joined_at')).ids.map((id) => byId.get(id)!.joined_at);
    for (let i = 1; i < joined.length; i++) expect(joined[i - 1]! >= joined[i]!).toBe(true);
  });

  it('featured order puts featured partners first, then higher tiers', async () => {
    const r = await list('limit=100');
    const firstNonFeatured = r.data.findIndex((p) => !p.featured);
    expect(r.data.slice(firstNonFeatured).every((p) => !p.featured)).toBe(true);
    const rest = r.data.slice(firstNonFeatured).map((p) => p.tier_rank);
    for (let i = 1; i < rest.length; i++) expect(rest[i - 1]!).toBeGreaterThanOrEqual(rest[i]!);
  });

  it('the shuffle is fair but stable: same seed, same order; another seed, another order', async () => {
    const a = (await list('sort=shuffle&seed=1&limit=50')).data.map((p) => p.id);
    const b = (await list('sort=shuffle&seed=1&limit=50')).data.map((p) => p.id);
    const c = (await list('sort=shuffle&seed=2&limit=50')).data.map((p) => p.id);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('refuses a cursor from another query and a forged one', async () => {
    const first = await list('type=app_partner&limit=5');
    const other = await api(
      server.url,
      `/v1/partners?type=system_integrator&limit=5&cursor=${first.next_cursor}`,
      {
        key: server.secretKey,
      },
    );
    expect(other.status).toBe(400);
    expect(other.json.code).toBe('invalid_cursor');
    const otherSort = await api(
      server.url,
      `/v1/partners?type=app_partner&sort=name&limit=5&cursor=${first.next_cursor}`,
      {
        key: server.secretKey,
      },
    );
    expect(otherSort.json.code).toBe('invalid_cursor');
    const nul = Buffer.from(JSON.stringify({ h: 'x', s: 1, k: [0, 0, 'a\u0000', 'b'] })).toString(
      'base64url',
    );
    for (const forged of [
      nul,
      'abc',
      Buffer.from('{"h":1}').toString('base64url'),
      Buffer.from('{"h":"x","s":1,"k":[{}]}').toString('base64url'),
    ]) {
      const r = await api(server.url, `/v1/partners?cursor=${forged}`, { key: server.secretKey });
      expect(r.status, forged).toBe(400);
      expect(r.json.code).toBe('invalid_cursor');
    }
  });
});

describe('full-text search', () => {
  it('finds a partner by its exact name first', async () => {
    const target = index.find((p) => p.name.split(' ').length >= 3)!;
    const r = await list(`q=${encodeURIComponent(target.name)}`);
    expect(r.data[0]!.id).toBe(target.id);
  });

  it('matches word prefixes', async () => {
    const target = index.find((p) => p.name.split(' ')[0]!.length >= 6)!;
    const prefix = target.name.split(' ')[0]!.slice(0, 4);
    const r = await list(`q=${encodeURIComponent(prefix)}&limit=100`);
    expect(r.total_count).toBeGreaterThan(0);
    const all = await walkQuery(`q=${encodeURIComponent(prefix)}`);
    expect(all).toContain(target.id);
  });

  it('tolerates a typo in a name', async () => {
    const target = index.find(
      (p) => /^[A-Za-z]{7,}$/.test(p.name.split(' ')[0]!) && p.name.split(' ').length >= 2,
    )!;
    const words = target.name.split(' ');
    const first = words[0]!;
    const typo = [first.slice(0, 3) + first.slice(4), ...words.slice(1)].join(' ');
    const ids = await walkQuery(`q=${encodeURIComponent(typo)}`);
    expect(ids.slice(0, 10)).toContain(target.id);
  });

  it('finds partners by industry labels in other languages', async () => {
    const de = (
      await api(server.url, '/v1/taxonomy', { key: server.secretKey, headers: { 'accept-language': 'de' } })
    ).json;
    const label: string = de.industries.find((t: any) => t.key === 'healthcare_life_sciences').label;
    const word = label.split(/[\s&,-]+/).find((w) => w.length >= 5)!;
    const r = await list(`q=${encodeURIComponent(word)}&limit=100`);
    expect(r.total_count).toBeGreaterThan(0);
    expect(
      r.data.some((p) => index.find((i) => i.id === p.id)!.industries.includes('healthcare_life_sciences')),
    ).toBe(true);
  });

  it('finds names in scripts without spaces (Japanese) and right-to-left (Arabic)', async () => {
    for (const script of [/\p{Script=Han}|\p{Script=Katakana}|\p{Script=Hiragana}/u, /\p{Script=Arabic}/u]) {
      const target = index.find((p) => script.test(p.name));
      expect(target, String(script)).toBeDefined();
      const ids = await walkQuery(`q=${encodeURIComponent(target!.name)}`);
      expect(ids[0]).toBe(target!.id);
    }
  });

  it('treats punctuation-only queries as no query, and SQL-looking input as text', async () => {
    const r = await list(`q=${encodeURIComponent("'; DROP TABLE partners; --")}`);
    expect(r.total_count).toBeGreaterThanOrEqual(0);
    const all = await list(`q=${encodeURIComponent('!!! ***')}&limit=1`);
    expect(all.total_count).toBe(index.length);
  });
});

async function walkQuery(query: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await list(`${query}&limit=100${cursor ? `&cursor=${cursor}` : ''}`);
    ids.push(...page.data.map((p) => p.id));
    cursor = page.next_cursor;
  } while (cursor);
  return ids;
}
