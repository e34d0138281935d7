import { Taxonomy } from '@flywheel/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { negotiateLocale } from '../src/http/locale.js';
import { api } from '../../../test/support/http.js';
import { startTestServer, type TestServer } from '../../../test/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const taxonomy = async (language?: string) => {
  const r = await api(server.url, '/v1/taxonomy', {
    key: server.publishableKey,
    headers: language ? { 'accept-language': language } : {},
  });
  expect(r.status).toBe(200);
  return { body: Taxonomy.parse(r.json), headers: r.headers };
};

describe('GET /v1/taxonomy', () => {
  it('lists every vocabulary with English labels by default', async () => {
    const { body, headers } = await taxonomy();
    expect(body.locale).toBe('en');
    expect(headers.get('content-language')).toBe('en');
    expect(body.partner_types.map((t) => t.key)).toHaveLength(7);
    expect(body.tiers.map((t) => [t.key, t.rank])).toEqual([
      ['registered', 0],
      ['silver', 1],
      ['gold', 2],
      ['platinum', 3],
    ]);
    expect(body.industries).toHaveLength(12);
    expect(body.expertise).toHaveLength(14);
    expect(body.languages.map((l) => l.key)).toEqual(
      expect.arrayContaining(['en', 'de', 'ja', 'ar', 'pt-BR']),
    );
    expect(body.countries.find((c) => c.key === 'DE')?.label).toBe('Germany');
  });

  it.each([
    ['de-DE,de;q=0.9,en;q=0.5', 'de'],
    ['ja', 'ja'],
    ['ar-EG', 'ar'],
    ['pt-PT', 'pt-BR'],
    ['fr-CA;q=0.4, es;q=0.8', 'es'],
    ['zz, *', 'en'],
  ])('Accept-Language %s selects %s labels', async (header, locale) => {
    const { body, headers } = await taxonomy(header);
    expect(body.locale).toBe(locale);
    expect(headers.get('content-language')).toBe(locale);
    if (locale !== 'en') {
      const en = (await taxonomy()).body;
      expect(body.industries.map((t) => t.label)).not.toEqual(en.industries.map((t) => t.label));
    }
  });

  it('varies on language and revalidates with ETags', async () => {
    const de = await api(server.url, '/v1/taxonomy', {
      key: server.publishableKey,
      headers: { 'accept-language': 'de' },
    });
    expect(de.headers.get('vary')).toContain('Accept-Language');
    const again = await api(server.url, '/v1/taxonomy', {
      key: server.publishableKey,
      headers: { 'accept-language': 'de', 'if-none-match': de.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
    const ja = await api(server.url, '/v1/taxonomy', {
      key: server.publishableKey,
      headers: { 'accept-language': 'ja', 'if-none-match': de.headers.get('etag')! },
    });
    expect(ja.status).toBe(200);
  });

  it('negotiates q-values, exact tags and language fallbacks', () => {
    expect(negotiateLocale(undefined)).toBe('en');
    expect(negotiateLocale('pt-br')).toBe('pt-BR');
    expect(negotiateLocale('de;q=0, fr')).toBe('fr');
    expect(negotiateLocale('en;q=0.1, ar;q=0.9')).toBe('ar');
    expect(negotiateLocale('garbage;;;q=x')).toBe('en');
  });
});

describe('vocabulary changes', () => {
  it('are served at once: a label change bumps the catalog revision and the cached vocabulary', async () => {
    const before = (await taxonomy()).body;
    expect(before.tiers.find((t) => t.key === 'gold')!.label).toBe('Gold');
    await server.db.query(
      `UPDATE taxonomy_terms SET labels = jsonb_set(labels, '{en}', '"Gold Elite"') WHERE vocabulary = 'tiers' AND key = 'gold'`,
    );
    const after = (await taxonomy()).body;
    expect(after.tiers.find((t) => t.key === 'gold')!.label).toBe('Gold Elite');
    const facets = await api(server.url, '/v1/partners?facets=tier&limit=1', { key: server.publishableKey });
    expect(facets.json.facets.tier.find((f: { value: string }) => f.value === 'gold').label).toBe(
      'Gold Elite',
    );
  });
});
