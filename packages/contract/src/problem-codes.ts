// Problem and field-error codes: plain constants (no zod), shared by server, SDK and widgets.

/**
 * RFC 9457 problem details with Flywheel's stable `code`. Clients switch on `code`, never on `title`
 * or `detail`, which are for people and may change.
 */
export const PROBLEM_CODES = [
  'invalid_request',
  'invalid_cursor',
  'idempotency_key_missing',
  'unauthenticated',
  'session_expired',
  'insufficient_scope',
  'origin_not_allowed',
  'secret_key_in_browser',
  'not_found',
  'method_not_allowed',
  'invalid_state_transition',
  'duplicate_registration',
  'registration_conflict',
  'resubmission_limit_reached',
  'idempotency_request_in_progress',
  'precondition_failed',
  'payload_too_large',
  'unsupported_media_type',
  'validation_failed',
  'idempotency_key_reused',
  'precondition_required',
  'rate_limited',
  'internal_error',
  'service_unavailable',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** The HTTP status each problem code is sent with. */
export const PROBLEM_STATUS: Record<ProblemCode, number> = {
  invalid_request: 400,
  invalid_cursor: 400,
  idempotency_key_missing: 400,
  unauthenticated: 401,
  session_expired: 401,
  insufficient_scope: 403,
  origin_not_allowed: 403,
  secret_key_in_browser: 403,
  not_found: 404,
  method_not_allowed: 405,
  invalid_state_transition: 409,
  duplicate_registration: 409,
  registration_conflict: 409,
  resubmission_limit_reached: 409,
  idempotency_request_in_progress: 409,
  precondition_failed: 412,
  payload_too_large: 413,
  unsupported_media_type: 415,
  validation_failed: 422,
  idempotency_key_reused: 422,
  precondition_required: 428,
  rate_limited: 429,
  internal_error: 500,
  service_unavailable: 503,
};

/** A short, stable, English title per problem code (the `title` member). */
export const PROBLEM_TITLES: Record<ProblemCode, string> = {
  invalid_request: 'The request is malformed.',
  invalid_cursor: 'The cursor is invalid for this query.',
  idempotency_key_missing: 'An Idempotency-Key header is required.',
  unauthenticated: 'A valid credential is required.',
  session_expired: 'The session has expired.',
  insufficient_scope: 'The credential lacks a required scope.',
  origin_not_allowed: 'This origin is not allowed for the credential.',
  secret_key_in_browser: 'Secret keys must not be used from a browser.',
  not_found: 'Not found.',
  method_not_allowed: 'Method not allowed.',
  invalid_state_transition: 'That action is not allowed in the current state.',
  duplicate_registration: 'You have already registered this customer.',
  registration_conflict: 'Another registration or account protects this customer.',
  resubmission_limit_reached: 'This registration cannot be resubmitted again.',
  idempotency_request_in_progress: 'A request with this Idempotency-Key is still in progress.',
  precondition_failed: 'The resource has changed.',
  payload_too_large: 'The request body is too large.',
  unsupported_media_type: 'The request body must be JSON.',
  validation_failed: 'Some fields are invalid.',
  idempotency_key_reused: 'This Idempotency-Key was used with a different request.',
  precondition_required: 'An If-Match header is required.',
  rate_limited: 'Too many requests.',
  internal_error: 'Something went wrong on our side.',
  service_unavailable: 'The service is temporarily unavailable.',
};

/** Codes used in `FieldError.code`, so widgets can localize messages without parsing English. */
export const FIELD_ERROR_CODES = [
  'required',
  'invalid_type',
  'invalid_format',
  'too_short',
  'too_long',
  'too_small',
  'too_big',
  'invalid_value',
  'unknown_field',
  'repeated',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

/** The `type` URI of a problem code. */
export function problemType(code: string): string {
  return `https://flywheel.dev/problems/${code}`;
}
