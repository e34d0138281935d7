import { Partner, PartnerIndex } from '@flywheel/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../../../test/support/http.js';
import { startTestServer, type TestServer } from '../../../test/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const get = (path: string, key = server.publishableKey, headers: Record<string, string> = {}) =>
  api(server.url, path, { key, headers });

describe('GET /v1/partners/{id_or_slug}', () => {
  it('finds a partner by slug and by id, with the full public profile', async () => {
    const bySlug = await get('/v1/partners/northwind-revenue-labs');
    expect(bySlug.status).toBe(200);
    const partner = Partner.parse(bySlug.json);
    const byId = await get(`/v1/partners/${partner.id}`);
    expect(byId.json).toEqual(bySlug.json);
    expect(partner.description.length).toBeGreaterThan(300);
    expect(partner.integrations.length).toBeGreaterThan(0);
    expect(partner.integrations[0]).not.toHaveProperty('listing');
    expect(partner).not.toHaveProperty('status');
    expect(partner).not.toHaveProperty('metadata');
  });

  it('inlines listing summaries with expand[]=integrations', async () => {
    const r = await get('/v1/partners/northwind-revenue-labs?expand[]=integrations');
    const partner = Partner.parse(r.json);
    for (const integration of partner.integrations) {
      expect(integration.listing?.id).toBe(integration.listing_id);
      expect(integration.listing?.name).toBeTruthy();
    }
  });

  it('names certifications in the requested language', async () => {
    const en = Partner.parse((await get('/v1/partners/northwind-revenue-labs')).json);
    const ja = Partner.parse(
      (await get('/v1/partners/northwind-revenue-labs', server.publishableKey, { 'accept-language': 'ja' }))
        .json,
    );
    expect(en.certifications.length).toBeGreaterThan(0);
    expect(ja.certifications[0]!.name).not.toBe(en.certifications[0]!.name);
    expect(ja.certifications[0]!.key).toBe(en.certifications[0]!.key);
  });

  it('answers 404 for unknown partners and for unlisted or inactive ones with a publishable key', async () => {
    expect((await get('/v1/partners/no-such-partner')).status).toBe(404);
    expect((await get('/v1/partners/ptr_01ARZ3NDEKTSV4RRFFQ69G5FAV')).status).toBe(404);
    const { rows } = await server.db.query<{ slug: string }>(
      `SELECT slug FROM partners WHERE NOT listed OR status <> 'active' LIMIT 1`,
    );
    const hidden = rows[0]!.slug;
    const r = await get(`/v1/partners/${hidden}`);
    expect(r.status).toBe(404);
    expect(r.json.code).toBe('not_found');
    // The platform's own server sees everything, with the private fields.
    const secret = await get(`/v1/partners/${hidden}`, server.secretKey);
    expect(secret.status).toBe(200);
    expect(secret.json).toHaveProperty('status');
    expect(secret.json).toHaveProperty('listed');
    expect(Partner.parse(secret.json).slug).toBe(hidden);
  });

  it('supports conditional requests', async () => {
    const first = await get('/v1/partners/northwind-revenue-labs');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    const second = await get('/v1/partners/northwind-revenue-labs', server.publishableKey, {
      'if-none-match': etag,
    });
    expect(second.status).toBe(304);
    expect(second.text).toBe('');
  });

  it('every listed partner in the index has a profile that parses with the contract', async () => {
    const index = PartnerIndex.parse((await get('/v1/partner_index')).json);
    for (const entry of index.data.filter((_, i) => i % 50 === 0)) {
      const r = await get(`/v1/partners/${entry.slug}?expand[]=integrations`);
      expect(r.status, entry.slug).toBe(200);
      expect(Partner.safeParse(r.json).success, entry.slug).toBe(true);
    }
  });
});
