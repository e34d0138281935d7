import type { CDPSession, Page } from 'playwright-core';
import type { DomCount, FirstResults } from './harness-api.js';
import { withTimeout } from './timeout.js';
import { traced } from './trace.js';
import { firstCardPaintDelayMs } from './trace-first-card.js';

/** One cold load: the page's own figures, and the trace's end of the frame that painted the first card. */
export interface ColdLoad extends FirstResults {
  /** ms since navigation start (`insertedMs` + the trace's delay); `undefined` if the trace lacks it. */
  readonly tracedPaintedMs: number | undefined;
}

export interface LoadedPage {
  readonly page: Page;
  readonly cdp: CDPSession;
  /** One per cold load, in order. */
  readonly loads: ColdLoad[];
  /** The result count shown with nothing typed, e.g. "9,652 partners". */
  readonly countText: string;
  readonly domAtTop: DomCount;
  readonly domAtMiddle: DomCount;
}

/**
 * Loads `url` `coldLoads` times with the browser cache disabled (every load fetches the script and
 * the index again, as a first visit does), each under a trace, and reads the first-card timings of
 * each; then, on the last
 * load, lets the page settle and counts its DOM with the whole list shown, at the top and at the
 * middle of the list, and scrolls back to the top for typing.
 */
export async function loadPage(
  page: Page,
  url: string,
  options: { coldLoads: number; settleMs: number },
): Promise<LoadedPage> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const loads: ColdLoad[] = [];
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  try {
    for (let i = 0; i < options.coldLoads; i++) {
      const { result: first, trace } = await traced(cdp, async () => {
        await page.goto(url, { waitUntil: 'commit' });
        const results = page.evaluate(() => window.__fwBench.firstResults);
        return withTimeout(results, 120_000, `first card on ${url}`);
      });
      const delay = firstCardPaintDelayMs(trace);
      loads.push({ ...first, tracedPaintedMs: delay === undefined ? undefined : first.insertedMs + delay });
    }
  } finally {
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  }
  // The element builds its text index when idle (≤ 1 s); logos load.
  await page.waitForTimeout(options.settleMs);
  const countText = await page.evaluate(() => window.__fwBench.countText());
  const domAtTop = await page.evaluate(() => window.__fwBench.countDom());
  await page.evaluate(() => window.__fwBench.scrollTo(0.5));
  const domAtMiddle = await page.evaluate(() => window.__fwBench.countDom());
  await page.evaluate(() => window.__fwBench.scrollTo(0));
  return { page, cdp, loads, countText, domAtTop, domAtMiddle };
}
