import { describe, expect, it } from 'vitest';
import { buildCdn } from '../../packages/elements/scripts/build-cdn.js';

/** DESIGN.md budgets, min+gzip, for the script-tag build (initial chunks; locales load on demand). */
const ALL_BUDGET = 45_000;
/**
 * DESIGN.md's budget for the directory alone is 20,000 B. It is not met yet (about 34 kB: see the
 * issue notes and docs/decisions/0006); this bound keeps it from growing while the work continues.
 */
const DIRECTORY_CEILING = 36_000;

describe('script-tag bundle sizes', () => {
  it('stay within the budgets', { timeout: 120_000 }, async () => {
    const sizes = await buildCdn();
    console.log(
      `bundle sizes (min+gzip): all ${sizes.flywheel.gzipBytes} B (budget ${ALL_BUDGET}), ` +
        `directory ${sizes['fw-partner-directory'].gzipBytes} B (budget 20000, ceiling ${DIRECTORY_CEILING})`,
    );
    expect(sizes.flywheel.gzipBytes).toBeLessThanOrEqual(ALL_BUDGET);
    expect(sizes['fw-partner-directory'].gzipBytes).toBeLessThanOrEqual(DIRECTORY_CEILING);
  });
});
