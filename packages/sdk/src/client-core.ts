import type { ResponseCache } from './response-cache.js';
import { send, type TransportConfig, type TransportResponse } from './transport.js';

/** Per-call options every method accepts. */
export interface RequestOptions {
  signal?: AbortSignal;
  /** Skip the cache and ask the server (still de-duplicated with identical requests in flight). */
  fresh?: boolean;
}

/** Where a client keeps its core, for resources that live in their own entry (`@flywheel/sdk/deals`). */
export const CLIENT_CORE = Symbol.for('flywheel.client-core');

/** The core of a client made by `createClient`. */
export function coreOf(client: object): ClientCore {
  const core = (client as { [CLIENT_CORE]?: ClientCore })[CLIENT_CORE];
  if (!core) throw new TypeError('Expected a client made by createClient().');
  return core;
}

/** What resources share: the transport settings and the cache. */
export class ClientCore {
  constructor(
    readonly transport: TransportConfig,
    readonly cache: ResponseCache,
  ) {}

  /**
   * A cached, de-duplicated, ETag-revalidated GET. `parse` validates the body; it may be async
   * (large bodies are validated in chunks).
   */
  read<T>(
    path: string,
    query: URLSearchParams | undefined,
    parse: (response: TransportResponse) => T | Promise<T>,
    options: RequestOptions = {},
  ): Promise<T> {
    const search = query?.toString() ?? '';
    const key = ['GET', path, search, this.transport.identity, this.transport.locale ?? ''].join('\u0000');
    return this.cache.get<T>(
      key,
      async (etag, signal) => {
        const response = await send(this.transport, {
          method: 'GET',
          path,
          query,
          ifNoneMatch: etag,
          signal,
        });
        if (response.status === 304) return { notModified: true };
        return {
          notModified: false,
          value: await parse(response),
          etag: response.headers.get('etag') ?? undefined,
        };
      },
      { signal: options.signal, fresh: options.fresh },
    );
  }

  /** A POST with an Idempotency-Key, retried safely with the same key. Never cached. */
  async create<T>(
    path: string,
    body: unknown,
    idempotencyKey: string,
    parse: (response: TransportResponse) => T | Promise<T>,
    signal: AbortSignal | undefined,
  ): Promise<T> {
    const response = await send(this.transport, { method: 'POST', path, body, idempotencyKey, signal });
    return parse(response);
  }
}
