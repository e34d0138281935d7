import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';

/** `GET /health`: the process is up and its database answers. For load balancers and scripts. */
export function healthRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/health', async (c) => {
    await c.get('db').query('SELECT 1');
    return c.json({ status: 'ok', storage: c.get('server').db.kind }, 200, { 'Cache-Control': 'no-store' });
  });
  return routes;
}
