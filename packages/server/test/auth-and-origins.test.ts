import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { originAllowed } from '../src/http/origin-patterns.js';
import { api } from '../../../test/support/http.js';
import { startTestServer, type TestServer } from '../../../test/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('credentials', () => {
  it('requires a key', async () => {
    const r = await api(server.url, '/v1/partners');
    expect(r.status).toBe(401);
    expect(r.json.code).toBe('unauthenticated');
    expect(r.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('refuses unknown and malformed keys', async () => {
    for (const key of ['pk_test_nope', 'not-a-key', 'sk_live_', 'Basic abc']) {
      const r = await api(server.url, '/v1/partners', { key });
      expect(r.status, key).toBe(401);
      expect(r.json.code).toBe('unauthenticated');
    }
  });

  it('accepts a publishable key without an Origin (server-to-server, curl)', async () => {
    const r = await api(server.url, '/v1/partners?limit=1', { key: server.publishableKey });
    expect(r.status).toBe(200);
  });

  it('refuses a secret key sent from a browser', async () => {
    const r = await api(server.url, '/v1/partners', {
      key: server.secretKey,
      origin: 'http://localhost:5173',
    });
    expect(r.status).toBe(403);
    expect(r.json.code).toBe('secret_key_in_browser');
    expect(r.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('accepts a secret key from a server (no Origin)', async () => {
    const r = await api(server.url, '/v1/partners?limit=1', { key: server.secretKey });
    expect(r.status).toBe(200);
  });
});

describe('origin allow-list of publishable keys', () => {
  it('answers allowed origins with CORS headers', async () => {
    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:8080', 'http://localhost']) {
      const r = await api(server.url, '/v1/taxonomy', { key: server.publishableKey, origin });
      expect(r.status, origin).toBe(200);
      expect(r.headers.get('access-control-allow-origin')).toBe(origin);
      expect(r.headers.get('access-control-expose-headers')).toContain('ETag');
      expect(r.headers.get('vary')).toContain('Origin');
    }
  });

  it('refuses other origins with 403 origin_not_allowed and no CORS headers', async () => {
    for (const origin of [
      'https://evil.example',
      'http://localhost.evil.example:3000',
      'https://localhost:5173',
      'null',
    ]) {
      const r = await api(server.url, '/v1/taxonomy', { key: server.publishableKey, origin });
      expect(r.status, origin).toBe(403);
      expect(r.json.code).toBe('origin_not_allowed');
      expect(r.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('checks the Referer when a browser sends no Origin', async () => {
    const ok = await api(server.url, '/v1/taxonomy', {
      key: server.publishableKey,
      headers: { referer: 'http://localhost:3000/partners?x=1' },
    });
    expect(ok.status).toBe(200);
    const bad = await api(server.url, '/v1/taxonomy', {
      key: server.publishableKey,
      headers: { referer: 'https://evil.example/page' },
    });
    expect(bad.status).toBe(403);
  });

  it('lets a widget read a 401 from an allowed origin (to show a useful message)', async () => {
    const r = await api(server.url, '/v1/taxonomy', { key: 'pk_test_typo', origin: 'http://localhost:5173' });
    expect(r.status).toBe(401);
    expect(r.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });

  it('answers preflights only for allowed origins', async () => {
    const allowed = await fetch(`${server.url}/v1/partners/x/contact_requests`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type, idempotency-key',
      },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('Idempotency-Key');
    expect(Number(allowed.headers.get('access-control-max-age'))).toBeGreaterThan(0);

    const refused = await fetch(`${server.url}/v1/partners`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('origin patterns', () => {
  const patterns = ['http://localhost:*', 'https://*.vendor.example', 'https://www.partner.example'];
  it.each([
    ['http://localhost:3000', true],
    ['http://localhost', true],
    ['https://app.vendor.example', true],
    ['https://a.b.vendor.example', true],
    ['https://vendor.example', false],
    ['https://vendor.example.evil.test', false],
    ['https://evilvendor.example', false],
    ['https://www.partner.example', true],
    ['https://www.partner.example:8443', false],
    ['http://www.partner.example', false],
    ['null', false],
    ['http://localhost:3000/path', false],
    ['javascript:alert(1)', false],
  ])('%s → %s', (origin, expected) => {
    expect(originAllowed(patterns, origin)).toBe(expected);
  });
});
