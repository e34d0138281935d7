import type {
  Partner,
  PartnerIndexEntry,
  PartnerIntegration,
  PartnerSummary,
  Rating,
} from '@flywheel/contract';
import type { LabelLocale } from '../seed/taxonomy-labels.js';
import type { PartnerCardRow, PartnerRow } from './partner-row.js';
import type { ProgramTaxonomy } from './program-taxonomy.js';

/** What turning rows into API objects needs besides the row. */
export interface ViewContext {
  readonly publicUrl: string;
  readonly taxonomy: ProgramTaxonomy;
  readonly locale: LabelLocale;
}

/** Cards show at most three industries, the partner's primary ones (stored first). */
const CARD_INDUSTRIES = 3;
export const LOGO_SIZE = 256;

const iso = (date: Date | string) => new Date(date).toISOString();

function rating(row: PartnerCardRow): Rating | null {
  return row.rating_x10 === null ? null : { average: row.rating_x10 / 10, count: row.rating_count ?? 0 };
}

function headquarters(row: PartnerCardRow) {
  return { country: row.hq_country, region: row.hq_region, ...(row.hq_city ? { city: row.hq_city } : {}) };
}

export function logoUrl(publicUrl: string, partnerId: string): string {
  return `${publicUrl}/logos/${partnerId}.svg`;
}

function logo(row: PartnerCardRow, publicUrl: string) {
  return row.has_logo ? { url: logoUrl(publicUrl, row.id), alt: row.name } : null;
}

/** The fields every partner view shares after `id` (and `object`), from the card columns. */
function cardFields(row: PartnerCardRow, publicUrl: string) {
  return {
    slug: row.slug,
    name: row.name,
    type: row.type,
    tier: row.tier,
    tier_rank: row.tier_rank,
    logo: logo(row, publicUrl),
    summary: row.summary,
    headquarters: headquarters(row),
    regions: row.regions,
    languages: row.languages,
    badges: row.badges,
    rating: rating(row),
    featured: row.featured,
  };
}

export function toIndexEntry(row: PartnerCardRow, publicUrl: string): PartnerIndexEntry {
  return {
    id: row.id,
    ...cardFields(row, publicUrl),
    industries: row.industries,
    expertise: row.expertise,
    certifications: row.certification_keys,
    joined_at: iso(row.joined_at),
  };
}

export function toSummary(row: PartnerCardRow, publicUrl: string): PartnerSummary {
  return {
    id: row.id,
    object: 'partner_summary',
    ...cardFields(row, publicUrl),
    industries: row.industries.slice(0, CARD_INDUSTRIES),
  };
}

export function toPartner(
  row: PartnerRow,
  context: ViewContext,
  integrations: PartnerIntegration[],
  includePrivate: boolean,
): Partner {
  const card = cardFields(row, context.publicUrl);
  return {
    id: row.id,
    object: 'partner',
    ...card,
    tier_evaluated_at: row.tier_evaluated_at ? iso(row.tier_evaluated_at) : null,
    countries_served: row.countries_served,
    industries: row.industries,
    expertise: row.expertise,
    certifications: row.certifications.map((c) => ({
      key: c.key,
      name: context.taxonomy.label('certifications', c.key, context.locale),
      holder_count: c.holder_count,
      verified: c.verified,
    })),
    certified_people_count: row.certified_people_count,
    logo: card.logo && { ...card.logo, width: LOGO_SIZE, height: LOGO_SIZE },
    website: row.website,
    description: row.description,
    integrations,
    company_size: row.company_size,
    founded_year: row.founded_year,
    contact: row.contact,
    joined_at: iso(row.joined_at),
    created_at: iso(row.created_at),
    updated_at: iso(row.updated_at),
    ...(includePrivate ? { status: row.status, listed: row.listed, metadata: row.metadata } : {}),
  };
}
