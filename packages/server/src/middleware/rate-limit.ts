import type { MiddlewareHandler } from 'hono';
import type { Queryable } from '../db/database.js';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError } from '../http/problem-error.js';

export interface RateLimitPolicy {
  readonly quota: number;
  readonly windowSeconds: number;
}

export type RateLimitPolicyName =
  'public' | 'server' | 'partner' | 'partner_writes' | 'deal_checks' | 'contact_requests';
export type RateLimitPolicies = Readonly<Record<RateLimitPolicyName, RateLimitPolicy>>;

/** api-v1.md §2.6; contact requests get a tighter policy of their own against spam. */
export const DEFAULT_RATE_LIMITS: RateLimitPolicies = {
  public: { quota: 300, windowSeconds: 60 },
  server: { quota: 1000, windowSeconds: 60 },
  partner: { quota: 120, windowSeconds: 60 },
  partner_writes: { quota: 30, windowSeconds: 60 },
  // Against enumerating the platform's accounts through the pre-check.
  deal_checks: { quota: 30, windowSeconds: 60 },
  contact_requests: { quota: 10, windowSeconds: 600 },
};

interface WindowState {
  name: RateLimitPolicyName;
  policy: RateLimitPolicy;
  remaining: number;
  resetSeconds: number;
}

/**
 * Counts one hit in a fixed window stored in the database, so the limit holds across every server
 * process sharing it. One upsert per policy per request.
 */
async function hit(
  db: Queryable,
  bucket: string,
  policy: RateLimitPolicy,
  now: Date,
): Promise<{ hits: number; resetSeconds: number }> {
  const windowMs = policy.windowSeconds * 1000;
  const start = Math.floor(now.getTime() / windowMs) * windowMs;
  const { rows } = await db.query<{ hits: number }>(
    `INSERT INTO rate_limit_windows (bucket, window_start, hits) VALUES ($1, $2, 1)
     ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_windows.hits + 1
     RETURNING hits`,
    [bucket, new Date(start).toISOString()],
  );
  return {
    hits: rows[0]!.hits,
    resetSeconds: Math.max(1, Math.ceil((start + windowMs - now.getTime()) / 1000)),
  };
}

const policyHeader = (states: WindowState[]) =>
  states.map((s) => `"${s.name}";q=${s.policy.quota};w=${s.policy.windowSeconds}`).join(', ');
const stateHeader = (states: WindowState[]) =>
  states.map((s) => `"${s.name}";r=${s.remaining};t=${s.resetSeconds}`).join(', ');

const BASE_POLICY = {
  publishable: 'public',
  secret: 'server',
  partner: 'server',
  partner_session: 'partner',
} as const satisfies Record<string, RateLimitPolicyName>;

/**
 * Applies the credential's base policy (`public` for publishable keys, `server` for secret and
 * partner keys, `partner` per partner user for partner sessions)
 * plus an optional operation policy, and reports them in `RateLimit-Policy`/`RateLimit` headers
 * (draft-ietf-httpapi-ratelimit-headers). Over quota: 429 `rate_limited` with `Retry-After`.
 */
export function rateLimit(operationPolicy?: RateLimitPolicyName): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const credential = c.get('credential');
    const server = c.get('server');
    const now = server.now();
    const names: RateLimitPolicyName[] = [BASE_POLICY[credential.kind]];
    if (operationPolicy) names.push(operationPolicy);

    const states: WindowState[] = [];
    for (const name of names) {
      const policy = server.rateLimits[name];
      const { hits, resetSeconds } = await hit(server.db, `${name}:${credential.principal}`, policy, now);
      states.push({ name, policy, remaining: Math.max(0, policy.quota - hits), resetSeconds });
      if (hits > policy.quota) {
        throw new ProblemError('rate_limited', {
          detail: `Rate limit "${name}" of ${policy.quota} requests per ${policy.windowSeconds} s exceeded.`,
          extra: { retry_after: resetSeconds },
          headers: {
            'Retry-After': String(resetSeconds),
            'RateLimit-Policy': policyHeader(states),
            RateLimit: stateHeader(states),
          },
        });
      }
    }
    await next();
    c.res.headers.set('RateLimit-Policy', policyHeader(states));
    c.res.headers.set('RateLimit', stateHeader(states));
  };
}

/** Deletes windows that can no longer count, so the table stays small. */
export async function pruneRateLimitWindows(
  db: Queryable,
  policies: RateLimitPolicies,
  now: Date,
): Promise<number> {
  const longest = Math.max(...Object.values(policies).map((p) => p.windowSeconds));
  const { rowCount } = await db.query('DELETE FROM rate_limit_windows WHERE window_start < $1', [
    new Date(now.getTime() - 2 * longest * 1000).toISOString(),
  ]);
  return rowCount;
}
