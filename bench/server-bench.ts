import { indexRequest } from './directory-requests.js';
import { LoadClient, measureLatency, measureThroughput, type BenchRequest } from './load.js';
import type { BenchSettings } from './settings.js';
import { summarize, type LatencySummary } from './stats.js';

export interface TargetFigures {
  /** `GET /v1/partners` (rotating queries), one request in flight. */
  readonly partners: LatencySummary;
  /** `GET /v1/partner_index`, full gzipped `200`, one request in flight. */
  readonly index: LatencySummary;
  /** `GET /v1/partner_index` with the current ETag → `304`. */
  readonly index304: LatencySummary;
  /** `GET /v1/partners` (rotating queries) from `concurrency` keep-alive clients. */
  readonly throughput: { requests: number; seconds: number; rps: number; latency: LatencySummary };
}

/**
 * The measurements of one HTTP target — the reference server or the static-file baseline — with the
 * same requests, the same load generator and the same settings, so the figures compare directly.
 */
export async function benchTarget(
  url: string,
  target: { partnerRequests: readonly BenchRequest[]; etag: string },
  settings: BenchSettings,
  progress: (step: string) => void,
): Promise<TargetFigures> {
  const client = new LoadClient(url, settings.concurrency);
  try {
    const latency = (requests: readonly BenchRequest[], samples: number) =>
      measureLatency(client, requests, { warmup: settings.warmup, samples }).then(summarize);
    progress(`GET /v1/partners latency (${settings.partnersSamples} requests)`);
    const partners = await latency(target.partnerRequests, settings.partnersSamples);
    progress(`GET /v1/partner_index latency (${settings.indexSamples} requests)`);
    const index = await latency([indexRequest()], settings.indexSamples);
    progress(`GET /v1/partner_index 304 latency (${settings.indexSamples} requests)`);
    const index304 = await latency([indexRequest(target.etag)], settings.indexSamples);
    progress(
      `GET /v1/partners throughput (${settings.concurrency} clients, ${settings.throughputMs / 1000} s)`,
    );
    const run = await measureThroughput(client, target.partnerRequests, {
      concurrency: settings.concurrency,
      durationMs: settings.throughputMs,
      warmupMs: settings.throughputWarmupMs,
    });
    return {
      partners,
      index,
      index304,
      throughput: {
        requests: run.requests,
        seconds: run.seconds,
        rps: run.rps,
        latency: summarize(run.samples),
      },
    };
  } finally {
    client.close();
  }
}
