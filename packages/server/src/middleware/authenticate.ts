import { createHash } from 'node:crypto';
import { SCOPES, type Scope } from '@flywheel/contract/openapi';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { clientAddress } from '../http/client-address.js';
import { originAllowed, requestOrigin } from '../http/origin-patterns.js';
import { ProblemError } from '../http/problem-error.js';

/** The authenticated caller of a request. */
export interface Credential {
  readonly keyId: string;
  readonly programId: string;
  readonly kind: 'publishable' | 'secret';
  readonly livemode: boolean;
  readonly allowedOrigins: readonly string[];
  readonly scopes: ReadonlySet<Scope>;
  /** Who rate limits and idempotency keys belong to: the key, and for public keys the visitor's address. */
  readonly principal: string;
  /** The program's catalog revision at the time of the request (the partner index's cache key). */
  readonly catalogRevision: number;
}

const PUBLISHABLE_SCOPES: ReadonlySet<Scope> = new Set([
  'directory:read',
  'taxonomy:read',
  'contact_requests:write',
]);
/** Secret keys hold every scope there is. */
const SECRET_SCOPES: ReadonlySet<Scope> = new Set(SCOPES);

const TOKEN = /^(pk|sk)_(test|live)_[A-Za-z0-9_]{1,200}$/;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const unauthenticated = (detail: string) =>
  new ProblemError('unauthenticated', { detail, headers: { 'WWW-Authenticate': 'Bearer realm="flywheel"' } });

interface KeyRow {
  id: string;
  program_id: string;
  kind: 'publishable' | 'secret';
  livemode: boolean;
  allowed_origins: string[];
  catalog_revision: string | number;
}

/**
 * Resolves `Authorization: Bearer <key>` to a credential and enforces where each kind may be used:
 * secret keys never from a browser (`Origin` present), publishable keys only from allowed origins.
 */
export function authenticate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (!header) throw unauthenticated('Send an API key as `Authorization: Bearer <key>`.');
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const token = match?.[1];
    if (!token || !TOKEN.test(token))
      throw unauthenticated('The Authorization header must be `Bearer pk_…` or `Bearer sk_…`.');

    const { rows } = await c.get('db').query<KeyRow>(
      `SELECT k.id, k.program_id, k.kind, k.livemode, k.allowed_origins, p.catalog_revision
         FROM api_keys k JOIN programs p ON p.id = k.program_id
        WHERE k.token_hash = $1 AND k.revoked_at IS NULL`,
      [hashToken(token)],
    );
    const key = rows[0];
    if (!key) throw unauthenticated('This API key is unknown or has been revoked.');

    const origin = requestOrigin({ get: (name) => c.req.header(name) });
    if (key.kind === 'secret' && c.req.header('origin')) {
      throw new ProblemError('secret_key_in_browser', {
        detail:
          'Secret keys belong on your server. In a web page, use a publishable key or an embed session.',
      });
    }
    if (key.kind === 'publishable' && origin !== undefined && !originAllowed(key.allowed_origins, origin)) {
      throw new ProblemError('origin_not_allowed', {
        detail: `The origin ${origin} is not on this publishable key's allow-list.`,
      });
    }

    c.set('credential', {
      keyId: key.id,
      programId: key.program_id,
      kind: key.kind,
      livemode: key.livemode,
      allowedOrigins: key.allowed_origins,
      scopes: key.kind === 'secret' ? SECRET_SCOPES : PUBLISHABLE_SCOPES,
      principal: key.kind === 'publishable' ? `${key.id}@${clientAddress(c)}` : key.id,
      catalogRevision: Number(key.catalog_revision),
    });
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
