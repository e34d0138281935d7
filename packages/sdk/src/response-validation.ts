import {
  schemas,
  validateJson,
  type JsonSchema,
  type PartnerIndex,
  type PartnerIndexEntry,
} from '@flywheel/contract/browser';
import { validateInChunks } from './chunked-parse.js';
import { describeErrors, invalidResponse } from './validate.js';

/**
 * Everything that needs the contract's JSON Schemas, in one module that `loadValidation()` imports
 * on demand (see load-validation.ts). Nothing else in the SDK imports the schemas statically.
 */
export { schemas, validateJson };
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

/** The index envelope alone (its entries are checked one chunk at a time). */
const indexEnvelope: JsonSchema = {
  ...schemas.PartnerIndex,
  properties: { ...schemas.PartnerIndex.properties, data: { type: 'array' } },
};

/**
 * The slim index: the envelope, then the entries in chunks with a yield between them, so a large
 * index never blocks the page; the first bad entry is named in the error.
 */
export async function validateIndex(response: {
  status: number;
  headers: Headers;
  body: unknown;
}): Promise<PartnerIndex & { data: PartnerIndexEntry[] }> {
  const envelope = validateResponse<{ data: unknown[] }>(
    indexEnvelope,
    response.body,
    'partner index',
    response,
  );
  const failure = await validateInChunks(schemas.PartnerIndexEntry, envelope.data);
  if (failure) {
    throw invalidResponse(
      'partner index',
      describeErrors(failure.errors),
      response.status,
      response.headers.get('request-id') ?? undefined,
    );
  }
  return response.body as PartnerIndex & { data: PartnerIndexEntry[] };
}
