// Element tests in Debian's Chromium against the real reference server (started here, seeded).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { startServerProcess } from './test/support/server-process.mjs';

/** Serves the API base to tests as /__flywheel__/config.json and stops the server at the end. */
function referenceServer() {
  let server;
  return {
    name: 'flywheel-reference-server',
    async serverStart() {
      server = await startServerProcess();
      referenceApiBase = server.url;
    },
    async serverStop() {
      await server?.stop();
    },
    serve(context) {
      if (context.path === '/__flywheel__/config.json') {
        return { body: JSON.stringify({ apiBase: server.url }), type: 'json' };
      }
      return undefined;
    },
  };
}

/**
 * `POST /__flywheel__/session?partner=<slug>`: what a partner's portal backend does — mints a partner
 * session with the partner's key (`sk_partner_test_…`, never sent to the page) for the page's origin.
 */
function sessionMinter(apiBase) {
  return async (context, next) => {
    if (context.path !== '/__flywheel__/session' || context.method !== 'POST') return next();
    const slug = context.query.partner ?? 'northwind-revenue-labs';
    const response = await fetch(`${apiBase()}/v1/embed_sessions`, {
      method: 'POST',
      headers: {
        authorization: `Bearer sk_partner_test_${String(slug).replaceAll('-', '_')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        kind: 'partner',
        partner_user: { external_id: `test-user-${slug}`, name: 'Test User' },
        scopes: ['deals:read', 'deals:write'],
        allowed_origins: [context.get('origin') || `http://${context.host}`],
      }),
    });
    const body = await response.json();
    context.status = response.status;
    context.set('cache-control', 'no-store');
    context.body = { client_secret: body.client_secret, expires_at: body.expires_at, id: body.id };
  };
}

let referenceApiBase;

export default {
  files: ['packages/elements/src/**/*.test.ts', '!packages/elements/src/**/*.node.test.ts'],
  nodeResolve: { exportConditions: ['source', 'development'] },
  middleware: [sessionMinter(() => referenceApiBase)],
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'packages/elements/tsconfig.esbuild.json' }),
    referenceServer(),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
      },
    }),
  ],
};
