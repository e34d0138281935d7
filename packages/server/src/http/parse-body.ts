import { fieldErrorsFrom } from '@flywheel/contract';
import { ProblemError } from './problem-error.js';

/** A contract schema, as far as parsing a body needs it. */
interface BodySchema<T> {
  safeParse(
    body: unknown,
  ): { success: true; data: T } | { success: false; error: Parameters<typeof fieldErrorsFrom>[0] };
}

/** Parses a request body with a contract schema; anything wrong is `422 validation_failed` with field errors. */
export function parseBody<T>(schema: BodySchema<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new ProblemError('validation_failed', { errors: fieldErrorsFrom(parsed.error, body) });
  return parsed.data;
}
