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

  it('move override reasons stored in a decision message to the platform-only override_reason', async () => {
    const server = await startTestServer();
    try {
      const { rows } = await server.db.query<{ id: string }>(
        `SELECT id FROM deal_registrations WHERE decision IS NOT NULL ORDER BY id LIMIT 2`,
      );
      const [withMessage, alone] = rows.map((row) => row.id);
      const setMessage = (id: string | undefined, message: string) =>
        server.db.query(
          `UPDATE deal_registrations SET decision = decision || jsonb_build_object('message', $2::text) WHERE id = $1`,
          [id, message],
        );
      await setMessage(withMessage, 'Override: Joint deal with Bluefin — Welcome aboard');
      await setMessage(alone, 'Override: Agreed by both partners');
      await server.db.query(migrations.find((m) => m.name === 'override-reasons')!.sql);
      const after = await server.db.query<{
        id: string;
        decision: { message: string | null; override_reason?: string };
      }>('SELECT id, decision FROM deal_registrations WHERE id = ANY($1) ORDER BY id', [
        [withMessage, alone],
      ]);
      const byId = new Map(after.rows.map((row) => [row.id, row.decision]));
      expect(byId.get(withMessage!)).toMatchObject({
        message: 'Welcome aboard',
        override_reason: 'Joint deal with Bluefin',
      });
      expect(byId.get(alone!)).toMatchObject({ message: null, override_reason: 'Agreed by both partners' });
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
