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

/** The longest slice of idle work: well under a frame, so a key press waits little for it. */
const IDLE_SLICE_MS = 8;
/** A slice runs after this long even if the page is never idle (an animation, a busy host page). */
const IDLE_TIMEOUT_MS = 250;

/**
 * Runs `work` in idle time, a slice at a time: `work(shouldYield)` does a little, asks
 * `shouldYield()` as it goes and returns `true` once finished; it is called again in the next idle
 * period until then. `afterSlice` runs after each slice. Where `requestIdleCallback` is missing
 * (Safari), slices run in timeouts. Returns what cancels it.
 */
export function inIdleSlices(
  work: (shouldYield: () => boolean) => boolean,
  afterSlice?: () => void,
): () => void {
  let cancelled = false;
  let cancelNext = () => {};
  const slice = (deadline?: IdleDeadline) => {
    if (cancelled) return;
    const start = performance.now();
    const shouldYield = () =>
      performance.now() - start >= IDLE_SLICE_MS ||
      (deadline !== undefined && !deadline.didTimeout && deadline.timeRemaining() < 1);
    const finished = work(shouldYield);
    afterSlice?.();
    if (!finished) schedule();
  };
  const schedule = () => {
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(slice, { timeout: IDLE_TIMEOUT_MS });
      cancelNext = () => {
        cancelIdleCallback(id);
      };
    } else {
      const timer = setTimeout(slice, 0);
      cancelNext = () => {
        clearTimeout(timer);
      };
    }
  };
  schedule();
  return () => {
    cancelled = true;
    cancelNext();
  };
}
