import { describe, expect, it } from 'vitest';
import { buildCdn } from '../../packages/elements/scripts/build-cdn.js';

/**
 * DESIGN.md budgets, min+gzip, for the script-tag build (docs/decisions/0007 and 0009).
 *
 * - "One widget loaded alone ≤ 20 kB" is what a page with only that widget loads before it renders:
 *   checked for the directory and for each deal widget. Their on-demand chunks are bounded too, so
 *   nothing can move there unnoticed.
 * - "All widgets + SDK ≤ 45 kB" counts `flywheel.js` with every chunk but the locale catalogs. It held
 *   for the directory family (cards, profile, provider: 39.3 kB) and is checked for that family's
 *   whole download. With the deal form and list it is 64.1 kB and NOT met; decision 0009 says why and
 *   asks for a per-widget budget. Until then the test holds the whole bundle within 1 kB of its current
 *   size, so growth is a decision, not an accident.
 */
const ONE_WIDGET_BUDGET = 20_000;
/**
 * Not a budget: a bound on what a widget loads after it rendered. It grew as the directory moved
 * what is first drawn with its data into the search engine's chunk: the filter panel (0.5 kB off the
 * first script, 0.7 kB onto this), then the cards with Lit's `repeat` (0.75 kB off, 1.9 kB on;
 * decision 0007).
 */
const ON_DEMAND_CEILING = 23_000;
const DIRECTORY_FAMILY_BUDGET = 45_000;
/**
 * Not a budget: the size of everything plus a margin under 1 kB (decision 0009), so growth fails here
 * first. 65 → 66 kB for Lit's `repeat` in the directory's card window (decision 0011).
 */
const ALL_CEILING = 66_000;
/** The deal form's own lazily loaded code on top of what `flywheel.js` already loaded. */
const DEAL_FORM_LAZY_CEILING = 12_500;

describe('script-tag bundle sizes', () => {
  it('stay within the budgets', { timeout: 180_000 }, async () => {
    const sizes = await buildCdn();
    const all = sizes.flywheel;
    const directory = sizes['fw-partner-directory'];
    const dealForm = sizes['fw-deal-form'];
    const dealList = sizes['fw-deal-list'];
    const dealFormLazy = all.lazy['deal-form-view']!.gzipBytes;
    console.log(
      `bundle sizes (min+gzip): all ${all.totalGzipBytes} B (budget 45000, not met: decision 0009); ` +
        `directory first ${directory.gzipBytes} B + ${directory.onDemand.gzipBytes} B on demand; ` +
        `deal form first ${dealForm.gzipBytes} B + ${dealForm.onDemand.gzipBytes} B; ` +
        `deal list first ${dealList.gzipBytes} B + ${dealList.onDemand.gzipBytes} B; ` +
        `deal form on top of flywheel.js ${dealFormLazy} B`,
    );
    expect(directory.files).toEqual(['fw-partner-directory.js']);
    expect(directory.gzipBytes).toBeLessThanOrEqual(ONE_WIDGET_BUDGET);
    expect(directory.onDemand.gzipBytes).toBeLessThanOrEqual(ON_DEMAND_CEILING);
    expect(directory.totalGzipBytes).toBeLessThanOrEqual(DIRECTORY_FAMILY_BUDGET);
    for (const deals of [dealForm, dealList]) {
      expect(deals.gzipBytes).toBeLessThanOrEqual(ONE_WIDGET_BUDGET);
    }
    expect(dealForm.onDemand.gzipBytes).toBeLessThanOrEqual(ON_DEMAND_CEILING);
    expect(dealFormLazy).toBeLessThanOrEqual(DEAL_FORM_LAZY_CEILING);
    expect(all.totalGzipBytes).toBeLessThanOrEqual(ALL_CEILING);
  });
});
