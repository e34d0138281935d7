import { describe, expect, it } from 'vitest';
import { buildCdn } from '../../packages/elements/scripts/build-cdn.js';

/**
 * DESIGN.md budgets, min+gzip, for the script-tag build. "All widgets + SDK" counts every chunk but
 * the locale catalogs, including those loaded on demand. "One widget loaded alone" counts what the
 * directory's page loads before the widget renders; its on-demand chunks (search engine and
 * validation, fetched while the index downloads; the profile) are bounded too, so nothing can move
 * there unnoticed (docs/decisions/0007).
 */
const ALL_BUDGET = 45_000;
const DIRECTORY_BUDGET = 20_000;
const DIRECTORY_ON_DEMAND_CEILING = 20_000;

describe('script-tag bundle sizes', () => {
  it('stay within the budgets', { timeout: 120_000 }, async () => {
    const sizes = await buildCdn();
    const all = sizes.flywheel;
    const directory = sizes['fw-partner-directory'];
    console.log(
      `bundle sizes (min+gzip): all ${all.totalGzipBytes} B (budget ${ALL_BUDGET}); directory first ` +
        `${directory.gzipBytes} B (budget ${DIRECTORY_BUDGET}) + ${directory.onDemand.gzipBytes} B on demand`,
    );
    expect(all.totalGzipBytes).toBeLessThanOrEqual(ALL_BUDGET);
    expect(directory.files).toEqual(['fw-partner-directory.js']);
    expect(directory.gzipBytes).toBeLessThanOrEqual(DIRECTORY_BUDGET);
    expect(directory.onDemand.gzipBytes).toBeLessThanOrEqual(DIRECTORY_ON_DEMAND_CEILING);
  });
});
