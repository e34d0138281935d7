import { parseQuery, type QueryTable, type QueryValues } from '@flywheel/contract';
import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';
import { ProblemError } from './problem-error.js';

/** Parses the request's query against a contract table, or answers 400 with one error per parameter. */
export function requestQuery<T extends QueryTable>(c: Context<AppEnv>, table: T): QueryValues<T> {
  const result = parseQuery(table, new URL(c.req.url).searchParams);
  if (!result.ok) {
    throw new ProblemError('invalid_request', {
      detail: 'Some query parameters are invalid.',
      errors: result.errors,
    });
  }
  return result.value;
}
