import { schemas, validateJson, type Problem } from '@flywheel/contract/browser';
import { FlywheelError } from './errors.js';

/**
 * Errors from non-2xx answers. Part of the on-demand validation chunk (see load-validation.ts): it
 * checks problem+json bodies against the contract's Problem schema.
 */

const isProblem = (body: unknown): body is Problem => validateJson(schemas.Problem, body).length === 0;

function retryAfterSeconds(headers: Headers, problem: Problem | undefined): number | undefined {
  const header = headers.get('retry-after');
  if (header !== null) {
    if (/^\d+$/.test(header.trim())) return Number(header.trim());
    const date = Date.parse(header);
    if (!Number.isNaN(date)) return Math.max(0, Math.ceil((date - Date.now()) / 1000));
  }
  return problem?.retry_after;
}

/** The error for a non-2xx answer: its problem+json document when it has a valid one. */
export function errorFromResponse(status: number, headers: Headers, text: string): FlywheelError {
  const requestId = headers.get('request-id') ?? undefined;
  let problem: Problem | undefined;
  if (/json/.test(headers.get('content-type') ?? '')) {
    try {
      const body: unknown = JSON.parse(text);
      if (isProblem(body)) problem = body;
    } catch {
      // Not JSON after all: reported as an http_error below.
    }
  }
  return new FlywheelError({
    code: problem?.code ?? 'http_error',
    message: problem ? (problem.detail ?? problem.title) : `The server answered HTTP ${status}.`,
    status,
    requestId: problem?.request_id ?? requestId,
    errors: problem?.errors,
    retryAfter: retryAfterSeconds(headers, problem),
    problem,
  });
}
