import { schemas, validateJson, type JsonSchema } from '@flywheel/contract/browser';
import { describeErrors, invalidResponse } from './validate.js';

/**
 * Everything that needs the contract's JSON Schemas, in one module that `loadValidation()` imports
 * on demand (see load-validation.ts). Nothing else in the SDK imports the schemas statically.
 */
export { schemas, validateJson };
export { validateInChunks } from './chunked-parse.js';
export { errorFromResponse } from './error-response.js';

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
