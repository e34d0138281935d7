import { PROBLEM_TITLES, problemType } from '@flywheel/contract';
import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';
import type { ProblemError } from './problem-error.js';

/**
 * Serializes a problem as `application/problem+json`, with the request id in body and header.
 * Headers already set on the context (request id, CORS, rate limits) are kept.
 */
export function problemResponse(c: Context<AppEnv>, problem: ProblemError): Response {
  const body = {
    type: problemType(problem.code),
    title: PROBLEM_TITLES[problem.code],
    status: problem.status,
    ...(problem.detail === undefined ? {} : { detail: problem.detail }),
    instance: new URL(c.req.url).pathname,
    code: problem.code,
    request_id: c.get('requestId'),
    ...(problem.errors ? { errors: problem.errors } : {}),
    ...problem.extra,
  };
  const headers = new Headers(c.res.headers);
  for (const [name, value] of Object.entries(problem.headers)) headers.set(name, value);
  headers.set('Content-Type', 'application/problem+json');
  headers.set('Cache-Control', 'no-store');
  for (const stale of ['ETag', 'Content-Length', 'Content-Encoding', 'Last-Modified']) headers.delete(stale);
  return new Response(JSON.stringify(body), { status: problem.status, headers });
}
