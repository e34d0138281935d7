import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { buildCdn } from '../../packages/elements/scripts/build-cdn.js';
import { bundleForBrowser } from './bundle.js';
import { launchChromium } from './chromium.js';
import type { Cleanup } from './cleanup.js';
import { elementPage } from './element-page.js';
import { typingScript, warmUpScript } from './keystrokes.js';
import { loadPage, type LoadedPage } from './page-probe.js';
import { startPageServer } from './page-server.js';
import { primeIndex, startReferenceServer } from './reference-server.js';
import { joinRuns, typeAndMeasure, watchRequests, type TypingRun } from './typing-run.js';
import { vanillaPage } from './vanilla/vanilla-page.js';

export const VIEWPORT = { width: 1280, height: 800 } as const;
export const PUBLISHABLE_KEY = 'pk_test_demo';
/** The shuffle seed of both the element page and the vanilla floor: the same featured order. */
const ORDER_SEED = 1;
const CDN_DIR = fileURLToPath(new URL('../../packages/elements/cdn/', import.meta.url));

export interface DirectoryBenchOptions {
  readonly partners: number;
  readonly seed: number;
  /** Cold page loads per page for the first-results figure. */
  readonly coldLoads: number;
  /**
   * Typing runs per page, in order: CPU slowdown and rounds of the typing script (60 keystrokes
   * each). Each keystroke waits for the page to catch up, so slowed runs take longest.
   */
  readonly conditions: readonly { readonly cpuRate: number; readonly rounds: number }[];
  readonly keyGapMs: number;
  readonly burstPauseMs: number;
  readonly settleMs: number;
}

export interface PageOutcome {
  readonly loaded: Omit<LoadedPage, 'page' | 'cdp'>;
  /** One run per condition, in order. */
  readonly typing: TypingRun[];
}

export interface DirectoryOutcome {
  readonly sizes: Awaited<ReturnType<typeof buildCdn>>;
  readonly serverStartMs: number;
  /** The server's first (uncached) GET /v1/partner_index, made from Node before any page load. */
  readonly indexColdMs: number;
  readonly apiBase: string;
  readonly chromium: { product: string; userAgent: string; executablePath: string };
  readonly element: PageOutcome;
  /** The floor: the same cards per keystroke (the SDK's search), rendered with plain DOM. */
  readonly vanilla: PageOutcome;
  /** The earlier floor: a substring scan in index order, i.e. other cards than the element's. */
  readonly vanillaSubstring: PageOutcome;
  readonly options: DirectoryBenchOptions;
}

/**
 * The directory in a real browser: the script-tag bundle's size, then `<fw-partner-directory>`, the
 * vanilla floor and the substring-scan variant of it against the seeded reference server, each on
 * its own page of a local static server, driven in Debian's Chromium. Typing alternates between the
 * pages phrase by phrase (element, vanilla, substring, element, …) so drifting background load hits
 * them alike. Everything it starts is
 * stopped and every temp dir removed, also when it fails or is interrupted (`cleanup`).
 */
export async function runDirectoryBench(
  options: DirectoryBenchOptions,
  cleanup: Cleanup,
  step: (message: string) => void,
): Promise<DirectoryOutcome> {
  step('building the script-tag bundle (packages/elements/cdn/)');
  const sizes = await buildCdn();

  step(
    `starting the reference server: ${options.partners.toLocaleString('en')} partners (seed ${options.seed})`,
  );
  const server = await startReferenceServer({ partners: options.partners, seed: options.seed });
  cleanup.add(() => server.stop());
  step(`reference server on ${server.url} in ${server.startMs} ms (migrate + seed + boot)`);

  const [harness, vanillaScript] = await Promise.all([
    bundleForBrowser(new URL('./browser/harness.ts', import.meta.url), 'iife'),
    bundleForBrowser(new URL('./vanilla/vanilla-directory.ts', import.meta.url), 'esm'),
  ]);
  const pageOptions = { apiBase: server.url, publishableKey: PUBLISHABLE_KEY, seed: ORDER_SEED };
  const vanillaOptions = { ...pageOptions, script: '/vanilla-directory.js' };
  const pages = await startPageServer({
    cdnDir: CDN_DIR,
    routes: {
      '/element.html': {
        type: 'text/html; charset=utf-8',
        body: elementPage({ ...pageOptions, script: '/cdn/fw-partner-directory.js' }),
      },
      '/vanilla.html': {
        type: 'text/html; charset=utf-8',
        body: vanillaPage({ ...vanillaOptions, search: 'engine' }),
      },
      '/vanilla-substring.html': {
        type: 'text/html; charset=utf-8',
        body: vanillaPage({ ...vanillaOptions, search: 'substring' }),
      },
      '/vanilla-directory.js': { type: 'text/javascript; charset=utf-8', body: vanillaScript },
    },
  });
  cleanup.add(() => pages.close());
  const indexColdMs = await primeIndex(server.url, PUBLISHABLE_KEY, pages.origin);
  step(`the server built the partner index in ${indexColdMs} ms (primed before the page loads)`);

  const browser = await launchChromium(VIEWPORT);
  cleanup.add(() => browser.close());
  await browser.context.addInitScript({ content: harness });
  const firstPage = browser.context.pages()[0] ?? (await browser.context.newPage());
  const version = (await (await browser.context.newCDPSession(firstPage)).send('Browser.getVersion')) as {
    product: string;
    userAgent: string;
  };

  const load = async (page: Page, path: string, label: string) => {
    step(`${label}: ${options.coldLoads} cold load(s) of ${pages.origin}${path}`);
    return loadPage(page, `${pages.origin}${path}`, {
      coldLoads: options.coldLoads,
      settleMs: options.settleMs,
    });
  };
  const element = await load(firstPage, '/element.html', '<fw-partner-directory>');
  const vanilla = await load(await browser.context.newPage(), '/vanilla.html', 'vanilla');
  const vanillaSubstring = await load(
    await browser.context.newPage(),
    '/vanilla-substring.html',
    'vanilla (substring scan)',
  );

  const pagesInTurn = [
    [element, '<fw-partner-directory>'],
    [vanilla, 'vanilla'],
    [vanillaSubstring, 'vanilla (substring scan)'],
  ] as const;
  const typing = new Map<LoadedPage, TypingRun[]>(pagesInTurn.map(([loaded]) => [loaded, []]));
  for (const { cpuRate, rounds } of options.conditions) {
    const phrases = typingScript(rounds);
    step(
      `typing ${phrases.flat().length} keystrokes per page at ${cpuRate}× CPU, a phrase on each page in turn ` +
        '(after a warm-up)',
    );
    // A phrase on each page in turn, so a slow spell of the machine hits every page alike. Each page's
    // requests are counted from its first measured phrase to the end of the condition, also while
    // the other pages type.
    const parts = new Map<LoadedPage, TypingRun[]>(pagesInTurn.map(([loaded]) => [loaded, []]));
    const watches = new Map<LoadedPage, ReturnType<typeof watchRequests>>();
    try {
      for (const [index, phrase] of phrases.entries()) {
        for (const [loaded] of pagesInTurn) {
          await loaded.page.bringToFront();
          const run = await typeAndMeasure(loaded.page, loaded.cdp, {
            cpuRate,
            warmUp: index === 0 ? warmUpScript() : [],
            script: [phrase],
            apiBase: server.url,
            keyGapMs: options.keyGapMs,
            burstPauseMs: options.burstPauseMs,
            // From the end of the warm-up on, the condition's own count takes over.
            onMeasuring: () => {
              if (!watches.has(loaded)) watches.set(loaded, watchRequests(loaded.page, server.url));
            },
          });
          parts.get(loaded)!.push(run);
        }
      }
    } finally {
      for (const watch of watches.values()) watch.stop();
    }
    for (const [loaded] of pagesInTurn) {
      const joined = joinRuns(parts.get(loaded)!);
      typing.get(loaded)!.push({ ...joined, requests: watches.get(loaded)?.tally ?? joined.requests });
    }
  }

  const outcome = (loaded: LoadedPage): PageOutcome => {
    const { page: _page, cdp: _cdp, ...rest } = loaded;
    return { loaded: rest, typing: typing.get(loaded)! };
  };
  return {
    sizes,
    serverStartMs: server.startMs,
    indexColdMs,
    apiBase: server.url,
    chromium: { ...version, executablePath: browser.executablePath },
    element: outcome(element),
    vanilla: outcome(vanilla),
    vanillaSubstring: outcome(vanillaSubstring),
    options,
  };
}
