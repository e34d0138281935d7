/**
 * The one storage seam of the server: PostgreSQL, either embedded (PGlite) or a real server.
 * Everything above it speaks plain SQL with `$n` parameters, so the same queries and migrations run
 * on both.
 */
export interface QueryResult<T> {
  rows: T[];
  rowCount: number;
}

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction; commits when it resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs several statements at once (migrations). No parameters. */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}
