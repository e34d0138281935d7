import type { FieldError, Problem, ProblemCode } from '@flywheel/contract';

/** Codes the client adds to the API's problem codes for failures that never reached an answer. */
export type ClientErrorCode =
  'network_error' | 'timeout' | 'aborted' | 'invalid_response' | 'http_error' | 'session_unavailable';

export type FlywheelErrorCode = ProblemCode | ClientErrorCode | (string & {});

export interface FlywheelErrorInit {
  code: FlywheelErrorCode;
  message: string;
  /** HTTP status; 0 when no response arrived. */
  status?: number;
  requestId?: string | undefined;
  errors?: FieldError[] | undefined;
  /** Seconds the server asked to wait before retrying. */
  retryAfter?: number | undefined;
  problem?: Problem | undefined;
  cause?: unknown;
}

/**
 * The one error type the client throws. Switch on `code` (stable, snake_case), never on `message`.
 * `errors` holds field errors with JSON Pointers (`#/email`) for forms.
 */
export class FlywheelError extends Error {
  readonly code: FlywheelErrorCode;
  readonly status: number;
  readonly requestId: string | undefined;
  readonly errors: readonly FieldError[];
  readonly retryAfter: number | undefined;
  readonly problem: Problem | undefined;

  constructor(init: FlywheelErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'FlywheelError';
    this.code = init.code;
    this.status = init.status ?? 0;
    this.requestId = init.requestId;
    this.errors = init.errors ?? [];
    this.retryAfter = init.retryAfter;
    this.problem = init.problem;
  }

  /** Field errors keyed by pointer, e.g. `fieldErrors()['#/email']`. */
  fieldErrors(): Record<string, FieldError> {
    return Object.fromEntries(this.errors.map((error) => [error.pointer, error]));
  }
}

export function isFlywheelError(value: unknown): value is FlywheelError {
  return value instanceof FlywheelError;
}
