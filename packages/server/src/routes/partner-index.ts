import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { PUBLIC_CACHE, matchesIfNoneMatch } from '../http/conditional-json.js';
import { guard } from '../middleware/guard.js';

/**
 * `GET /v1/partner_index`: the slim index of every listed partner for client-side search. Served from
 * a cache keyed by the catalog revision, pre-gzipped, with a strong content ETag; `304` when the
 * client's copy is current, which costs one indexed read (done with the key lookup).
 */
export function partnerIndexRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/v1/partner_index', guard('directory:read'), async (c) => {
    const { catalog, publicUrl, now } = c.get('server');
    const index = await catalog.partnerIndex(c.get('db'), c.get('credential'), publicUrl(), now());
    const headers: Record<string, string> = {
      ETag: index.etag,
      'Cache-Control': PUBLIC_CACHE,
      Vary: 'Authorization, Accept-Encoding',
    };
    if (matchesIfNoneMatch(c.req.header('if-none-match'), index.etag)) return c.body(null, 304, headers);
    headers['Content-Type'] = 'application/json; charset=utf-8';
    if (/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
      return c.body(new Uint8Array(index.gzip), 200, { ...headers, 'Content-Encoding': 'gzip' });
    }
    return c.body(new Uint8Array(index.json), 200, headers);
  });
  return routes;
}
