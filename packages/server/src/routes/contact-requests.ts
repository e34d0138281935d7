import { ContactRequestCreate, isPartnerIdOrSlug, type ContactRequest } from '@flywheel/contract';
import { Hono } from 'hono';
import { PUBLIC_PARTNER } from '../catalog/partner-row.js';
import type { AppEnv } from '../http/app-env.js';
import { parseBody } from '../http/parse-body.js';
import { ProblemError } from '../http/problem-error.js';
import { newId } from '../ids.js';
import { guard } from '../middleware/guard.js';
import { idempotency } from '../middleware/idempotency.js';
import { jsonBody } from '../middleware/json-body.js';

/**
 * `POST /v1/partners/{id_or_slug}/contact_requests`: a visitor asks a listed partner to get in touch.
 * Validated with the contract schema (strict: unknown fields are refused); stored exactly once per
 * `Idempotency-Key`; rate limited per visitor.
 */
export function contactRequestRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.post(
    '/v1/partners/:id_or_slug/contact_requests',
    guard('contact_requests:write', 'contact_requests'),
    jsonBody(),
    idempotency('required'),
    async (c) => {
      const db = c.get('db');
      const credential = c.get('credential');
      const idOrSlug = c.req.param('id_or_slug');
      if (!isPartnerIdOrSlug(idOrSlug)) throw new ProblemError('not_found', { detail: 'No such partner.' });
      const { rows } = await db.query<{ id: string }>(
        `SELECT p.id FROM partners p WHERE p.program_id = $1 AND (p.id = $2 OR p.slug = $2) AND ${PUBLIC_PARTNER}`,
        [credential.programId, idOrSlug],
      );
      const partner = rows[0];
      if (!partner) throw new ProblemError('not_found', { detail: 'No such partner.' });

      const input = parseBody(ContactRequestCreate, c.get('body'));
      const now = c.get('server').now();
      const created: ContactRequest = {
        id: newId('creq', now),
        object: 'contact_request',
        partner_id: partner.id,
        status: 'received',
        created_at: now.toISOString(),
      };
      await db.query(
        `INSERT INTO contact_requests
           (id, program_id, partner_id, api_key_id, name, email, company, phone, country, message, status, consented_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)`,
        [
          created.id,
          credential.programId,
          partner.id,
          credential.keyId,
          input.name,
          input.email,
          input.company ?? null,
          input.phone ?? null,
          input.country ?? null,
          input.message,
          created.status,
          created.created_at,
        ],
      );
      return c.json(created, 201, { 'Cache-Control': 'no-store' });
    },
  );
  return routes;
}
