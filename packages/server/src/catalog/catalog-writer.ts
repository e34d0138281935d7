import { LABEL_LOCALES, TAXONOMY_LABELS } from '../seed/taxonomy-labels.js';
import type { SeedCatalog, SeedPartner } from '../seed/catalog-types.js';
import type { Queryable } from '../db/database.js';

const BATCH = 1000;

/** Industry, expertise and type labels in every language, so "Gesundheit" finds healthcare partners. */
function labelText(partner: SeedPartner): string {
  const labels = [
    TAXONOMY_LABELS.partner_types[partner.type],
    ...partner.industries.map((key) => TAXONOMY_LABELS.industries[key]),
    ...partner.expertise.map((key) => TAXONOMY_LABELS.expertise[key]),
  ];
  return labels.flatMap((entry) => (entry ? LABEL_LOCALES.map((locale) => entry[locale]) : [])).join(' ');
}

/** The case-folded name that sorting and trigram search compare. */
export function sortName(name: string): string {
  return name.normalize('NFKC').toLocaleLowerCase('en');
}

/** Runs `statement` once per batch with `$1` = the batch as JSON and `$2…` = `extra`. */
async function insertBatches(
  db: Queryable,
  rows: readonly object[],
  statement: string,
  extra: unknown[] = [],
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await db.query(statement, [JSON.stringify(rows.slice(i, i + BATCH)), ...extra]);
  }
}

/**
 * Writes a generated catalog into a program in a few large statements (one JSON document per
 * thousand rows), so 100,000 partners load in seconds on PGlite and PostgreSQL alike.
 */
export async function writeCatalog(db: Queryable, programId: string, catalog: SeedCatalog): Promise<void> {
  const partners = catalog.partners.map((p) => ({
    ...p,
    sort_name: sortName(p.name),
    hq_country: p.headquarters.country,
    hq_region: p.headquarters.region,
    hq_city: p.headquarters.city,
    certification_keys: p.certifications.map((c) => c.key),
    rating_x10: p.rating ? Math.round(p.rating.average * 10) : null,
    rating_count: p.rating ? p.rating.count : null,
    label_text: labelText(p),
  }));
  await insertBatches(
    db,
    partners,
    `INSERT INTO partners (id, program_id, slug, name, sort_name, type, tier, tier_rank, tier_evaluated_at, hq_country,
       hq_region, hq_city, regions, countries_served, languages, industries, expertise, certifications,
       certification_keys, certified_people_count, has_logo, website, summary, description, company_size,
       founded_year, rating_x10, rating_count, featured, badges, contact, joined_at, status, listed,
       search_document, created_at, updated_at)
     SELECT x.id, $2::text, x.slug, x.name, x.sort_name, x.type, x.tier, x.tier_rank,
       x.tier_evaluated_at, x.hq_country, x.hq_region, x.hq_city, x.regions, x.countries_served, x.languages,
       x.industries, x.expertise, x.certifications, x.certification_keys, x.certified_people_count, x.has_logo,
       x.website, x.summary, x.description, x.company_size, x.founded_year, x.rating_x10, x.rating_count,
       x.featured, x.badges, x.contact, x.joined_at, x.status, x.listed,
       setweight(to_tsvector('simple', x.name), 'A') || setweight(to_tsvector('simple', x.summary), 'B')
         || setweight(to_tsvector('simple', x.label_text), 'C') || setweight(to_tsvector('simple', x.description), 'D'),
       x.created_at, x.updated_at
     FROM jsonb_to_recordset($1::jsonb) AS x(id text, slug text, name text, sort_name text, type text, tier text,
       tier_rank int, tier_evaluated_at timestamptz, hq_country text, hq_region text, hq_city text, regions text[],
       countries_served text[], languages text[], industries text[], expertise text[], certifications jsonb,
       certification_keys text[], certified_people_count int, has_logo boolean, website text, summary text,
       description text, company_size text, founded_year int, rating_x10 smallint, rating_count int,
       featured boolean, badges text[], contact jsonb, joined_at timestamptz, status text, listed boolean,
       label_text text, created_at timestamptz, updated_at timestamptz)`,
    [programId],
  );

  const listings = catalog.listings.map((l) => ({
    ...l,
    built_by_type: l.built_by.type,
    built_by_partner_id: l.built_by.partner_id ?? null,
    pricing_model: l.pricing.model,
    pricing_summary: l.pricing.summary ?? null,
    rating_x10: l.rating ? Math.round(l.rating.average * 10) : null,
    rating_count: l.rating ? l.rating.count : null,
  }));
  await insertBatches(
    db,
    listings,
    `INSERT INTO listings (id, program_id, slug, name, tagline, primary_category, categories, built_by_type,
       built_by_partner_id, pricing_model, pricing_summary, rating_x10, rating_count, install_count, status,
       published_at, created_at, updated_at)
     SELECT x.id, $2::text, x.slug, x.name, x.tagline, x.primary_category, x.categories,
       x.built_by_type, x.built_by_partner_id, x.pricing_model, x.pricing_summary, x.rating_x10, x.rating_count,
       x.install_count, x.status, x.published_at, x.created_at, x.updated_at
     FROM jsonb_to_recordset($1::jsonb) AS x(id text, slug text, name text, tagline text, primary_category text,
       categories text[], built_by_type text, built_by_partner_id text, pricing_model text, pricing_summary text,
       rating_x10 smallint, rating_count int, install_count int, status text, published_at timestamptz,
       created_at timestamptz, updated_at timestamptz)`,
    [programId],
  );

  await insertBatches(
    db,
    catalog.integrations,
    `INSERT INTO partner_integrations (partner_id, listing_id, role)
     SELECT x.partner_id, x.listing_id, x.role
     FROM jsonb_to_recordset($1::jsonb) AS x(partner_id text, listing_id text, role text)`,
  );
}
