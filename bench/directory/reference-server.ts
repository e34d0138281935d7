import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `test/support/server-process.mjs` (plain JS, typed with JSDoc): the shape we use. */
interface ServerProcessModule {
  startServerProcess(options: {
    port?: number;
    dataDir?: string;
    partners?: number;
    env?: Record<string, string>;
  }): Promise<{ url: string; stop: () => Promise<void>; output: () => string }>;
}

export interface ReferenceServer {
  /** `http://localhost:<port>` */
  readonly url: string;
  readonly startMs: number;
  /** Stops the server and removes its data directory. */
  stop(): Promise<void>;
}

const SERVER_PROCESS = new URL('../../test/support/server-process.mjs', import.meta.url);

/**
 * The reference server in a child process (the test runners' launcher), on a fresh PGlite data
 * directory in a temp dir: it migrates, seeds `partners` partners from `seed` and serves with its
 * default configuration (the demo keys; `pk_test_demo` allows `http://localhost:*` origins).
 */
export async function startReferenceServer(options: {
  partners: number;
  seed: number;
}): Promise<ReferenceServer> {
  // A computed specifier: the module is plain JS, typed here by the interface above.
  const { startServerProcess } = (await import(SERVER_PROCESS.href)) as ServerProcessModule;
  const workDir = mkdtempSync(join(tmpdir(), 'flywheel-bench-directory-'));
  const removeWorkDir = () => {
    rmSync(workDir, { recursive: true, force: true });
  };
  const started = performance.now();
  try {
    const server = await startServerProcess({
      dataDir: join(workDir, 'pglite'),
      partners: options.partners,
      env: { FLYWHEEL_SEED_NUMBER: String(options.seed), LOG_REQUESTS: '0' },
    });
    return {
      url: server.url,
      startMs: Math.round(performance.now() - started),
      async stop() {
        try {
          await server.stop();
        } finally {
          removeWorkDir();
        }
      },
    };
  } catch (error) {
    removeWorkDir();
    throw error;
  }
}

/**
 * Requests the partner index once from Node, as a page on `origin` would, so the server has built and
 * cached it before the browser loads: every measured page load sees a warm server, like any visitor
 * after the first. Returns how long the cold build took, in milliseconds.
 */
export async function primeIndex(apiBase: string, publishableKey: string, origin: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${apiBase}/v1/partner_index`, {
    headers: { authorization: `Bearer ${publishableKey}`, origin, accept: 'application/json' },
  });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`GET /v1/partner_index answered ${response.status}`);
  return Math.round(performance.now() - started);
}
