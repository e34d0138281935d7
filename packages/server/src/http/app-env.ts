import type { Queryable } from '../db/database.js';
import type { LabelLocale } from '../seed/taxonomy-labels.js';
import type { Credential } from '../middleware/authenticate.js';
import type { ServerContext } from '../server-context.js';

/** What middleware puts on the Hono context for the handlers after it. */
export interface AppEnv {
  Variables: {
    requestId: string;
    /** The database, or the idempotent request's transaction while one is open. */
    db: Queryable;
    server: ServerContext;
    credential: Credential;
    locale: LabelLocale;
    /** The request body, parsed as JSON (POST/PATCH only). */
    body: unknown;
    /** Exact origins that may read this answer (set for a session's requests, even when it has expired). */
    corsOrigins: readonly string[];
  };
}
