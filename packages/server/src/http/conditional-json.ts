import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';

/** Public reads may be cached by browsers and CDNs briefly and revalidated cheaply. */
export const PUBLIC_CACHE = 'public, max-age=60, stale-while-revalidate=300';

/** Whether `If-None-Match` lists the validator (weak comparison, RFC 9110 §13.1.2). */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((candidate) => {
    const value = candidate.trim();
    return value === '*' || value.replace(/^W\//, '') === bare;
  });
}

/**
 * Sends JSON with a weak ETag over its bytes and answers `304 Not Modified` when the client already
 * has them. The response varies with the caller's key, origin and language.
 */
export function conditionalJson(c: Context<AppEnv>, body: unknown, status: 200 | 201 = 200): Response {
  const text = JSON.stringify(body);
  const etag = `W/"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;
  const headers = {
    ETag: etag,
    'Cache-Control': PUBLIC_CACHE,
    Vary: 'Authorization, Accept-Language',
  };
  if (status === 200 && matchesIfNoneMatch(c.req.header('if-none-match'), etag)) {
    return c.body(null, 304, headers);
  }
  return c.body(text, status, { ...headers, 'Content-Type': 'application/json; charset=utf-8' });
}
