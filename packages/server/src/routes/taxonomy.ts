import type { Taxonomy } from '@flywheel/contract';
import { Hono } from 'hono';
import { countryName, languageName } from '../catalog/display-names.js';
import { PUBLIC_PARTNER } from '../catalog/partner-row.js';
import { loadProgramTaxonomy } from '../catalog/program-taxonomy.js';
import type { AppEnv } from '../http/app-env.js';
import { conditionalJson } from '../http/conditional-json.js';
import { guard } from '../middleware/guard.js';

/** `GET /v1/taxonomy`: the program's vocabularies, labelled in the negotiated language. */
export function taxonomyRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/v1/taxonomy', guard('taxonomy:read'), async (c) => {
    const db = c.get('db');
    const { programId } = c.get('credential');
    const locale = c.get('locale');
    const taxonomy = await loadProgramTaxonomy(db, programId);
    // Languages and countries come from the partners themselves: only values a filter can find.
    const { rows } = await db.query<{ kind: 'language' | 'country'; value: string }>(
      `SELECT DISTINCT 'language' AS kind, unnest(p.languages) AS value FROM partners p
        WHERE p.program_id = $1 AND ${PUBLIC_PARTNER}
       UNION
       SELECT DISTINCT 'country', unnest(array_append(p.countries_served, p.hq_country)) FROM partners p
        WHERE p.program_id = $1 AND ${PUBLIC_PARTNER}`,
      [programId],
    );
    const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, locale);
    const body: Taxonomy = {
      object: 'taxonomy',
      locale,
      partner_types: taxonomy.terms('partner_types', locale),
      tiers: taxonomy.keys('tiers').map((key) => ({
        key,
        label: taxonomy.label('tiers', key, locale),
        rank: taxonomy.position('tiers', key) ?? 0,
      })),
      regions: taxonomy.terms('regions', locale),
      industries: taxonomy.terms('industries', locale),
      expertise: taxonomy.terms('expertise', locale),
      certifications: taxonomy.terms('certifications', locale),
      company_sizes: taxonomy.terms('company_sizes', locale),
      badges: taxonomy.terms('badges', locale),
      languages: rows
        .filter((row) => row.kind === 'language')
        .map((row) => ({ key: row.value, label: languageName(row.value, locale) }))
        .sort(byLabel),
      countries: rows
        .filter((row) => row.kind === 'country')
        .map((row) => ({ key: row.value, label: countryName(row.value, locale) }))
        .sort(byLabel),
    };
    return conditionalJson(c, body);
  });
  return routes;
}
