import { DEFAULT_PORT, DEFAULT_RATE_LIMITS, type RateLimitPolicies } from '@flywheel/server';

/** The catalog seed of every server in the benchmark (the server's default). */
export const SEED = 42;

/** Pinned so the index (which holds absolute logo URLs) has the same bytes whatever port we got. */
export const PUBLIC_URL = `http://localhost:${DEFAULT_PORT}`;

/** Default policies with the per-key quotas lifted, so the benchmark measures serving, not 429s. */
export const BENCH_RATE_LIMITS: RateLimitPolicies = {
  ...DEFAULT_RATE_LIMITS,
  public: { quota: 1_000_000_000, windowSeconds: DEFAULT_RATE_LIMITS.public.windowSeconds },
  server: { quota: 1_000_000_000, windowSeconds: DEFAULT_RATE_LIMITS.server.windowSeconds },
  partner: { quota: 1_000_000_000, windowSeconds: DEFAULT_RATE_LIMITS.partner.windowSeconds },
  deal_checks: { quota: 1_000_000_000, windowSeconds: DEFAULT_RATE_LIMITS.deal_checks.windowSeconds },
};
