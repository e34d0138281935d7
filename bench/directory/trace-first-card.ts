import { MARKS } from './harness-api.js';
import { taskAt, threadEvents, type TraceEvent } from './trace.js';

/**
 * From a trace of a page load: how long after the first card entered the DOM (`fw-bench:first-card`)
 * the main thread finished the frame that painted it — the end of the task holding the first `Paint`
 * that started after the insertion (the same frame when the card was inserted during its rAF
 * callbacks, the next one otherwise). In milliseconds; `undefined` if the trace lacks it.
 */
export function firstCardPaintDelayMs(events: readonly TraceEvent[]): number | undefined {
  const mark = events.find((event) => event.name === MARKS.firstCard);
  if (!mark) return undefined;
  const thread = threadEvents(events, mark.pid, mark.tid);
  const paint = thread.find((event) => event.name === 'Paint' && event.ts >= mark.ts);
  const task = paint && taskAt(thread, paint.ts);
  return task ? (task.ts + task.dur! - mark.ts) / 1000 : undefined;
}
