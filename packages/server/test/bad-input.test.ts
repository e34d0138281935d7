import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../../../test/support/http.js';
import { startTestServer, type TestServer } from '../../../test/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** Hostile and sloppy inputs: each must be a 4xx problem with a stable code, never a 500. */
const queries: [string, string, string][] = [
  ['unknown parameter', 'colour=red', '#/query/colour'],
  ['repeated single parameter', 'sort=name&sort=-tier', '#/query/sort'],
  ['limit not a number', 'limit=ten', '#/query/limit'],
  ['limit zero', 'limit=0', '#/query/limit'],
  ['limit negative', 'limit=-5', '#/query/limit'],
  ['limit huge', 'limit=99999999999999999999', '#/query/limit'],
  ['limit fractional', 'limit=2.5', '#/query/limit'],
  ['seed out of range', 'seed=4294967296', '#/query/seed'],
  ['featured not boolean', 'featured=yes', '#/query/featured'],
  ['bad sort', 'sort=random()', '#/query/sort'],
  ['over-long q', `q=${'a'.repeat(201)}`, '#/query/q'],
  ['malformed country', 'country=usa', '#/query/country/0'],
  ['malformed language', 'language=english', '#/query/language/0'],
  ['malformed key', 'type=Robert%27);DROP%20TABLE%20partners;--', '#/query/type/0'],
  ['unknown facet', 'facets=colour', '#/query/facets/0'],
  ['__proto__ as a parameter', '__proto__=1', '#/query/__proto__'],
  ['constructor as a parameter', 'constructor=1', '#/query/constructor'],
  [
    'too many values',
    `industry=${Array.from({ length: 60 }, (_, i) => `k${i}`).join(',')}`,
    '#/query/industry',
  ],
];

describe('bad input on GET /v1/partners', () => {
  it.each(queries)('%s → 400 with a field error', async (_label, query, pointer) => {
    const r = await api(server.url, `/v1/partners?${query}`, { key: server.publishableKey });
    expect(r.status).toBe(400);
    expect(r.json.code).toBe('invalid_request');
    expect(r.json.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
  });

  it('odd but harmless inputs are fine', async () => {
    for (const query of ['q=', 'q=%00', 'q=%F0%9F%98%80', 'q=%25%5F%5C', 'type=', 'facets=']) {
      const r = await api(server.url, `/v1/partners?${query}&limit=1`, { key: server.publishableKey });
      expect(r.status, query).toBe(200);
    }
  });

  it('unknown expand values and over-long ids are refused or not found, never a crash', async () => {
    expect(
      (
        await api(server.url, '/v1/partners/northwind-revenue-labs?expand[]=secrets', {
          key: server.publishableKey,
        })
      ).status,
    ).toBe(400);
    expect(
      (await api(server.url, `/v1/partners/${'x'.repeat(5000)}`, { key: server.publishableKey })).status,
    ).toBe(404);
    expect((await api(server.url, '/v1/partners/%00', { key: server.publishableKey })).status).toBe(404);
  });

  it('an over-long or binary Authorization header is a 401', async () => {
    for (const value of [`Bearer pk_test_${'a'.repeat(5000)}`, 'Bearer pk_test_\u00e9', 'Bearer']) {
      const r = await fetch(`${server.url}/v1/partners`, { headers: { authorization: value } });
      expect(r.status, value.slice(0, 20)).toBe(401);
    }
  });
});
