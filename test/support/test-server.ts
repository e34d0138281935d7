import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import {
  DEFAULT_RATE_LIMITS,
  DEMO_KEYS,
  openPgliteDatabase,
  openPostgresDatabase,
  startServer,
  type Database,
  type RateLimitPolicies,
  type RunningServer,
} from '@flywheel/server';
import { databaseUrlFor, testStorage } from '../setup/storage-mode.js';

export interface TestServer {
  /** e.g. `http://127.0.0.1:39123` */
  readonly url: string;
  readonly db: Database;
  readonly server: RunningServer;
  readonly publishableKey: string;
  readonly secretKey: string;
  close(): Promise<void>;
}

export interface TestServerOptions {
  rateLimits?: Partial<RateLimitPolicies>;
  now?: () => Date;
}

let counter = 0;

/** A private copy of the seeded template database, on PGlite or on the real PostgreSQL. */
async function privateDatabase(): Promise<{ db: Database; dispose: () => Promise<void> }> {
  if (testStorage() === 'postgres') {
    const templateUrl = inject('postgresTemplateUrl');
    const name = `flywheel_test_${process.pid}_${Date.now()}_${counter++}`;
    const admin = await openPostgresDatabase(databaseUrlFor(templateUrl, 'postgres'), { max: 1 });
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${new URL(templateUrl).pathname.slice(1)}`);
    // Dropping the database ends its connections; that is expected here, not worth a warning.
    const db = await openPostgresDatabase(databaseUrlFor(templateUrl, name), {
      onConnectionError: () => undefined,
    });
    return {
      db,
      dispose: async () => {
        await db.close();
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.close();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'flywheel-test-'));
  cpSync(inject('pgliteTemplateDir'), dir, { recursive: true });
  const db = await openPgliteDatabase(dir);
  return {
    db,
    dispose: async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Starts the real reference server over real HTTP on a free loopback port, on a private copy of the
 * seeded demo catalog (1,500 partners, keys `pk_test_demo` / `sk_test_demo`).
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const { db, dispose } = await privateDatabase();
  const server = await startServer(
    {
      port: 0,
      host: '127.0.0.1',
      dataDir: 'memory',
      seedOnStart: false,
      seed: 42,
      partners: 1500,
      rateLimits: { ...DEFAULT_RATE_LIMITS, ...options.rateLimits },
      trustProxy: false,
      logRequests: false,
    },
    {
      db,
      // Errors (500s) must be visible in test output; routine logs are not.
      log: (entry) => {
        if (entry.level === 'error') console.error(entry.message, entry.requestId, entry.error);
      },
      ...(options.now ? { now: options.now } : {}),
    },
  );
  return {
    url: server.url,
    db,
    server,
    publishableKey: DEMO_KEYS.publishable.token,
    secretKey: DEMO_KEYS.secret.token,
    async close() {
      await server.close();
      await dispose();
    },
  };
}
