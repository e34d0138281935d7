import { randomUUID } from 'node:crypto';
import { DealRegistration, DealRegistrationForm } from '@flywheel/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type ApiResponse } from '../../../test/support/http.js';
import { startTestServer, type TestServer } from '../../../test/support/test-server.js';
import { demoPartnerKey } from '../src/seed/seed-database.js';

let server: TestServer;
const clock = new Date('2026-11-27T12:00:00Z');
const PORTAL = 'http://localhost:7103';
let northwind: string;
let bluefin: string;

beforeAll(async () => {
  // Generous write limits here; the last test checks the limit itself.
  server = await startTestServer({
    now: () => clock,
    rateLimits: { partner_writes: { quota: 10_000, windowSeconds: 60 } },
  });
  northwind = await mintSession('northwind-revenue-labs');
  bluefin = await mintSession('bluefin-data-systems');
});
afterAll(() => server.close());

async function mintSession(slug: string, scopes = ['deals:read', 'deals:write']): Promise<string> {
  const r = await api(server.url, '/v1/embed_sessions', {
    key: demoPartnerKey(slug).token,
    body: {
      kind: 'partner',
      partner_user: { external_id: `u_${slug}`, name: 'Ana' },
      scopes,
      allowed_origins: [PORTAL],
    },
  });
  return r.json.client_secret as string;
}

let customers = 0;
/** A registration of a new customer each time (rule D1 refuses a partner's second one of the same). */
const deal = (overrides: Record<string, unknown> = {}) => ({
  customer: {
    company_name: `Acme Robotics ${++customers}`,
    domain: `https://www.Acme-Robotics-${customers}.example/about`,
    country: 'DE',
  },
  contact: { first_name: 'Jo', last_name: 'Schmidt', email: `jo@acme-robotics-${customers}.example` },
  opportunity: {
    amount: { amount: 4_500_000, currency: 'EUR' },
    expected_close_date: '2027-03-31',
    deal_type: 'new_business',
    products: ['crm_core'],
    sourcing: 'partner_sourced',
  },
  stage: 'discovery',
  custom_fields: { use_case: 'sales_automation' },
  ...overrides,
});

const create = (session: string, body: unknown, key = randomUUID()) =>
  api(server.url, '/v1/deal_registrations', {
    key: session,
    origin: PORTAL,
    body,
    headers: { 'idempotency-key': key },
  });
const act = (credential: string, id: string, action: string, body?: unknown): Promise<ApiResponse> =>
  api(server.url, `/v1/deal_registrations/${id}/${action}`, {
    key: credential,
    method: 'POST',
    ...(credential.startsWith('ps_') ? { origin: PORTAL } : {}),
    ...(body === undefined ? {} : { body }),
    headers: { 'idempotency-key': randomUUID() },
  });

describe('POST /v1/deal_registrations', () => {
  it('creates a draft for the session’s partner, numbered, with a normalized domain and the partner’s actions', async () => {
    const r = await create(northwind, deal());
    expect(r.status).toBe(201);
    const created = DealRegistration.parse(r.json);
    expect(created).toMatchObject({
      status: 'draft',
      number: expect.stringMatching(/^DR-\d{6}$/),
      submitted_by: { external_id: 'u_northwind-revenue-labs', name: 'Ana' },
      stage: { key: 'discovery', label: 'Discovery', probability: 25 },
      allowed_actions: ['edit', 'delete', 'submit', 'withdraw'],
    });
    expect(created.customer.domain_normalized).toMatch(/^acme-robotics-\d+\.example$/);
    expect(r.headers.get('location')).toBe(`/v1/deal_registrations/${created.id}`);
  });

  it('answers 422 with a pointer at each bad field, from the schema and from the program’s rules', async () => {
    const r = await create(
      northwind,
      deal({
        customer: { company_name: '', country: 'DE' },
        opportunity: {
          amount: { amount: 0, currency: 'XXX' },
          expected_close_date: '2026-01-01',
          deal_type: 'new_business',
          products: [],
          sourcing: 'partner_sourced',
        },
      }),
    );
    expect(r.status).toBe(422);
    expect((r.json.errors as { pointer: string }[]).map((e) => e.pointer).sort()).toEqual([
      '#/customer/company_name',
      '#/opportunity/amount/amount',
    ]);
    const rules = await create(
      northwind,
      deal({
        customer: { company_name: 'No Site GmbH', country: 'DE' },
        opportunity: {
          ...deal().opportunity,
          amount: { amount: 100, currency: 'CHF' },
          expected_close_date: '2026-11-26',
        },
        stage: 'nope',
      }),
    );
    expect(rules.status).toBe(422);
    expect((rules.json.errors as { pointer: string }[]).map((e) => e.pointer)).toEqual([
      '#/customer/domain',
      '#/opportunity/amount/currency',
      '#/opportunity/expected_close_date',
      '#/stage',
    ]);
    const noWebsite = await create(
      northwind,
      deal({ customer: { company_name: 'Offline KG', country: 'DE', no_website: true } }),
    );
    expect(noWebsite.status).toBe(201);
    expect(noWebsite.json.customer.domain_normalized).toBeNull();
  });

  it('accepts money in each currency’s minor units (JPY 0 decimals, KWD 3)', async () => {
    for (const amount of [
      { amount: 1_200_000, currency: 'JPY' },
      { amount: 12_500, currency: 'KWD' },
    ]) {
      const r = await create(northwind, deal({ opportunity: { ...deal().opportunity, amount } }));
      expect(r.status).toBe(201);
      expect(r.json.opportunity.amount).toEqual(amount);
    }
  });

  it('is created once per Idempotency-Key, and only through a partner session', async () => {
    const key = randomUUID();
    const body = deal();
    const first = await create(northwind, body, key);
    const replay = await create(northwind, body, key);
    expect(replay.json.id).toBe(first.json.id);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    const bySecret = await api(server.url, '/v1/deal_registrations', {
      key: server.secretKey,
      body: deal(),
      headers: { 'idempotency-key': randomUUID() },
    });
    expect([bySecret.status, bySecret.json.code]).toEqual([403, 'insufficient_scope']);
    const readOnly = await mintSession('northwind-revenue-labs', ['deals:read']);
    const denied = await create(readOnly, deal());
    expect([denied.status, denied.json.code]).toEqual([403, 'insufficient_scope']);
  });
});

describe('GET /v1/deal_registration_form', () => {
  it('describes standard and custom fields, currencies with exponents, stages, products and protection', async () => {
    const r = await api(server.url, '/v1/deal_registration_form', { key: northwind, origin: PORTAL });
    expect(r.status).toBe(200);
    const form = DealRegistrationForm.parse(r.json);
    expect(form.currencies).toContainEqual({ code: 'JPY', exponent: 0 });
    expect(form.currencies).toContainEqual({ code: 'KWD', exponent: 3 });
    expect(form.custom_fields.map((field) => field.type)).toEqual([
      'select',
      'number',
      'multi_select',
      'date',
      'checkbox',
      'text',
    ]);
    expect(form.custom_fields[0]).toMatchObject({ key: 'use_case', required: true });
    expect(form.standard_fields).toContainEqual({
      pointer: '#/customer/company_name',
      required: true,
      max_length: 200,
    });
    expect(form.protection).toEqual({ days: 90, max_extensions: 1, extension_days: 30 });
    const byPublishable = await api(server.url, '/v1/deal_registration_form', {
      key: server.publishableKey,
      origin: PORTAL,
    });
    expect(byPublishable.status).toBe(403);
  });

  it('has its custom fields validated on create, each error at its field', async () => {
    const r = await create(
      northwind,
      deal({
        custom_fields: {
          seats: 0,
          competitors: ['incumbent', 'nobody'],
          kickoff_date: '31/12/2026',
          executive_sponsor: 'yes',
          pain_points: 'x'.repeat(501),
          invented: 1,
        },
      }),
    );
    expect(r.status).toBe(422);
    expect(r.json.errors.map((e: { pointer: string; code: string }) => `${e.pointer} ${e.code}`)).toEqual([
      '#/custom_fields/use_case required',
      '#/custom_fields/seats too_small',
      '#/custom_fields/competitors invalid_value',
      '#/custom_fields/kickoff_date invalid_format',
      '#/custom_fields/executive_sponsor invalid_type',
      '#/custom_fields/pain_points too_long',
      '#/custom_fields/invented unknown_field',
    ]);
    const ok = await create(
      northwind,
      deal({
        custom_fields: {
          use_case: 'analytics',
          seats: 250,
          competitors: ['incumbent', 'spreadsheet'],
          kickoff_date: '2027-01-15',
          executive_sponsor: true,
          pain_points: 'Reports take a week.',
        },
      }),
    );
    expect(ok.status).toBe(201);
    expect(ok.json.custom_fields.seats).toBe(250);
  });
});

describe('exactly once', () => {
  it('makes one registration from 50 concurrent POSTs with one Idempotency-Key', async () => {
    const key = randomUUID();
    const body = deal({ customer: { ...deal().customer, company_name: `Concurrent ${key}` } });
    const answers = await Promise.all(Array.from({ length: 50 }, () => create(northwind, body, key)));
    const created = answers.filter((r) => r.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((r) => r.json.id as string)).size).toBe(1);
    for (const r of answers.filter((a) => a.status !== 201)) {
      expect([r.status, r.json.code]).toEqual([409, 'idempotency_request_in_progress']);
    }
    const { rows } = await server.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM deal_registrations WHERE data->'customer'->>'company_name' = $1`,
      [`Concurrent ${key}`],
    );
    expect(rows[0]!.n).toBe(1);
  });
});

describe('the lifecycle', () => {
  it('goes draft → submitted → under_review → needs_info → submitted → approved → won, with protection set on approval', async () => {
    const { json } = await create(northwind, deal());
    const id = json.id as string;
    expect((await act(northwind, id, 'submit')).json.status).toBe('submitted');
    const review = await act(server.secretKey, id, 'start_review');
    expect(review.json).toMatchObject({
      status: 'under_review',
      allowed_actions: ['approve', 'reject', 'request_info'],
    });
    const info = await act(server.secretKey, id, 'request_info', { message: 'Who is the economic buyer?' });
    expect(info.json.info_request.message).toBe('Who is the economic buyer?');
    const resubmitted = await act(northwind, id, 'submit');
    expect(resubmitted.json).toMatchObject({ status: 'submitted', resubmission_count: 1 });
    const approved = await act(server.secretKey, id, 'approve');
    expect(approved.json.status).toBe('approved');
    expect(approved.json.protection).toEqual({
      days: 90,
      starts_at: clock.toISOString(),
      expires_at: new Date(clock.getTime() + 90 * 86_400_000).toISOString(),
      extensions_used: 0,
      max_extensions: 1,
    });
    const extended = await act(server.secretKey, id, 'extend', { days: 30 });
    expect(extended.json.protection.expires_at).toBe(
      new Date(clock.getTime() + 120 * 86_400_000).toISOString(),
    );
    expect(extended.json.allowed_actions).toEqual(['close', 'cancel']);
    const won = await act(server.secretKey, id, 'close', { outcome: 'won' });
    expect(won.json).toMatchObject({ status: 'won', allowed_actions: [], close: { outcome: 'won' } });
    const { rows } = await server.db.query<{ action: string; to_status: string }>(
      'SELECT action, to_status FROM deal_registration_events WHERE deal_registration_id = $1 ORDER BY id',
      [id],
    );
    expect(rows.map((row) => `${row.action}:${row.to_status}`)).toEqual([
      'create:draft',
      'submit:submitted',
      'start_review:under_review',
      'request_info:needs_info',
      'submit:submitted',
      'approve:approved',
      'extend:approved',
      'close:won',
    ]);
  });

  it('answers anything the lifecycle does not allow with 409 invalid_state_transition and allowed_actions', async () => {
    const { json } = await create(northwind, deal({ submit: true }));
    const id = json.id as string;
    expect(json.status).toBe('submitted');
    const approveByPartner = await act(northwind, id, 'approve');
    expect(approveByPartner.status).toBe(409);
    expect(approveByPartner.json).toMatchObject({
      code: 'invalid_state_transition',
      allowed_actions: ['withdraw'],
    });
    const closeTooEarly = await act(server.secretKey, id, 'close', { outcome: 'won' });
    expect(closeTooEarly.json).toMatchObject({
      code: 'invalid_state_transition',
      allowed_actions: ['start_review', 'approve', 'reject', 'request_info'],
    });
    const rejected = await act(server.secretKey, id, 'reject', { reason_code: 'not_qualified' });
    expect(rejected.json).toMatchObject({ status: 'rejected', decision: { reason_code: 'not_qualified' } });
    const withdrawLate = await act(northwind, id, 'withdraw');
    expect(withdrawLate.json).toMatchObject({ code: 'invalid_state_transition', allowed_actions: [] });
    const badReason = await act(
      server.secretKey,
      (await create(northwind, deal({ submit: true }))).json.id,
      'reject',
      {
        reason_code: 'because',
      },
    );
    expect(badReason.json.errors[0].pointer).toBe('#/reason_code');
  });

  it('lets a partner withdraw with a reason before approval', async () => {
    const { json } = await create(northwind, deal({ submit: true }));
    const withdrawn = await act(northwind, json.id, 'withdraw', { reason: 'Customer chose to wait a year' });
    expect(withdrawn.json).toMatchObject({ status: 'withdrawn', allowed_actions: [] });
  });

  it('stops resubmission after three rounds of needs_info', async () => {
    const { json } = await create(northwind, deal({ submit: true }));
    const id = json.id as string;
    for (let round = 0; round < 3; round++) {
      await act(server.secretKey, id, 'request_info', { message: `Round ${round}` });
      expect((await act(northwind, id, 'submit')).status).toBe(200);
    }
    await act(server.secretKey, id, 'request_info', { message: 'Once more' });
    const fourth = await act(northwind, id, 'submit');
    expect([fourth.status, fourth.json.code]).toEqual([409, 'resubmission_limit_reached']);
  });
});

describe('PATCH /v1/deal_registrations/{id}', () => {
  const patch = (id: string, body: unknown, ifMatch?: string) =>
    api(server.url, `/v1/deal_registrations/${id}`, {
      key: northwind,
      origin: PORTAL,
      method: 'PATCH',
      body,
      headers: ifMatch === undefined ? {} : { 'if-match': ifMatch },
    });

  it('edits a draft with If-Match, refuses a stale or missing one, and validates the result', async () => {
    const { json, headers } = await create(northwind, deal());
    const etag = headers.get('etag')!;
    expect(etag).toBe('"1"');
    const missing = await patch(json.id, { notes: 'x' });
    expect([missing.status, missing.json.code]).toEqual([428, 'precondition_required']);
    const edited = await patch(json.id, { notes: 'Budget approved in Q1', stage: 'proposal' }, etag);
    expect(edited.status).toBe(200);
    expect(edited.json).toMatchObject({
      notes: 'Budget approved in Q1',
      stage: { key: 'proposal' },
      version: 2,
    });
    expect(edited.headers.get('etag')).toBe('"2"');
    const stale = await patch(json.id, { notes: 'Lost update' }, etag);
    expect([stale.status, stale.json.code]).toEqual([412, 'precondition_failed']);
    const invalid = await patch(
      json.id,
      { contact: { first_name: 'Jo', last_name: '', email: 'nope' } },
      '"2"',
    );
    expect(invalid.json.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual([
      '#/contact/email',
      '#/contact/last_name',
    ]);
  });

  it('allows only stage and notes once approved, and nothing in a final status', async () => {
    const { json } = await create(northwind, deal({ submit: true }));
    const approved = await act(server.secretKey, json.id, 'approve');
    const version = `"${approved.json.version as number}"`;
    const amount = await patch(json.id, { opportunity: { ...deal().opportunity } }, version);
    expect(amount.json.errors[0]).toMatchObject({ pointer: '#/opportunity' });
    const stage = await patch(json.id, { stage: 'commit' }, version);
    expect(stage.json.stage.key).toBe('commit');
    const submitted = await create(northwind, deal({ submit: true }));
    const locked = await patch(submitted.json.id, { notes: 'x' }, '"1"');
    expect([locked.status, locked.json.code]).toEqual([409, 'invalid_state_transition']);
  });
});

describe('DELETE /v1/deal_registrations/{id}', () => {
  it('deletes a partner’s own draft, and nothing else', async () => {
    const draft = await create(northwind, deal());
    const byOther = await api(server.url, `/v1/deal_registrations/${draft.json.id}`, {
      key: bluefin,
      origin: PORTAL,
      method: 'DELETE',
    });
    expect(byOther.status).toBe(404);
    const deleted = await api(server.url, `/v1/deal_registrations/${draft.json.id}`, {
      key: northwind,
      origin: PORTAL,
      method: 'DELETE',
    });
    expect(deleted.status).toBe(204);
    const gone = await api(server.url, `/v1/deal_registrations/${draft.json.id}`, {
      key: northwind,
      origin: PORTAL,
    });
    expect(gone.status).toBe(404);
    const submitted = await create(northwind, deal({ submit: true }));
    const refused = await api(server.url, `/v1/deal_registrations/${submitted.json.id}`, {
      key: northwind,
      origin: PORTAL,
      method: 'DELETE',
    });
    expect([refused.status, refused.json.code]).toEqual([409, 'invalid_state_transition']);
  });
});

describe('protection expiry', () => {
  it('expires an approved registration when its protection runs out, unless it was won or lost', async () => {
    const expiring = await create(northwind, deal({ submit: true }));
    await act(server.secretKey, expiring.json.id, 'approve');
    const won = await create(northwind, deal({ submit: true }));
    await act(server.secretKey, won.json.id, 'approve');
    await act(server.secretKey, won.json.id, 'close', { outcome: 'won' });
    const start = clock.getTime();
    clock.setTime(start + 91 * 86_400_000);
    try {
      // (The partner's session has long expired too: the platform reads.)
      const read = await api(server.url, `/v1/deal_registrations/${expiring.json.id}`, {
        key: server.secretKey,
      });
      expect(read.json).toMatchObject({ status: 'expired', allowed_actions: [] });
      const stillWon = await api(server.url, `/v1/deal_registrations/${won.json.id}`, {
        key: server.secretKey,
      });
      expect(stillWon.json.status).toBe('won');
      const { rows } = await server.db.query<{ actor: string; action: string }>(
        'SELECT actor, action FROM deal_registration_events WHERE deal_registration_id = $1 ORDER BY id DESC LIMIT 1',
        [expiring.json.id],
      );
      expect(rows[0]).toEqual({ actor: 'system', action: 'expire' });
    } finally {
      clock.setTime(start);
    }
  });
});

describe('who sees what', () => {
  it('shows a partner its own registrations only: another partner’s is a 404, in lists and actions', async () => {
    const { json } = await create(northwind, deal());
    const asOther = await api(server.url, `/v1/deal_registrations/${json.id}`, {
      key: bluefin,
      origin: PORTAL,
    });
    expect(asOther.status).toBe(404);
    expect((await act(bluefin, json.id, 'withdraw')).status).toBe(404);
    const list = await api(server.url, '/v1/deal_registrations?limit=100', { key: bluefin, origin: PORTAL });
    expect(list.json.data.every((d: { partner_id: string }) => d.partner_id !== json.partner_id)).toBe(true);
    const own = await api(server.url, '/v1/deal_registrations?status=draft&limit=100', {
      key: northwind,
      origin: PORTAL,
    });
    expect(own.json.data.map((d: { id: string }) => d.id)).toContain(json.id);
    expect(own.json.data.every((d: { status: string }) => d.status === 'draft')).toBe(true);
    const platform = await api(server.url, `/v1/deal_registrations/${json.id}`, { key: server.secretKey });
    expect(platform.json.allowed_actions).toEqual([]);
  });

  it('never lets a publishable key read or write registrations', async () => {
    const read = await api(server.url, '/v1/deal_registrations', {
      key: server.publishableKey,
      origin: PORTAL,
    });
    expect([read.status, read.json.code]).toEqual([403, 'insufficient_scope']);
  });

  it('stores XSS strings as they were typed (they are shown as text)', async () => {
    const hostile = '<img src=x onerror=alert(1)>"\'&';
    const r = await create(
      northwind,
      deal({ notes: hostile, customer: { ...deal().customer, company_name: hostile } }),
    );
    expect(r.status).toBe(201);
    const read = await api(server.url, `/v1/deal_registrations/${r.json.id}`, {
      key: northwind,
      origin: PORTAL,
    });
    expect(read.json.customer.company_name).toBe(hostile);
    expect(read.json.notes).toBe(hostile);
  });
});

describe('rate limits', () => {
  it("limit a partner user's writes (30 a minute by default), with Retry-After", async () => {
    const limited = await startTestServer({
      now: () => clock,
      rateLimits: { partner_writes: { quota: 2, windowSeconds: 60 } },
    });
    try {
      const session = (
        await api(limited.url, '/v1/embed_sessions', {
          key: demoPartnerKey('northwind-revenue-labs').token,
          body: {
            kind: 'partner',
            partner_user: { external_id: 'u_1' },
            scopes: ['deals:write'],
            allowed_origins: [PORTAL],
          },
        })
      ).json.client_secret as string;
      const post = () =>
        api(limited.url, '/v1/deal_registrations', {
          key: session,
          origin: PORTAL,
          body: deal(),
          headers: { 'idempotency-key': randomUUID() },
        });
      expect((await post()).status).toBe(201);
      expect((await post()).status).toBe(201);
      const third = await post();
      expect([third.status, third.json.code]).toEqual([429, 'rate_limited']);
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(third.headers.get('ratelimit-policy')).toContain('"partner_writes";q=2;w=60');
    } finally {
      await limited.close();
    }
  });
});
