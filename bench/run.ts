/**
 * `pnpm bench`: the reference server against the physical floor of serving bytes on this machine,
 * then the directory in Chromium (bench/directory/). Each part merges its keys into
 * bench/results/latest.json and prints a table. `--only server|directory` runs one of them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_RATE_LIMITS, SEED } from './bench-config.js';
import { runDirectoryPart } from './directory/run-directory.js';
import { killChildServers, startChildServer, type ChildServer } from './child-server.js';
import { probeFlywheel, probeIndex } from './flywheel-probe.js';
import type { FlywheelServerOptions } from './flywheel-server-process.js';
import { LoadClient } from './load.js';
import { loadAverage, machineMeta } from './machine.js';
import { writeResults } from './results-file.js';
import { benchTarget } from './server-bench.js';
import { measurePrecheck } from './deal-precheck.js';
import { baselineObject, serverBenchMeta, serverMetrics, tableRows } from './server-results.js';
import { readSettings, type BenchSettings } from './settings.js';
import { renderTable } from './table.js';

const RESULTS = new URL('./results/latest.json', import.meta.url);
const FLYWHEEL_ENTRY = new URL('./flywheel-server-process.ts', import.meta.url);
const STATIC_ENTRY = new URL('./static-file-server-process.ts', import.meta.url);

const step = (message: string) => {
  console.log(`  · ${message}`);
};

async function withServer<T>(
  entry: URL,
  options: unknown,
  use: (server: ChildServer) => Promise<T>,
): Promise<T> {
  const server = await startChildServer(entry, options);
  try {
    return await use(server);
  } finally {
    await server.stop();
  }
}

function flywheelOptions(workDir: string, partners: number): FlywheelServerOptions {
  return {
    dataDir: join(workDir, `pglite-${partners}`),
    seed: SEED,
    partners,
    rateLimits: BENCH_RATE_LIMITS,
  };
}

async function serverBench(settings: BenchSettings): Promise<void> {
  const machine = machineMeta();
  const loadAtStart = loadAverage();
  const workDir = mkdtempSync(join(tmpdir(), 'flywheel-bench-'));
  const removeWorkDir = () => {
    rmSync(workDir, { recursive: true, force: true });
  };
  const interrupted = () => {
    killChildServers();
    removeWorkDir();
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const started = performance.now();

  try {
    console.log(`Reference server: 1,500 partners (seed ${SEED}), PGlite on disk (${workDir})`);
    const { probe1500, server, precheck, serverStartMs } = await withServer(
      FLYWHEEL_ENTRY,
      flywheelOptions(workDir, 1500),
      async (child) => {
        step(`started in ${String(child.info.start_ms)} ms (migrate + seed + boot) on ${child.url}`);
        const client = new LoadClient(child.url, 1);
        const probe = await probeFlywheel(client).finally(() => {
          client.close();
        });
        const figures = await benchTarget(
          child.url,
          { partnerRequests: probe.partnerRequests, etag: probe.index.etag },
          settings,
          step,
        );
        step(
          `POST /v1/deal_registrations/check latency (${settings.indexSamples} requests, partner session)`,
        );
        const precheck = await measurePrecheck(child.url, settings.indexSamples, settings.warmup);
        return { probe1500: probe, server: figures, precheck, serverStartMs: Number(child.info.start_ms) };
      },
    );

    console.log('Static-file baseline: node:http serving the same bytes from memory');
    const baseline = await withServer(STATIC_ENTRY, { files: probe1500.staticFiles }, (child) =>
      benchTarget(
        child.url,
        { partnerRequests: probe1500.partnerRequests, etag: probe1500.index.etag },
        settings,
        step,
      ),
    );

    console.log(`Reference server: 10,000 partners (seed ${SEED}), PGlite on disk`);
    const { index10000, bigStartMs } = await withServer(
      FLYWHEEL_ENTRY,
      flywheelOptions(workDir, 10_000),
      async (child) => {
        step(`started in ${String(child.info.start_ms)} ms (migrate + seed + boot)`);
        const client = new LoadClient(child.url, 1);
        const probe = await probeIndex(client).finally(() => {
          client.close();
        });
        return { index10000: probe, bigStartMs: Number(child.info.start_ms) };
      },
    );

    const outcome = { probe1500, index10000, server, baseline, precheck, serverStartMs, bigStartMs };
    const metrics = serverMetrics(outcome);
    writeResults(RESULTS, {
      ...metrics,
      baseline: baselineObject(metrics),
      meta: {
        ...machine,
        server_bench: serverBenchMeta(outcome, {
          date: machine.date,
          seconds: Math.round((performance.now() - started) / 1000),
          loadAverage: { at_start: loadAtStart, at_end: loadAverage() },
          settings,
        }),
      },
    });

    console.log(`\n${renderTable(tableRows(metrics))}\n`);
    console.log(
      `Wrote ${RESULTS.pathname} in ${Math.round((performance.now() - started) / 1000)} s ` +
        `(load average ${loadAtStart} → ${loadAverage()} on ${machine.cores} cores${settings.quick ? '; --quick: few samples' : ''}).`,
    );
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    removeWorkDir();
  }
}

async function main(settings: BenchSettings): Promise<void> {
  if (settings.only !== 'directory') await serverBench(settings);
  if (settings.only !== 'server') await runDirectoryPart(settings, RESULTS);
}

const settings = readSettings(process.argv.slice(2), process.env);
if (settings) {
  main(settings).catch((error: unknown) => {
    console.error(error);
    killChildServers();
    process.exitCode = 1;
  });
}
