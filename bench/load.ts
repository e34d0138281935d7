import http from 'node:http';

/** One request of a benchmark: a path on the target and the headers a real client would send. */
export interface BenchRequest {
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The status every response must have; anything else aborts the benchmark. */
  readonly expectStatus: number;
}

/** A response as it came over the wire: the body is not decompressed. */
export interface WireResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
  /** From writing the request to the last byte of the body. */
  readonly ms: number;
}

/**
 * A small HTTP/1.1 load generator on `node:http` with a keep-alive agent, so every figure measures
 * requests on warm connections (what a browser or a backend with a pooled client sees), not TCP setup.
 */
export class LoadClient {
  private readonly agent: http.Agent;
  private readonly base: URL;

  constructor(origin: string, maxSockets: number) {
    this.base = new URL(origin);
    this.agent = new http.Agent({
      keepAlive: true,
      maxSockets,
      maxFreeSockets: maxSockets,
      scheduling: 'lifo',
    });
  }

  send(request: BenchRequest): Promise<WireResponse> {
    return new Promise((resolve, reject) => {
      const started = process.hrtime.bigint();
      const req = http.request(
        {
          agent: this.agent,
          host: this.base.hostname,
          port: this.base.port,
          path: request.path,
          method: 'GET',
          headers: request.headers,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const ms = Number(process.hrtime.bigint() - started) / 1e6;
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), ms });
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
  }

  /** Sends a request and fails loudly unless it got the expected status (a 429 would void the figures). */
  async check(request: BenchRequest): Promise<WireResponse> {
    const response = await this.send(request);
    if (response.status !== request.expectStatus) {
      const snippet = response.body.subarray(0, 300).toString('utf8');
      throw new Error(
        `GET ${request.path} answered ${response.status}, expected ${request.expectStatus}: ${snippet}`,
      );
    }
    return response;
  }

  close(): void {
    this.agent.destroy();
  }
}

/**
 * Latency with one request in flight at a time, rotating through `requests`: the time one client
 * waits, without queueing behind its own other requests. Returns the samples in milliseconds.
 */
export async function measureLatency(
  client: LoadClient,
  requests: readonly BenchRequest[],
  options: { warmup: number; samples: number },
): Promise<number[]> {
  for (let i = 0; i < options.warmup; i++) await client.check(requests[i % requests.length]!);
  const samples: number[] = [];
  for (let i = 0; i < options.samples; i++) {
    samples.push((await client.check(requests[i % requests.length]!)).ms);
  }
  return samples;
}

export interface ThroughputResult {
  readonly requests: number;
  readonly seconds: number;
  readonly rps: number;
  /** Latencies under this load, in milliseconds. */
  readonly samples: number[];
}

/**
 * Throughput of a closed loop: `concurrency` clients on keep-alive connections, each sending its next
 * request as soon as the previous one is answered, rotating through `requests`, for `durationMs`.
 * Requests still in flight at the deadline are waited for and counted, over the real elapsed time.
 */
export async function measureThroughput(
  client: LoadClient,
  requests: readonly BenchRequest[],
  options: { concurrency: number; durationMs: number; warmupMs: number },
): Promise<ThroughputResult> {
  const run = async (durationMs: number, samples: number[] | undefined) => {
    let next = 0;
    const started = performance.now();
    const deadline = started + durationMs;
    const worker = async () => {
      while (performance.now() < deadline) {
        const response = await client.check(requests[next++ % requests.length]!);
        samples?.push(response.ms);
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, worker));
    return { requests: next, seconds: (performance.now() - started) / 1000 };
  };
  await run(options.warmupMs, undefined);
  const samples: number[] = [];
  const { requests: count, seconds } = await run(options.durationMs, samples);
  return { requests: count, seconds, rps: count / seconds, samples };
}
