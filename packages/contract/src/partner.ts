import * as z from 'zod/mini';
import {
  CountryCode,
  Key,
  LanguageTag,
  ListingId,
  PartnerId,
  Rating,
  Slug,
  Timestamp,
  WebUrl,
  openEnum,
} from './primitives.js';
import { ListingSummary } from './listing.js';
import { COMPANY_SIZES, INTEGRATION_ROLES, PARTNER_BADGES, PARTNER_STATUSES } from './vocabulary.js';

/** A logo with its alt text; `dark_url` is for dark themes when the brand has one. */
export const PartnerLogo = z.object({
  url: WebUrl,
  dark_url: z.optional(WebUrl),
  alt: z.string(),
  width: z.optional(z.int()),
  height: z.optional(z.int()),
});
export type PartnerLogo = z.infer<typeof PartnerLogo>;

export const Headquarters = z.object({
  country: CountryCode,
  region: Key,
  city: z.optional(z.string()),
});
export type Headquarters = z.infer<typeof Headquarters>;

/** Individual-earned credentials aggregated per partner organisation. */
export const PartnerCertification = z.object({
  key: Key,
  name: z.string(),
  holder_count: z.int().check(z.minimum(0)),
  verified: z.boolean(),
});
export type PartnerCertification = z.infer<typeof PartnerCertification>;

export const PartnerIntegration = z.object({
  listing_id: ListingId,
  role: openEnum(INTEGRATION_ROLES),
  /** Present with `expand[]=integrations`. */
  listing: z.optional(ListingSummary),
});
export type PartnerIntegration = z.infer<typeof PartnerIntegration>;

export const PartnerContact = z.object({
  url: z.optional(WebUrl),
  email: z.optional(z.string()),
});

const badges = z.array(openEnum(PARTNER_BADGES));

/** The card view of a partner, as in directory results. */
export const PartnerSummary = z.object({
  id: PartnerId,
  object: z.literal('partner_summary'),
  slug: Slug,
  name: z.string(),
  type: Key,
  tier: Key,
  tier_rank: z.int().check(z.minimum(0)),
  logo: z.nullable(PartnerLogo),
  summary: z.string(),
  headquarters: Headquarters,
  regions: z.array(Key),
  languages: z.array(LanguageTag),
  /** At most three, the partner's primary industries. */
  industries: z.array(Key),
  badges,
  rating: z.nullable(Rating),
  featured: z.boolean(),
});
export type PartnerSummary = z.infer<typeof PartnerSummary>;

/** The full public partner profile. Fields marked secret-key-only are absent for other credentials. */
export const Partner = z.object({
  id: PartnerId,
  object: z.literal('partner'),
  slug: Slug,
  name: z.string(),
  type: Key,
  tier: Key,
  tier_rank: z.int().check(z.minimum(0)),
  tier_evaluated_at: z.nullable(Timestamp),
  headquarters: Headquarters,
  regions: z.array(Key),
  countries_served: z.array(CountryCode),
  languages: z.array(LanguageTag),
  industries: z.array(Key),
  expertise: z.array(Key),
  certifications: z.array(PartnerCertification),
  certified_people_count: z.int().check(z.minimum(0)),
  logo: z.nullable(PartnerLogo),
  website: z.nullable(WebUrl),
  summary: z.string(),
  /** CommonMark subset without raw HTML; clients render it as text-only markup. */
  description: z.string(),
  integrations: z.array(PartnerIntegration),
  company_size: z.nullable(openEnum(COMPANY_SIZES)),
  founded_year: z.nullable(z.int()),
  rating: z.nullable(Rating),
  featured: z.boolean(),
  badges,
  contact: PartnerContact,
  joined_at: Timestamp,
  created_at: Timestamp,
  updated_at: Timestamp,
  /** Secret key only. */
  status: z.optional(openEnum(PARTNER_STATUSES)),
  /** Secret key only. */
  listed: z.optional(z.boolean()),
  /** Secret key only. */
  metadata: z.optional(z.record(z.string(), z.string())),
});
export type Partner = z.infer<typeof Partner>;
