import type http from 'node:http';
import { indexRequest, partnerListRequests, WIDGET_HEADERS } from './directory-requests.js';
import type { BenchRequest, LoadClient, WireResponse } from './load.js';
import type { StaticFile } from './static-file-server.js';

/** Headers the HTTP layer writes itself; the static server's `node:http` adds its own. */
const HOP_HEADERS = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);

/** The response headers the server sent, to be replayed by the static-file server. */
export function replayableHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_HEADERS.has(name)) continue;
    out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

export interface IndexProbe {
  /** Body bytes on the wire with `Accept-Encoding: gzip`. */
  readonly gzipBytes: number;
  /** Body bytes without compression. */
  readonly jsonBytes: number;
  /** The first request after boot: reads the catalog, serializes and gzips the index. */
  readonly coldMs: number;
  readonly etag: string;
  readonly gzipResponse: WireResponse;
}

/** Fetches the partner index the way the directory widget does and measures what it costs on the wire. */
export async function probeIndex(client: LoadClient): Promise<IndexProbe> {
  const gzipResponse = await client.check(indexRequest());
  if (gzipResponse.headers['content-encoding'] !== 'gzip') {
    throw new Error('GET /v1/partner_index with Accept-Encoding: gzip was not sent gzipped');
  }
  const etag = gzipResponse.headers.etag;
  if (!etag) throw new Error('GET /v1/partner_index sent no ETag');
  const identity = await client.check({
    ...indexRequest(),
    headers: { ...WIDGET_HEADERS, 'accept-encoding': 'identity' },
  });
  return {
    gzipBytes: gzipResponse.body.length,
    jsonBytes: identity.body.length,
    coldMs: gzipResponse.ms,
    etag,
    gzipResponse,
  };
}

export interface FlywheelProbe {
  readonly index: IndexProbe;
  readonly partnerRequests: BenchRequest[];
  /** Wire sizes of the partner queries' responses, in rotation order. */
  readonly partnerResponseBytes: number[];
  /** What the static-file baseline serves: the index as sent, and a typical partners response. */
  readonly staticFiles: StaticFile[];
}

/**
 * Looks at the running server once before measuring: the index's wire size and validator, the partner
 * query rotation, and the exact bytes and headers to hand to the static-file baseline.
 */
export async function probeFlywheel(client: LoadClient): Promise<FlywheelProbe> {
  const index = await probeIndex(client);
  const notModified = await client.check(indexRequest(index.etag));
  const partnerRequests = await partnerListRequests(client);
  const partnerResponses: WireResponse[] = [];
  for (const request of partnerRequests) partnerResponses.push(await client.check(request));
  const bySize = [...partnerResponses].sort((a, b) => a.body.length - b.body.length);
  const typical = bySize[Math.floor((bySize.length - 1) / 2)]!;
  return {
    index,
    partnerRequests,
    partnerResponseBytes: partnerResponses.map((response) => response.body.length),
    staticFiles: [
      {
        path: '/v1/partner_index',
        body: index.gzipResponse.body,
        headers: replayableHeaders(index.gzipResponse.headers),
        etag: index.etag,
        notModifiedHeaders: replayableHeaders(notModified.headers),
      },
      { path: '/v1/partners', body: typical.body, headers: replayableHeaders(typical.headers) },
    ],
  };
}
