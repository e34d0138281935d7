import { FlywheelError } from './errors.js';

/**
 * Memoizes the import of an on-demand part of the SDK (a separate chunk in bundled pages). A failed
 * load is a `network_error` — a widget shows its retry — and is tried again on the next call.
 */
export function onDemand<T>(load: () => Promise<T>, what: string): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((cause: unknown) => {
      pending = undefined;
      throw new FlywheelError({
        code: 'network_error',
        message: `Part of the Flywheel SDK (${what}) could not be loaded.`,
        cause,
      });
    }));
}
