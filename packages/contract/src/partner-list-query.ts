import * as z from 'zod/mini';
import { CountryCode, Key, LanguageTag } from './primitives.js';
import { multi, single, type QueryValues } from './query.js';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  MAX_PUBLIC_PAGE_SIZE,
  PARTNER_FACETS,
  PARTNER_SORTS,
} from './partner-query-constants.js';

export * from './partner-query-constants.js';

const idOrSlug = z
  .string()
  .check(z.regex(/^(lst_[0-9A-HJKMNP-TV-Z]{26}|[a-z0-9-]{3,64})$/, 'Expected a listing id or slug'));

/** `GET /v1/partners` query parameters. Repeatable filters are OR within a field, AND across fields. */
export const partnerListQuery = {
  q: single(
    z.string().check(z.maxLength(200)),
    'Full-text search over name, summary, description, expertise and industries; prefix and typo tolerant.',
  ),
  type: multi(Key, 'Partner type keys.'),
  tier: multi(Key, 'Tier keys.'),
  region: multi(Key, 'Served regions; partners serving `global` match every region.'),
  country: multi(CountryCode, 'Headquarters or served countries (ISO 3166-1 alpha-2).'),
  language: multi(LanguageTag, 'Languages; `pt` matches `pt-BR`.'),
  industry: multi(Key, 'Industry keys.'),
  expertise: multi(Key, 'Expertise keys.'),
  certification: multi(Key, 'Certification keys.'),
  integration: multi(idOrSlug, 'Listing ids or slugs the partner builds or implements.'),
  badge: multi(Key, 'Badge keys.'),
  min_tier: single(Key, 'Only partners at this tier or above.'),
  featured: single(z.boolean(), 'Only featured (`true`) or non-featured (`false`) partners.', 'boolean'),
  facets: multi(
    z.enum(PARTNER_FACETS),
    'Facets to count. Counts are disjunctive: a field’s counts ignore that field’s own filter.',
  ),
  sort: single(
    z.enum(PARTNER_SORTS),
    '`relevance` (default with `q`), `featured` (default without), `name`, `-tier`, `-rating`, `-joined_at`, `shuffle`.',
  ),
  seed: single(
    z.int().check(z.minimum(0), z.maximum(2_147_483_647)),
    'Seed of the fair shuffle used by `featured` and `shuffle`; keep it across pages.',
    'int',
  ),
  limit: single(
    z.int().check(z.minimum(1), z.maximum(MAX_PAGE_SIZE)),
    `Page size, 1–${MAX_PAGE_SIZE} (publishable keys: ≤ ${MAX_PUBLIC_PAGE_SIZE}); default ${DEFAULT_PAGE_SIZE}.`,
    'int',
  ),
  cursor: single(
    z.string().check(z.maxLength(1024)),
    'Opaque cursor from `next_cursor`; only valid with the same filters and sort.',
  ),
};

export type PartnerListParams = QueryValues<typeof partnerListQuery>;

/** `GET /v1/partners/{id_or_slug}` query parameters. */
export const partnerGetQuery = {
  'expand[]': multi(
    z.enum(['integrations']),
    'Inline related objects: `integrations` adds each listing summary.',
  ),
};
export type PartnerGetParams = QueryValues<typeof partnerGetQuery>;
