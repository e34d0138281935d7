import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPostgresDatabase } from '../src/db/postgres-database.js';
import { api } from '../../../test/support/http.js';
import { databaseUrlFor, testStorage } from '../../../test/setup/storage-mode.js';
import { demoPartnerKey } from '../src/seed/seed-database.js';

interface ServerProcess {
  url: string;
  stop(): Promise<void>;
}
/** `test/support/server-process.mjs` (plain JS, shared with the demo and the bench): the shape used here. */
interface ServerProcessModule {
  startServerProcess(options: { env?: Record<string, string> }): Promise<ServerProcess>;
}
const SERVER_PROCESS = new URL('../../../test/support/server-process.mjs', import.meta.url);

/**
 * Two server processes on one PostgreSQL, as behind a load balancer: sessions, their revocation,
 * idempotency records and rate limits are in the database, so either process honours what the other
 * did. (PGlite is one process's embedded database; this runs in `pnpm test:postgres`.)
 */
describe.skipIf(testStorage() !== 'postgres')('several server processes on one PostgreSQL', () => {
  const PORTAL = 'http://localhost:7107';
  let a: ServerProcess;
  let b: ServerProcess;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    const templateUrl = inject('postgresTemplateUrl');
    const name = `flywheel_multi_${process.pid}_${Date.now()}`;
    const admin = await openPostgresDatabase(databaseUrlFor(templateUrl, 'postgres'), { max: 1 });
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${new URL(templateUrl).pathname.slice(1)}`);
    const env = { DATABASE_URL: databaseUrlFor(templateUrl, name) };
    const { startServerProcess } = (await import(SERVER_PROCESS.href)) as ServerProcessModule;
    [a, b] = await Promise.all([startServerProcess({ env }), startServerProcess({ env })]);
    dispose = async () => {
      await Promise.all([a.stop(), b.stop()]);
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    };
  }, 120_000);
  afterAll(() => dispose());

  it('honour each other’s sessions, revocations and idempotency keys', async () => {
    const minted = await api(a.url, '/v1/embed_sessions', {
      key: demoPartnerKey('northwind-revenue-labs').token,
      body: {
        kind: 'partner',
        partner_user: { external_id: 'u' },
        scopes: ['deals:read', 'deals:write'],
        allowed_origins: [PORTAL],
      },
    });
    const session = minted.json.client_secret as string;
    expect((await api(b.url, '/v1/me', { key: session, origin: PORTAL })).json.partner_id).toBe(
      minted.json.partner_id,
    );

    const key = randomUUID();
    const body = {
      customer: { company_name: 'Multi Process Co', domain: 'multi-process.example', country: 'US' },
      contact: { first_name: 'A', last_name: 'B', email: 'a@multi-process.example' },
      opportunity: {
        amount: { amount: 100, currency: 'USD' },
        expected_close_date: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
        deal_type: 'new_business',
        products: [],
        sourcing: 'partner_sourced',
      },
      custom_fields: { use_case: 'marketing' },
    };
    const post = (url: string) =>
      api(url, '/v1/deal_registrations', {
        key: session,
        origin: PORTAL,
        body,
        headers: { 'idempotency-key': key },
      });
    const first = await post(a.url);
    const replay = await post(b.url);
    expect(first.status).toBe(201);
    expect(replay.json.id).toBe(first.json.id);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');

    await api(b.url, `/v1/embed_sessions/${minted.json.id}`, { key: 'sk_test_demo', method: 'DELETE' });
    const afterRevoke = await api(a.url, '/v1/me', { key: session, origin: PORTAL });
    expect([afterRevoke.status, afterRevoke.json.code]).toEqual([401, 'unauthenticated']);
  });
});
