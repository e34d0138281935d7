import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../../../test/support/http.js';
import { startTestServer, type TestServer } from '../../../test/support/test-server.js';
import { companyNameKey, matchableDomain, normalizeCustomerDomain } from '../src/deals/customer-domain.js';
import { demoPartnerKey } from '../src/seed/seed-database.js';

let server: TestServer;
const PORTAL = 'http://localhost:7104';
let northwind: string;
let bluefin: string;
let kestrel: string;

beforeAll(async () => {
  server = await startTestServer({
    rateLimits: {
      partner_writes: { quota: 10_000, windowSeconds: 60 },
      deal_checks: { quota: 10_000, windowSeconds: 60 },
    },
  });
  northwind = await mintSession('northwind-revenue-labs');
  bluefin = await mintSession('bluefin-data-systems');
  kestrel = await mintSession('kestrel-cloud-consulting');
});
afterAll(() => server.close());

async function mintSession(slug: string): Promise<string> {
  const r = await api(server.url, '/v1/embed_sessions', {
    key: demoPartnerKey(slug).token,
    body: {
      kind: 'partner',
      partner_user: { external_id: `u_${slug}` },
      scopes: ['deals:read', 'deals:write'],
      allowed_origins: [PORTAL],
    },
  });
  return r.json.client_secret as string;
}

let unique = 0;
/** A registration of a fresh customer (its own domain and name) unless overridden. */
function deal(customer: Record<string, unknown> = {}, contactEmail?: string) {
  unique++;
  return {
    customer: {
      company_name: `Customer ${unique} Inc.`,
      domain: `customer-${unique}.example`,
      country: 'US',
      ...customer,
    },
    contact: {
      first_name: 'Sam',
      last_name: 'Lee',
      email: contactEmail ?? `sam${unique}@customer-${unique}.example`,
    },
    opportunity: {
      amount: { amount: 100_000, currency: 'USD' },
      expected_close_date: '2027-06-30',
      deal_type: 'new_business',
      products: ['sales_hub'],
      sourcing: 'partner_sourced',
    },
    custom_fields: { use_case: 'marketing' },
    submit: true,
  };
}
const create = (session: string, body: unknown) =>
  api(server.url, '/v1/deal_registrations', {
    key: session,
    origin: PORTAL,
    body,
    headers: { 'idempotency-key': randomUUID() },
  });
const check = (session: string, body: unknown) =>
  api(server.url, '/v1/deal_registrations/check', { key: session, origin: PORTAL, body });
const act = (id: string, action: string, body: unknown = {}) =>
  api(server.url, `/v1/deal_registrations/${id}/${action}`, {
    key: server.secretKey,
    body,
    headers: { 'idempotency-key': randomUUID() },
  });

describe('customer domains and names', () => {
  it('reduce to the registrable domain by the Public Suffix List, in punycode', () => {
    expect(normalizeCustomerDomain('https://WWW.Acme.co.uk/about?x=1')).toBe('acme.co.uk');
    expect(normalizeCustomerDomain('shop.acme.com.br:8443')).toBe('acme.com.br');
    expect(normalizeCustomerDomain('eu.app.acme.com')).toBe('acme.com');
    expect(normalizeCustomerDomain('bücher.example')).toBe('xn--bcher-kva.example');
    expect(matchableDomain('mail.gmail.com')).toBeNull();
    expect(matchableDomain('yahoo.co.uk')).toBeNull();
  });

  it('compare company names without case, punctuation or legal suffix', () => {
    expect(companyNameKey('ACME Robotics, Inc.')).toBe('acme robotics');
    expect(companyNameKey('Acme Robotics GmbH')).toBe('acme robotics');
    expect(companyNameKey('Ｋａｂｕｓｈｉｋｉ Tanaka K.K.')).toBe('kabushiki tanaka');
  });
});

describe('rules D1–D4', () => {
  it('D1: refuses a partner’s second live registration of the same customer, naming the first', async () => {
    const first = await create(northwind, deal({ domain: 'https://www.d1-customer.co.uk' }));
    expect(first.status).toBe(201);
    const second = await create(northwind, deal({ domain: 'sales.d1-customer.co.uk' }));
    expect(second.status).toBe(409);
    expect(second.json).toMatchObject({ code: 'duplicate_registration', existing_id: first.json.id });
    // Without a domain, the same name in the same country is the same customer.
    const noSite = await create(
      northwind,
      deal({ company_name: 'Nameonly Ltd', domain: undefined, no_website: true }),
    );
    expect(noSite.status).toBe(201);
    const again = await create(
      northwind,
      deal({ company_name: 'NAMEONLY', domain: undefined, no_website: true }),
    );
    expect(again.json.code).toBe('duplicate_registration');
    // A withdrawn registration no longer counts.
    await api(server.url, `/v1/deal_registrations/${first.json.id}/withdraw`, {
      key: northwind,
      origin: PORTAL,
      method: 'POST',
      headers: { 'idempotency-key': randomUUID() },
    });
    expect((await create(northwind, deal({ domain: 'd1-customer.co.uk' }))).status).toBe(201);
  });

  it('D1 applies when a draft is submitted too', async () => {
    const draftA = await create(northwind, { ...deal({ domain: 'draft-twice.example' }), submit: false });
    const draftB = await create(northwind, { ...deal({ domain: 'www.draft-twice.example' }), submit: false });
    expect([draftA.json.status, draftB.json.status]).toEqual(['draft', 'draft']);
    const submitted = await api(server.url, `/v1/deal_registrations/${draftB.json.id}/submit`, {
      key: northwind,
      origin: PORTAL,
      method: 'POST',
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(submitted.json).toMatchObject({ code: 'duplicate_registration', existing_id: draftA.json.id });
  });

  it('D2: another partner’s approved, protected registration makes a conflict that blocks approval without an override', async () => {
    const holder = await create(northwind, deal({ domain: 'd2-customer.example' }));
    await act(holder.json.id, 'approve');
    const late = await create(bluefin, deal({ domain: 'www.d2-customer.example' }));
    expect(late.status).toBe(201);
    expect(late.json.duplicate_check).toEqual({
      status: 'conflict',
      checked_at: expect.any(String),
      reasons: ['domain'],
    });
    const blocked = await act(late.json.id, 'approve');
    expect(blocked.status).toBe(409);
    expect(blocked.json).toMatchObject({ code: 'registration_conflict', reasons: ['domain'] });
    const platformView = await api(server.url, `/v1/deal_registrations/${late.json.id}`, {
      key: server.secretKey,
    });
    expect(platformView.json.duplicate_check.matches).toEqual([
      expect.objectContaining({
        match_type: 'domain',
        severity: 'conflict',
        deal_registration_id: holder.json.id,
      }),
    ]);
    const overridden = await act(late.json.id, 'approve', {
      override: { reason: 'Joint deal agreed with both partners' },
    });
    expect(overridden.status).toBe(200);
    expect(overridden.json.decision.override_reason).toBe('Joint deal agreed with both partners');
    // The override's reason may name the other partner: the partner's own view never carries it.
    const partnerView = await api(server.url, `/v1/deal_registrations/${late.json.id}`, {
      key: bluefin,
      origin: PORTAL,
    });
    expect(partnerView.json.decision).toEqual({
      decided_at: expect.any(String),
      reason_code: null,
      message: null,
    });
  });

  it('D3: the platform’s protected accounts are conflicts too', async () => {
    const put = await api(server.url, '/v1/protected_accounts', {
      key: server.secretKey,
      method: 'PUT',
      body: {
        accounts: [
          { domain: 'https://www.existing-client.example', kind: 'existing_customer' },
          { domain: 'deal.open-opportunity.example', kind: 'vendor_opportunity' },
        ],
      },
    });
    expect(put.json).toEqual({ object: 'protected_accounts', upserted: 2 });
    const registered = await create(kestrel, deal({ domain: 'existing-client.example' }));
    expect(registered.json.duplicate_check).toMatchObject({
      status: 'conflict',
      reasons: ['existing_customer'],
    });
    const freeMail = await api(server.url, '/v1/protected_accounts', {
      key: server.secretKey,
      method: 'PUT',
      body: { accounts: [{ domain: 'gmail.com', kind: 'existing_customer' }] },
    });
    expect(freeMail.json.errors[0].pointer).toBe('#/accounts/0/domain');
    const byPartner = await api(server.url, '/v1/protected_accounts', {
      key: demoPartnerKey('northwind-revenue-labs').token,
      method: 'PUT',
      body: { accounts: [{ domain: 'x.example', kind: 'existing_customer' }] },
    });
    expect(byPartner.status).toBe(403);
  });

  it('D4: another partner’s pending registration of the domain, the contact or the name is a possible duplicate', async () => {
    const pending = await create(
      northwind,
      deal({ domain: 'd4-customer.example', company_name: 'Delta Four AG' }, 'buyer@d4-customer.example'),
    );
    expect(pending.json.duplicate_check.status).toBe('clear');
    const byDomain = await create(bluefin, deal({ domain: 'd4-customer.example' }));
    expect(byDomain.json.duplicate_check).toMatchObject({
      status: 'possible_duplicate',
      reasons: ['domain'],
    });
    const byContact = await create(kestrel, deal({}, 'Buyer@d4-customer.example'));
    expect(byContact.json.duplicate_check).toMatchObject({
      status: 'possible_duplicate',
      reasons: ['contact_email'],
    });
    const byName = await create(kestrel, deal({ company_name: 'DELTA FOUR' }));
    expect(byName.json.duplicate_check).toMatchObject({
      status: 'possible_duplicate',
      reasons: ['company_name'],
    });
    // Free-mail domains never match anything.
    const a = await create(northwind, deal({ domain: 'gmail.com', company_name: 'Solo Consultant One' }));
    const b = await create(bluefin, deal({ domain: 'gmail.com', company_name: 'Solo Consultant Two' }));
    expect([a.json.duplicate_check.status, b.json.duplicate_check.status]).toEqual(['clear', 'clear']);
  });
});

describe('POST /v1/deal_registrations/check', () => {
  it('answers the kind of match only, never whose', async () => {
    await create(northwind, deal({ domain: 'precheck-customer.example' }));
    const mine = await check(northwind, {
      company_name: 'Whatever',
      country: 'US',
      domain: 'precheck-customer.example',
    });
    expect(mine.json).toMatchObject({ status: 'duplicate', reasons: ['own_registration'] });
    expect(mine.json.existing_id).toMatch(/^dreg_/);
    const theirs = await check(bluefin, {
      company_name: 'Whatever',
      country: 'US',
      domain: 'https://precheck-customer.example',
    });
    expect(theirs.json).toEqual({
      object: 'deal_registration_check',
      status: 'possible_duplicate',
      reasons: ['domain'],
      existing_id: null,
    });
    expect(theirs.text).not.toContain('ptr_');
    const clear = await check(bluefin, {
      company_name: 'Brand New Co',
      country: 'FR',
      domain: 'brand-new.example',
    });
    expect(clear.json.status).toBe('clear');
  });

  it('is rate limited per partner user against enumeration (30 a minute by default)', async () => {
    const limited = await startTestServer({ rateLimits: { deal_checks: { quota: 2, windowSeconds: 60 } } });
    try {
      const session = (
        await api(limited.url, '/v1/embed_sessions', {
          key: demoPartnerKey('northwind-revenue-labs').token,
          body: {
            kind: 'partner',
            partner_user: { external_id: 'u' },
            scopes: ['deals:write'],
            allowed_origins: [PORTAL],
          },
        })
      ).json.client_secret as string;
      const body = { company_name: 'Probe', country: 'US', domain: 'probe.example' };
      const statuses = [];
      for (let i = 0; i < 3; i++)
        statuses.push(
          (await api(limited.url, '/v1/deal_registrations/check', { key: session, origin: PORTAL, body }))
            .status,
        );
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await limited.close();
    }
  });
});
