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
