import * as z from 'zod/mini';
import { Headquarters } from './partner.js';
import { Key, LanguageTag, PartnerId, Rating, Slug, Timestamp, WebUrl, openEnum } from './primitives.js';
import { PARTNER_BADGES } from './vocabulary.js';

/**
 * One listed partner in the slim directory index: everything a directory needs to search, facet,
 * sort and draw a card on the client, and nothing more. Profiles load on demand.
 * Unlike `PartnerSummary`, `industries` is the full list (facets need every value).
 */
export const PartnerIndexEntry = z.object({
  id: PartnerId,
  slug: Slug,
  name: z.string(),
  type: Key,
  tier: Key,
  tier_rank: z.int().check(z.minimum(0)),
  logo: z.nullable(z.object({ url: WebUrl, alt: z.string() })),
  summary: z.string(),
  headquarters: Headquarters,
  regions: z.array(Key),
  languages: z.array(LanguageTag),
  industries: z.array(Key),
  expertise: z.array(Key),
  certifications: z.array(Key),
  badges: z.array(openEnum(PARTNER_BADGES)),
  rating: z.nullable(Rating),
  featured: z.boolean(),
  joined_at: Timestamp,
});
export type PartnerIndexEntry = z.infer<typeof PartnerIndexEntry>;

/**
 * `GET /v1/partner_index`: every listed partner, served with a strong `ETag` so clients revalidate
 * with `If-None-Match` and usually get `304`.
 */
export const PartnerIndex = z.object({
  object: z.literal('partner_index'),
  generated_at: Timestamp,
  total_count: z.int().check(z.minimum(0)),
  data: z.array(PartnerIndexEntry),
});
export type PartnerIndex = z.infer<typeof PartnerIndex>;
