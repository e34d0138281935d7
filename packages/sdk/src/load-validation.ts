import { FlywheelError } from './errors.js';
import type * as ResponseValidation from './response-validation.js';

type Validation = typeof ResponseValidation;

let pending: Promise<Validation> | undefined;

/**
 * The contract's JSON Schemas and their validator, loaded on first use: in a bundled page they are a
 * separate chunk fetched alongside the first request, so they never delay a widget's first render.
 * Resources call this before sending, so the chunk and the response travel at the same time. A
 * failed load is a `network_error` (the widget offers a retry) and is tried again next time.
 */
export function loadValidation(): Promise<Validation> {
  pending ??= import('./response-validation.js').catch((cause: unknown) => {
    pending = undefined;
    throw new FlywheelError({
      code: 'network_error',
      message: 'Part of the Flywheel SDK (response validation) could not be loaded.',
      cause,
    });
  });
  return pending;
}
