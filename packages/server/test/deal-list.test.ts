import { randomUUID } from 'node:crypto';
import { DealRegistration, dealRegistrationHistory, dealRegistrationList } from '@flywheel/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type ApiResponse } from '../../../test/support/http.js';
import { startTestServer, type TestServer } from '../../../test/support/test-server.js';
import { demoPartnerKey } from '../src/seed/seed-database.js';

/**
 * `GET /v1/deal_registrations` filters, sorts and cursor pagination, and
 * `GET /v1/deal_registrations/{id}/history`, on a server of its own (the seeded registrations plus
 * the ones made here), so counts are exact.
 */
let server: TestServer;
// The seed dates its registrations from the real day; the clock starts there and moves on per create.
const clock = new Date(Math.floor(Date.now() / 1000) * 1000);
const PORTAL = 'http://localhost:7107';
let northwind: string;
let bluefin: string;
let northwindId: string;

const DAY = 86_400_000;
const day = (offset: number) => new Date(clock.getTime() + offset * DAY).toISOString().slice(0, 10);

async function mintSession(slug: string): Promise<string> {
  const r = await api(server.url, '/v1/embed_sessions', {
    key: demoPartnerKey(slug).token,
    body: {
      kind: 'partner',
      partner_user: { external_id: `u_${slug}`, name: 'Ana' },
      scopes: ['deals:read', 'deals:write'],
      allowed_origins: [PORTAL],
    },
  });
  return r.json.client_secret as string;
}

let customers = 0;
function deal(options: { amount: number; close: number; stage: string; submit?: boolean }) {
  customers++;
  return {
    customer: {
      company_name: `Zephyr Search ${customers}`,
      domain: `zephyr-search-${customers}.example`,
      country: 'DE',
    },
    contact: {
      first_name: 'Quinn',
      last_name: `Lindqvist${customers}`,
      email: `quinn.${customers}@zephyr-search-${customers}.example`,
    },
    opportunity: {
      amount: { amount: options.amount, currency: 'EUR' },
      expected_close_date: day(options.close),
      deal_type: 'new_business',
      products: ['crm_core'],
      sourcing: 'partner_sourced',
    },
    stage: options.stage,
    custom_fields: { use_case: 'analytics' },
    ...(options.submit ? { submit: true } : {}),
  };
}

const create = (session: string, body: unknown): Promise<ApiResponse> =>
  api(server.url, '/v1/deal_registrations', {
    key: session,
    origin: PORTAL,
    body,
    headers: { 'idempotency-key': randomUUID() },
  });
const act = (credential: string, id: string, action: string, body?: unknown): Promise<ApiResponse> =>
  api(server.url, `/v1/deal_registrations/${id}/${action}`, {
    key: credential,
    method: 'POST',
    ...(credential.startsWith('ps_') ? { origin: PORTAL } : {}),
    ...(body === undefined ? {} : { body }),
    headers: { 'idempotency-key': randomUUID() },
  });
const list = (query: string, key = northwind) =>
  api(server.url, `/v1/deal_registrations?${query}`, {
    key,
    ...(key.startsWith('ps_') ? { origin: PORTAL } : {}),
  });
const history = (id: string, key = northwind) =>
  api(server.url, `/v1/deal_registrations/${id}/history`, {
    key,
    ...(key.startsWith('ps_') ? { origin: PORTAL } : {}),
  });

type Deal = DealRegistration;

/** Every page of a query, checking each with the contract and that `total_count` never changes. */
async function walk(query: string, key = northwind): Promise<{ rows: Deal[]; total: number; pages: number }> {
  const rows: Deal[] = [];
  let cursor: string | null = null;
  let total: number | undefined;
  let pages = 0;
  do {
    const r = await list(`${query}${cursor ? `&cursor=${cursor}` : ''}`, key);
    expect(r.status, r.text).toBe(200);
    const page = dealRegistrationList.parse(r.json);
    total ??= page.total_count;
    expect(page.total_count).toBe(total);
    expect(page.has_more).toBe(page.next_cursor !== null);
    rows.push(...page.data);
    cursor = page.next_cursor;
    pages++;
  } while (cursor && pages < 100);
  return { rows, total, pages };
}

/** The ids the database holds for the partner, optionally filtered: what every walk must return. */
async function idsInDatabase(where = 'TRUE', values: unknown[] = []): Promise<string[]> {
  const { rows } = await server.db.query<{ id: string }>(
    `SELECT id FROM deal_registrations WHERE partner_id = $1 AND ${where}`,
    [northwindId, ...values],
  );
  return rows.map((row) => row.id).sort();
}

const STAGES = ['qualification', 'discovery', 'proposal', 'negotiation', 'commit'];
const made: Deal[] = [];

beforeAll(async () => {
  server = await startTestServer({
    now: () => clock,
    rateLimits: { partner_writes: { quota: 10_000, windowSeconds: 60 } },
  });
  northwind = await mintSession('northwind-revenue-labs');
  bluefin = await mintSession('bluefin-data-systems');
  // Twelve registrations beside the seeded ones: amounts and close dates with ties, four of them
  // made at one instant (ties on created_at), six approved a day apart (protection expiries in order).
  const amounts = [900_000, 150_000, 900_000, 420_000, 75_000, 150_000, 3_000_000, 420_000, 5_000, 900_000];
  for (let i = 0; i < 12; i++) {
    if (i < 8 || i === 11) clock.setTime(clock.getTime() + 60_000);
    const r = await create(
      northwind,
      deal({
        amount: amounts[i % amounts.length]!,
        close: 20 + (i % 4) * 15,
        stage: STAGES[i % 5]!,
        submit: i % 3 !== 0,
      }),
    );
    expect(r.status, r.text).toBe(201);
    made.push(DealRegistration.parse(r.json));
  }
  northwindId = made[0]!.partner_id;
  for (const [n, registration] of made
    .filter((d) => d.status === 'submitted')
    .slice(0, 6)
    .entries()) {
    clock.setTime(clock.getTime() + (n + 1) * 3_600_000);
    const approved = await act(server.secretKey, registration.id, 'approve');
    expect(approved.status, approved.text).toBe(200);
  }
  // Sessions live for minutes: fresh ones for the tests, after the clock moved on a day.
  northwind = await mintSession('northwind-revenue-labs');
  bluefin = await mintSession('bluefin-data-systems');
}, 120_000);
afterAll(() => server.close());

describe('GET /v1/deal_registrations: search and filters', () => {
  it('finds registrations by company, number, contact name and email, case-insensitively (q)', async () => {
    const all = await walk('q=zEpHyR%20SEARCH&limit=100');
    expect(all.rows.map((d) => d.id).sort()).toEqual(made.map((d) => d.id).sort());
    expect(all.total).toBe(made.length);

    const target = made[4]!;
    const byNumber = await list(`q=${target.number.toLowerCase()}`);
    expect(byNumber.json.data.map((d: Deal) => d.id)).toEqual([target.id]);
    expect(byNumber.json.total_count).toBe(1);
    const byEmail = await list(`q=${encodeURIComponent(`  ${target.contact.email.toUpperCase()}  `)}`);
    expect(byEmail.json.data.map((d: Deal) => d.id)).toEqual([target.id]);
    const byLastName = await list(`q=${target.contact.last_name.toLowerCase()}`);
    expect(byLastName.json.data.map((d: Deal) => d.id)).toEqual([target.id]);
    // The digits of a number alone match too (`DR-000123` contains `123`).
    const digits = target.number.slice(-6);
    const byDigits = await list(`q=${digits}&limit=100`);
    expect(byDigits.json.data.map((d: Deal) => d.id)).toContain(target.id);
  });

  it('treats q as text (no wildcards), ignores blank q and refuses a q over 200 characters', async () => {
    for (const wildcard of ['%25', '_', '%5C']) {
      const r = await list(`q=${wildcard}`);
      expect([r.status, r.json.total_count]).toEqual([200, 0]);
    }
    const blank = await list('q=%20%20%20');
    expect(blank.json.total_count).toBe((await idsInDatabase()).length);
    const long = await list(`q=${'a'.repeat(201)}`);
    expect([long.status, long.json.code, long.json.errors[0].pointer]).toEqual([
      400,
      'invalid_request',
      '#/query/q',
    ]);
  });

  it('combines status (repeatable or comma list) and stage filters, with an exact total_count', async () => {
    const both = await walk('status=approved,draft&stage=proposal&limit=5');
    const expected = await idsInDatabase(`status = ANY ($2) AND data->>'stage' = $3`, [
      ['approved', 'draft'],
      'proposal',
    ]);
    expect(expected.length).toBeGreaterThan(0);
    expect(both.rows.map((d) => d.id).sort()).toEqual(expected);
    expect(both.total).toBe(expected.length);
    expect(
      both.rows.every((d) => ['approved', 'draft'].includes(d.status) && d.stage?.key === 'proposal'),
    ).toBe(true);
    const repeated = await list('status=approved&status=draft&stage=proposal&limit=100');
    expect(repeated.json.total_count).toBe(expected.length);
  });

  it('filters by creation time and protection expiry (dates are midnight UTC; before is exclusive)', async () => {
    const middle = made[5]!.created_at;
    const after = await walk(`created_after=${encodeURIComponent(middle)}&limit=100`);
    expect(after.rows.map((d) => d.id).sort()).toEqual(await idsInDatabase('created_at >= $2', [middle]));
    expect(after.rows.every((d) => d.created_at >= middle)).toBe(true);
    const before = await walk(`created_before=${encodeURIComponent(middle)}&limit=100`);
    expect(before.total + after.total).toBe((await idsInDatabase()).length);
    const byDate = await list(`created_before=${day(-10000)}`);
    expect(byDate.json.total_count).toBe(0);
    const withOffset = await list(
      `created_after=${encodeURIComponent(new Date(Date.parse(middle) + 2 * 3_600_000).toISOString().replace('Z', '+02:00'))}`,
    );
    expect(withOffset.json.total_count).toBe(after.total);

    const expiry = made.filter((d) => d.status === 'submitted')[2]!;
    const approved = (await api(server.url, `/v1/deal_registrations/${expiry.id}`, { key: server.secretKey }))
      .json as Deal;
    const cut = approved.protection!.expires_at;
    const expiring = await walk(`expires_before=${encodeURIComponent(cut)}&limit=100`);
    expect(expiring.rows.map((d) => d.id).sort()).toEqual(
      await idsInDatabase(`(protection->>'expires_at')::timestamptz < $2`, [cut]),
    );
    expect(expiring.rows.every((d) => d.protection !== null && d.protection.expires_at < cut)).toBe(true);
  });

  it('answers 400 with a pointer at each bad parameter', async () => {
    const cases: [string, string][] = [
      ['status=approved,nope', '#/query/status/1'],
      ['stage=nope', '#/query/stage'],
      ['sort=-name', '#/query/sort'],
      ['created_after=yesterday', '#/query/created_after'],
      ['created_before=2026-02-30', '#/query/created_before'],
      ['expires_before=2026-11-27T12:00', '#/query/expires_before'],
      ['limit=0', '#/query/limit'],
      ['limit=101', '#/query/limit'],
      ['partner=ptr_x', '#/query/partner'],
    ];
    for (const [query, pointer] of cases) {
      const r = await list(query);
      expect([r.status, r.json.code], query).toEqual([400, 'invalid_request']);
      expect(
        r.json.errors.map((e: { pointer: string }) => e.pointer),
        query,
      ).toEqual([pointer]);
    }
  });
});

describe('GET /v1/deal_registrations: sorts and pages', () => {
  it('pages with limit 5 through every row once (default sort), with total_count right', async () => {
    const all = await walk('limit=5');
    const expected = await idsInDatabase();
    expect(expected.length).toBeGreaterThan(15);
    expect(all.total).toBe(expected.length);
    expect(all.pages).toBe(Math.ceil(expected.length / 5));
    const ids = all.rows.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(expected);
    const first = await list('');
    expect(first.json.data).toHaveLength(Math.min(20, expected.length));
  });

  const compare = {
    '-created_at': (a: Deal, b: Deal) => Date.parse(b.created_at) - Date.parse(a.created_at),
    expected_close_date: (a: Deal, b: Deal) =>
      a.opportunity.expected_close_date.localeCompare(b.opportunity.expected_close_date),
    '-amount': (a: Deal, b: Deal) => b.opportunity.amount.amount - a.opportunity.amount.amount,
    protection_expires_at: (a: Deal, b: Deal) =>
      (a.protection ? 0 : 1) - (b.protection ? 0 : 1) ||
      (a.protection && b.protection
        ? Date.parse(a.protection.expires_at) - Date.parse(b.protection.expires_at)
        : 0),
  };
  for (const [sort, order] of Object.entries(compare)) {
    it(`sorts by ${sort} across pages, ties broken by id`, async () => {
      const { rows, total } = await walk(`sort=${sort}&limit=5`);
      expect(rows).toHaveLength(total);
      expect(total).toBe((await idsInDatabase()).length);
      const expected = [...rows].sort((a, b) => order(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      expect(rows.map((d) => d.id)).toEqual(expected.map((d) => d.id));
      // The walk met ties (else the id tie-break would be untested).
      expect(rows.some((d, i) => i > 0 && order(rows[i - 1]!, d) === 0)).toBe(true);
    });
  }

  it('pages a filtered, sorted query with its cursor and refuses that cursor with other filters', async () => {
    const first = await list('status=submitted,approved&sort=-amount&limit=2');
    expect(first.json.has_more).toBe(true);
    const cursor = first.json.next_cursor as string;
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    const second = await list(`status=approved,submitted&sort=-amount&limit=2&cursor=${cursor}`);
    expect(second.status).toBe(200);
    expect(second.json.data[0].id).not.toBe(first.json.data[1].id);

    for (const other of [
      'status=draft&sort=-amount&limit=2',
      'status=submitted,approved&sort=expected_close_date&limit=2',
      'status=submitted,approved&sort=-amount&q=zephyr&limit=2',
    ]) {
      const r = await list(`${other}&cursor=${cursor}`);
      expect([r.status, r.json.code], other).toEqual([400, 'invalid_cursor']);
      expect(r.json.errors).toEqual([
        expect.objectContaining({ pointer: '#/query/cursor', code: 'invalid_value' }),
      ]);
    }
    // Another partner's session cannot continue it either.
    const asOther = await list(`status=submitted,approved&sort=-amount&limit=2&cursor=${cursor}`, bluefin);
    expect(asOther.json.code).toBe('invalid_cursor');
    for (const forged of ['abc', Buffer.from('{"h":"x","s":0,"k":[1]}').toString('base64url')]) {
      const r = await list(`cursor=${forged}`);
      expect([r.status, r.json.code], forged).toEqual([400, 'invalid_cursor']);
    }
  });
});

describe('GET /v1/deal_registrations: who sees what', () => {
  it('shows a partner session its partner’s rows only; the secret key sees every partner’s', async () => {
    const own = await walk('limit=100');
    expect(own.rows.every((d) => d.partner_id === northwindId)).toBe(true);
    const platform = await list('limit=100', server.secretKey);
    const { rows } = await server.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM deal_registrations',
    );
    expect(platform.json.total_count).toBe(rows[0]!.n);
    expect(platform.json.total_count).toBeGreaterThan(own.total);
    const otherQ = await list(`q=${made[0]!.number}`, bluefin);
    expect(otherQ.json.total_count).toBe(0);
  });

  it('never lets a publishable key read the list or a history', async () => {
    for (const path of ['/v1/deal_registrations', `/v1/deal_registrations/${made[0]!.id}/history`]) {
      const r = await api(server.url, path, { key: server.publishableKey, origin: PORTAL });
      expect([r.status, r.json.code], path).toEqual([403, 'insufficient_scope']);
    }
  });
});

describe('GET /v1/deal_registrations/{id}/history', () => {
  it('lists create, submit and withdraw in order, oldest first', async () => {
    const created = await create(northwind, deal({ amount: 10_000, close: 30, stage: 'discovery' }));
    const id = created.json.id as string;
    clock.setTime(clock.getTime() + 1000);
    expect((await act(northwind, id, 'submit')).status).toBe(200);
    clock.setTime(clock.getTime() + 1000);
    expect((await act(northwind, id, 'withdraw', { reason: 'Customer paused the project' })).status).toBe(
      200,
    );
    const r = await history(id);
    expect(r.status).toBe(200);
    const events = dealRegistrationHistory.parse(r.json);
    expect(events).toMatchObject({ object: 'list', has_more: false, next_cursor: null });
    expect(events.data.map(({ at: _at, ...rest }) => rest)).toEqual([
      {
        object: 'deal_registration_event',
        actor: 'partner',
        action: 'create',
        from_status: null,
        to_status: 'draft',
        message: null,
      },
      {
        object: 'deal_registration_event',
        actor: 'partner',
        action: 'submit',
        from_status: 'draft',
        to_status: 'submitted',
        message: null,
      },
      {
        object: 'deal_registration_event',
        actor: 'partner',
        action: 'withdraw',
        from_status: 'submitted',
        to_status: 'withdrawn',
        message: 'Customer paused the project',
      },
    ]);
    const times = events.data.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect((await history(id, server.secretKey)).json.data).toHaveLength(3);
  });

  it('answers 404 for another partner’s registration, as for an unknown id', async () => {
    for (const id of [made[0]!.id, 'dreg_01JZZZZZZZZZZZZZZZZZZZZZZZ', 'nope']) {
      const r = await history(id, bluefin);
      expect([r.status, r.json.code], id).toEqual([404, 'not_found']);
    }
  });

  it('shows a partner the platform’s messages to it, never an approval’s override reason', async () => {
    // Northwind's approved registration protects the customer; Bluefin registers it too (rule D2).
    const body = deal({ amount: 50_000, close: 40, stage: 'proposal', submit: true });
    const first = await create(northwind, body);
    expect((await act(server.secretKey, first.json.id, 'approve')).status).toBe(200);
    const second = await create(bluefin, body);
    expect(second.json.duplicate_check.status).toBe('conflict');
    const id = second.json.id as string;
    expect((await act(server.secretKey, id, 'request_info', { message: 'Who is the buyer?' })).status).toBe(
      200,
    );
    expect((await act(bluefin, id, 'submit')).status).toBe(200);
    const override = 'Northwind Revenue Labs agreed to a joint deal';
    expect((await act(server.secretKey, id, 'approve', { override: { reason: override } })).status).toBe(200);

    const asPartner = dealRegistrationHistory.parse((await history(id, bluefin)).json).data;
    expect(asPartner.map((e) => [e.actor, e.action, e.message])).toEqual([
      ['partner', 'create_and_submit', null],
      ['platform', 'request_info', 'Who is the buyer?'],
      ['partner', 'submit', null],
      ['platform', 'approve', null],
    ]);
    expect(JSON.stringify(asPartner)).not.toContain('Northwind');
    const asPlatform = (await history(id, server.secretKey)).json.data as { message: string | null }[];
    expect(asPlatform.at(-1)!.message).toBe(override);
  });
});
