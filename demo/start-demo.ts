/**
 * `pnpm demo`: builds the script-tag bundle and the marketing site, starts the reference Partner API
 * (PGlite in .flywheel-data/demo, seeded with 1,500 partners on first start), the marketing site's web
 * server and the partner portal (its own origin, with a backend that mints partner sessions), and
 * prints where everything is. Ctrl-C stops it all.
 *
 * Run with `tsx --conditions=source demo/start-demo.ts`: the workspace packages are used from their
 * TypeScript sources, so nothing needs building beforehand. `startDemo()` is the same, for tests.
 *
 * Environment: `API_PORT` (or `PORT`, default 4010), `DEMO_PORT` (default 5173) and `PORTAL_PORT`
 * (default 5174) — a busy port falls back to a free one; `HOST` (default 127.0.0.1); and the
 * server's own variables (`FLYWHEEL_DATA`, `DATABASE_URL`, `FLYWHEEL_PARTNERS`, …, see the README).
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configFromEnv, DEMO_KEYS, startServer, type RunningServer } from '@flywheel/server';
import { buildCdn } from '../packages/elements/scripts/build-cdn.js';
import { demoPartnerKey } from '../packages/server/src/seed/seed-database.js';
import { buildMarketing, MARKETING_DIST } from './build-marketing.js';
import { DEMO_PORTAL_USER, PORTAL_PARTNER, startPortalServer } from './portal/portal-server.js';
import { startDemoServer, type DemoServer } from './serve.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CDN_DIR = resolve(ROOT, 'packages/elements/cdn');

export const DEFAULT_API_PORT = 4010;
export const DEFAULT_DEMO_PORT = 5173;
export const DEFAULT_PORTAL_PORT = 5174;
export const DEFAULT_DATA_DIR = '.flywheel-data/demo';

export interface DemoOptions {
  /** Port of the Partner API; 0 for any free one. Default: `API_PORT`, `PORT`, else 4010. */
  apiPort?: number;
  /** Port of the demo pages; 0 for any free one. Default: `DEMO_PORT`, else 5173. */
  demoPort?: number;
  /** Port of the partner portal; 0 for any free one. Default: `PORTAL_PORT`, else 5174. */
  portalPort?: number;
  /** PGlite data directory (or `memory`). Default: `FLYWHEEL_DATA`, else `.flywheel-data/demo`. */
  dataDir?: string;
  /** Partners seeded into an empty database. Default: `FLYWHEEL_PARTNERS`, else 1,500. */
  partners?: number;
  /** Build the CDN bundle and the marketing site first (default true). */
  build?: boolean;
  /** Progress messages; `console.log` by default. */
  log?: (message: string) => void;
  /** The API's log (requests when `LOG_REQUESTS=1`, warnings, errors); the server's console log by default. */
  apiLog?: NonNullable<Parameters<typeof startServer>[1]>['log'];
  env?: NodeJS.ProcessEnv;
}

export interface RunningDemo {
  urls: {
    /** The marketing site's partners page, embedding the directory with the script-tag build. */
    marketing: string;
    /** The same page built with Vite from the npm package, themed, with an event log. */
    npm: string;
    /** The partner portal's "Register a deal" page (another origin: `http://127.0.0.1:<port>/`). */
    portal: string;
    /** The partner portal's "My registrations" page. */
    portalDeals: string;
    /** The Partner API's base URL (as the pages use it). */
    api: string;
  };
  /** The in-process API server (its `db` is the demo's database). */
  api: RunningServer;
  web: DemoServer;
  /** The partner portal's server (pages, `/cdn/` and `POST /portal-api/flywheel-session`). */
  portal: DemoServer;
  /** Whose portal it is and the partner key its backend mints sessions with (server-side only). */
  portalPartner: { slug: string; name: string; key: string };
  stop(): Promise<void>;
}

function portFrom(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${name} must be a port number from 0 to 65535, got "${raw}".`);
  }
  return port;
}

/** True when nothing listens on `host:port` yet. */
function isPortFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolvePort) => {
    const probe = createServer();
    probe.once('error', () => {
      resolvePort(false);
    });
    probe.listen(port, host, () => {
      probe.close(() => {
        resolvePort(true);
      });
    });
  });
}

/**
 * PGlite is one process's database: a second demo on the same directory would corrupt it. A lock
 * file beside the directory holds the owner's pid; a stale one (its process gone) is taken over.
 */
function lockDataDir(dir: string): () => void {
  const path = `${dir.replace(/[/\\]$/, '')}.lock`;
  // On a fresh clone nothing exists yet: the lock's folder (the data directory's parent) comes first.
  mkdirSync(dirname(path), { recursive: true });
  const unlock = () => {
    rmSync(path, { force: true });
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    if (tryCreate(path, String(process.pid))) return unlock;
    const owner = Number(readFileSync(path, 'utf8'));
    if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) {
      throw new Error(
        `Another demo (pid ${owner}) is using ${dir}. Stop it first, or set FLYWHEEL_DATA to another directory.`,
      );
    }
    unlock(); // stale: its process is gone
  }
  throw new Error(`Could not lock ${dir}.`);
}

/** Creates `path` with `content` unless it exists; false when it does. */
function tryCreate(path: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  writeSync(fd, content);
  closeSync(fd);
  return true;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function startDemo(options: DemoOptions = {}): Promise<RunningDemo> {
  const env = options.env ?? process.env;
  const log =
    options.log ??
    ((message: string) => {
      console.log(message);
    });
  const host = env.HOST || '127.0.0.1';
  const dataDir = options.dataDir ?? (env.FLYWHEEL_DATA || DEFAULT_DATA_DIR);
  const config = configFromEnv({
    ...env,
    PORT: '0', // chosen below
    HOST: host,
    FLYWHEEL_DATA: dataDir === 'memory' ? dataDir : resolve(ROOT, dataDir),
    ...(options.partners !== undefined ? { FLYWHEEL_PARTNERS: String(options.partners) } : {}),
  });
  const pglite = !config.databaseUrl && config.dataDir !== 'memory';
  // First, before any work: refuse to share a PGlite directory with another running demo.
  const unlock = pglite ? lockDataDir(config.dataDir) : () => undefined;
  let api: RunningServer | undefined;
  let web: DemoServer | undefined;
  try {
    if (options.build !== false) {
      const started = performance.now();
      log('Building the script-tag bundle and the marketing site…');
      await buildCdn();
      await buildMarketing();
      log(`Built in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    }

    config.port =
      options.apiPort ?? portFrom('API_PORT', env.API_PORT) ?? portFrom('PORT', env.PORT) ?? DEFAULT_API_PORT;
    if (config.port !== 0 && !(await isPortFree(config.port, host))) {
      log(`Port ${config.port} is busy; the API takes a free port instead.`);
      config.port = 0;
    }
    const storage = config.databaseUrl
      ? `PostgreSQL ${new URL(config.databaseUrl).host}`
      : pglite
        ? `PGlite in ${dataDir}`
        : 'PGlite in memory';
    const fresh = pglite ? !existsSync(join(config.dataDir, 'PG_VERSION')) : !config.databaseUrl;
    log(
      `Starting the Partner API (${storage})${fresh && config.seedOnStart ? `; seeding ${config.partners.toLocaleString('en')} partners into an empty database takes a moment` : ''}…`,
    );
    api = await startServer(config, options.apiLog ? { log: options.apiLog } : {});
    if (api.seeded) log(`Seeded ${api.seeded.partners.toLocaleString('en')} partners.`);
    // The server's own absolute URLs (logos) use `http://localhost:<port>` unless PUBLIC_URL is set;
    // the pages call the API on that origin too, so the CSP allows exactly one API origin.
    const apiBase = config.publicUrl ?? `http://localhost:${new URL(api.url).port}`;

    web = await startDemoServer({
      mounts: { '/cdn/': CDN_DIR, '/': MARKETING_DIST },
      apiBase,
      port: options.demoPort ?? portFrom('DEMO_PORT', env.DEMO_PORT) ?? DEFAULT_DEMO_PORT,
      host,
      onPortBusy: (port) => {
        log(`Port ${port} is busy; the demo pages take a free port instead.`);
      },
    });
    // The partner portal: another host name (127.0.0.1, while the marketing site is on localhost) and
    // port, so another origin. Its backend calls the API server to server, at the API's own address.
    const portalPartner = { ...PORTAL_PARTNER, key: demoPartnerKey(PORTAL_PARTNER.slug).token };
    const portal = await startPortalServer({
      apiBase,
      serverApiBase: api.url,
      partnerKey: portalPartner.key,
      cdnDir: CDN_DIR,
      port: options.portalPort ?? portFrom('PORTAL_PORT', env.PORTAL_PORT) ?? DEFAULT_PORTAL_PORT,
      host,
      onPortBusy: (port) => {
        log(`Port ${port} is busy; the partner portal takes a free port instead.`);
      },
      log,
    });
    return running(api, web, portal, portalPartner, apiBase, unlock);
  } catch (error) {
    await web?.close();
    await api?.close();
    unlock();
    throw error;
  }
}

function running(
  api: RunningServer,
  web: DemoServer,
  portal: DemoServer,
  portalPartner: RunningDemo['portalPartner'],
  apiBase: string,
  unlock: () => void,
): RunningDemo {
  let stopping: Promise<void> | undefined;
  return {
    urls: {
      marketing: `${web.url}/`,
      npm: `${web.url}/npm.html`,
      portal: `${portal.url}/`,
      portalDeals: `${portal.url}/deals.html`,
      api: apiBase,
    },
    api,
    web,
    portal,
    portalPartner,
    stop() {
      stopping ??= Promise.allSettled([web.close(), portal.close(), api.close()]).then((results) => {
        unlock();
        const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
        if (failed) throw failed.reason;
      });
      return stopping;
    },
  };
}

function printBanner(demo: RunningDemo): void {
  const { urls, portalPartner } = demo;
  const lines = [
    '',
    '  Flywheel demo is running',
    '',
    `  Marketing site (script tag)   ${urls.marketing}`,
    `  Same page, npm + Vite         ${urls.npm}`,
    `  Partner portal: deal form     ${urls.portal}`,
    `  Partner portal: registrations ${urls.portalDeals}`,
    `  Partner API                   ${urls.api}/v1`,
    '',
    `  Publishable key  ${DEMO_KEYS.publishable.token}   for pages on ${DEMO_KEYS.publishable.origins.join(', ')}`,
    `  Secret key       ${DEMO_KEYS.secret.token}   server-side only (refused from browsers)`,
    `  Partner key      ${portalPartner.key}   the portal's backend mints`,
    `                   sessions with it for ${portalPartner.name}, signed in as ${DEMO_PORTAL_USER.name}`,
    `                   (POST ${new URL(urls.portal).origin}/portal-api/flywheel-session)`,
    '',
    '  Press Ctrl-C to stop.',
    '',
  ];
  console.log(lines.join('\n'));
}

async function main(): Promise<void> {
  const demo = await startDemo();
  printBanner(demo);
  let signals = 0;
  const shutdown = () => {
    signals += 1;
    if (signals > 1) process.exit(130);
    console.log('\nStopping the demo…');
    demo.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
