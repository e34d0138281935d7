/**
 * What the in-page harness (`browser/harness.ts`, injected before any page script) offers the runner
 * as `window.__fwBench`, and the marks it sets. Shared by the Node side and the browser bundle.
 */

/** User Timing marks the harness sets, found again in a CDP trace (category `blink.user_timing`). */
export const MARKS = {
  /** Just before the keystroke's `input` event is dispatched. */
  keystroke: 'fw-bench:keystroke',
  /** The implementation's DOM update finished. */
  domUpdated: 'fw-bench:dom-updated',
  /** The in-page end of the keystroke (first task after the frame). */
  painted: 'fw-bench:painted',
  /** The first card entered the DOM. */
  firstCard: 'fw-bench:first-card',
} as const;

/** The first partner card of a page load, in milliseconds since navigation start (`performance.now()`). */
export interface FirstResults {
  /** A MutationObserver saw the first `.card` enter the document or an open shadow root. */
  readonly insertedMs: number;
  /**
   * In-page estimate: the first task after the next frame had rendered. An upper bound (tasks queued
   * before it run first; a card inserted during a frame's rAF phase is painted by that frame); the
   * runner takes the frame's end from a trace instead.
   */
  readonly paintedMs: number;
  /** Resource Timing `responseEnd` of the page's script and of `GET /v1/partner_index` (null if not seen). */
  readonly scriptResponseEndMs: number | null;
  readonly indexResponseEndMs: number | null;
  /** The page's `fw-partner-directory:data-ready` mark: index and taxonomy arrived and validated (null if not seen). */
  readonly dataReadyMs: number | null;
  /** Sum of `layout-shift` entries without recent input, up to `paintedMs` plus a settle time. */
  readonly layoutShift: number;
  /**
   * The longest task (Long Tasks API: over 50 ms) that started in the 2 s after `paintedMs`: how long
   * a key pressed right after the results appeared could wait. 0 when there was none.
   */
  readonly longestTaskAfterMs: number;
}

/** One keystroke, in milliseconds from dispatching the `input` event. */
export interface KeystrokeSample {
  /** The implementation's DOM update finished (the element's `updateComplete`; synchronous for vanilla). */
  readonly domMs: number;
  /**
   * In-page end: the first task after the frame that shows the update (see `afterRendering`). Tasks
   * queued before it (logo images arriving) can run first, so the trace's frame end is the figure.
   */
  readonly paintedMs: number;
  /** Cards in the DOM after the update. */
  readonly cards: number;
  /** Their partners' slugs (`data-partner`), in DOM order: what the keystroke shows. */
  readonly partners: readonly string[];
  /** Card nodes in the DOM that no earlier keystroke had seen: the cards this one built. */
  readonly built: number;
}

/** Nodes under the document, descending into every open shadow root (the roots themselves not counted). */
export interface DomCount {
  readonly nodes: number;
  readonly elements: number;
  readonly text: number;
  readonly comments: number;
  readonly shadowRoots: number;
  readonly cards: number;
}

export interface BenchHarness {
  /** Settles once the first card has been painted. */
  readonly firstResults: Promise<FirstResults>;
  /** Sets the search field to `value` and dispatches `input` at the start of a frame; settles after it painted. */
  keystroke(value: string): Promise<KeystrokeSample>;
  countDom(): DomCount;
  /** Scrolls the page to `fraction` of its scrollable height and waits until the list has re-rendered. */
  scrollTo(fraction: number): Promise<void>;
  /** The result count as the page shows it. */
  countText(): string;
}

declare global {
  interface Window {
    __fwBench: BenchHarness;
  }
}
