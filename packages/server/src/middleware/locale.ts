import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { negotiateLocale } from '../http/locale.js';

/** Chooses the label language from `Accept-Language` and reports it as `Content-Language`. */
export function locale(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const chosen = negotiateLocale(c.req.header('accept-language'));
    c.set('locale', chosen);
    await next();
    if (c.res.status < 300) c.res.headers.set('Content-Language', chosen);
  };
}
