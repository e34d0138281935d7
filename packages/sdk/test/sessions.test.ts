import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, FlywheelError } from '@flywheel/sdk';
import { startTestServer, type TestServer } from '../../../test/support/test-server.js';

/**
 * `fetchSession` against the real server: the client mints through a stand-in for the host's
 * backend (a partner key, as a partner's own portal would), and the server's clock is moved to
 * expire sessions.
 */
let server: TestServer;
let clock = new Date('2026-11-27T12:00:00Z');
const PORTAL = 'http://localhost:7102';
const PARTNER_KEY = 'sk_partner_test_northwind_revenue_labs';

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
});
afterAll(() => server.close());

/** The host page's own backend: mints a 60-second session for the signed-in partner user. */
function portalBackend() {
  const minted: string[] = [];
  return {
    minted,
    fetchSession: async () => {
      const response = await fetch(`${server.url}/v1/embed_sessions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${PARTNER_KEY}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          kind: 'partner',
          partner_user: { external_id: 'u_1' },
          scopes: ['deals:read'],
          allowed_origins: [PORTAL],
          expires_in: 60,
        }),
      });
      const session = (await response.json()) as { client_secret: string };
      minted.push(session.client_secret);
      return session.client_secret;
    },
  };
}

/** What a browser on the portal's origin sends: Node's fetch with the page's Origin. */
const fromPortal: typeof fetch = (input, init) =>
  fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), origin: PORTAL } });

const expireSessions = () => {
  clock = new Date(clock.getTime() + 61_000);
};

describe('partner sessions in the SDK', () => {
  it('fetches a session on first use, and a new one once when it expires, replaying the request', async () => {
    const backend = portalBackend();
    const refreshes: number[] = [];
    const client = createClient({
      apiBase: server.url,
      fetchSession: backend.fetchSession,
      onSessionRefresh: () => refreshes.push(1),
      fetch: fromPortal,
      cache: false,
    });
    expect((await client.taxonomy.get()).object).toBe('taxonomy');
    expect(backend.minted).toHaveLength(1);
    expect((await client.taxonomy.get()).object).toBe('taxonomy');
    expect(backend.minted).toHaveLength(1);

    expireSessions();
    expect((await client.taxonomy.get()).object).toBe('taxonomy');
    expect(backend.minted).toHaveLength(2);
    expect(backend.minted[1]).not.toBe(backend.minted[0]);
    expect(refreshes).toHaveLength(1);
  });

  it('fetches one session for requests that start together on a new client', async () => {
    const backend = portalBackend();
    const client = createClient({
      apiBase: server.url,
      fetchSession: backend.fetchSession,
      fetch: fromPortal,
      cache: false,
    });
    // Different requests (the same one would be shared in flight anyway).
    await Promise.all([
      client.taxonomy.get(),
      client.partners.get('northwind-revenue-labs'),
      client.partners.get('bluefin-data-systems'),
    ]);
    expect(backend.minted).toHaveLength(1);
  });

  it('shares one refresh among requests that meet the same expired session', async () => {
    const backend = portalBackend();
    const client = createClient({
      apiBase: server.url,
      fetchSession: backend.fetchSession,
      fetch: fromPortal,
      cache: false,
    });
    await client.taxonomy.get();
    expireSessions();
    const pages = await Promise.all(Array.from({ length: 6 }, () => client.taxonomy.get()));
    expect(pages.map((page) => page.partner_types.length)).toEqual(
      Array(6).fill(pages[0]!.partner_types.length),
    );
    expect(backend.minted).toHaveLength(2);
  });

  it('gives up after one refresh when the new session is refused too', async () => {
    let calls = 0;
    const backend = portalBackend();
    const client = createClient({
      apiBase: server.url,
      fetchSession: async () => {
        calls++;
        const token = await backend.fetchSession();
        expireSessions(); // every session is already expired when it is used
        return token;
      },
      fetch: fromPortal,
      cache: false,
    });
    const error = await client.taxonomy.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FlywheelError);
    expect((error as FlywheelError).code).toBe('session_expired');
    expect(calls).toBe(2);
  });

  it('reports a failing or malformed fetchSession as session_unavailable, and tries again next time', async () => {
    let fail = true;
    const backend = portalBackend();
    const client = createClient({
      apiBase: server.url,
      fetchSession: () => (fail ? Promise.reject(new Error('backend down')) : backend.fetchSession()),
      fetch: fromPortal,
    });
    const error = (await client.taxonomy.get().catch((e: unknown) => e)) as FlywheelError;
    expect(error.code).toBe('session_unavailable');
    expect((error.cause as Error).message).toBe('backend down');
    fail = false;
    expect((await client.taxonomy.get()).object).toBe('taxonomy');

    const malformed = createClient({
      apiBase: server.url,
      fetchSession: () => Promise.resolve('sk_test_demo'),
      fetch: fromPortal,
    });
    expect(((await malformed.taxonomy.get().catch((e: unknown) => e)) as FlywheelError).code).toBe(
      'session_unavailable',
    );
  });

  it('takes one credential: a session or a key', () => {
    expect(() =>
      createClient({
        apiBase: server.url,
        publishableKey: 'pk_test_demo',
        fetchSession: () => Promise.resolve('ps_x'),
      }),
    ).toThrow(/one credential/);
  });
});
