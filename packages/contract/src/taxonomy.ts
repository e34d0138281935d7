import * as z from 'zod/mini';

/** A vocabulary term with its label in the response's language (`Content-Language`). */
export const TaxonomyTerm = z.object({
  key: z.string(),
  label: z.string(),
});
export type TaxonomyTerm = z.infer<typeof TaxonomyTerm>;

export const TaxonomyTier = z.object({
  key: z.string(),
  label: z.string(),
  rank: z.int().check(z.minimum(0)),
});
export type TaxonomyTier = z.infer<typeof TaxonomyTier>;

/**
 * `GET /v1/taxonomy`: every vocabulary the directory needs, labelled in the language chosen by
 * `Accept-Language` (falling back to English). `languages` and `countries` list the values that
 * listed partners actually use.
 */
export const Taxonomy = z.object({
  object: z.literal('taxonomy'),
  locale: z.string(),
  partner_types: z.array(TaxonomyTerm),
  tiers: z.array(TaxonomyTier),
  regions: z.array(TaxonomyTerm),
  industries: z.array(TaxonomyTerm),
  expertise: z.array(TaxonomyTerm),
  certifications: z.array(TaxonomyTerm),
  company_sizes: z.array(TaxonomyTerm),
  badges: z.array(TaxonomyTerm),
  languages: z.array(TaxonomyTerm),
  countries: z.array(TaxonomyTerm),
});
export type Taxonomy = z.infer<typeof Taxonomy>;

/** The vocabularies a program defines (the others are derived from data or from CLDR). */
export const PROGRAM_VOCABULARIES = [
  'partner_types',
  'tiers',
  'regions',
  'industries',
  'expertise',
  'certifications',
  'company_sizes',
  'badges',
] as const;
export type ProgramVocabulary = (typeof PROGRAM_VOCABULARIES)[number];
