import { DEFAULT_RATE_LIMITS, type RateLimitPolicies } from './middleware/rate-limit.js';

export interface ServerConfig {
  port: number;
  host: string;
  /** PostgreSQL connection string; PGlite when absent. */
  databaseUrl?: string | undefined;
  /** PGlite data directory, or `memory`. */
  dataDir: string;
  /** Origin for absolute URLs in responses; defaults to `http://localhost:<port>` once listening. */
  publicUrl?: string | undefined;
  /** Seed the demo program on first start (empty database). */
  seedOnStart: boolean;
  seed: number;
  partners: number;
  rateLimits: RateLimitPolicies;
  trustProxy: boolean;
  /** Log one line per request. */
  logRequests: boolean;
}

export const DEFAULT_PORT = 4010;
export const DEFAULT_SEED = 42;
export const DEFAULT_PARTNERS = 1500;
export const MAX_PARTNERS = 100_000;

function integer(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be an integer from ${min} to ${max}, got "${raw}".`);
  }
  return value;
}

/**
 * Reads the environment: `PORT`, `HOST`, `DATABASE_URL` (PostgreSQL) or `FLYWHEEL_DATA` (a PGlite
 * directory, or `memory`), `FLYWHEEL_SEED=0` to skip the first-start seed, `FLYWHEEL_PARTNERS`,
 * `FLYWHEEL_SEED_NUMBER`, `PUBLIC_URL`, `TRUST_PROXY=1`, `LOG_REQUESTS=1`. Bad values fail loudly.
 */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: integer('PORT', env.PORT, DEFAULT_PORT, 0, 65535),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.FLYWHEEL_DATA || '.flywheel-data',
    publicUrl: env.PUBLIC_URL?.replace(/\/$/, '') || undefined,
    seedOnStart: env.FLYWHEEL_SEED !== '0',
    seed: integer('FLYWHEEL_SEED_NUMBER', env.FLYWHEEL_SEED_NUMBER, DEFAULT_SEED, 0, 2 ** 31 - 1),
    partners: integer('FLYWHEEL_PARTNERS', env.FLYWHEEL_PARTNERS, DEFAULT_PARTNERS, 1, MAX_PARTNERS),
    rateLimits: DEFAULT_RATE_LIMITS,
    trustProxy: env.TRUST_PROXY === '1',
    logRequests: env.LOG_REQUESTS === '1',
  };
}
