import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, FlywheelError, type FlywheelClient } from '@flywheel/sdk';
import { startTestServer, type TestServer } from '../../../test/support/test-server.js';

let server: TestServer;
let client: FlywheelClient;
beforeAll(async () => {
  server = await startTestServer();
  client = createClient({ apiBase: server.url, publishableKey: server.publishableKey });
});
afterAll(() => server.close());

describe('reads against the real server', () => {
  it('searches with typed parameters and gets validated, typed pages', async () => {
    const page = await client.partners.list({
      type: ['system_integrator'],
      region: ['europe'],
      facets: ['tier'],
      limit: 5,
    });
    expect(page.object).toBe('list');
    expect(page.data).toHaveLength(5);
    expect(page.data.every((p) => p.type === 'system_integrator')).toBe(true);
    expect(page.facets?.tier?.length).toBeGreaterThan(0);
  });

  it('iterates every page of a search', async () => {
    const first = await client.partners.list({ language: ['ja'], limit: 1 });
    const all = [];
    for await (const partner of client.partners.iterate({ language: ['ja'], limit: 7 })) all.push(partner.id);
    expect(all).toHaveLength(first.total_count!);
    expect(new Set(all).size).toBe(all.length);
  });

  it('gets a profile by slug, with expansion', async () => {
    const partner = await client.partners.get('northwind-revenue-labs', { expand: ['integrations'] });
    expect(partner.object).toBe('partner');
    expect(partner.integrations[0]?.listing?.name).toBeTruthy();
  });

  it('downloads the slim index, validated in chunks', async () => {
    const index = await client.partners.index();
    expect(index.data).toHaveLength(index.total_count);
    expect(index.total_count).toBeGreaterThan(1000);
  });

  it('asks for labels in the client locale', async () => {
    const ja = createClient({ apiBase: server.url, publishableKey: server.publishableKey, locale: 'ja' });
    const taxonomy = await ja.taxonomy.get();
    expect(taxonomy.locale).toBe('ja');
    const de = createClient({
      apiBase: `${server.url}/`,
      publishableKey: server.publishableKey,
      locale: 'de-AT',
    });
    expect((await de.taxonomy.get()).locale).toBe('de');
  });

  it('works with a secret key in Node', async () => {
    const admin = createClient({ apiBase: server.url, secretKey: server.secretKey });
    const { rows } = await server.db.query<{ slug: string }>(
      'SELECT slug FROM partners WHERE NOT listed LIMIT 1',
    );
    const hidden = await admin.partners.get(rows[0]!.slug);
    expect(hidden.listed).toBe(false);
  });

  it('creates a contact request', async () => {
    const created = await client.contactRequests.create('northwind-revenue-labs', {
      name: 'Ana Lima',
      email: 'ana@customer.example',
      message: 'Please call me about a migration.',
      consent: true,
    });
    expect(created.id).toMatch(/^creq_/);
  });
});

describe('typed errors', () => {
  it('carries code, status, request id and field errors from problem responses', async () => {
    const error = await client.partners.list({ tier: ['glod'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FlywheelError);
    const e = error as FlywheelError;
    expect(e.code).toBe('invalid_request');
    expect(e.status).toBe(400);
    expect(e.requestId).toMatch(/^req_/);
    expect(e.fieldErrors()['#/query/tier/0']?.code).toBe('invalid_value');
  });

  it('maps 404 and 401', async () => {
    await expect(client.partners.get('no-such-partner')).rejects.toMatchObject({
      code: 'not_found',
      status: 404,
    });
    const wrongKey = createClient({ apiBase: server.url, publishableKey: 'pk_test_wrong' });
    await expect(wrongKey.taxonomy.get()).rejects.toMatchObject({ code: 'unauthenticated', status: 401 });
  });

  it('validates contact requests locally with the server’s schema, before any request', async () => {
    const error = (await client.contactRequests
      .create('northwind-revenue-labs', { name: '', email: 'x', message: 'hi', consent: true })
      .catch((e: unknown) => e)) as FlywheelError;
    expect(error.code).toBe('validation_failed');
    expect(Object.keys(error.fieldErrors()).sort()).toEqual(['#/email', '#/name']);
  });

  it('refuses bad configuration clearly', () => {
    expect(() => createClient({ apiBase: 'localhost:4010' })).toThrow(/absolute http\(s\) URL/);
    expect(() => createClient({ apiBase: 'ftp://x.example' })).toThrow(/absolute http\(s\) URL/);
    expect(() => createClient({ apiBase: 'https://api.example/?x=1' })).toThrow(/query or fragment/);
    expect(() => createClient({ apiBase: server.url, publishableKey: 'sk_test_demo' })).toThrow(/pk_/);
  });
});
