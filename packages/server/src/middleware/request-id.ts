import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { newId } from '../ids.js';

/** Gives every request an id, returned as `Request-Id` on every response, errors included. */
export function requestId(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const id = newId('req');
    c.set('requestId', id);
    await next();
    c.res.headers.set('Request-Id', id);
  };
}
