import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { originAllowed } from '../http/origin-patterns.js';
import { ProblemError } from '../http/problem-error.js';

const ALLOWED_HEADERS =
  'Authorization, Content-Type, Idempotency-Key, If-None-Match, If-Match, Accept-Language';
const EXPOSED_HEADERS =
  'Request-Id, ETag, Retry-After, RateLimit, RateLimit-Policy, Idempotent-Replayed, Content-Language, Location';

/** Every origin some active publishable key allows: a preflight carries no key, so it is checked against all. */
async function anyKeyAllows(c: Context<AppEnv>, origin: string): Promise<boolean> {
  const { rows } = await c
    .get('db')
    .query<{ allowed_origins: string[] }>(
      `SELECT allowed_origins FROM api_keys WHERE kind = 'publishable' AND revoked_at IS NULL`,
    );
  return rows.some((row) => originAllowed(row.allowed_origins, origin));
}

/** Whether a live (unexpired, unrevoked) partner session was minted for exactly this origin. */
async function anySessionAllows(c: Context<AppEnv>, origin: string): Promise<boolean> {
  const { rows } = await c.get('db').query(
    `SELECT 1 FROM embed_sessions
      WHERE revoked_at IS NULL AND expires_at > $1 AND $2 = ANY (allowed_origins) LIMIT 1`,
    [c.get('server').now().toISOString(), origin],
  );
  return rows.length > 0;
}

/**
 * CORS that answers only allowed origins. Preflights pass when any publishable key, or any live
 * partner session, allows the origin (the browser sends no credential with them); actual responses
 * carry `Access-Control-Allow-Origin` only when the request's own publishable key or session allows
 * the origin — also for a session's `401 session_expired`, so the widget can read it and refresh.
 * Secret and partner keys never get CORS.
 */
export function cors(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (!origin) {
      await next();
      return;
    }
    if (c.req.method === 'OPTIONS' && c.req.header('access-control-request-method')) {
      if (!(await anyKeyAllows(c, origin)) && !(await anySessionAllows(c, origin))) {
        throw new ProblemError('origin_not_allowed', { detail: `The origin ${origin} is not allowed.` });
      }
      return c.body(null, 204, {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Methods': 'GET, POST, PATCH, DELETE, OPTIONS',
        'Access-Control-Allow-Headers': ALLOWED_HEADERS,
        'Access-Control-Max-Age': '7200',
        Vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
      });
    }
    await next();
    c.res.headers.append('Vary', 'Origin');
    const credential = c.get('credential') as AppEnv['Variables']['credential'] | undefined;
    const sessionOrigins = c.get('corsOrigins') as readonly string[] | undefined;
    const allowed = credential
      ? (credential.kind === 'publishable' && originAllowed(credential.allowedOrigins, origin)) ||
        (credential.kind === 'partner_session' && credential.allowedOrigins.includes(origin))
      : sessionOrigins
        ? sessionOrigins.includes(origin)
        : c.res.status === 401 && (await anyKeyAllows(c, origin));
    if (allowed) {
      c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.set('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    }
  };
}
