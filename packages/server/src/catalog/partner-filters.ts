import type { FieldError, PartnerFacet, PartnerListParams, ProgramVocabulary } from '@flywheel/contract';
import { ProblemError } from '../http/problem-error.js';
import type { ProgramTaxonomy } from './program-taxonomy.js';
import type { SqlParams } from './sql-params.js';

/** Which vocabulary each facet's values come from (languages and countries are open). */
export const FACET_VOCABULARY: Partial<Record<PartnerFacet, ProgramVocabulary>> = {
  type: 'partner_types',
  tier: 'tiers',
  region: 'regions',
  industry: 'industries',
  expertise: 'expertise',
  certification: 'certifications',
  badge: 'badges',
};

/** Which vocabulary each filter's values must come from. */
const VOCABULARY_OF: Partial<Record<keyof PartnerListParams, ProgramVocabulary>> = {
  ...FACET_VOCABULARY,
  min_tier: 'tiers',
};

/**
 * Refuses filter values the program does not define: `tier=glod` is a 400 that names the value,
 * not a silent empty page.
 */
export function checkVocabulary(params: PartnerListParams, taxonomy: ProgramTaxonomy): void {
  const errors: FieldError[] = [];
  for (const [name, vocabulary] of Object.entries(VOCABULARY_OF) as [
    keyof PartnerListParams,
    ProgramVocabulary,
  ][]) {
    const value = params[name];
    if (value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    values.forEach((item, index) => {
      if (typeof item === 'string' && !taxonomy.has(vocabulary, item)) {
        errors.push({
          pointer: Array.isArray(value) ? `#/query/${name}/${index}` : `#/query/${name}`,
          code: 'invalid_value',
          message: `Unknown ${name.replace('_', ' ')} "${item}". Known: ${taxonomy.keys(vocabulary).join(', ')}.`,
        });
      }
    });
  }
  if (errors.length > 0)
    throw new ProblemError('invalid_request', { detail: 'Some filter values are unknown.', errors });
}

/**
 * The SQL condition of each facet filter over partner alias `p`. OR within a field, AND across
 * fields. `region` also matches partners serving `global`; `language=pt` matches `pt-BR`.
 */
export function facetConditions(
  params: PartnerListParams,
  sql: SqlParams,
): Partial<Record<PartnerFacet, string>> {
  const conditions: Partial<Record<PartnerFacet, string>> = {};
  if (params.type) conditions.type = `p.type = ANY(${sql.add(params.type, 'text[]')})`;
  if (params.tier) conditions.tier = `p.tier = ANY(${sql.add(params.tier, 'text[]')})`;
  if (params.region) {
    conditions.region = `p.regions && ${sql.add([...params.region, 'global'], 'text[]')}`;
  }
  if (params.country) {
    const countries = sql.add(params.country, 'text[]');
    conditions.country = `(p.hq_country = ANY(${countries}) OR p.countries_served && ${countries})`;
  }
  if (params.language) {
    const languages = sql.add(params.language, 'text[]');
    conditions.language = `EXISTS (SELECT 1 FROM unnest(p.languages) AS l(tag)
      WHERE l.tag = ANY(${languages}) OR split_part(l.tag, '-', 1) = ANY(${languages}))`;
  }
  if (params.industry) conditions.industry = `p.industries && ${sql.add(params.industry, 'text[]')}`;
  if (params.expertise) conditions.expertise = `p.expertise && ${sql.add(params.expertise, 'text[]')}`;
  if (params.certification) {
    conditions.certification = `p.certification_keys && ${sql.add(params.certification, 'text[]')}`;
  }
  if (params.badge) conditions.badge = `p.badges && ${sql.add(params.badge, 'text[]')}`;
  return conditions;
}

/** Filters that are not facets: they narrow the base set every facet counts within. */
export function baseConditions(
  params: PartnerListParams,
  taxonomy: ProgramTaxonomy,
  sql: SqlParams,
): string[] {
  const conditions: string[] = [];
  if (params.min_tier !== undefined) {
    conditions.push(`p.tier_rank >= ${sql.add(taxonomy.position('tiers', params.min_tier) ?? 0, 'int')}`);
  }
  if (params.featured !== undefined) conditions.push(`p.featured = ${sql.add(params.featured, 'boolean')}`);
  if (params.integration) {
    const refs = sql.add(params.integration, 'text[]');
    conditions.push(`EXISTS (SELECT 1 FROM partner_integrations pi JOIN listings l ON l.id = pi.listing_id
      WHERE pi.partner_id = p.id AND l.status = 'published' AND (l.id = ANY(${refs}) OR l.slug = ANY(${refs})))`);
  }
  return conditions;
}

/** What each facet counts per partner, as a text[] expression over `p`. */
export function facetValues(facet: PartnerFacet, sql: SqlParams, allRegions: readonly string[]): string {
  switch (facet) {
    case 'type':
      return 'ARRAY[p.type]';
    case 'tier':
      return 'ARRAY[p.tier]';
    case 'region':
      // A partner serving `global` appears under every region, as the region filter would find it.
      return `CASE WHEN 'global' = ANY(p.regions) THEN ${sql.add(allRegions, 'text[]')} ELSE p.regions END`;
    case 'country':
      return `ARRAY(SELECT DISTINCT c FROM unnest(array_append(p.countries_served, p.hq_country)) AS c)`;
    case 'language':
      return 'p.languages';
    case 'industry':
      return 'p.industries';
    case 'expertise':
      return 'p.expertise';
    case 'certification':
      return 'p.certification_keys';
    case 'badge':
      return 'p.badges';
  }
}
