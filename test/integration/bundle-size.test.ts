import { describe, expect, it } from 'vitest';
import { buildCdn } from '../../packages/elements/scripts/build-cdn.js';

/**
 * DESIGN.md size budgets, min+gzip, for the script-tag build, as decision 0012 reads them (0007, 0009
 * say how the bundles came to be split).
 *
 * - "One widget loaded alone ≤ 20 kB" is what a page with only that widget loads before it renders:
 *   checked for the directory and for each deal widget.
 * - "All widgets + SDK ≤ 45 kB" is held per widget: everything a page with that widget can ever load
 *   (its script and all its chunks but the locale catalogs) is at most 45 kB. The sum over every
 *   widget (`flywheel.js` with all its chunks) does not meet 45 kB and is not a budget any more; it
 *   is printed, and held within 1 kB of its size, so that growing it is a decision, not an accident.
 */
const ONE_WIDGET_BUDGET = 20_000;
const WIDGET_TOTAL_BUDGET = 45_000;
/**
 * Not a budget: a bound on what a widget loads after it rendered. It grew as the directory moved
 * what is first drawn with its data into the search engine's chunk: the filter panel (0.5 kB off the
 * first script, 0.7 kB onto this), then the cards with Lit's `repeat` (0.75 kB off, 1.9 kB on;
 * decision 0007), then 0.8 kB for resumable search structures (prepared in idle slices) and compiled
 * response validation (decision 0012).
 */
const ON_DEMAND_CEILING = 24_000;
/**
 * Not a budget: the size of everything plus a margin under 1 kB (decision 0009), so growth fails here
 * first. 65 → 66 kB for Lit's `repeat` in the directory's card window (decision 0011); 66 → 67 kB for
 * the search prepared in idle slices and the compiled response validation (decision 0012).
 */
const ALL_CEILING = 67_000;
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
      `bundle sizes (min+gzip): all widgets together ${all.totalGzipBytes} B (DESIGN's 45000 for the sum not met: held per widget, decision 0012); ` +
        `directory first ${directory.gzipBytes} B + ${directory.onDemand.gzipBytes} B on demand; ` +
        `deal form first ${dealForm.gzipBytes} B + ${dealForm.onDemand.gzipBytes} B; ` +
        `deal list first ${dealList.gzipBytes} B + ${dealList.onDemand.gzipBytes} B; ` +
        `deal form on top of flywheel.js ${dealFormLazy} B`,
    );
    expect(directory.files).toEqual(['fw-partner-directory.js']);
    expect(directory.gzipBytes).toBeLessThanOrEqual(ONE_WIDGET_BUDGET);
    expect(directory.onDemand.gzipBytes).toBeLessThanOrEqual(ON_DEMAND_CEILING);
    for (const widget of [directory, dealForm, dealList]) {
      expect(widget.totalGzipBytes).toBeLessThanOrEqual(WIDGET_TOTAL_BUDGET);
    }
    for (const deals of [dealForm, dealList]) {
      expect(deals.gzipBytes).toBeLessThanOrEqual(ONE_WIDGET_BUDGET);
    }
    expect(dealForm.onDemand.gzipBytes).toBeLessThanOrEqual(ON_DEMAND_CEILING);
    expect(dealFormLazy).toBeLessThanOrEqual(DEAL_FORM_LAZY_CEILING);
    expect(all.totalGzipBytes).toBeLessThanOrEqual(ALL_CEILING);
  });
});
