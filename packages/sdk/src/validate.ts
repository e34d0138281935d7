import { validateJson, type FieldError, type JsonSchema } from '@flywheel/contract/browser';
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

/**
 * Checks a response body against its contract schema (the JSON Schema generated from the zod
 * schema); a mismatch is an `invalid_response` error. Extra fields and unknown enum values pass.
 */
// The JSON Schema has checked the shape; `T` names it for the caller.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function validateResponse<T>(
  schema: JsonSchema,
  body: unknown,
  what: string,
  response: { status: number; headers: Headers },
): T {
  const errors = validateJson(schema, body);
  if (errors.length === 0) return body as T;
  throw invalidResponse(
    what,
    describeErrors(errors),
    response.status,
    response.headers.get('request-id') ?? undefined,
  );
}
