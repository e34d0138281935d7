import { abortError } from './abortable.js';

export interface CacheOptions {
  /** Served without asking the server for this long. Default 30 s. */
  freshMs?: number;
  /** After that, served at once while one background request revalidates it, for this long. Default 5 min. */
  staleMs?: number;
  /** Most entries kept; the least recently used goes first. Default 100. */
  maxEntries?: number;
}

export type ResolvedCacheOptions = Required<CacheOptions>;
export const DEFAULT_CACHE: ResolvedCacheOptions = { freshMs: 30_000, staleMs: 300_000, maxEntries: 100 };

/** What a loader returns: a new value with its validator, or "not modified" for the one it was given. */
export type LoadResult<T> =
  { notModified: true } | { notModified: false; value: T; etag: string | undefined };
export type Loader<T> = (etag: string | undefined, signal: AbortSignal) => Promise<LoadResult<T>>;

interface Entry {
  value: unknown;
  etag: string | undefined;
  storedAt: number;
}

interface Shared {
  promise: Promise<unknown>;
  controller: AbortController;
  /** Callers still waiting; when the last one gives up, the request is aborted. */
  waiting: number;
}

/**
 * A small stale-while-revalidate cache with in-flight de-duplication: any number of widgets asking
 * for the same resource at once cause one request, revalidation sends the stored ETag (a cheap 304),
 * and one caller aborting never cancels the request for the others.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inflight = new Map<string, Shared>();

  constructor(
    private readonly options: ResolvedCacheOptions,
    private readonly now: () => number = Date.now,
  ) {}

  async get<T>(
    key: string,
    load: Loader<T>,
    request: { signal?: AbortSignal | undefined; fresh?: boolean | undefined } = {},
  ): Promise<T> {
    if (request.signal?.aborted) throw abortError(request.signal);
    const entry = this.entries.get(key);
    if (entry && !request.fresh) {
      const age = this.now() - entry.storedAt;
      this.touch(key, entry);
      if (age < this.options.freshMs) return entry.value as T;
      if (age < this.options.freshMs + this.options.staleMs) {
        // Serve the stale copy now; refresh it for next time. A failed refresh keeps the copy.
        this.join(key, load, undefined).catch(() => undefined);
        return entry.value as T;
      }
    }
    return (await this.join(key, load, request.signal)) as T;
  }

  /** Forgets everything (e.g. after the credential changes). */
  clear(): void {
    this.entries.clear();
  }

  private touch(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
  }

  private store(key: string, entry: Entry): void {
    if (this.options.maxEntries <= 0) return;
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  private join<T>(key: string, load: Loader<T>, signal: AbortSignal | undefined): Promise<unknown> {
    let shared = this.inflight.get(key);
    if (!shared) {
      const controller = new AbortController();
      const previous = this.entries.get(key);
      const promise = load(previous?.etag, controller.signal).then((result) => {
        if (result.notModified) {
          if (!previous) throw new Error('Not modified, but nothing is cached.');
          this.store(key, { ...previous, storedAt: this.now() });
          return previous.value;
        }
        this.store(key, { value: result.value, etag: result.etag, storedAt: this.now() });
        return result.value;
      });
      const created: Shared = { promise, controller, waiting: 0 };
      shared = created;
      this.inflight.set(key, created);
      const forget = () => {
        if (this.inflight.get(key) === created) this.inflight.delete(key);
      };
      promise.then(forget, forget);
    }
    return this.wait(shared, signal);
  }

  /** Waits for a shared request on behalf of one caller, who may abort without hurting the others. */
  private wait(shared: Shared, signal: AbortSignal | undefined): Promise<unknown> {
    shared.waiting++;
    if (!signal) return shared.promise;
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        reject(abortError(signal));
        if (--shared.waiting === 0) shared.controller.abort(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      shared.promise.then(
        (value) => {
          signal.removeEventListener('abort', onAbort);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }
}
