import { MARKS } from './harness-api.js';
import { taskAt, threadEvents, type TraceEvent } from './trace.js';

/** Where one keystroke's time went, in milliseconds, from the trace of its frame. */
export interface KeystrokeFrame {
  /** Dispatch → end of the frame's task (BeginMainFrame: rAF callbacks, style, layout, paint, commit). */
  readonly paintedMs: number;
  /** Thread (CPU) time of that whole frame task: what it costs without other processes competing. */
  readonly frameCpuMs: number;
  /** Dispatch → DOM updated, less the style and layout forced inside it: search, render, event handlers. */
  readonly scriptMs: number;
  /** Style and layout forced synchronously while updating (e.g. reading a size after rendering). */
  readonly forcedLayoutMs: number;
  /** The frame's own lifecycle after the update. */
  readonly styleMs: number;
  readonly layoutMs: number;
  readonly paintMs: number;
  /** Pre-paint, layerize and commit. */
  readonly compositingMs: number;
  /** The rest of the frame after the update (GC, other callbacks, gaps while descheduled). */
  readonly otherMs: number;
  /** Layout objects the frame's layouts found dirty (Blink's `beginData.dirtyObjects`), summed. */
  readonly layoutDirtyObjects: number;
}

const sum = (events: readonly TraceEvent[], names: readonly string[], from: number, to: number) =>
  events
    .filter((event) => names.includes(event.name) && event.ts >= from && event.ts + event.dur! <= to)
    .reduce((total, event) => total + event.dur!, 0) / 1000;

/**
 * Finds each keystroke of a trace by its marks (`fw-bench:keystroke`, `fw-bench:dom-updated`) and
 * measures its frame: the top-level task the dispatch ran in (the harness dispatches inside a rAF
 * callback, so that task is the frame's BeginMainFrame, which ends after paint and commit). Returns
 * one entry per keystroke mark, in order; `undefined` where the frame could not be found.
 */
export function keystrokeFrames(events: readonly TraceEvent[]): (KeystrokeFrame | undefined)[] {
  const marks = events
    .filter((event) => event.name === MARKS.keystroke || event.name === MARKS.domUpdated)
    .sort((a, b) => a.ts - b.ts);
  const threads = new Map<string, TraceEvent[]>();
  const eventsOf = (mark: TraceEvent) => {
    const key = `${mark.pid}:${mark.tid}`;
    let list = threads.get(key);
    if (!list) {
      list = threadEvents(events, mark.pid, mark.tid);
      threads.set(key, list);
    }
    return list;
  };

  const frames: (KeystrokeFrame | undefined)[] = [];
  marks.forEach((start, i) => {
    if (start.name !== MARKS.keystroke) return;
    const updated = marks[i + 1];
    const thread = eventsOf(start);
    const task = taskAt(thread, start.ts);
    if (updated?.name !== MARKS.domUpdated || !task) {
      frames.push(undefined);
      return;
    }
    const end = task.ts + task.dur!;
    const forcedLayoutMs = sum(thread, ['UpdateLayoutTree', 'Layout'], start.ts, updated.ts);
    const scriptMs = (updated.ts - start.ts) / 1000 - forcedLayoutMs;
    const styleMs = sum(thread, ['UpdateLayoutTree'], updated.ts, end);
    const layoutMs = sum(thread, ['Layout'], updated.ts, end);
    const paintMs = sum(thread, ['Paint'], updated.ts, end);
    const compositingMs = sum(thread, ['PrePaint', 'Layerize', 'Commit'], updated.ts, end);
    const paintedMs = (end - start.ts) / 1000;
    const layoutDirtyObjects = thread
      .filter((event) => event.name === 'Layout' && event.ts >= start.ts && event.ts <= end)
      .reduce((total, event) => total + (event.args?.beginData?.dirtyObjects ?? 0), 0);
    frames.push({
      paintedMs,
      frameCpuMs: (task.tdur ?? task.dur!) / 1000,
      scriptMs,
      forcedLayoutMs,
      styleMs,
      layoutMs,
      paintMs,
      compositingMs,
      otherMs: paintedMs - scriptMs - forcedLayoutMs - styleMs - layoutMs - paintMs - compositingMs,
      layoutDirtyObjects,
    });
  });
  return frames;
}

/**
 * All main-thread work of the page whose keystrokes the trace holds, from the first keystroke mark to
 * the end of the trace: top-level tasks' wall and thread time, in milliseconds (keystroke frames,
 * and what happens between keystrokes: logos arriving and decoding, timers, GC).
 */
export function mainThreadBusy(events: readonly TraceEvent[]): { wallMs: number; cpuMs: number } {
  const first = events
    .filter((event) => event.name === MARKS.keystroke)
    .reduce<TraceEvent | undefined>(
      (earliest, event) => (!earliest || event.ts < earliest.ts ? event : earliest),
      undefined,
    );
  if (!first) return { wallMs: 0, cpuMs: 0 };
  let wall = 0;
  let cpu = 0;
  let coveredUntil = first.ts;
  for (const event of threadEvents(events, first.pid, first.tid)) {
    // Top-level tasks only: a RunTask nested in one already counted is skipped.
    if (event.name !== 'RunTask' || event.ts + event.dur! <= coveredUntil) continue;
    wall += event.dur!;
    cpu += event.tdur ?? event.dur!;
    coveredUntil = event.ts + event.dur!;
  }
  return { wallMs: wall / 1000, cpuMs: cpu / 1000 };
}
