import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromEnv } from '../src/config.js';
import { startServer } from '../src/server.js';
import { api } from '../../../test/support/http.js';
import { startTestServer, type TestServer } from '../../../test/support/test-server.js';

let server: TestServer;
/**
 * A clock held in the middle of a minute: with the real one, a run that crosses a window boundary
 * starts counting again and the counts these tests assert on come out one short.
 */
const now = () => new Date('2026-11-27T12:00:30Z');
beforeAll(async () => {
  server = await startTestServer({
    now,
    rateLimits: {
      public: { quota: 5, windowSeconds: 60 },
      contact_requests: { quota: 2, windowSeconds: 600 },
      server: { quota: 1000, windowSeconds: 60 },
    },
  });
});
afterAll(() => server.close());

describe('rate limits', () => {
  it('reports quota and remaining on every response and answers 429 with Retry-After past it', async () => {
    await server.db.query('DELETE FROM rate_limit_windows');
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await api(server.url, '/v1/taxonomy', { key: server.publishableKey });
      expect(r.status).toBe(200);
      expect(r.headers.get('ratelimit-policy')).toBe('"public";q=5;w=60');
      seen.push(r.headers.get('ratelimit')!);
    }
    expect(seen[0]).toMatch(/^"public";r=4;t=\d+$/);
    expect(seen[4]).toMatch(/^"public";r=0;t=\d+$/);
    const limited = await api(server.url, '/v1/taxonomy', { key: server.publishableKey });
    expect(limited.status).toBe(429);
    expect(limited.json.code).toBe('rate_limited');
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.json.retry_after).toBe(retryAfter);
  });

  it('counts in the database, so every server process sharing it enforces one limit', async () => {
    await server.db.query('DELETE FROM rate_limit_windows');
    // A second server on the same database stands in for a second process behind a load balancer.
    const second = await startServer(
      { ...configFromEnv({}), port: 0, seedOnStart: false, rateLimits: server.server.context.rateLimits },
      { db: server.db, log: () => undefined, now },
    );
    try {
      for (let i = 0; i < 3; i++)
        expect((await api(server.url, '/v1/taxonomy', { key: server.publishableKey })).status).toBe(200);
      for (let i = 0; i < 2; i++)
        expect((await api(second.url, '/v1/taxonomy', { key: server.publishableKey })).status).toBe(200);
      const sixth = await api(second.url, '/v1/taxonomy', { key: server.publishableKey });
      expect(sixth.status).toBe(429);
      expect((await api(server.url, '/v1/taxonomy', { key: server.publishableKey })).status).toBe(429);
    } finally {
      await second.close();
    }
  });

  it('applies the tighter contact-request policy on top of the public one', async () => {
    await server.db.query('DELETE FROM rate_limit_windows');
    const body = { name: 'A', email: 'a@b.example', message: 'Hello', consent: true };
    const send = () =>
      api(server.url, '/v1/partners/northwind-revenue-labs/contact_requests', {
        key: server.publishableKey,
        body,
        headers: { 'idempotency-key': randomUUID() },
      });
    const first = await send();
    expect(first.status).toBe(201);
    expect(first.headers.get('ratelimit-policy')).toBe('"public";q=5;w=60, "contact_requests";q=2;w=600');
    expect((await send()).status).toBe(201);
    const third = await send();
    expect(third.status).toBe(429);
    expect(third.json.detail).toContain('contact_requests');
  });

  it('secret keys have their own, larger budget', async () => {
    await server.db.query('DELETE FROM rate_limit_windows');
    for (let i = 0; i < 8; i++)
      expect((await api(server.url, '/v1/taxonomy', { key: server.secretKey })).status).toBe(200);
  });
});
