import { describe, expect, it } from 'vitest';
import { migrate, splitStatements } from '../src/db/migrate.js';
import { migrations } from '../src/db/migrations/index.js';
import { startTestServer } from '../../../test/support/test-server.js';

describe('migrations', () => {
  it('are applied once: a second run finds nothing to do', async () => {
    const server = await startTestServer();
    try {
      expect(await migrate(server.db)).toEqual([]);
      const { rows } = await server.db.query<{ version: number }>(
        'SELECT version FROM schema_migrations ORDER BY version',
      );
      expect(rows.map((r) => r.version)).toEqual(migrations.map((m) => m.version));
    } finally {
      await server.close();
    }
  });

  it('are numbered in order without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('split at top-level semicolons only', () => {
    const sql = `CREATE TABLE a (x text DEFAULT ';'); -- a comment; with a semicolon
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END; $$;
SELECT 1`;
    expect(splitStatements(sql)).toEqual([
      "CREATE TABLE a (x text DEFAULT ';')",
      'CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END; $$',
      'SELECT 1',
    ]);
  });
});
