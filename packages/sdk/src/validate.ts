import type { FieldError } from '@flywheel/contract/browser';
import { FlywheelError } from './errors.js';

/** Describes the first few field errors as `pointer: message`, for error messages. */
export function describeErrors(errors: readonly FieldError[]): string {
  return errors
    .slice(0, 3)
    .map((error) => `${error.pointer}: ${error.message}`)
    .join('; ');
}

export function invalidResponse(
  what: string,
  detail: string,
  status: number,
  requestId: string | undefined,
): FlywheelError {
  return new FlywheelError({
    code: 'invalid_response',
    message: `The ${what} from the server does not match the API contract (${detail}).`,
    status,
    requestId,
  });
}
