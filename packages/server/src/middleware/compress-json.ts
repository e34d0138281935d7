import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http/app-env.js';

const gzipAsync = promisify(gzip);
/** Smaller bodies are not worth a compression round. */
const MIN_BYTES = 1024;

/**
 * Gzips JSON responses for clients that accept it, with Node's zlib on the thread pool. (Hono's
 * `compress()` streams through CompressionStream, which cost 3–6 ms per 10 kB response here.)
 */
export function compressJson(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const res = c.res;
    if (
      !res.body ||
      res.headers.has('content-encoding') ||
      !/\bjson\b/.test(res.headers.get('content-type') ?? '') ||
      !/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')
    ) {
      return;
    }
    const body = Buffer.from(await res.clone().arrayBuffer());
    if (body.byteLength < MIN_BYTES) return;
    const compressed = new Uint8Array(await gzipAsync(body));
    // Hono copies the old response's headers onto a new one, so edit them there.
    res.headers.set('Content-Encoding', 'gzip');
    res.headers.delete('Content-Length');
    res.headers.append('Vary', 'Accept-Encoding');
    c.res = new Response(compressed, { status: res.status, headers: res.headers });
  };
}
