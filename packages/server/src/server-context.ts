import type { Database } from './db/database.js';
import type { RateLimitPolicies } from './middleware/rate-limit.js';
import type { CatalogCaches } from './catalog/catalog-caches.js';

/** Everything a request handler may need that outlives one request. */
export interface ServerContext {
  readonly db: Database;
  /** Origin that absolute URLs in responses (logos) are built on, e.g. `http://localhost:4010`. */
  readonly publicUrl: () => string;
  readonly rateLimits: RateLimitPolicies;
  /** Trust `X-Forwarded-For` for the client address (only behind a proxy you run). */
  readonly trustProxy: boolean;
  /** Indexes and vocabularies derived from catalogs, per catalog revision: never the truth. */
  readonly catalog: CatalogCaches;
  readonly now: () => Date;
  readonly log: (entry: LogEntry) => void;
}

export interface LogEntry {
  level: 'info' | 'warn' | 'error';
  message: string;
  requestId?: string;
  error?: unknown;
}
