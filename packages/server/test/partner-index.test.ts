import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { PartnerIndex, partnerList } from '@flywheel/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../../../test/support/http.js';
import { startTestServer, type TestServer } from '../../../test/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** A raw request, so the test sees the bytes on the wire (fetch would decompress them). */
function raw(
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('GET /v1/partner_index', () => {
  it('holds every listed partner, in the contract shape, in the default directory order', async () => {
    const r = await api(server.url, '/v1/partner_index', { key: server.publishableKey });
    expect(r.status).toBe(200);
    const index = PartnerIndex.parse(r.json);
    const list = partnerList.parse(
      (await api(server.url, '/v1/partners?limit=1', { key: server.publishableKey })).json,
    );
    expect(index.total_count).toBe(list.total_count);
    expect(index.data).toHaveLength(index.total_count);
    expect(new Set(index.data.map((p) => p.id)).size).toBe(index.total_count);
    expect(index.data[0]!.featured).toBe(true);
  });

  it('is sent gzipped when the client accepts it, with cache headers and a strong ETag', async () => {
    const r = await raw('/v1/partner_index', {
      authorization: `Bearer ${server.publishableKey}`,
      'accept-encoding': 'gzip, br',
    });
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(r.headers.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(r.headers['cache-control']).toContain('max-age=');
    const index = PartnerIndex.parse(JSON.parse(gunzipSync(r.body).toString('utf8')));
    expect(index.total_count).toBeGreaterThan(1000);
    const plain = await raw('/v1/partner_index', { authorization: `Bearer ${server.publishableKey}` });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.etag).toBe(r.headers.etag);
  });

  it('answers 304 to If-None-Match while the catalog is unchanged, and a new ETag after a change', async () => {
    const first = await api(server.url, '/v1/partner_index', { key: server.publishableKey });
    const etag = first.headers.get('etag')!;
    const again = await api(server.url, '/v1/partner_index', {
      key: server.publishableKey,
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect(again.headers.get('etag')).toBe(etag);

    // Another process (here: a direct write) changes the catalog; the revision trigger invalidates the cache.
    const target = PartnerIndex.parse(first.json).data[5]!;
    await server.db.query(`UPDATE partners SET name = name || ' Renamed', updated_at = now() WHERE id = $1`, [
      target.id,
    ]);
    const changed = await api(server.url, '/v1/partner_index', {
      key: server.publishableKey,
      headers: { 'if-none-match': etag },
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(PartnerIndex.parse(changed.json).data.find((p) => p.id === target.id)!.name).toMatch(/ Renamed$/);

    await server.db.query(`UPDATE partners SET listed = false WHERE id = $1`, [target.id]);
    const unlisted = PartnerIndex.parse(
      (await api(server.url, '/v1/partner_index', { key: server.publishableKey })).json,
    );
    expect(unlisted.data.some((p) => p.id === target.id)).toBe(false);
  });
});
