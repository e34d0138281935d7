import pg from 'pg';
import type { Database, Queryable, QueryResult } from './database.js';

// Keep int8 (count(*), sums) as strings is pg's default; our SQL casts counts to int, so the
// only conversions we need are the defaults: timestamptz → Date, arrays → arrays, jsonb → objects.

function wrap(target: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      const result = await target.query(sql, params as unknown[]);
      return { rows: result.rows as T[], rowCount: result.rowCount ?? result.rows.length };
    },
  };
}

/** A real PostgreSQL server through a connection pool: what several server processes share. */
export async function openPostgresDatabase(
  connectionString: string,
  options: { max?: number; onConnectionError?: (error: Error) => void } = {},
): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10 });
  // A connection the server closes (restart, failover, an admin) must not crash the process: the
  // pool drops it and opens a new one on the next query. Clients being shut down report here too.
  const onConnectionError =
    options.onConnectionError ??
    ((error: Error) => {
      console.warn(`[flywheel] database connection closed: ${error.message}`);
    });
  pool.on('error', onConnectionError);
  pool.on('connect', (client) => client.on('error', onConnectionError));
  // Fail fast with a clear error when the server is unreachable.
  const client = await pool.connect();
  client.release();
  const base = wrap(pool);
  return {
    kind: 'postgres',
    query: (sql, params) => base.query(sql, params),
    async transaction(fn) {
      const conn = await pool.connect();
      try {
        await conn.query('BEGIN');
        const result = await fn(wrap(conn));
        await conn.query('COMMIT');
        return result;
      } catch (error) {
        await conn.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        conn.release();
      }
    },
    async exec(sql) {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}
