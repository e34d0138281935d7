import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FlywheelError } from '@flywheel/sdk';
import { createClient } from '@flywheel/sdk';
import { dealRegistrations } from '@flywheel/sdk/deals';
import { FaultProxy } from '../../../test/support/fault-proxy.js';
import { startTestServer, type TestServer } from '../../../test/support/test-server.js';

/**
 * The deal registration client of a partner portal, against the real server through a real
 * fault-injecting proxy: what the issue calls "whatever the network does".
 */
let server: TestServer;
let proxy: FaultProxy;
let clock = new Date('2026-11-27T12:00:00Z');
const PORTAL = 'http://localhost:7106';
const PARTNER_KEY = 'sk_partner_test_northwind_revenue_labs';

beforeAll(async () => {
  server = await startTestServer({
    now: () => clock,
    rateLimits: { partner_writes: { quota: 10_000, windowSeconds: 60 } },
  });
  proxy = await FaultProxy.start(server.url);
});
afterEach(() => {
  proxy.reset();
});
afterAll(async () => {
  await proxy.close();
  await server.close();
});

/** The portal's own backend minting sessions (directly, not through the faulty network). */
const minted: string[] = [];
async function fetchSession(): Promise<string> {
  const response = await fetch(`${server.url}/v1/embed_sessions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${PARTNER_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      kind: 'partner',
      partner_user: { external_id: 'u_sdk', name: 'Ana' },
      scopes: ['deals:read', 'deals:write'],
      allowed_origins: [PORTAL],
      expires_in: 60,
    }),
  });
  const session = (await response.json()) as { client_secret: string };
  minted.push(session.client_secret);
  return session.client_secret;
}
const fromPortal: typeof fetch = (input, init) =>
  fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), origin: PORTAL } });

function deals() {
  const client = createClient({
    apiBase: proxy.url,
    fetchSession,
    fetch: fromPortal,
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
  });
  return dealRegistrations(client);
}

let customer = 0;
function input() {
  customer++;
  return {
    customer: {
      company_name: `SDK Customer ${customer}`,
      domain: `sdk-customer-${customer}.example`,
      country: 'US',
    },
    contact: { first_name: 'Lee', last_name: 'Park', email: `lee@sdk-customer-${customer}.example` },
    opportunity: {
      amount: { amount: 5_000_000, currency: 'JPY' },
      expected_close_date: '2027-02-28',
      deal_type: 'expansion' as const,
      products: ['data_platform'],
      sourcing: 'partner_assisted' as const,
    },
    custom_fields: { use_case: 'analytics' },
    submit: true,
  };
}
const countOf = async (companyName: string) =>
  (
    await server.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM deal_registrations WHERE data->'customer'->>'company_name' = $1`,
      [companyName],
    )
  ).rows[0]!.n;

describe('deal registrations in the SDK', () => {
  it('reads the form, registers, lists and withdraws through a partner session', async () => {
    const client = deals();
    const form = await client.form();
    expect(form.currencies).toContainEqual({ code: 'JPY', exponent: 0 });
    const created = await client.create(input());
    expect(created).toMatchObject({
      status: 'submitted',
      opportunity: { amount: { amount: 5_000_000, currency: 'JPY' } },
    });
    const list = await client.list({ status: ['submitted'] });
    expect(list.data.map((deal) => deal.id)).toContain(created.id);
    const withdrawn = await client.withdraw(created.id, 'Timing');
    expect(withdrawn.status).toBe('withdrawn');
    expect((await client.get(created.id)).status).toBe('withdrawn');
  });

  it('creates exactly one registration when the answer is lost after the server committed', async () => {
    const client = deals();
    const body = input();
    proxy.inject('POST', '/v1/deal_registrations', { kind: 'drop-response' });
    const created = await client.create(body);
    expect(created.status).toBe('submitted');
    expect(await countOf(body.customer.company_name)).toBe(1);
  });

  it('creates one when the partner retries with the kept key after a failed submit (a reload, a double click)', async () => {
    const client = deals();
    const body = input();
    const key = crypto.randomUUID();
    proxy.inject(
      'POST',
      '/v1/deal_registrations',
      { kind: 'drop-response' },
      { kind: 'drop-response' },
      { kind: 'drop-response' },
      { kind: 'drop-response' },
    );
    const failed = await client.create(body, { idempotencyKey: key }).catch((e: unknown) => e);
    expect((failed as FlywheelError).code).toBe('network_error');
    proxy.reset();
    // A double click: two sends with the one key, at once (the SDK retries the one that finds the
    // other in progress, and gets the same answer replayed).
    const [first, second] = await Promise.all([
      client.create(body, { idempotencyKey: key }),
      deals().create(body, { idempotencyKey: key }),
    ]);
    expect(second.id).toBe(first.id);
    expect(await countOf(body.customer.company_name)).toBe(1);
  });

  it('keeps going when the session expires between typing and submitting', async () => {
    const client = deals();
    await client.form();
    const before = minted.length;
    clock = new Date(clock.getTime() + 61_000);
    const body = input();
    const created = await client.create(body);
    expect(created.status).toBe('submitted');
    expect(minted.length).toBe(before + 1);
    expect(await countOf(body.customer.company_name)).toBe(1);
  });

  it('edits with the version it read; an edit whose answer was lost is not applied twice', async () => {
    const client = deals();
    const draft = await client.create({ ...input(), submit: false });
    proxy.inject('PATCH', '/v1/deal_registrations/', { kind: 'drop-response' });
    const edited = await client.update(draft.id, draft.version, {
      notes: 'First call with the buyer went well',
    });
    expect(edited).toMatchObject({
      notes: 'First call with the buyer went well',
      version: draft.version + 1,
    });
    const stale = (await client
      .update(draft.id, draft.version, { notes: 'An edit from an old tab' })
      .catch((e: unknown) => e)) as FlywheelError;
    expect(stale.code).toBe('precondition_failed');
    expect((await client.get(draft.id)).notes).toBe('First call with the buyer went well');
  });

  it('refuses invalid input before sending, with the server’s pointers', async () => {
    const client = deals();
    const error = (await client
      .create({ ...input(), contact: { first_name: 'A', last_name: '', email: 'x' } })
      .catch((e: unknown) => e)) as FlywheelError;
    expect(error.code).toBe('validation_failed');
    expect(error.errors.map((e) => e.pointer).sort()).toEqual(['#/contact/email', '#/contact/last_name']);
  });

  it('pre-checks a customer being typed', async () => {
    const client = deals();
    const body = input();
    await client.create(body);
    const result = await client.check({ company_name: 'x', country: 'US', domain: body.customer.domain });
    expect(result).toMatchObject({ status: 'duplicate', reasons: ['own_registration'] });
  });

  it('pages a filtered list with the cursor, every row once, and reads a registration’s history', async () => {
    const client = deals();
    const mine: string[] = [];
    for (let i = 0; i < 5; i++) {
      const body = input();
      body.customer.company_name = `SDK Paging ${customer}`;
      mine.push((await client.create({ ...body, submit: i % 2 === 0 })).id);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await client.list({ q: ' sdk paging ', sort: '-amount', limit: 2, cursor });
      expect(page.total_count).toBe(5);
      seen.push(...page.data.map((deal) => deal.id));
      cursor = page.next_cursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect([...seen].sort()).toEqual([...mine].sort());

    const filtered = await client.list({
      q: 'SDK PAGING',
      status: ['draft'],
      createdAfter: new Date(clock.getTime() - 1000),
      createdBefore: '2100-01-01',
      sort: 'expected_close_date',
    });
    expect(filtered.total_count).toBe(2);
    const wrong = (await client
      .list({
        q: 'sdk paging',
        status: ['submitted'],
        limit: 2,
        cursor: (await client.list({ q: 'sdk paging', limit: 2 })).next_cursor!,
      })
      .catch((e: unknown) => e)) as FlywheelError;
    expect([wrong.code, wrong.status]).toEqual(['invalid_cursor', 400]);

    const draft = mine[1]!;
    await client.submit(draft);
    await client.withdraw(draft, 'Budget moved to next year');
    const history = await client.history(draft);
    expect(history.data.map((event) => [event.actor, event.action, event.to_status, event.message])).toEqual([
      ['partner', 'create', 'draft', null],
      ['partner', 'submit', 'submitted', null],
      ['partner', 'withdraw', 'withdrawn', 'Budget moved to next year'],
    ]);
    const unknown = (await client
      .history('dreg_01JZZZZZZZZZZZZZZZZZZZZZZZ')
      .catch((e: unknown) => e)) as FlywheelError;
    expect(unknown.code).toBe('not_found');
  });
});
