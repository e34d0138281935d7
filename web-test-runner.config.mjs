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

export default {
  files: ['packages/elements/src/**/*.test.ts', '!packages/elements/src/**/*.node.test.ts'],
  nodeResolve: { exportConditions: ['source', 'development'] },
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
