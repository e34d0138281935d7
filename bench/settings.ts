import { parseArgs } from 'node:util';

/** How much load each measurement uses. Defaults fit `pnpm bench` in about two minutes on 2 cores. */
export interface BenchSettings {
  /** Sequential requests before each latency measurement, not recorded. */
  readonly warmup: number;
  /** Recorded sequential requests per latency figure. */
  readonly partnersSamples: number;
  readonly indexSamples: number;
  /** Closed-loop clients of the throughput measurement. */
  readonly concurrency: number;
  readonly throughputMs: number;
  readonly throughputWarmupMs: number;
  readonly quick: boolean;
  /** Which benchmarks run: both (default), or only the server's or only the directory's in Chromium. */
  readonly only: 'server' | 'directory' | undefined;
}

const USAGE = `pnpm bench [--only server|directory] [--quick] [--samples N] [--seconds S] [--concurrency C]

  --only B         run one benchmark: server (HTTP) or directory (Chromium); default both (env BENCH_ONLY)
  --quick          few samples and a 1 s throughput run; directory: 60 keystrokes per CPU rate and
                   one cold load (for developing the benchmarks)
  --samples N      recorded requests per latency figure (env BENCH_SAMPLES; default 400)
  --seconds S      duration of each throughput run (env BENCH_SECONDS; default 5)
  --concurrency C  keep-alive clients of the throughput runs (env BENCH_CONCURRENCY; default 8)`;

function positive(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${name} must be a positive number, got "${raw}".`);
  return value;
}

/** Reads flags, then `BENCH_*` environment variables; returns `undefined` after printing help. */
export function readSettings(argv: readonly string[], env: NodeJS.ProcessEnv): BenchSettings | undefined {
  const { values } = parseArgs({
    args: argv.filter((arg) => arg !== '--'),
    options: {
      quick: { type: 'boolean' },
      samples: { type: 'string' },
      seconds: { type: 'string' },
      concurrency: { type: 'string' },
      only: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return undefined;
  }
  const quick = values.quick === true || env.BENCH_QUICK === '1';
  const only = values.only ?? (env.BENCH_ONLY || undefined);
  if (only !== undefined && only !== 'server' && only !== 'directory')
    throw new Error(`--only must be "server" or "directory", got "${only}".`);
  const samples = Math.round(positive('--samples', values.samples ?? env.BENCH_SAMPLES, quick ? 40 : 400));
  const seconds = positive('--seconds', values.seconds ?? env.BENCH_SECONDS, quick ? 1 : 5);
  return {
    warmup: quick ? 10 : 50,
    partnersSamples: samples,
    indexSamples: samples,
    concurrency: Math.round(positive('--concurrency', values.concurrency ?? env.BENCH_CONCURRENCY, 8)),
    throughputMs: seconds * 1000,
    throughputWarmupMs: quick ? 250 : 1000,
    quick,
    only,
  };
}
