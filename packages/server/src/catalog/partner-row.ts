/** The partner columns every read selects, and the row they produce (both drivers agree on these types). */
export const PARTNER_COLUMNS = `p.id, p.slug, p.name, p.type, p.tier, p.tier_rank, p.tier_evaluated_at, p.hq_country,
  p.hq_region, p.hq_city, p.regions, p.countries_served, p.languages, p.industries, p.expertise, p.certifications,
  p.certification_keys, p.certified_people_count, p.has_logo, p.website, p.summary, p.description, p.company_size,
  p.founded_year, p.rating_x10, p.rating_count, p.featured, p.badges, p.contact, p.joined_at, p.status, p.listed,
  p.metadata, p.created_at, p.updated_at`;

/** The columns the slim index and summaries need (no description, no contact). */
export const PARTNER_CARD_COLUMNS = `p.id, p.slug, p.name, p.type, p.tier, p.tier_rank, p.hq_country, p.hq_region,
  p.hq_city, p.regions, p.languages, p.industries, p.expertise, p.certification_keys, p.has_logo, p.summary,
  p.rating_x10, p.rating_count, p.featured, p.badges, p.joined_at`;

export interface PartnerCardRow {
  id: string;
  slug: string;
  name: string;
  type: string;
  tier: string;
  tier_rank: number;
  hq_country: string;
  hq_region: string;
  hq_city: string | null;
  regions: string[];
  languages: string[];
  industries: string[];
  expertise: string[];
  certification_keys: string[];
  has_logo: boolean;
  summary: string;
  rating_x10: number | null;
  rating_count: number | null;
  featured: boolean;
  badges: string[];
  /** A Date from a column; an ISO string when the row came through json_agg. */
  joined_at: Date | string;
}

export interface PartnerRow extends PartnerCardRow {
  tier_evaluated_at: Date | null;
  countries_served: string[];
  certifications: { key: string; holder_count: number; verified: boolean }[];
  certified_people_count: number;
  website: string | null;
  description: string;
  company_size: string | null;
  founded_year: number | null;
  contact: { url?: string; email?: string };
  status: string;
  listed: boolean;
  metadata: Record<string, string>;
  created_at: Date;
  updated_at: Date;
}

/** The condition every public read applies: only active, listed partners exist for the public. */
export const PUBLIC_PARTNER = `p.status = 'active' AND p.listed`;
