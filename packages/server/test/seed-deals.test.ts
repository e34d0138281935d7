import { DEAL_STATUSES } from '@flywheel/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../../../test/support/http.js';
import { startTestServer, type TestServer } from '../../../test/support/test-server.js';
import { demoPartnerKey } from '../src/seed/seed-database.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('the seeded deal registrations', () => {
  it('cover every status and several currencies, JPY and KWD included', async () => {
    const { rows } = await server.db.query<{ status: string; currency: string }>(
      `SELECT status, data->'opportunity'->'amount'->>'currency' AS currency FROM deal_registrations`,
    );
    expect(new Set(rows.map((row) => row.status))).toEqual(new Set(DEAL_STATUSES));
    const currencies = new Set(rows.map((row) => row.currency));
    for (const code of ['USD', 'EUR', 'JPY', 'KWD']) expect(currencies).toContain(code);
  });

  it('read in order: created, then submitted, then approved, then closed', async () => {
    const { rows } = await server.db.query<{ out_of_order: number }>(
      `SELECT count(*)::int AS out_of_order FROM deal_registrations
        WHERE submitted_at < created_at OR approved_at < submitted_at OR closed_at < approved_at`,
    );
    expect(rows[0]!.out_of_order).toBe(0);
  });

  it('have a history that reads in order and ends in their status', async () => {
    const { rows } = await server.db.query<{ status: string; last: string; ordered: boolean; first: string }>(
      `SELECT r.status,
              (array_agg(e.to_status ORDER BY e.at, e.id))[count(*)] AS last,
              (array_agg(e.action ORDER BY e.at, e.id))[1] AS first,
              bool_and(e.at >= r.created_at AND e.at <= now()) AS ordered
         FROM deal_registrations r JOIN deal_registration_events e ON e.deal_registration_id = r.id
        GROUP BY r.id, r.status`,
    );
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      expect(row.last).toBe(row.status);
      expect(row.first).toBe('create');
      expect(row.ordered).toBe(true);
    }
  });

  it('plant conflicts (another partner’s protection, a protected account) and possible duplicates', async () => {
    const { rows } = await server.db.query<{ status: string; reasons: string[] }>(
      `SELECT duplicate_check->>'status' AS status, ARRAY(SELECT jsonb_array_elements_text(duplicate_check->'reasons')) AS reasons
         FROM deal_registrations WHERE duplicate_check IS NOT NULL`,
    );
    const reasons = (status: string) =>
      new Set(rows.filter((r) => r.status === status).flatMap((r) => r.reasons));
    expect([...reasons('conflict')]).toEqual(expect.arrayContaining(['domain', 'existing_customer']));
    expect([...reasons('possible_duplicate')]).toContain('domain');
  });

  it('give each active golden partner a working partner key, and some expiring protection', async () => {
    const minted = await api(server.url, '/v1/embed_sessions', {
      key: demoPartnerKey('qor').token,
      body: {
        kind: 'partner',
        partner_user: { external_id: 'u' },
        scopes: ['deals:read'],
        allowed_origins: ['http://localhost:7105'],
      },
    });
    expect(minted.status).toBe(201);
    const list = await api(server.url, '/v1/deal_registrations?limit=100', {
      key: minted.json.client_secret,
      origin: 'http://localhost:7105',
    });
    expect(list.json.data.length).toBeGreaterThan(0);
    expect(
      list.json.data.every((deal: { partner_id: string }) => deal.partner_id === minted.json.partner_id),
    ).toBe(true);
    const { rows } = await server.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM deal_registrations
        WHERE status = 'approved' AND (protection->>'expires_at')::timestamptz < now() + interval '14 days'`,
    );
    expect(rows[0]!.n).toBeGreaterThan(0);
  });
});
