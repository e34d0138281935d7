import { randomBytes } from 'node:crypto';
import {
  EmbedSessionCreate,
  EmbedSessionId,
  SESSION_DEFAULT_SECONDS,
  type EmbedSession,
  type Me,
  type PartnerUser,
} from '@flywheel/contract';
import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { originAllowed } from '../http/origin-patterns.js';
import { parseBody } from '../http/parse-body.js';
import { ProblemError } from '../http/problem-error.js';
import { newId } from '../ids.js';
import { hashToken } from '../middleware/authenticate.js';
import { guard } from '../middleware/guard.js';
import { jsonBody } from '../middleware/json-body.js';

interface SessionRow {
  id: string;
  partner_id: string;
  partner_user: PartnerUser;
  scopes: string[];
  allowed_origins: string[];
  livemode: boolean;
  created_at: Date | string;
  expires_at: Date | string;
  revoked_at: Date | string | null;
  minted_by_key_id: string;
}

const CREDENTIAL_TYPES = {
  publishable: 'publishable_key',
  secret: 'secret_key',
  partner: 'partner_key',
  partner_session: 'partner_session',
} as const;

const iso = (value: Date | string) => new Date(value).toISOString();

function sessionView(row: SessionRow, clientSecret?: string): EmbedSession {
  return {
    id: row.id,
    object: 'embed_session',
    kind: 'partner',
    ...(clientSecret ? { client_secret: clientSecret } : {}),
    partner_id: row.partner_id,
    partner_user: row.partner_user,
    scopes: row.scopes,
    allowed_origins: row.allowed_origins,
    livemode: row.livemode,
    created_at: iso(row.created_at),
    expires_at: iso(row.expires_at),
    revoked_at: row.revoked_at === null ? null : iso(row.revoked_at),
  };
}

/** A new client secret: 256 random bits, base64url (43 characters). Only its hash is stored. */
const newClientSecret = () => `ps_${randomBytes(32).toString('base64url')}`;

/**
 * `POST /v1/embed_sessions` (mint), `DELETE /v1/embed_sessions/{id}` (revoke) and `GET /v1/me`.
 * A secret key mints for any active partner of its program; a partner key only for its own partner
 * (any other partner id is a 404, so a key cannot probe which partners exist). The session's origins
 * must each be allowed for the minting key.
 */
export function embedSessionRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.post(
    '/v1/embed_sessions',
    guard('embed_sessions:write'),
    // No Idempotency-Key: a replay would have to store the client secret. Minting twice is harmless.
    jsonBody(),
    async (c) => {
      const db = c.get('db');
      const credential = c.get('credential');
      const input = parseBody(EmbedSessionCreate, c.get('body'));
      const partnerId = input.partner_id ?? credential.partnerId;
      if (!partnerId) {
        throw new ProblemError('validation_failed', {
          errors: [
            { pointer: '#/partner_id', code: 'required', message: 'Name the partner the session is for.' },
          ],
        });
      }
      if (credential.partnerId !== undefined && partnerId !== credential.partnerId) {
        throw new ProblemError('not_found', { detail: 'No such partner.' });
      }
      const { rows: partners } = await db.query<{ id: string }>(
        `SELECT id FROM partners WHERE program_id = $1 AND id = $2 AND status = 'active'`,
        [credential.programId, partnerId],
      );
      if (!partners[0]) throw new ProblemError('not_found', { detail: 'No such partner.' });

      const refused = input.allowed_origins
        .map((origin, index) => ({ origin, index }))
        .filter(({ origin }) => !originAllowed(credential.allowedOrigins, origin));
      if (refused.length > 0) {
        throw new ProblemError('validation_failed', {
          errors: refused.map(({ origin, index }) => ({
            pointer: `#/allowed_origins/${index}`,
            code: 'origin_not_allowed',
            message: `${origin} is not an origin this key may mint sessions for.`,
          })),
        });
      }

      const now = c.get('server').now();
      const clientSecret = newClientSecret();
      const { rows } = await db.query<SessionRow>(
        `INSERT INTO embed_sessions (id, program_id, kind, partner_id, partner_user, scopes, allowed_origins,
                                     token_hash, minted_by_key_id, livemode, created_at, expires_at)
         VALUES ($1, $2, 'partner', $3, $4, $5, $6, $7, $8, $9, $10, $11)
         RETURNING id, partner_id, partner_user, scopes, allowed_origins, livemode, created_at, expires_at,
                   revoked_at, minted_by_key_id`,
        [
          newId('ses', now),
          credential.programId,
          partnerId,
          JSON.stringify(input.partner_user),
          [...new Set(input.scopes)],
          [...new Set(input.allowed_origins)],
          hashToken(clientSecret),
          credential.keyId,
          credential.livemode,
          now.toISOString(),
          new Date(now.getTime() + (input.expires_in ?? SESSION_DEFAULT_SECONDS) * 1000).toISOString(),
        ],
      );
      return c.json(sessionView(rows[0]!, clientSecret), 201, { 'Cache-Control': 'no-store' });
    },
  );

  routes.delete('/v1/embed_sessions/:session_id', guard('embed_sessions:write'), async (c) => {
    const db = c.get('db');
    const credential = c.get('credential');
    const id = c.req.param('session_id');
    if (!EmbedSessionId.safeParse(id).success)
      throw new ProblemError('not_found', { detail: 'No such session.' });
    // A partner key sees only its partner's sessions; revoking twice keeps the first time.
    const { rows } = await db.query<SessionRow>(
      `UPDATE embed_sessions SET revoked_at = COALESCE(revoked_at, $4)
        WHERE id = $1 AND program_id = $2 AND ($3::text IS NULL OR partner_id = $3)
        RETURNING id, partner_id, partner_user, scopes, allowed_origins, livemode, created_at, expires_at,
                  revoked_at, minted_by_key_id`,
      [id, credential.programId, credential.partnerId ?? null, c.get('server').now().toISOString()],
    );
    if (!rows[0]) throw new ProblemError('not_found', { detail: 'No such session.' });
    return c.json(sessionView(rows[0]), 200, { 'Cache-Control': 'no-store' });
  });

  routes.get('/v1/me', guard(null), (c) => {
    const credential = c.get('credential');
    const me: Me = {
      object: 'me',
      credential_type: CREDENTIAL_TYPES[credential.kind],
      program_id: credential.programId,
      livemode: credential.livemode,
      scopes: [...credential.scopes].sort(),
      partner_id: credential.partnerId ?? null,
      partner_user: credential.session?.partnerUser ?? null,
      expires_at: credential.session ? credential.session.expiresAt.toISOString() : null,
    };
    return c.json(me, 200, { 'Cache-Control': 'no-store' });
  });

  return routes;
}
