import { setTimeout as sleep } from 'node:timers/promises';
import type { CDPSession, Page, Request } from 'playwright-core';
import type { KeystrokeSample } from './harness-api.js';
import { withTimeout } from './timeout.js';
import { traced } from './trace.js';
import { keystrokeFrames, mainThreadBusy, type KeystrokeFrame } from './trace-keystrokes.js';

/** Requests the page made while the measured keystrokes ran, by kind. */
export interface RequestTally {
  /** To the API (`<api>/v1/…`): what the "0 per keystroke" budget is about. */
  api: number;
  /** Partner logos (`<img>` of cards that came into the window). */
  images: number;
  other: number;
  /** The non-image requests, for diagnosis. */
  urls: string[];
}

export interface TypingRun {
  readonly cpuRate: number;
  /** What the page measured, one per measured keystroke. */
  readonly samples: KeystrokeSample[];
  /** What the trace says about the same keystrokes, in the same order (`undefined`: frame not found). */
  readonly frames: (KeystrokeFrame | undefined)[];
  readonly requests: RequestTally;
  /** All main-thread work during the measured keystrokes, per keystroke. */
  readonly busyPerKeystroke: { wallMs: number; cpuMs: number };
}

export interface TypingOptions {
  readonly cpuRate: number;
  /** Bursts of typing (the field's successive values); a pause between bursts. */
  readonly warmUp: readonly (readonly string[])[];
  readonly script: readonly (readonly string[])[];
  readonly apiBase: string;
  /** Between keystrokes (a fast typist), and between bursts (longer than the element's 350 ms settle). */
  readonly keyGapMs: number;
  readonly burstPauseMs: number;
  /** Called after the warm-up, just before the measured keystrokes. */
  readonly onMeasuring?: () => void;
}

/** Counts the page's requests, by kind, until `stop`. */
export function watchRequests(page: Page, apiBase: string): { tally: RequestTally; stop: () => void } {
  const apiPrefix = `${apiBase}/v1/`;
  const tally: RequestTally = { api: 0, images: 0, other: 0, urls: [] };
  const onRequest = (request: Request) => {
    if (request.resourceType() === 'image') {
      tally.images++;
      return;
    }
    if (request.url().startsWith(apiPrefix)) tally.api++;
    else tally.other++;
    tally.urls.push(request.url());
  };
  page.on('request', onRequest);
  return {
    tally,
    stop: () => {
      page.off('request', onRequest);
    },
  };
}

async function typeBursts(
  page: Page,
  bursts: readonly (readonly string[])[],
  options: TypingOptions,
  samples?: KeystrokeSample[],
): Promise<void> {
  for (const burst of bursts) {
    for (const value of burst) {
      const keystroke = page.evaluate((text) => window.__fwBench.keystroke(text), value);
      const sample = await withTimeout(keystroke, 60_000, `keystroke "${value}"`);
      samples?.push(sample);
      await sleep(options.keyGapMs);
    }
    await sleep(options.burstPauseMs);
  }
}

/**
 * Types the warm-up, then the measured script, at a CPU slowdown of `cpuRate` (CDP
 * `Emulation.setCPUThrottlingRate`). The measured keystrokes run under a DevTools-style trace, which
 * gives each keystroke's frame; requests are counted meanwhile. The page must be loaded, with its
 * list at the top and the field empty.
 */
export async function typeAndMeasure(
  page: Page,
  cdp: CDPSession,
  options: TypingOptions,
): Promise<TypingRun> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuRate });
  try {
    await typeBursts(page, options.warmUp, options);
    options.onMeasuring?.();
    const watch = watchRequests(page, options.apiBase);
    const samples: KeystrokeSample[] = [];
    const { trace } = await traced(cdp, () => typeBursts(page, options.script, options, samples)).finally(
      () => {
        watch.stop();
      },
    );
    const requests = watch.tally;
    const frames = keystrokeFrames(trace);
    if (frames.length !== samples.length)
      throw new Error(`The trace holds ${frames.length} keystrokes, the page measured ${samples.length}.`);
    const busy = mainThreadBusy(trace);
    return {
      cpuRate: options.cpuRate,
      samples,
      frames,
      requests,
      busyPerKeystroke: { wallMs: busy.wallMs / samples.length, cpuMs: busy.cpuMs / samples.length },
    };
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
}

/** One run out of several measured in turns (the same CPU rate): samples and frames in order. */
export function joinRuns(runs: readonly TypingRun[]): TypingRun {
  const keystrokes = runs.reduce((sum, run) => sum + run.samples.length, 0);
  const busy = (pick: (run: TypingRun) => number) =>
    runs.reduce((sum, run) => sum + pick(run) * run.samples.length, 0) / keystrokes;
  return {
    cpuRate: runs[0]!.cpuRate,
    samples: runs.flatMap((run) => run.samples),
    frames: runs.flatMap((run) => run.frames),
    requests: {
      api: runs.reduce((sum, run) => sum + run.requests.api, 0),
      images: runs.reduce((sum, run) => sum + run.requests.images, 0),
      other: runs.reduce((sum, run) => sum + run.requests.other, 0),
      urls: runs.flatMap((run) => run.requests.urls),
    },
    busyPerKeystroke: {
      wallMs: busy((run) => run.busyPerKeystroke.wallMs),
      cpuMs: busy((run) => run.busyPerKeystroke.cpuMs),
    },
  };
}
