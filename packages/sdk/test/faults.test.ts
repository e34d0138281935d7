import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FlywheelError } from '@flywheel/sdk';
import { createClient, type ClientOptions, type RetryInfo } from '@flywheel/sdk';
import { FaultProxy } from '../../../test/support/fault-proxy.js';
import { startTestServer, type TestServer } from '../../../test/support/test-server.js';

let server: TestServer;
let proxy: FaultProxy;
beforeAll(async () => {
  server = await startTestServer({ rateLimits: { contact_requests: { quota: 1000, windowSeconds: 600 } } });
  proxy = await FaultProxy.start(server.url);
});
afterEach(() => {
  proxy.reset();
});
afterAll(async () => {
  await proxy.close();
  await server.close();
});

/** A client through the proxy with short, bounded waits so the suite stays fast. */
function client(options: Partial<ClientOptions> = {}) {
  const retries: RetryInfo[] = [];
  const c = createClient({
    apiBase: proxy.url,
    publishableKey: server.publishableKey,
    cache: false,
    retry: { baseDelayMs: 5, maxDelayMs: 20, ...options.retry },
    onRetry: (info) => retries.push(info),
    ...options,
  });
  return { c, retries };
}

const contactCount = async () =>
  (await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM contact_requests')).rows[0]!.n;
const visitor = {
  name: 'Ana Lima',
  email: 'ana@customer.example',
  message: 'Please call me.',
  consent: true as const,
};

describe('reads through a faulty network', () => {
  it('retries 500, 502, 503 and 504 until the real answer arrives', async () => {
    const { c, retries } = client();
    proxy.inject(
      'GET',
      '/v1/taxonomy',
      { kind: 'respond', status: 500 },
      {
        kind: 'respond',
        status: 502,
        body: '<html>bad gateway</html>',
        headers: { 'content-type': 'text/html' },
      },
      { kind: 'respond', status: 503 },
    );
    const taxonomy = await c.taxonomy.get();
    expect(taxonomy.object).toBe('taxonomy');
    expect(proxy.seen('GET', '/v1/taxonomy')).toHaveLength(4);
    expect(retries.map((r) => r.error.status)).toEqual([500, 502, 503]);
    // Full jitter: every wait is below its doubling ceiling.
    retries.forEach((r, i) => {
      expect(r.delayMs).toBeLessThan(Math.min(20, 5 * 2 ** i));
    });
  });

  it('gives up after the retry limit with the last error', async () => {
    const { c } = client({ retry: { limit: 2, baseDelayMs: 1, maxDelayMs: 2 } });
    proxy.inject(
      'GET',
      '/v1/taxonomy',
      ...Array.from({ length: 3 }, () => ({ kind: 'respond' as const, status: 503 })),
    );
    await expect(c.taxonomy.get()).rejects.toMatchObject({ code: 'http_error', status: 503 });
    expect(proxy.seen('GET', '/v1/taxonomy')).toHaveLength(3);
  });

  it('honours Retry-After on 429, and surfaces one longer than the cap instead of waiting', async () => {
    const problem = (retryAfter: number) =>
      JSON.stringify({
        type: 'x',
        title: 'Too many requests.',
        status: 429,
        code: 'rate_limited',
        retry_after: retryAfter,
      });
    const { c, retries } = client();
    proxy.inject('GET', '/v1/taxonomy', {
      kind: 'respond',
      status: 429,
      headers: { 'retry-after': '1', 'content-type': 'application/problem+json' },
      body: problem(1),
    });
    await c.taxonomy.get();
    expect(retries).toHaveLength(1);
    expect(retries[0]!.delayMs).toBe(1000);

    const capped = client({ retry: { maxRetryAfterMs: 5000 } });
    proxy.inject('GET', '/v1/partners', {
      kind: 'respond',
      status: 429,
      headers: { 'retry-after': '120', 'content-type': 'application/problem+json' },
      body: problem(120),
    });
    const error = (await capped.c.partners.list().catch((e: unknown) => e)) as FlywheelError;
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfter).toBe(120);
    expect(capped.retries).toHaveLength(0);
  });

  it('retries a dropped connection and a corrupted body', async () => {
    const { c, retries } = client();
    proxy.inject('GET', '/v1/partners', { kind: 'drop-request' }, { kind: 'corrupt-body' });
    const page = await c.partners.list({ limit: 3 });
    expect(page.data).toHaveLength(3);
    expect(retries.map((r) => r.error.code)).toEqual(['network_error', 'invalid_response']);
  });

  it('times out a slow response and retries it', async () => {
    const { c, retries } = client({ timeoutMs: 300 });
    proxy.inject('GET', '/v1/taxonomy', { kind: 'delay', ms: 1500 });
    const taxonomy = await c.taxonomy.get();
    expect(taxonomy.object).toBe('taxonomy');
    expect(retries[0]!.error.code).toBe('timeout');
  });

  it('does not retry answers that will not change (404, 422, a body of the wrong shape)', async () => {
    const { c, retries } = client();
    await expect(c.partners.get('no-such-partner')).rejects.toMatchObject({ code: 'not_found' });
    proxy.inject('GET', '/v1/taxonomy', { kind: 'replace-body', body: '{"object":"taxonomy","locale":5}' });
    const error = (await c.taxonomy.get().catch((e: unknown) => e)) as FlywheelError;
    expect(error.code).toBe('invalid_response');
    expect(error.message).toContain('locale');
    expect(retries).toHaveLength(0);
  });
});

describe('writes through a faulty network', () => {
  it('after the server committed but the answer was lost, the retry yields the same single record', async () => {
    const { c, retries } = client();
    const before = await contactCount();
    proxy.inject('POST', '/v1/partners/', { kind: 'drop-response' });
    const created = await c.contactRequests.create('northwind-revenue-labs', visitor);
    const attempts = proxy.seen('POST', '/v1/partners/');
    expect(attempts).toHaveLength(2);
    expect(attempts[0]!.headers['idempotency-key']).toBe(attempts[1]!.headers['idempotency-key']);
    expect(retries[0]!.error.code).toBe('network_error');
    expect(await contactCount()).toBe(before + 1);
    const { rows } = await server.db.query<{ id: string }>(
      'SELECT id FROM contact_requests ORDER BY created_at DESC, id DESC LIMIT 1',
    );
    expect(rows[0]!.id).toBe(created.id);
  });

  it('retries 5xx on a POST with the same key, and not without a reason to', async () => {
    const { c } = client();
    const before = await contactCount();
    proxy.inject('POST', '/v1/partners/', { kind: 'respond', status: 503 }, { kind: 'drop-request' });
    await c.contactRequests.create('northwind-revenue-labs', visitor);
    const keys = new Set(proxy.seen('POST', '/v1/partners/').map((r) => r.headers['idempotency-key']));
    expect(keys.size).toBe(1);
    expect(proxy.seen('POST', '/v1/partners/')).toHaveLength(3);
    expect(await contactCount()).toBe(before + 1);
  });

  it('a key kept by the caller makes a retry after a "reload" land on the first request', async () => {
    const key = crypto.randomUUID();
    const before = await contactCount();
    const first = await client().c.contactRequests.create('northwind-revenue-labs', visitor, {
      idempotencyKey: key,
    });
    // A new client, as after a page reload, with the key restored from a draft.
    const again = await client().c.contactRequests.create('northwind-revenue-labs', visitor, {
      idempotencyKey: key,
    });
    expect(again.id).toBe(first.id);
    expect(await contactCount()).toBe(before + 1);
  });
});
