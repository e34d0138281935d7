import { createHash } from 'node:crypto';
import type { PartnerUser } from '@flywheel/contract';
import { SCOPES, type Scope } from '@flywheel/contract/openapi';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { clientAddress } from '../http/client-address.js';
import { originAllowed, requestOrigin } from '../http/origin-patterns.js';
import { ProblemError } from '../http/problem-error.js';

export type CredentialKind = 'publishable' | 'secret' | 'partner' | 'partner_session';

/** The authenticated caller of a request. */
export interface Credential {
  /** The API key; for a session, the key that minted it. */
  readonly keyId: string;
  readonly programId: string;
  readonly kind: CredentialKind;
  readonly livemode: boolean;
  /**
   * Publishable keys: origins they may be used from. Secret and partner keys: origins they may mint
   * sessions for. Sessions: the exact origins they may be used from.
   */
  readonly allowedOrigins: readonly string[];
  readonly scopes: ReadonlySet<Scope>;
  /** Who rate limits and idempotency keys belong to: the key, a visitor's address, a partner user. */
  readonly principal: string;
  /** The program's catalog revision at the time of the request (the partner index's cache key). */
  readonly catalogRevision: number;
  /** Partner keys and sessions act for one partner only. */
  readonly partnerId?: string | undefined;
  readonly session?: { readonly id: string; readonly partnerUser: PartnerUser; readonly expiresAt: Date };
}

const PUBLISHABLE_SCOPES: ReadonlySet<Scope> = new Set([
  'directory:read',
  'taxonomy:read',
  'contact_requests:write',
]);
/** Secret keys hold every scope there is. */
const SECRET_SCOPES: ReadonlySet<Scope> = new Set(SCOPES);
/** A partner key mints sessions for its partner, and reads what is public. */
const PARTNER_KEY_SCOPES: ReadonlySet<Scope> = new Set([
  'embed_sessions:write',
  'directory:read',
  'taxonomy:read',
]);
/** Every session may read the public directory, besides the scopes it was minted with. */
const SESSION_BASE_SCOPES: readonly Scope[] = ['directory:read', 'taxonomy:read'];

const KEY_TOKEN = /^(?:pk|sk|sk_partner)_(?:test|live)_[A-Za-z0-9_]{1,200}$/;
const SESSION_TOKEN = /^ps_[A-Za-z0-9_-]{43}$/;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const unauthenticated = (detail: string, code: 'unauthenticated' | 'session_expired' = 'unauthenticated') =>
  new ProblemError(code, { detail, headers: { 'WWW-Authenticate': 'Bearer realm="flywheel"' } });

interface KeyRow {
  id: string;
  program_id: string;
  kind: 'publishable' | 'secret' | 'partner';
  livemode: boolean;
  allowed_origins: string[];
  partner_id: string | null;
  catalog_revision: string | number;
}

interface SessionRow {
  id: string;
  program_id: string;
  partner_id: string;
  partner_user: PartnerUser;
  scopes: string[];
  allowed_origins: string[];
  minted_by_key_id: string;
  livemode: boolean;
  expires_at: Date | string;
  revoked_at: Date | string | null;
  catalog_revision: string | number;
}

async function keyCredential(c: Context<AppEnv>, token: string): Promise<Credential> {
  const { rows } = await c.get('db').query<KeyRow>(
    `SELECT k.id, k.program_id, k.kind, k.livemode, k.allowed_origins, k.partner_id, p.catalog_revision
       FROM api_keys k JOIN programs p ON p.id = k.program_id
      WHERE k.token_hash = $1 AND k.revoked_at IS NULL`,
    [hashToken(token)],
  );
  const key = rows[0];
  if (!key) throw unauthenticated('This API key is unknown or has been revoked.');

  const origin = requestOrigin({ get: (name) => c.req.header(name) });
  if (key.kind !== 'publishable' && c.req.header('origin')) {
    throw new ProblemError('secret_key_in_browser', {
      detail:
        'Secret and partner keys belong on a server. In a web page, use a publishable key or an embed session.',
    });
  }
  if (key.kind === 'publishable' && origin !== undefined && !originAllowed(key.allowed_origins, origin)) {
    throw new ProblemError('origin_not_allowed', {
      detail: `The origin ${origin} is not on this publishable key's allow-list.`,
    });
  }
  return {
    keyId: key.id,
    programId: key.program_id,
    kind: key.kind,
    livemode: key.livemode,
    allowedOrigins: key.allowed_origins,
    scopes:
      key.kind === 'secret'
        ? SECRET_SCOPES
        : key.kind === 'partner'
          ? PARTNER_KEY_SCOPES
          : PUBLISHABLE_SCOPES,
    principal: key.kind === 'publishable' ? `${key.id}@${clientAddress(c)}` : key.id,
    catalogRevision: Number(key.catalog_revision),
    partnerId: key.partner_id ?? undefined,
  };
}

/**
 * A partner session: known and not revoked (else 401 `unauthenticated`), not expired (else 401
 * `session_expired`, which the SDK answers by fetching a new session once), and used from one of the
 * exact origins it was minted for (else 403 `origin_not_allowed`; a request without `Origin` is
 * refused too: sessions are browser credentials).
 */
async function sessionCredential(c: Context<AppEnv>, token: string): Promise<Credential> {
  const { rows } = await c.get('db').query<SessionRow>(
    `SELECT s.id, s.program_id, s.partner_id, s.partner_user, s.scopes, s.allowed_origins,
            s.minted_by_key_id, s.livemode, s.expires_at, s.revoked_at, p.catalog_revision
       FROM embed_sessions s JOIN programs p ON p.id = s.program_id
      WHERE s.token_hash = $1`,
    [hashToken(token)],
  );
  const session = rows[0];
  if (!session || session.revoked_at !== null)
    throw unauthenticated('This session is unknown or has been revoked.');
  // Its origins may read the answer (CORS), so a widget can tell an expired session from a network error.
  c.set('corsOrigins', session.allowed_origins);
  const expiresAt = new Date(session.expires_at);
  if (expiresAt.getTime() <= c.get('server').now().getTime()) {
    throw unauthenticated('This session has expired; fetch a new one.', 'session_expired');
  }
  const origin = c.req.header('origin');
  if (!origin || !session.allowed_origins.includes(origin)) {
    throw new ProblemError('origin_not_allowed', {
      detail: origin
        ? `The origin ${origin} is not one this session was minted for.`
        : 'A session is used from a web page: the request must carry the page’s Origin.',
    });
  }
  const scopes = new Set<Scope>(SESSION_BASE_SCOPES);
  for (const scope of session.scopes)
    if ((SCOPES as readonly string[]).includes(scope)) scopes.add(scope as Scope);
  return {
    keyId: session.minted_by_key_id,
    programId: session.program_id,
    kind: 'partner_session',
    livemode: session.livemode,
    allowedOrigins: session.allowed_origins,
    scopes,
    principal: `${session.partner_id}:${session.partner_user.external_id}`,
    catalogRevision: Number(session.catalog_revision),
    partnerId: session.partner_id,
    session: { id: session.id, partnerUser: session.partner_user, expiresAt },
  };
}

/**
 * Resolves `Authorization: Bearer <credential>`: publishable keys (`pk_…`, from allowed origins),
 * secret keys (`sk_…`) and partner keys (`sk_partner_…`, never from a browser), and partner sessions
 * (`ps_…`, from their own origins, until they expire).
 */
export function authenticate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (!header) throw unauthenticated('Send a credential as `Authorization: Bearer <key or session>`.');
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    let credential: Credential;
    if (token && SESSION_TOKEN.test(token)) credential = await sessionCredential(c, token);
    else if (token && KEY_TOKEN.test(token)) credential = await keyCredential(c, token);
    else
      throw unauthenticated(
        'The Authorization header must be `Bearer pk_…`, `Bearer sk_…`, `Bearer sk_partner_…` or `Bearer ps_…`.',
      );
    c.set('credential', credential);
    await next();
  };
}

/** Refuses the request unless the credential holds `scope`. */
export function requireScope(scope: Scope): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!c.get('credential').scopes.has(scope)) {
      throw new ProblemError('insufficient_scope', { extra: { required_scopes: [scope] } });
    }
    await next();
  };
}
