import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Queryable } from '../db/database.js';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError } from '../http/problem-error.js';
import { canonicalJson } from '../http/canonical-json.js';

const KEY = /^[A-Za-z0-9_:-]{1,255}$/;
const LOCK_SECONDS = 60;
const RETAIN_HOURS = 24;
/** Response headers worth replaying byte for byte. */
const REPLAYED_HEADERS = ['content-type', 'location', 'etag'];

interface RecordRow {
  fingerprint: string;
  locked_until: Date | string | null;
  response_status: number | null;
  response_headers: Record<string, string> | null;
  response_body: string | null;
  expires_at: Date | string;
}

/** Only final answers are kept; 5xx, 429 and auth failures can be retried with the same key. */
function storable(status: number): boolean {
  return status < 500 && status !== 429 && status !== 401 && status !== 403 && status !== 409;
}

function fingerprintOf(c: Context<AppEnv>): string {
  const url = new URL(c.req.url);
  const query = [...url.searchParams.entries()].sort(([a], [b]) => a.localeCompare(b));
  return createHash('sha256')
    .update(`${c.req.method}\n${url.pathname}\n${JSON.stringify(query)}\n${canonicalJson(c.get('body'))}`)
    .digest('hex');
}

/**
 * `Idempotency-Key` (draft-ietf-httpapi-idempotency-key-header): the first request with a key runs;
 * a retry with the same key and body replays the stored response with `Idempotent-Replayed: true`;
 * a retry while the first still runs gets 409 `idempotency_request_in_progress`; the same key with a
 * different body gets 422 `idempotency_key_reused`.
 *
 * The handler's writes and the stored response commit in one transaction, so a crash between the two
 * cannot leave a created resource without its replayable answer (the lock lapses and a retry re-runs
 * a request whose writes were rolled back).
 */
export function idempotency(mode: 'required' | 'accepted'): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = c.req.header('idempotency-key');
    if (key === undefined) {
      if (mode === 'required') {
        throw new ProblemError('idempotency_key_missing', {
          detail: 'Send an `Idempotency-Key` header (a UUID per user action, reused on retries).',
        });
      }
      await next();
      return;
    }
    if (!KEY.test(key)) {
      throw new ProblemError('invalid_request', {
        detail: 'The Idempotency-Key must be 1–255 characters of A–Z, a–z, 0–9, `_`, `:` or `-`.',
        errors: [
          {
            pointer: '#/headers/Idempotency-Key',
            code: 'invalid_format',
            message: 'Invalid Idempotency-Key.',
          },
        ],
      });
    }

    const { db, now } = c.get('server');
    const credential = c.get('credential');
    const id = [credential.programId, credential.principal, c.req.method, routePath(c), key];
    const fingerprint = fingerprintOf(c);

    const claimed = await claim(db, id, fingerprint, now());
    if (!claimed) {
      const existing = await db.query<RecordRow>(
        `SELECT fingerprint, locked_until, response_status, response_headers, response_body, expires_at
           FROM idempotency_records
          WHERE program_id = $1 AND principal = $2 AND method = $3 AND route = $4 AND key = $5`,
        id,
      );
      const record = existing.rows[0];
      if (!record) throw inProgress(); // deleted between our two statements: let the client retry
      if (record.fingerprint !== fingerprint) {
        throw new ProblemError('idempotency_key_reused', {
          detail: 'This Idempotency-Key was already used with a different request body.',
        });
      }
      if (record.response_status !== null) return replay(record);
      throw inProgress();
    }

    try {
      await db.transaction(async (tx) => {
        // Handlers must write through c.get('db') only: PGlite has one connection, and a query on
        // the pool's other handle would wait for this transaction forever.
        c.set('db', tx);
        await next();
        if (c.error || !storable(c.res.status)) throw new NotCommitted();
        await store(tx, id, c.res);
      });
    } catch (error) {
      if (!(error instanceof NotCommitted)) {
        await release(db, id);
        throw error;
      }
      // The handler failed or answered something retryable: its writes were rolled back. A final
      // 4xx (validation, not found) is still the answer to this key; anything else frees the key.
      if (storable(c.res.status)) await store(db, id, c.res);
      else await release(db, id);
    } finally {
      c.set('db', db);
    }
  };
}

/** Thrown inside the transaction to roll back the handler's writes. */
class NotCommitted extends Error {}

async function store(db: Queryable, id: unknown[], response: Response): Promise<void> {
  const body = await response.clone().text();
  const headers: Record<string, string> = {};
  for (const name of REPLAYED_HEADERS) {
    const value = response.headers.get(name);
    if (value !== null) headers[name] = value;
  }
  await db.query(
    `UPDATE idempotency_records
        SET locked_until = NULL, response_status = $6, response_headers = $7, response_body = $8
      WHERE program_id = $1 AND principal = $2 AND method = $3 AND route = $4 AND key = $5`,
    [...id, response.status, JSON.stringify(headers), body],
  );
}

async function claim(db: Queryable, id: unknown[], fingerprint: string, now: Date): Promise<boolean> {
  const lockedUntil = new Date(now.getTime() + LOCK_SECONDS * 1000).toISOString();
  const expiresAt = new Date(now.getTime() + RETAIN_HOURS * 3600 * 1000).toISOString();
  const inserted = await db.query(
    `INSERT INTO idempotency_records (program_id, principal, method, route, key, fingerprint, locked_until, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT DO NOTHING`,
    [...id, fingerprint, lockedUntil, expiresAt],
  );
  if (inserted.rowCount === 1) return true;
  // Take over an expired record, or one whose first request died holding the lock.
  const taken = await db.query(
    `UPDATE idempotency_records
        SET fingerprint = $6, locked_until = $7, expires_at = $8, created_at = $9,
            response_status = NULL, response_headers = NULL, response_body = NULL
      WHERE program_id = $1 AND principal = $2 AND method = $3 AND route = $4 AND key = $5
        AND (expires_at < $9 OR (response_status IS NULL AND locked_until < $9 AND fingerprint = $6))`,
    [...id, fingerprint, lockedUntil, expiresAt, now.toISOString()],
  );
  return taken.rowCount === 1;
}

async function release(db: Queryable, id: unknown[]): Promise<void> {
  await db.query(
    `DELETE FROM idempotency_records
      WHERE program_id = $1 AND principal = $2 AND method = $3 AND route = $4 AND key = $5 AND response_status IS NULL`,
    id,
  );
}

function replay(record: RecordRow): Response {
  const headers = new Headers(record.response_headers ?? {});
  headers.set('Idempotent-Replayed', 'true');
  return new Response(record.response_body, { status: record.response_status!, headers });
}

const inProgress = () =>
  new ProblemError('idempotency_request_in_progress', {
    detail: 'The first request with this Idempotency-Key is still running; retry shortly.',
    extra: { retry_after: 1 },
    headers: { 'Retry-After': '1' },
  });
