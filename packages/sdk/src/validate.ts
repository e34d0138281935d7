import type * as z from 'zod/mini';
import { FlywheelError } from './errors.js';

/** Describes the first few schema issues as `path: message`, for error messages. */
export function describeIssues(error: z.core.$ZodError, prefix = ''): string {
  return error.issues
    .slice(0, 3)
    .map(
      (issue) =>
        `${[prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(root)'}: ${issue.message}`,
    )
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

/** Parses a response body with its contract schema; a mismatch is an `invalid_response` error. */
export function validateResponse<T>(
  schema: z.ZodMiniType<T>,
  body: unknown,
  what: string,
  response: { status: number; headers: Headers },
): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw invalidResponse(
    what,
    describeIssues(result.error),
    response.status,
    response.headers.get('request-id') ?? undefined,
  );
}
