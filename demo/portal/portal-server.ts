/**
 * "Northwind Partner Hub": the web portal of one partner (Northwind Revenue Labs) embedding the deal
 * form and the deal list, on an origin of its own, with the tiny backend every partner portal needs —
 * one route that mints Flywheel partner sessions. Static pages, the script-tag build under `/cdn/` and
 * the same strict CSP as the marketing site come from serve.ts; the pages may also `fetch` their own
 * origin (`connect-src 'self'`), for the session route.
 *
 * `POST /portal-api/flywheel-session` is the pattern a real partner copies: check who is signed in to
 * the portal (its own login cookie), then ask the Flywheel API, server to server, with the partner key
 * (`sk_partner_…`, which never leaves this process), for a short-lived session for that user, bound
 * to this portal's exact origin; answer only `{ client_secret, expires_at }`, never cached.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { startDemoServer, type DemoServer } from '../serve.js';

/** The portal's pages, stylesheet and script (served as they are, no build step). */
export const PORTAL_PUBLIC = fileURLToPath(new URL('./public/', import.meta.url));
export const SESSION_PATH = '/portal-api/flywheel-session';

/** The seeded golden partner whose portal this is (it has registrations in every status). */
export const PORTAL_PARTNER = { slug: 'northwind-revenue-labs', name: 'Northwind Revenue Labs' } as const;

/** The portal's user, as the partner's own user store knows them (the session acts for them). */
export interface PortalUser {
  external_id: string;
  email: string;
  name: string;
}

/** The user the demo pretends is signed in. */
export const DEMO_PORTAL_USER: PortalUser = {
  external_id: 'portal-user-1',
  email: 'dana@northwind-revenue-labs.example',
  name: 'Dana Whitfield',
};

/** Scopes and lifetime of the minted sessions (15 minutes; the widgets fetch a new one when it ends). */
export const SESSION_SCOPES = ['deals:read', 'deals:write'] as const;
export const SESSION_SECONDS = 900;

export interface PortalServerOptions {
  /** The Flywheel API's base URL as the pages use it; replaces `%FLYWHEEL_API_BASE%`, allowed by the CSP. */
  apiBase: string;
  /** The base URL this backend calls (default `apiBase`); the demo uses the API's direct address. */
  serverApiBase?: string;
  /** The partner key (`sk_partner_…`) the sessions are minted with. Server-side only. */
  partnerKey: string;
  /** The script-tag build of the elements, served under `/cdn/`. */
  cdnDir: string;
  /** Port to listen on (0 for any free one); a busy one falls back to a free one (`onPortBusy`). */
  port: number;
  /** Address to listen on (default 127.0.0.1). */
  host?: string;
  /**
   * The host name of the portal's URL and origin: default `127.0.0.1` when `host` is a loopback or
   * wildcard address, so the portal's origin differs from the marketing site's (`http://localhost:…`).
   */
  publicHost?: string;
  /** Who is signed in: a real portal reads its login cookie; the demo's default is always Dana. */
  signedInUser?: (req: IncomingMessage) => PortalUser | undefined;
  onPortBusy?: (port: number) => void;
  /** Failures of the session route (never a secret); `console.error` by default. */
  log?: (message: string) => void;
}

const JSON_TYPE = 'application/json; charset=utf-8';

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': JSON_TYPE,
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(text);
}

/** Starts the portal: its pages, `/cdn/`, and the session route, on one port. */
export async function startPortalServer(options: PortalServerOptions): Promise<DemoServer> {
  const host = options.host ?? '127.0.0.1';
  const publicHost =
    options.publicHost ?? (['127.0.0.1', '0.0.0.0', '::'].includes(host) ? '127.0.0.1' : host);
  const serverApiBase = (options.serverApiBase ?? options.apiBase).replace(/\/$/, '');
  const signedInUser = options.signedInUser ?? (() => DEMO_PORTAL_USER);
  const log =
    options.log ??
    ((message: string) => {
      console.error(message);
    });

  async function mintSession(req: IncomingMessage, res: ServerResponse, origin: string): Promise<void> {
    req.resume(); // the request has no body worth reading
    if (req.method !== 'POST') {
      sendJson(res, 405, { error: 'method_not_allowed' }, { Allow: 'POST' });
      return;
    }
    // Only this portal's own pages may ask (a cross-site form or script carries another Origin).
    if (req.headers.origin !== origin) {
      sendJson(res, 403, { error: 'forbidden_origin' });
      return;
    }
    // A real portal looks up its login cookie here and answers 401 when nobody is signed in.
    const user = signedInUser(req);
    if (!user) {
      sendJson(res, 401, { error: 'not_signed_in' });
      return;
    }
    let response: Response;
    try {
      response = await fetch(`${serverApiBase}/v1/embed_sessions`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${options.partnerKey}`,
          'Content-Type': 'application/json',
          Accept: 'application/json',
        },
        // No Idempotency-Key: the endpoint takes none (minting twice is harmless).
        body: JSON.stringify({
          kind: 'partner',
          partner_user: user,
          scopes: SESSION_SCOPES,
          allowed_origins: [origin],
          expires_in: SESSION_SECONDS,
        }),
        signal: AbortSignal.timeout(10_000),
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      log(`[portal] The Flywheel API could not be reached: ${reason}`);
      sendJson(res, 502, { error: 'session_unavailable' });
      return;
    }
    const body = (await response.json().catch(() => undefined)) as
      { client_secret?: unknown; expires_at?: unknown; code?: unknown } | undefined;
    if (!response.ok || typeof body?.client_secret !== 'string' || typeof body.expires_at !== 'string') {
      const code = typeof body?.code === 'string' ? ` ${body.code}` : '';
      const requestId = response.headers.get('request-id');
      const request = requestId ? ` (request ${requestId})` : '';
      // A demo database seeded by an older version has no partner keys: say how to get them.
      const hint =
        response.status === 401
          ? " The API does not know the portal's partner key. If the demo database was seeded by an older" +
            ' version, stop the demo, delete its data directory (FLYWHEEL_DATA, by default' +
            ' .flywheel-data/demo) and start the demo again to reseed it.'
          : '';
      log(`[portal] Minting a session failed: the API answered ${response.status}${code}${request}.${hint}`);
      sendJson(res, 502, { error: 'session_unavailable' });
      return;
    }
    sendJson(res, 200, { client_secret: body.client_secret, expires_at: body.expires_at });
  }

  return startDemoServer({
    mounts: { '/cdn/': options.cdnDir, '/': PORTAL_PUBLIC },
    apiBase: options.apiBase,
    connectSources: ["'self'"],
    port: options.port,
    host,
    publicHost,
    ...(options.onPortBusy ? { onPortBusy: options.onPortBusy } : {}),
    handle: async (req, res, origin) => {
      const pathname = (req.url ?? '/').split('?')[0]!;
      if (pathname === SESSION_PATH) {
        await mintSession(req, res, origin);
        return true;
      }
      if (pathname.startsWith('/portal-api/')) {
        req.resume();
        sendJson(res, 404, { error: 'not_found' });
        return true;
      }
      return false;
    },
  });
}
