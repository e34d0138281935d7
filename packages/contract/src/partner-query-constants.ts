// The directory query's vocabulary: plain constants (no zod), shared by server, SDK and widgets.

/** Facets the directory can count, in the order they appear in the API. */
export const PARTNER_FACETS = [
  'type',
  'tier',
  'region',
  'country',
  'language',
  'industry',
  'expertise',
  'certification',
  'badge',
] as const;
export type PartnerFacet = (typeof PARTNER_FACETS)[number];

export const PARTNER_SORTS = [
  'relevance',
  'featured',
  'name',
  '-tier',
  '-rating',
  '-joined_at',
  'shuffle',
] as const;
export type PartnerSort = (typeof PARTNER_SORTS)[number];

export const DEFAULT_PAGE_SIZE = 24;
export const MAX_PAGE_SIZE = 100;
/** Publishable keys page through at most this many per request (Algolia-style search-only keys). */
export const MAX_PUBLIC_PAGE_SIZE = 50;
