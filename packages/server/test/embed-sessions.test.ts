import { EmbedSession, Me } from '@flywheel/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../../../test/support/http.js';
import { startTestServer, type TestServer } from '../../../test/support/test-server.js';
import { hashToken } from '../src/middleware/authenticate.js';
import { demoPartnerKey } from '../src/seed/seed-database.js';

let server: TestServer;
let clock = new Date('2026-11-27T12:00:00Z');
const NORTHWIND = demoPartnerKey('northwind-revenue-labs');
const BLUEFIN = demoPartnerKey('bluefin-data-systems');
const PORTAL = 'http://localhost:7101';
/** An origin no publishable key allows: only a session minted for it opens CORS there. */
const FAR_PORTAL = 'https://portal.partner.example';
const FAR_SECRET = 'sk_test_far_portal';
let northwindId: string;
let bluefinId: string;

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  const ids = await server.db.query<{ slug: string; id: string }>(
    `SELECT slug, id FROM partners WHERE slug IN ('northwind-revenue-labs', 'bluefin-data-systems')`,
  );
  northwindId = ids.rows.find((row) => row.slug === 'northwind-revenue-labs')!.id;
  bluefinId = ids.rows.find((row) => row.slug === 'bluefin-data-systems')!.id;
  await server.db.query(
    `INSERT INTO api_keys (id, program_id, kind, token_hash, token_hint, allowed_origins, created_at)
     SELECT 'key_far_portal', program_id, 'secret', $1, 'rtal', $2, now() FROM api_keys WHERE kind = 'secret' LIMIT 1`,
    [hashToken(FAR_SECRET), [FAR_PORTAL]],
  );
});
afterAll(() => server.close());

const session = (overrides: Record<string, unknown> = {}) => ({
  kind: 'partner',
  partner_user: { external_id: 'u_42', email: 'ana@northwind.example', name: 'Ana' },
  scopes: ['deals:read', 'deals:write'],
  allowed_origins: [PORTAL],
  ...overrides,
});
const mint = (key: string, body: unknown, origin?: string) =>
  api(server.url, '/v1/embed_sessions', { key, body, ...(origin ? { origin } : {}) });
/** `null`: no Origin header (a server, not a page). */
const me = (secret: string, origin: string | null = PORTAL) =>
  api(server.url, '/v1/me', { key: secret, ...(origin ? { origin } : {}) });

describe('POST /v1/embed_sessions', () => {
  it('mints a 15-minute partner session with a secret key; only a hash of its secret is stored', async () => {
    const r = await mint(server.secretKey, session({ partner_id: northwindId }));
    expect(r.status).toBe(201);
    expect(r.headers.get('cache-control')).toBe('no-store');
    const minted = EmbedSession.parse(r.json);
    expect(minted.client_secret).toMatch(/^ps_[A-Za-z0-9_-]{43}$/);
    expect(minted).toMatchObject({
      kind: 'partner',
      partner_id: northwindId,
      scopes: ['deals:read', 'deals:write'],
    });
    expect(Date.parse(minted.expires_at) - clock.getTime()).toBe(900_000);
    const { rows } = await server.db.query<{ token_hash: string }>(
      'SELECT token_hash FROM embed_sessions WHERE id = $1',
      [minted.id],
    );
    expect(rows[0]!.token_hash).toBe(hashToken(minted.client_secret!));
    expect(JSON.stringify(rows)).not.toContain(minted.client_secret);
  });

  it('lets a partner key mint for its own partner only; another partner is a 404', async () => {
    const own = await mint(NORTHWIND.token, session());
    expect(own.status).toBe(201);
    expect(own.json.partner_id).toBe(northwindId);
    const explicit = await mint(NORTHWIND.token, session({ partner_id: northwindId }));
    expect(explicit.status).toBe(201);
    const other = await mint(NORTHWIND.token, session({ partner_id: bluefinId }));
    expect(other.status).toBe(404);
    expect(other.json.code).toBe('not_found');
  });

  it('refuses keys that may not mint: publishable keys, sessions, and secrets sent from a browser', async () => {
    const publishable = await mint(server.publishableKey, session({ partner_id: northwindId }), PORTAL);
    expect([publishable.status, publishable.json.code]).toEqual([403, 'insufficient_scope']);
    const minted = await mint(NORTHWIND.token, session());
    const fromSession = await mint(minted.json.client_secret, session(), PORTAL);
    expect([fromSession.status, fromSession.json.code]).toEqual([403, 'insufficient_scope']);
    const partnerKeyInBrowser = await mint(NORTHWIND.token, session(), PORTAL);
    expect([partnerKeyInBrowser.status, partnerKeyInBrowser.json.code]).toEqual([
      403,
      'secret_key_in_browser',
    ]);
  });

  it('validates the body with field errors, and only allows origins the key may mint for', async () => {
    const bad = await mint(
      server.secretKey,
      session({ partner_id: northwindId, scopes: ['deals:admin'], expires_in: 7200, extra: 1 }),
    );
    expect(bad.status).toBe(422);
    const pointers = (bad.json.errors as { pointer: string }[]).map((error) => error.pointer).sort();
    expect(pointers).toEqual(['#/expires_in', '#/extra', '#/scopes/0']);
    const far = await mint(
      server.secretKey,
      session({ partner_id: northwindId, allowed_origins: [PORTAL, FAR_PORTAL] }),
    );
    expect(far.status).toBe(422);
    expect(far.json.errors).toEqual([
      expect.objectContaining({ pointer: '#/allowed_origins/1', code: 'origin_not_allowed' }),
    ]);
    const noPartner = await mint(server.secretKey, session());
    expect(noPartner.status).toBe(422);
    expect(noPartner.json.errors[0].pointer).toBe('#/partner_id');
  });
});

describe('partner sessions', () => {
  it('authenticate from their origins only, as their partner and user, with CORS for that origin', async () => {
    const { json } = await mint(NORTHWIND.token, session({ expires_in: 600 }));
    const r = await me(json.client_secret);
    expect(r.status).toBe(200);
    expect(Me.parse(r.json)).toMatchObject({
      credential_type: 'partner_session',
      partner_id: northwindId,
      partner_user: { external_id: 'u_42', email: 'ana@northwind.example', name: 'Ana' },
      expires_at: json.expires_at,
    });
    expect(r.json.scopes).toEqual(['deals:read', 'deals:write', 'directory:read', 'taxonomy:read']);
    expect(r.headers.get('access-control-allow-origin')).toBe(PORTAL);

    const elsewhere = await me(json.client_secret, 'http://localhost:7999');
    expect([elsewhere.status, elsewhere.json.code]).toEqual([403, 'origin_not_allowed']);
    expect(elsewhere.headers.get('access-control-allow-origin')).toBeNull();
    const noOrigin = await me(json.client_secret, null);
    expect([noOrigin.status, noOrigin.json.code]).toEqual([403, 'origin_not_allowed']);
  });

  it('expire: 401 session_expired, readable by the page (CORS) so the widget can fetch a new one', async () => {
    const { json } = await mint(NORTHWIND.token, session({ expires_in: 60 }));
    expect((await me(json.client_secret)).status).toBe(200);
    const start = clock;
    clock = new Date(start.getTime() + 60_000);
    try {
      const expired = await me(json.client_secret);
      expect([expired.status, expired.json.code]).toEqual([401, 'session_expired']);
      expect(expired.headers.get('access-control-allow-origin')).toBe(PORTAL);
      expect(expired.headers.get('www-authenticate')).toContain('Bearer');
    } finally {
      clock = start;
    }
  });

  it('can be revoked by their minting side (idempotently); a revoked session is unauthenticated', async () => {
    const { json } = await mint(NORTHWIND.token, session());
    const byOtherPartner = await api(server.url, `/v1/embed_sessions/${json.id}`, {
      key: BLUEFIN.token,
      method: 'DELETE',
    });
    expect(byOtherPartner.status).toBe(404);
    const revoked = await api(server.url, `/v1/embed_sessions/${json.id}`, {
      key: NORTHWIND.token,
      method: 'DELETE',
    });
    expect(revoked.status).toBe(200);
    expect(revoked.json.client_secret).toBeUndefined();
    expect(revoked.json.revoked_at).toBe(clock.toISOString());
    const again = await api(server.url, `/v1/embed_sessions/${json.id}`, {
      key: server.secretKey,
      method: 'DELETE',
    });
    expect(again.json.revoked_at).toBe(revoked.json.revoked_at);
    const after = await me(json.client_secret);
    expect([after.status, after.json.code]).toEqual([401, 'unauthenticated']);
  });

  it('open CORS preflights for an origin only while a live session was minted for it', async () => {
    const preflight = () =>
      fetch(new URL('/v1/me', server.url), {
        method: 'OPTIONS',
        headers: {
          origin: FAR_PORTAL,
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'authorization',
        },
      });
    expect((await preflight()).status).toBe(403);
    const { json } = await mint(
      FAR_SECRET,
      session({ partner_id: northwindId, allowed_origins: [FAR_PORTAL] }),
    );
    const open = await preflight();
    expect(open.status).toBe(204);
    expect(open.headers.get('access-control-allow-origin')).toBe(FAR_PORTAL);
    await api(server.url, `/v1/embed_sessions/${json.id}`, { key: FAR_SECRET, method: 'DELETE' });
    expect((await preflight()).status).toBe(403);
  });

  it('read the public directory too, and nothing a secret key alone may do', async () => {
    const { json } = await mint(NORTHWIND.token, session({ scopes: ['deals:read'] }));
    const taxonomy = await api(server.url, '/v1/taxonomy', { key: json.client_secret, origin: PORTAL });
    expect(taxonomy.status).toBe(200);
    const contact = await api(server.url, '/v1/partners/northwind-revenue-labs/contact_requests', {
      key: json.client_secret,
      origin: PORTAL,
      body: {},
      headers: { 'idempotency-key': 'k1' },
    });
    expect([contact.status, contact.json.code]).toEqual([403, 'insufficient_scope']);
  });

  it('describe every kind of credential at GET /v1/me', async () => {
    const secret = await me(server.secretKey, null);
    expect(secret.json).toMatchObject({ credential_type: 'secret_key', partner_id: null, expires_at: null });
    const partnerKey = await me(NORTHWIND.token, null);
    expect(partnerKey.json).toMatchObject({ credential_type: 'partner_key', partner_id: northwindId });
    const publishable = await me(server.publishableKey, PORTAL);
    expect(publishable.json).toMatchObject({ credential_type: 'publishable_key', partner_id: null });
    expect(publishable.json.scopes).toEqual(['contact_requests:write', 'directory:read', 'taxonomy:read']);
  });
});
