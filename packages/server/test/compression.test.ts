import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { partnerList } from '@flywheel/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

function raw(path: string, encoding: string): Promise<{ headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${server.url}${path}`,
      { headers: { authorization: `Bearer ${server.publishableKey}`, 'accept-encoding': encoding } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          resolve({ headers: res.headers, body: Buffer.concat(chunks) });
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('response compression', () => {
  it('gzips JSON for clients that accept it, and says it varies on it', async () => {
    const gz = await raw('/v1/partners?limit=20', 'gzip, deflate, br');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(String(gz.headers.vary)).toContain('Accept-Encoding');
    const list = partnerList.parse(JSON.parse(gunzipSync(gz.body).toString('utf8')));
    expect(list.data).toHaveLength(20);
    const plain = await raw('/v1/partners?limit=20', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(plain.body.toString('utf8'))).toEqual(list);
    expect(gz.body.byteLength).toBeLessThan(plain.body.byteLength / 2);
  });

  it('leaves small bodies alone', async () => {
    const small = await raw('/v1/partners/no-such-partner', 'gzip');
    expect(small.headers['content-encoding']).toBeUndefined();
  });
});
