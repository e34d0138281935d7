import { isPartnerIdOrSlug, type Partner, type PartnerIntegration } from '@flywheel/contract';
import type { Queryable } from '../db/database.js';
import { PARTNER_COLUMNS, PUBLIC_PARTNER, type PartnerRow } from './partner-row.js';
import { toPartner, type ViewContext } from './partner-views.js';

interface IntegrationRow {
  listing_id: string;
  role: string;
  slug: string;
  name: string;
  tagline: string;
  primary_category: string;
  built_by_type: string;
  built_by_partner_id: string | null;
  pricing_model: string;
  pricing_summary: string | null;
  rating_x10: number | null;
  rating_count: number | null;
}

export interface PartnerReadRequest {
  readonly programId: string;
  readonly idOrSlug: string;
  readonly view: ViewContext;
  readonly expandIntegrations: boolean;
  /** Secret keys also see unlisted and inactive partners, and the private fields. */
  readonly includePrivate: boolean;
}

/** One partner by id or slug, or `null` when it does not exist for this caller. */
export async function readPartner(db: Queryable, request: PartnerReadRequest): Promise<Partner | null> {
  if (!isPartnerIdOrSlug(request.idOrSlug)) return null;
  const visibility = request.includePrivate ? 'TRUE' : PUBLIC_PARTNER;
  const { rows } = await db.query<PartnerRow>(
    `SELECT ${PARTNER_COLUMNS} FROM partners p
      WHERE p.program_id = $1 AND (p.id = $2 OR p.slug = $2) AND ${visibility}`,
    [request.programId, request.idOrSlug],
  );
  const row = rows[0];
  if (!row) return null;
  const integrations = await db.query<IntegrationRow>(
    `SELECT pi.listing_id, pi.role, l.slug, l.name, l.tagline, l.primary_category, l.built_by_type,
            l.built_by_partner_id, l.pricing_model, l.pricing_summary, l.rating_x10, l.rating_count
       FROM partner_integrations pi JOIN listings l ON l.id = pi.listing_id
      WHERE pi.partner_id = $1 AND l.status = 'published'
      ORDER BY pi.role, l.install_count DESC, l.id`,
    [row.id],
  );
  const list: PartnerIntegration[] = integrations.rows.map((i) => ({
    listing_id: i.listing_id,
    role: i.role,
    ...(request.expandIntegrations
      ? {
          listing: {
            id: i.listing_id,
            object: 'listing' as const,
            slug: i.slug,
            name: i.name,
            tagline: i.tagline,
            // Listing icons arrive with the marketplace; until then cards show a monogram.
            icon: null,
            primary_category: i.primary_category,
            built_by: {
              type: i.built_by_type,
              ...(i.built_by_partner_id ? { partner_id: i.built_by_partner_id } : {}),
            },
            pricing: { model: i.pricing_model, ...(i.pricing_summary ? { summary: i.pricing_summary } : {}) },
            rating: i.rating_x10 === null ? null : { average: i.rating_x10 / 10, count: i.rating_count ?? 0 },
          },
        }
      : {}),
  }));
  return toPartner(row, request.view, list, request.includePrivate);
}
