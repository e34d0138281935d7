/**
 * The seed's fixed "now". Every generated date is an offset from it, so the same seed produces the
 * same catalog on any machine and on any day (e2e snapshots depend on it).
 */
export const SEED_NOW = '2026-06-01T00:00:00.000Z';
export const SEED_NOW_MS = Date.parse(SEED_NOW);

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
/** A mean Gregorian year: close enough for "joined over the last six years". */
export const YEAR_MS = 365.2425 * DAY_MS;

/** RFC 3339 UTC with milliseconds, as every timestamp in the API. */
export function isoAt(timeMs: number): string {
  return new Date(timeMs).toISOString();
}

/** The last quarterly tier evaluation before SEED_NOW; partners who joined later are not yet evaluated. */
export const LAST_TIER_EVALUATION_MS = Date.parse('2026-04-01T00:00:00.000Z');
