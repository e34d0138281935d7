/**
 * Runs `callback` in a task after the next frame has been rendered, and returns what cancels it.
 * Work scheduled this way never delays the frame that shows the update just made, whether that
 * update came from a task (a key press, data arriving) or from a requestAnimationFrame callback: a
 * plain requestAnimationFrame from a task runs *before* that frame's paint.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** Runs `callback` once `ms` have passed without another call cancelling it; returns what cancels it. */
export function afterPause(callback: () => void, ms: number): () => void {
  const timer = setTimeout(callback, ms);
  return () => {
    clearTimeout(timer);
  };
}

/** When a slice of background work yields: well under a frame, so a key press waits little for it. */
const SLICE_MS = 8;

interface TaskScheduler {
  postTask?: (callback: () => void, options: { signal: AbortSignal }) => Promise<unknown>;
}

/**
 * Runs `work` in the background, a slice at a time, starting after the next frame has been rendered:
 * `work(shouldYield)` does a little, asks `shouldYield()` as it goes (true after 8 ms) and returns
 * `true` once finished; the next slice is a task of its own, so input and rendering run in between.
 * Slices are tasks of the browser's default priority (`scheduler.postTask`, which still lets input
 * go first) where it has them, else timeouts — not idle callbacks, which wait for the page to leave
 * an idle period (an animated host page may leave few). `afterSlice` runs after each slice, also one
 * that threw; a slice that throws is reported as an uncaught error and ends the work. Returns what
 * cancels it.
 */
export function inBackgroundSlices(
  work: (shouldYield: () => boolean) => boolean,
  afterSlice?: () => void,
): () => void {
  const stop = new AbortController();
  const slice = () => {
    if (stop.signal.aborted) return;
    const start = performance.now();
    let finished: boolean;
    try {
      finished = work(() => performance.now() - start >= SLICE_MS);
    } finally {
      afterSlice?.();
    }
    if (!finished) next();
  };
  const next = () => {
    const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
    if (scheduler?.postTask) {
      scheduler.postTask(slice, { signal: stop.signal }).catch((error: unknown) => {
        // Cancelled: nothing to do. A failing slice is reported as an uncaught error would be.
        if (!stop.signal.aborted) reportError(error);
      });
    } else {
      const cancel = () => {
        clearTimeout(timer);
      };
      const timer = setTimeout(() => {
        stop.signal.removeEventListener('abort', cancel);
        slice();
      }, 0);
      stop.signal.addEventListener('abort', cancel, { once: true });
    }
  };
  const cancelFirst = afterNextPaint(next);
  return () => {
    cancelFirst();
    stop.abort();
  };
}
