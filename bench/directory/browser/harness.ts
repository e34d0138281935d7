/// <reference lib="dom" />
/**
 * The in-page measuring harness, bundled to a script and injected with `page.addInitScript`, so it runs
 * before any script of the page. It works the same on the element's page and the vanilla page: the
 * list lives in `<fw-partner-directory>`'s shadow root or in the document, the search field is
 * `[part~="search-input"]`, the count `[part~="count"]`, a card `.card`.
 */
import type { BenchHarness, DomCount, FirstResults, KeystrokeSample } from '../harness-api.js';
import { MARKS } from '../harness-api.js';

const CARD = '.card';
/** Layout shifts are summed until this long after the first card painted. */
const LAYOUT_SHIFT_SETTLE_MS = 500;
/** Long tasks are looked for until this long after the first card painted (work deferred past it). */
const LONG_TASK_WINDOW_MS = 2000;

interface LayoutShiftEntry extends PerformanceEntry {
  readonly value: number;
  readonly hadRecentInput: boolean;
}

interface TaskScheduler {
  postTask(callback: () => void, options: { priority: 'user-blocking' }): Promise<void>;
}

/**
 * Runs `callback` in the first task after the current frame's rendering. Called from a
 * requestAnimationFrame callback (or a microtask of one), the task is queued while the frame's
 * BeginMainFrame task is still running rAF callbacks; style, layout, paint and commit follow in that
 * same task, so the callback runs once the main thread has finished rendering the frame. The task
 * has the highest priority a page can ask for (`scheduler.postTask`, user-blocking), so queued
 * network and image-decoding tasks do not run before it and inflate the figure; a MessageChannel
 * message where `scheduler` is missing.
 */
function afterRendering(callback: () => void): void {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  if (scheduler) {
    void scheduler.postTask(callback, { priority: 'user-blocking' });
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    callback();
  };
  channel.port2.postMessage(null);
}

/** Settles after the main thread has rendered the next frame. */
const nextFrameRendered = (): Promise<number> =>
  new Promise((resolve) => {
    requestAnimationFrame(() => {
      afterRendering(() => {
        resolve(performance.now());
      });
    });
  });

/** The directory element, if the page has one (the vanilla page has none). */
const directoryHost = () =>
  document.querySelector<Element & { updateComplete?: Promise<unknown> }>('fw-partner-directory');

/** Where the directory's parts live: the element's shadow root, or the document. */
const partsRoot = (): ParentNode => directoryHost()?.shadowRoot ?? document;

function countDom(): DomCount {
  const count = { nodes: 0, elements: 0, text: 0, comments: 0, shadowRoots: 0, cards: 0 };
  const visit = (parent: Node) => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      count.nodes++;
      if (node.nodeType === Node.TEXT_NODE) count.text++;
      else if (node.nodeType === Node.COMMENT_NODE) count.comments++;
      else if (node instanceof Element) {
        count.elements++;
        if (node.matches(CARD)) count.cards++;
        if (node.shadowRoot) {
          count.shadowRoots++;
          visit(node.shadowRoot);
        }
      }
      visit(node);
    }
  };
  visit(document);
  return count;
}

/** Set by the element (and the vanilla page) once the index and taxonomy are there. */
const DATA_READY_MARK = 'fw-partner-directory:data-ready';

/** Every root a card can be in: the document and the shadow roots created so far. */
const roots: ParentNode[] = [document];

function watchFirstCard(): Promise<FirstResults> {
  let layoutShift = 0;
  let shiftsUntil = Number.POSITIVE_INFINITY;
  const shifts = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as LayoutShiftEntry[]) {
      if (!entry.hadRecentInput && entry.startTime <= shiftsUntil) layoutShift += entry.value;
    }
  });
  try {
    shifts.observe({ type: 'layout-shift', buffered: true });
  } catch {
    // Layout Instability API missing: reported as 0.
  }
  const longTasks: PerformanceEntry[] = [];
  const tasks = new PerformanceObserver((list) => {
    longTasks.push(...list.getEntries());
  });
  try {
    tasks.observe({ type: 'longtask', buffered: true });
  } catch {
    // Long Tasks API missing: reported as 0.
  }

  return new Promise((resolve) => {
    let observer: MutationObserver | undefined;
    const check = () => {
      if (!observer || !roots.some((root) => root.querySelector(CARD))) return;
      const insertedMs = performance.mark(MARKS.firstCard).startTime;
      observer.disconnect();
      observer = undefined;
      void nextFrameRendered()
        .then(async (paintedMs) => {
          shiftsUntil = paintedMs + LAYOUT_SHIFT_SETTLE_MS;
          await new Promise((settle) => setTimeout(settle, LONG_TASK_WINDOW_MS));
          return paintedMs;
        })
        .then((paintedMs) => {
          for (const entry of shifts.takeRecords() as LayoutShiftEntry[]) {
            if (!entry.hadRecentInput && entry.startTime <= shiftsUntil) layoutShift += entry.value;
          }
          shifts.disconnect();
          longTasks.push(...tasks.takeRecords());
          tasks.disconnect();
          const longestTaskAfterMs = Math.max(
            0,
            ...longTasks
              .filter(
                (task) => task.startTime >= paintedMs && task.startTime < paintedMs + LONG_TASK_WINDOW_MS,
              )
              .map((task) => task.duration),
          );
          const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
          const responseEnd = (pattern: RegExp) =>
            resources.find((entry) => pattern.test(entry.name))?.responseEnd ?? null;
          resolve({
            insertedMs,
            paintedMs,
            scriptResponseEndMs: responseEnd(/\/(fw-partner-directory|vanilla-directory)\.js/),
            indexResponseEndMs: responseEnd(/\/v1\/partner_index/),
            dataReadyMs: performance.getEntriesByName(DATA_READY_MARK)[0]?.startTime ?? null,
            layoutShift,
            longestTaskAfterMs,
          });
        });
    };
    observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true });
    // Shadow roots are invisible to an observer of the document: observe each one as it is attached.
    const attachShadow = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
      const root = attachShadow.call(this, init);
      roots.push(root);
      observer?.observe(root, { childList: true, subtree: true });
      return root;
    };
  });
}

/** Card nodes seen after a keystroke: a card node not in it was built (not moved) since. */
const seenCards = new WeakSet<Element>();

function keystroke(value: string): Promise<KeystrokeSample> {
  return new Promise((resolve, reject) => {
    // Dispatch at the start of a frame, so the figure is the work of the keystroke and not the wait
    // for the next vsync (which depends on when the key was pressed, not on the implementation).
    requestAnimationFrame(() => {
      const host = directoryHost();
      const input = partsRoot().querySelector('[part~="search-input"]');
      if (!(input instanceof HTMLInputElement)) {
        reject(new Error('No search field ([part~="search-input"]) on the page.'));
        return;
      }
      performance.clearMarks();
      // The marks appear in a CDP trace too (blink.user_timing): the runner finds this frame there.
      const started = performance.mark(MARKS.keystroke).startTime;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      // Lit renders in a microtask; `updateComplete` settles after it (and any update it caused),
      // still inside this rAF callback's microtask checkpoint, so before the frame's rendering.
      (host?.updateComplete ?? Promise.resolve()).then(() => {
        const domMs = performance.mark(MARKS.domUpdated).startTime - started;
        afterRendering(() => {
          const paintedMs = performance.mark(MARKS.painted).startTime - started;
          const cards = [...partsRoot().querySelectorAll<HTMLElement>(CARD)];
          const built = cards.filter((card) => !seenCards.has(card)).length;
          for (const card of cards) seenCards.add(card);
          resolve({
            domMs,
            paintedMs,
            cards: cards.length,
            partners: cards.map((card) => card.dataset.partner ?? ''),
            built,
          });
        });
      }, reject);
    });
  });
}

async function scrollTo(fraction: number): Promise<void> {
  const max = document.documentElement.scrollHeight - window.innerHeight;
  window.scrollTo(0, Math.round(max * fraction));
  // The scroll handler measures in a frame and re-renders the window; give it a few frames.
  for (let i = 0; i < 4; i++) await nextFrameRendered();
  await directoryHost()?.updateComplete;
  await nextFrameRendered();
}

if (!('__fwBench' in window)) {
  const harness: BenchHarness = {
    firstResults: watchFirstCard(),
    keystroke,
    countDom,
    scrollTo,
    countText: () => partsRoot().querySelector('[part~="count"]')?.textContent.trim() ?? '',
  };
  Object.defineProperty(window, '__fwBench', { value: harness });
}
