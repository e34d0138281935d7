import { operations } from '@flywheel/contract/openapi';
import { Hono } from 'hono';
import type { AppEnv } from './http/app-env.js';
import { ProblemError } from './http/problem-error.js';
import { problemResponse } from './http/problem-response.js';
import { compressJson } from './middleware/compress-json.js';
import { cors } from './middleware/cors.js';
import { requestId } from './middleware/request-id.js';
import { contactRequestRoutes } from './routes/contact-requests.js';
import { dealRegistrationRoutes } from './routes/deal-registrations.js';
import { embedSessionRoutes } from './routes/embed-sessions.js';
import { healthRoutes } from './routes/health.js';
import { logoRoutes } from './routes/logos.js';
import { partnerIndexRoutes } from './routes/partner-index.js';
import { partnerRoutes } from './routes/partners.js';
import { taxonomyRoutes } from './routes/taxonomy.js';
import type { ServerContext } from './server-context.js';

/** OpenAPI path templates as Hono routes (`{id}` → `:id`); the logo file pattern is matched by its route. */
function honoPath(path: string): string {
  return path.replace('{partner_id}.svg', ':file').replace(/\{([a-z_]+)\}/g, ':$1');
}

/** The whole API as a Hono app over one server context. No I/O happens until a request arrives. */
export function createApp(server: ServerContext, options: { logRequests?: boolean } = {}): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  if (options.logRequests) {
    app.use('*', async (c, next) => {
      const started = performance.now();
      await next();
      const ms = (performance.now() - started).toFixed(1);
      server.log({ level: 'info', message: `${c.req.method} ${c.req.path} ${c.res.status} ${ms}ms` });
    });
  }

  app.use('*', async (c, next) => {
    c.set('server', server);
    c.set('db', server.db);
    await next();
  });
  app.use('*', requestId());
  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
  });
  app.use('/v1/*', cors());
  app.use('/v1/*', compressJson());

  app.route('/', partnerIndexRoutes());
  app.route('/', partnerRoutes());
  app.route('/', taxonomyRoutes());
  app.route('/', contactRequestRoutes());
  app.route('/', embedSessionRoutes());
  app.route('/', dealRegistrationRoutes());
  app.route('/', logoRoutes());
  app.route('/', healthRoutes());

  // A known path with the wrong method is a 405 naming the allowed ones, not a 404.
  const methods = new Map<string, string[]>();
  for (const op of operations)
    methods.set(honoPath(op.path), [...(methods.get(honoPath(op.path)) ?? []), op.method.toUpperCase()]);
  for (const [path, allowed] of methods) {
    app.all(path, () => {
      throw new ProblemError('method_not_allowed', { headers: { Allow: allowed.join(', ') } });
    });
  }

  app.notFound((c) => problemResponse(c, new ProblemError('not_found', { detail: 'No such endpoint.' })));
  app.onError((error, c) => {
    if (error instanceof ProblemError) return problemResponse(c, error);
    server.log({ level: 'error', message: 'unhandled error', requestId: c.get('requestId'), error });
    return problemResponse(c, new ProblemError('internal_error'));
  });
  return app;
}
