import { PROBLEM_STATUS, PROBLEM_TITLES, type FieldError, type ProblemCode } from '@flywheel/contract';

export interface ProblemOptions {
  detail?: string;
  errors?: FieldError[];
  /** Extra members such as `required_scopes`; all snake_case. */
  extra?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** Thrown anywhere in a request to answer with an RFC 9457 problem of a stable `code`. */
export class ProblemError extends Error {
  readonly code: ProblemCode;
  readonly status: number;
  readonly detail: string | undefined;
  readonly errors: FieldError[] | undefined;
  readonly extra: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(code: ProblemCode, options: ProblemOptions = {}) {
    super(options.detail ?? PROBLEM_TITLES[code]);
    this.name = 'ProblemError';
    this.code = code;
    this.status = PROBLEM_STATUS[code];
    this.detail = options.detail;
    this.errors = options.errors;
    this.extra = options.extra ?? {};
    this.headers = options.headers ?? {};
  }
}
