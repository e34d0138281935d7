import type * as z from 'zod/mini';

/** Items validated per task: small enough that a 10,000-entry index never blocks input for long. */
export const PARSE_CHUNK = 500;

interface Scheduler {
  yield?: () => Promise<void>;
}

/** Lets the event loop run (input, rendering) between chunks of work. */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Validates a long array item by item in chunks, yielding between them. Returns the parsed items or
 * the first failure with its index, so the caller can name the bad entry.
 */
export async function parseInChunks<T>(
  schema: z.ZodMiniType<T>,
  items: readonly unknown[],
): Promise<{ ok: true; items: T[] } | { ok: false; index: number; error: z.core.$ZodError }> {
  const parsed: T[] = new Array<T>(items.length);
  for (let start = 0; start < items.length; start += PARSE_CHUNK) {
    if (start > 0) await yieldToEventLoop();
    const end = Math.min(items.length, start + PARSE_CHUNK);
    for (let i = start; i < end; i++) {
      const result = schema.safeParse(items[i]);
      if (!result.success) return { ok: false, index: i, error: result.error };
      parsed[i] = result.data;
    }
  }
  return { ok: true, items: parsed };
}
