import { defaultClientConditions, defaultServerConditions } from 'vite';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { defineConfig } from 'vitest/config';

/**
 * One Vite config for the workspace. The `source` export condition lets tests and tools import
 * sibling packages' TypeScript directly, without building them first (TOOLCHAIN.md).
 * Test projects: `contract`, `server`, `sdk` (Node, against the real server on PGlite),
 * `server-postgres` (the server suite again on a real PostgreSQL, via scripts/with-postgres.mjs)
 * and `browser` (the SDK in real Chromium against the real server, across origins).
 */
const conditions = ['source', ...defaultClientConditions];

/** Debian's Chromium (never a downloaded one), with the flags it needs as root on a closed network. */
const chromiumLaunchOptions = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};
const serverConditions = ['source', ...defaultServerConditions];

// Workspace packages are inlined (not externalized to Node's resolver, which knows no `source`),
// also in global setup files, which run in the main process.
const serverResolve = {
  conditions: serverConditions,
  externalConditions: ['source'],
  noExternal: [/^@flywheel\//],
};
const shared = {
  resolve: { conditions },
  ssr: {
    noExternal: [/^@flywheel\//],
    resolve: { conditions: serverConditions, externalConditions: ['source'] },
  },
  // Vitest runs global setup files in its own server environment.
  environments: { __vitest__: { resolve: serverResolve } },
};

export default defineConfig({
  ...shared,
  test: {
    projects: [
      {
        ...shared,
        test: { name: 'contract', include: ['packages/contract/test/**/*.test.ts'], environment: 'node' },
      },
      {
        ...shared,
        // Pure logic of the elements package (no DOM); elements themselves run in Chromium (web-test-runner).
        test: {
          name: 'elements-logic',
          include: ['packages/elements/src/**/*.node.test.ts', 'packages/elements/scripts/**/*.node.test.ts'],
          environment: 'node',
        },
      },
      {
        ...shared,
        test: {
          name: 'server',
          include: ['packages/server/test/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/setup/seed-template.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        ...shared,
        test: {
          name: 'server-postgres',
          include: ['packages/server/test/**/*.test.ts'],
          // Suites that never touch the database have nothing to prove twice.
          exclude: ['**/seed-generator.test.ts', '**/taxonomy-labels.test.ts', '**/cli.test.ts'],
          environment: 'node',
          globalSetup: ['test/setup/seed-template.ts'],
          env: { FLYWHEEL_TEST_STORAGE: 'postgres' },
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        ...shared,
        test: {
          name: 'sdk',
          include: ['packages/sdk/test/**/*.test.ts', 'test/integration/**/*.test.ts'],
          exclude: ['packages/sdk/test/browser/**'],
          environment: 'node',
          globalSetup: ['test/setup/seed-template.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        ...shared,
        // The demo pages (`pnpm demo`) driven in Debian's Chromium with playwright-core, one file at a time.
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
      {
        ...shared,
        test: {
          name: 'browser',
          include: ['packages/sdk/test/browser/**/*.test.ts'],
          globalSetup: ['test/setup/browser-server.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: chromiumLaunchOptions }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        ...shared,
        // Every story in stories/ as a test: rendered in Chromium, its play function run (Storybook).
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'stories',
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: chromiumLaunchOptions }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
