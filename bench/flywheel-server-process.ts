import { startServer, type RateLimitPolicies } from '@flywheel/server';
import { PUBLIC_URL } from './bench-config.js';
import { serveFromChild } from './child-entry.js';

export interface FlywheelServerOptions {
  /** PGlite data directory on disk (empty: the server migrates and seeds it on start). */
  readonly dataDir: string;
  readonly seed: number;
  readonly partners: number;
  readonly rateLimits: RateLimitPolicies;
}

/**
 * The reference server in its default configuration (PGlite on disk, seeded on first start, no request
 * log), except for the rate limits the runner passes in. The public URL is pinned to the default port's
 * so the partner index (which holds absolute logo URLs) has the same bytes whatever port we got.
 */
serveFromChild(async (raw) => {
  const options = raw as FlywheelServerOptions;
  const started = performance.now();
  const server = await startServer(
    {
      port: 0,
      host: '127.0.0.1',
      dataDir: options.dataDir,
      publicUrl: PUBLIC_URL,
      seedOnStart: true,
      seed: options.seed,
      partners: options.partners,
      rateLimits: options.rateLimits,
      trustProxy: false,
      logRequests: false,
    },
    {
      log: (entry) => {
        if (entry.level !== 'info')
          console.error(`[flywheel] ${entry.level} ${entry.message}`, entry.error ?? '');
      },
    },
  );
  return {
    url: server.url,
    info: {
      start_ms: Math.round(performance.now() - started),
      seeded_partners: server.seeded?.partners ?? null,
    },
    close: () => server.close(),
  };
});
