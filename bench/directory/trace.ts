import type { CDPSession } from 'playwright-core';

/** One Chrome trace event (the fields this benchmark reads). Times in microseconds. */
export interface TraceEvent {
  readonly name: string;
  readonly cat: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  /** Thread (CPU) time of a complete event: unlike `dur`, not stretched by other processes. */
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
  /** Event details; for `Layout`, `beginData.dirtyObjects` / `totalObjects`. */
  readonly args?: { readonly beginData?: { readonly dirtyObjects?: number; readonly totalObjects?: number } };
}

/**
 * What the DevTools Performance panel records by default, without JS sampling: top-level tasks
 * (`RunTask`), the rendering lifecycle (style, layout, pre-paint, paint, layerize, commit), script
 * entry points, GC, and User Timing marks.
 */
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];

export async function startTracing(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReturnAsStream',
  });
}

/** Ends the trace and reads it back through the IO domain. */
export async function stopTracing(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<{ stream?: string }>((resolve) => {
    cdp.once('Tracing.tracingComplete', resolve);
  });
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  if (!stream) throw new Error('Tracing.tracingComplete came without a stream');
  const parts: string[] = [];
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream, size: 4 * 1024 * 1024 });
    parts.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data);
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(parts.join('')) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** The complete (`X`) events of one thread, by start time. */
export function threadEvents(events: readonly TraceEvent[], pid: number, tid: number): TraceEvent[] {
  return events
    .filter((event) => event.pid === pid && event.tid === tid && event.ph === 'X' && event.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
}

/** The outermost top-level task of `events` (one thread's) running at `ts`. */
export function taskAt(events: readonly TraceEvent[], ts: number): TraceEvent | undefined {
  let found: TraceEvent | undefined;
  for (const event of events) {
    if (event.ts > ts) break;
    if (event.name === 'RunTask' && ts <= event.ts + event.dur! && (!found || event.dur! > found.dur!))
      found = event;
  }
  return found;
}

/** Runs `work` under a trace; the trace is ended (and dropped) also when `work` fails. */
export async function traced<T>(
  cdp: CDPSession,
  work: () => Promise<T>,
): Promise<{ result: T; trace: TraceEvent[] }> {
  await startTracing(cdp);
  let result: T;
  try {
    result = await work();
  } catch (error) {
    await stopTracing(cdp).catch(() => undefined);
    throw error;
  }
  return { result, trace: await stopTracing(cdp) };
}
