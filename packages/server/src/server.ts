import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app.js';
import { CatalogCaches } from './catalog/catalog-caches.js';
import type { ServerConfig } from './config.js';
import type { Database } from './db/database.js';
import { migrate } from './db/migrate.js';
import { openDatabase } from './db/open-database.js';
import { pruneRateLimitWindows } from './middleware/rate-limit.js';
import { isSeeded, seedDatabase, type SeedResult } from './seed/seed-database.js';
import type { LogEntry, ServerContext } from './server-context.js';

export interface RunningServer {
  /** The origin it listens on, e.g. `http://127.0.0.1:4010`. */
  readonly url: string;
  readonly db: Database;
  readonly context: ServerContext;
  /** Set when this start seeded an empty database. */
  readonly seeded: SeedResult | undefined;
  close(): Promise<void>;
}

const PRUNE_EVERY_MS = 60_000;

function consoleLog(entry: LogEntry): void {
  const line = `[flywheel] ${entry.level} ${entry.message}${entry.requestId ? ` (${entry.requestId})` : ''}`;
  if (entry.level === 'error') console.error(line, entry.error ?? '');
  else console.log(line);
}

/**
 * Opens storage, applies migrations, seeds an empty database (unless disabled) and listens.
 * A database passed in is used as is and not closed by `close()` (tests share prepared ones).
 */
export async function startServer(
  config: ServerConfig,
  options: { db?: Database; log?: (entry: LogEntry) => void; now?: () => Date } = {},
): Promise<RunningServer> {
  const db = options.db ?? (await openDatabase(config));
  const log = options.log ?? consoleLog;
  await migrate(db);
  const seeded = config.seedOnStart && !(await isSeeded(db)) ? await seedDatabase(db, config) : undefined;

  let publicUrl = config.publicUrl ?? '';
  const context: ServerContext = {
    db,
    publicUrl: () => publicUrl,
    rateLimits: config.rateLimits,
    trustProxy: config.trustProxy,
    catalog: new CatalogCaches(),
    now: options.now ?? (() => new Date()),
    log,
  };
  const app = createApp(context, { logRequests: config.logRequests });

  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => {
      resolve(s);
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host}:${port}`;
  if (!config.publicUrl) publicUrl = `http://localhost:${port}`;

  const pruner = setInterval(() => {
    pruneRateLimitWindows(db, config.rateLimits, context.now()).catch((error: unknown) => {
      log({ level: 'warn', message: 'pruning rate-limit windows failed', error });
    });
  }, PRUNE_EVERY_MS);
  pruner.unref();

  return {
    url,
    db,
    context,
    seeded,
    async close() {
      clearInterval(pruner);
      await new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
        // Keep-alive sockets would hold close() open for seconds.
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      if (!options.db) await db.close();
    },
  };
}
