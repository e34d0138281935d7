import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import {
  DEFAULT_RATE_LIMITS,
  hashToken,
  migrate,
  openPgliteDatabase,
  seedDatabase,
  startServer,
} from '@flywheel/server';
import { TEST_SEED } from './seed-template.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real reference server the browser tests call across origins. */
    apiBase: string;
    /** A publishable key that allows only https://only-this.example (never the test page's origin). */
    foreignPublishableKey: string;
  }
}

export const FOREIGN_KEY = 'pk_test_foreign_origin';

/**
 * Starts the real server for tests that run in Chromium. The test page is served by Vitest from
 * another origin (another port), so every call is a real cross-origin request with CORS.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = mkdtempSync(join(tmpdir(), 'flywheel-browser-'));
  const db = await openPgliteDatabase(dir);
  await migrate(db);
  const seeded = await seedDatabase(db, TEST_SEED);
  await db.query(
    `INSERT INTO api_keys (id, program_id, kind, token_hash, token_hint, allowed_origins)
     VALUES ('key_foreign', $1, 'publishable', $2, 'eign', ARRAY['https://only-this.example'])`,
    [seeded.programId, hashToken(FOREIGN_KEY)],
  );
  const server = await startServer(
    {
      port: 0,
      host: '127.0.0.1',
      dataDir: dir,
      seedOnStart: false,
      seed: TEST_SEED.seed,
      partners: TEST_SEED.partners,
      rateLimits: DEFAULT_RATE_LIMITS,
      trustProxy: false,
      logRequests: false,
    },
    { db },
  );
  project.provide('apiBase', server.url);
  project.provide('foreignPublishableKey', FOREIGN_KEY);
  return async () => {
    await server.close();
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  };
}
