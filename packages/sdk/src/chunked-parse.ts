import { validateJson, type FieldError, type JsonSchema } from '@flywheel/contract/browser';

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
 * Validates a long array item by item in chunks, yielding between them. Returns the first failure
 * with its item's index, so the caller can name the bad entry.
 */
export async function validateInChunks(
  schema: JsonSchema,
  items: readonly unknown[],
): Promise<{ index: number; errors: FieldError[] } | undefined> {
  for (let start = 0; start < items.length; start += PARSE_CHUNK) {
    if (start > 0) await yieldToEventLoop();
    const end = Math.min(items.length, start + PARSE_CHUNK);
    for (let i = start; i < end; i++) {
      const errors = validateJson(schema, items[i], `#/data/${i}`);
      if (errors.length > 0) return { index: i, errors };
    }
  }
  return undefined;
}
