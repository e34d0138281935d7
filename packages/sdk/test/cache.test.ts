import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient, FlywheelError, type ClientOptions } from '@flywheel/sdk';
import { FaultProxy } from '../../../test/support/fault-proxy.js';
import { startTestServer, type TestServer } from '../../../test/support/test-server.js';

let server: TestServer;
let proxy: FaultProxy;
beforeAll(async () => {
  server = await startTestServer();
  proxy = await FaultProxy.start(server.url);
});
afterEach(() => {
  proxy.reset();
});
afterAll(async () => {
  await proxy.close();
  await server.close();
});

const client = (options: Partial<ClientOptions> = {}) =>
  createClient({
    apiBase: proxy.url,
    publishableKey: server.publishableKey,
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
    ...options,
  });

describe('de-duplication and caching', () => {
  it('four widgets asking at once cause one request', async () => {
    const c = client();
    const results = await Promise.all([
      c.taxonomy.get(),
      c.taxonomy.get(),
      c.taxonomy.get(),
      c.taxonomy.get(),
    ]);
    expect(new Set(results).size).toBe(1);
    expect(proxy.seen('GET', '/v1/taxonomy')).toHaveLength(1);
  });

  it('serves fresh entries from memory without a request', async () => {
    const c = client();
    await c.partners.get('northwind-revenue-labs');
    await c.partners.get('northwind-revenue-labs');
    expect(proxy.seen('GET', '/v1/partners/northwind')).toHaveLength(1);
    await c.partners.get('northwind-revenue-labs', { fresh: true });
    expect(proxy.seen('GET', '/v1/partners/northwind')).toHaveLength(2);
  });

  it('revalidates the index with its ETag: an unchanged index costs a 304', async () => {
    const c = client({ cache: { freshMs: 0, staleMs: 0 } });
    const first = await c.partners.index();
    const second = await c.partners.index();
    expect(second).toBe(first);
    const seen = proxy.seen('GET', '/v1/partner_index');
    expect(seen).toHaveLength(2);
    expect(seen[0]!.headers['if-none-match']).toBeUndefined();
    expect(seen[1]!.headers['if-none-match']).toMatch(/^"/);
    expect(seen[1]!.status).toBe(304);
  });

  it('serves a stale entry at once and refreshes it in the background', async () => {
    const c = client({ cache: { freshMs: 0, staleMs: 60_000 } });
    const first = await c.taxonomy.get();
    const second = await c.taxonomy.get();
    expect(second).toBe(first);
    await expect.poll(() => proxy.seen('GET', '/v1/taxonomy').length).toBe(2);
    expect(proxy.seen('GET', '/v1/taxonomy')[1]!.headers['if-none-match']).toBeTruthy();
  });

  it('keys the cache by locale', async () => {
    const de = client({ locale: 'de' });
    const ja = client({ locale: 'ja' });
    expect((await de.taxonomy.get()).locale).toBe('de');
    expect((await ja.taxonomy.get()).locale).toBe('ja');
  });
});

describe('AbortSignal', () => {
  it('an aborted signal rejects at once with code aborted', async () => {
    const c = client();
    const controller = new AbortController();
    controller.abort();
    await expect(c.taxonomy.get({ signal: controller.signal })).rejects.toMatchObject({ code: 'aborted' });
    expect(proxy.seen('GET', '/v1/taxonomy')).toHaveLength(0);
  });

  it('one caller aborting does not cancel the request others share', async () => {
    const c = client({ cache: false });
    proxy.inject('GET', '/v1/taxonomy', { kind: 'delay', ms: 300 });
    const controller = new AbortController();
    const aborted = c.taxonomy.get({ signal: controller.signal });
    const kept = c.taxonomy.get();
    controller.abort();
    await expect(aborted).rejects.toBeInstanceOf(FlywheelError);
    expect((await kept).object).toBe('taxonomy');
    expect(proxy.seen('GET', '/v1/taxonomy')).toHaveLength(1);
  });

  it('aborts a request in flight and a wait between retries', async () => {
    const c = client({ cache: false, retry: { baseDelayMs: 10_000, maxDelayMs: 10_000 } });
    proxy.inject('GET', '/v1/partners', { kind: 'delay', ms: 2000 });
    const inFlight = new AbortController();
    const slow = c.partners.list({}, { signal: inFlight.signal });
    setTimeout(() => {
      inFlight.abort();
    }, 50);
    await expect(slow).rejects.toMatchObject({ code: 'aborted' });

    proxy.inject('GET', '/v1/taxonomy', { kind: 'respond', status: 503 });
    const waiting = new AbortController();
    const retrying = c.taxonomy.get({ signal: waiting.signal });
    await expect.poll(() => proxy.seen('GET', '/v1/taxonomy').length).toBe(1);
    waiting.abort();
    await expect(retrying).rejects.toMatchObject({ code: 'aborted' });
  });
});
