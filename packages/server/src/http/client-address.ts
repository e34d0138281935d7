import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';

/** The client's IP address: the socket peer, or the first `X-Forwarded-For` hop behind a trusted proxy. */
export function clientAddress(c: Context<AppEnv>): string {
  if (c.get('server').trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
