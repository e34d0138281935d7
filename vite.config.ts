import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * One Vite config for the workspace. The `source` export condition lets tests and tools import
 * sibling packages' TypeScript directly, without building them first (TOOLCHAIN.md).
 * Test projects: `contract`, `server`, `sdk` (Node, against the real server on PGlite),
 * `server-postgres` (the server suite again on a real PostgreSQL, via scripts/with-postgres.mjs)
 * and `browser` (the SDK in real Chromium against the real server, across origins).
 */
const conditions = ['source', ...defaultClientConditions];
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
          environment: 'node',
          globalSetup: ['test/setup/seed-template.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
