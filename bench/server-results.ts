import { DEMO_KEYS } from '@flywheel/server';
import { BENCH_RATE_LIMITS, PUBLIC_URL, SEED } from './bench-config.js';
import { HOST_ORIGIN, WIDGET_HEADERS } from './directory-requests.js';
import type { FlywheelProbe, IndexProbe } from './flywheel-probe.js';
import type { ResultsFile } from './results-file.js';
import type { BenchSettings } from './settings.js';
import type { TargetFigures } from './server-bench.js';
import { round, roundSummary, type LatencySummary } from './stats.js';
import type { TableRow } from './table.js';

const ms = (value: number) => round(value, 3);

/** Everything the server benchmark measured, before it becomes keys of `latest.json`. */
export interface ServerBenchOutcome {
  readonly probe1500: FlywheelProbe;
  readonly index10000: IndexProbe;
  readonly server: TargetFigures;
  readonly baseline: TargetFigures;
  /** `POST /v1/deal_registrations/check`, one request in flight, partner session. */
  readonly precheck: LatencySummary;
  /** Migrate + seed + boot of the two servers, in milliseconds. */
  readonly serverStartMs: number;
  readonly bigStartMs: number;
}

/** The flat metric keys this benchmark owns, and their values. */
export function serverMetrics(outcome: ServerBenchOutcome): Record<string, number> {
  const { server, baseline } = outcome;
  return {
    'index.gzip_bytes_1500': outcome.probe1500.index.gzipBytes,
    'index.gzip_bytes_10000': outcome.index10000.gzipBytes,
    'index.json_bytes_1500': outcome.probe1500.index.jsonBytes,
    'index.json_bytes_10000': outcome.index10000.jsonBytes,
    'server.partners_p50_ms': ms(server.partners.p50),
    'server.partners_p95_ms': ms(server.partners.p95),
    'server.index_p50_ms': ms(server.index.p50),
    'server.index_p95_ms': ms(server.index.p95),
    'server.index_304_p95_ms': ms(server.index304.p95),
    'server.partners_rps': round(server.throughput.rps, 1),
    'deals.precheck_p50_ms': ms(outcome.precheck.p50),
    'deals.precheck_p95_ms': ms(outcome.precheck.p95),
    'baseline.static_small_p50_ms': ms(baseline.partners.p50),
    'baseline.static_small_p95_ms': ms(baseline.partners.p95),
    'baseline.static_index_p50_ms': ms(baseline.index.p50),
    'baseline.static_index_p95_ms': ms(baseline.index.p95),
    'baseline.static_index_304_p95_ms': ms(baseline.index304.p95),
    'baseline.static_rps': round(baseline.throughput.rps, 1),
  };
}

/** Which baseline figure is the floor of which server figure (the `baseline` object of the file). */
const FLOORS: Readonly<Record<string, string>> = {
  'server.partners_p50_ms': 'baseline.static_small_p50_ms',
  'server.partners_p95_ms': 'baseline.static_small_p95_ms',
  'server.index_p50_ms': 'baseline.static_index_p50_ms',
  'server.index_p95_ms': 'baseline.static_index_p95_ms',
  'server.index_304_p95_ms': 'baseline.static_index_304_p95_ms',
  'server.partners_rps': 'baseline.static_rps',
};

/** `baseline`: for each server metric, the same measurement against the static-file server. */
export function baselineObject(metrics: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(FLOORS).map(([metric, floor]) => [metric, metrics[floor]!]));
}

const UNITS: ReadonlyArray<[RegExp, string]> = [
  [/_bytes_/, 'bytes'],
  [/_ms$/, 'ms'],
  [/_rps$/, 'req/s'],
];

export function tableRows(metrics: Record<string, number>): TableRow[] {
  return Object.entries(metrics)
    .filter(([metric]) => !metric.startsWith('baseline.'))
    .map(([metric, value]) => ({
      metric,
      value,
      unit: UNITS.find(([pattern]) => pattern.test(metric))?.[1] ?? '',
      baseline: FLOORS[metric] === undefined ? undefined : metrics[FLOORS[metric]],
    }));
}

/** Details behind the figures, for `meta.server_bench`. */
export function serverBenchMeta(
  outcome: ServerBenchOutcome,
  run: { date: string; seconds: number; loadAverage: Record<string, number>; settings: BenchSettings },
): ResultsFile {
  const { server, baseline, probe1500, index10000 } = outcome;
  const { settings } = run;
  const detail = (figures: TargetFigures) => ({
    partners_latency_ms: roundSummary(figures.partners),
    index_latency_ms: roundSummary(figures.index),
    index_304_latency_ms: roundSummary(figures.index304),
    throughput: {
      requests: figures.throughput.requests,
      seconds: round(figures.throughput.seconds, 3),
      rps: round(figures.throughput.rps, 1),
      latency_ms: roundSummary(figures.throughput.latency),
    },
  });
  return {
    date: run.date,
    seconds: run.seconds,
    load_average_1m: run.loadAverage,
    samples: {
      warmup: settings.warmup,
      partners_latency: settings.partnersSamples,
      index_latency: settings.indexSamples,
      index_304_latency: settings.indexSamples,
      throughput_concurrency: settings.concurrency,
      throughput_seconds: settings.throughputMs / 1000,
      throughput_warmup_seconds: settings.throughputWarmupMs / 1000,
      quick: settings.quick,
    },
    server: {
      storage: 'PGlite, data directory on disk (a temp dir), seeded on first start',
      seed: SEED,
      partners: 1500,
      start_ms: outcome.serverStartMs,
      start_ms_10000: outcome.bigStartMs,
      public_url: PUBLIC_URL,
      rate_limits: BENCH_RATE_LIMITS,
      credential: `${DEMO_KEYS.publishable.token} from Origin ${HOST_ORIGIN}`,
      accept_encoding: WIDGET_HEADERS['accept-encoding'],
      process: 'own child process (tsx, --conditions=source); the load generator runs in the parent',
    },
    deals_precheck: {
      latency_ms: roundSummary(outcome.precheck),
      method:
        'bench/deal-precheck.ts: POST /v1/deal_registrations/check with a partner session (minted with ' +
        'sk_partner_test_northwind_revenue_labs) from an allowed Origin, one request in flight over ' +
        "Node's kept-alive fetch, timed from sending to the last byte; customers rotate between seeded " +
        '(matching) and new domains. No baseline: a static file cannot answer it.',
    },
    baseline_server:
      'bench/static-file-server.ts: plain node:http in its own process, answering from memory with the ' +
      "server's bytes and headers (the index pre-gzipped, with its ETag and 304; a typical " +
      '/v1/partners response for every partners query)',
    load_generator:
      'bench/load.ts: node:http, keep-alive agent; latency = one request in flight, rotating queries; ' +
      'throughput = closed loop of `concurrency` clients; nearest-rank percentiles',
    partner_queries: probe1500.partnerRequests.map((request) =>
      request.path.replace(/cursor=[^&]+/, 'cursor=…'),
    ),
    partner_response_wire_bytes: probe1500.partnerResponseBytes,
    static_small_body_bytes: probe1500.staticFiles[1]!.body.length,
    index_cold_ms_1500: ms(probe1500.index.coldMs),
    index_cold_ms_10000: ms(index10000.coldMs),
    server_detail: detail(server),
    baseline_detail: detail(baseline),
  };
}
