import * as z from 'zod/mini';
import { Key, ListingId, Slug, WebUrl, openEnum, Rating } from './primitives.js';
import { LISTING_CATEGORIES } from './vocabulary.js';

export const ListingIcon = z.object({ url: WebUrl, alt: z.string() });

export const PRICING_MODELS = ['free', 'freemium', 'paid', 'contact_sales'] as const;

/** The card-sized view of a marketplace listing, inlined by `expand[]=integrations`. */
export const ListingSummary = z.object({
  id: ListingId,
  object: z.literal('listing'),
  slug: Slug,
  name: z.string(),
  tagline: z.string(),
  icon: z.nullable(ListingIcon),
  primary_category: z.union([z.enum(LISTING_CATEGORIES), Key]),
  built_by: z.object({
    type: openEnum(['first_party', 'partner']),
    partner_id: z.optional(z.string()),
  }),
  pricing: z.object({ model: openEnum(PRICING_MODELS), summary: z.optional(z.string()) }),
  rating: z.nullable(Rating),
});
export type ListingSummary = z.infer<typeof ListingSummary>;
