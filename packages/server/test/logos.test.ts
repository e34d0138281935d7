import { PartnerIndex } from '@flywheel/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initials, monogramSvg } from '../src/logos/monogram-svg.js';
import { api } from '../../../test/support/http.js';
import { startTestServer, type TestServer } from '../../../test/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('GET /logos/{partner_id}.svg', () => {
  it('serves the logo a partner links to, publicly, as a locked-down SVG', async () => {
    const index = PartnerIndex.parse(
      (await api(server.url, '/v1/partner_index', { key: server.publishableKey })).json,
    );
    const withLogo = index.data.find((p) => p.logo)!;
    const url = new URL(withLogo.logo!.url);
    expect(url.pathname).toBe(`/logos/${withLogo.id}.svg`);
    const r = await fetch(`${server.url}${url.pathname}`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(r.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('cache-control')).toContain('max-age');
    const svg = await r.text();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).not.toMatch(/<script|href=|on\w+=/i);
    const cached = await fetch(`${server.url}${url.pathname}`, {
      headers: { 'if-none-match': r.headers.get('etag')! },
    });
    expect(cached.status).toBe(304);
  });

  it('answers 404 for partners without a logo, unknown ids and junk paths', async () => {
    const index = PartnerIndex.parse(
      (await api(server.url, '/v1/partner_index', { key: server.publishableKey })).json,
    );
    const withoutLogo = index.data.find((p) => !p.logo)!;
    expect((await fetch(`${server.url}/logos/${withoutLogo.id}.svg`)).status).toBe(404);
    expect((await fetch(`${server.url}/logos/ptr_01ARZ3NDEKTSV4RRFFQ69G5FAV.svg`)).status).toBe(404);
    expect((await fetch(`${server.url}/logos/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
  });

  it('escapes names and picks initials in any script', () => {
    const svg = monogramSvg('ptr_x', '<script>alert("x")</script> & Co');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&#60;script&#62;');
    expect(initials('Northwind Revenue Labs')).toBe('NR');
    expect(initials('القمة للحلول')).toBe('ال');
    expect(initials('株式会社さくら')).toBe('株');
    expect(initials('!!!')).toBe('?');
  });
});
