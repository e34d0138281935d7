import type { Taxonomy } from '@flywheel/contract';
import { Hono } from 'hono';
import { countryName, languageName } from '../catalog/display-names.js';
import type { AppEnv } from '../http/app-env.js';
import { conditionalJson } from '../http/conditional-json.js';
import { guard } from '../middleware/guard.js';

/** `GET /v1/taxonomy`: the program's vocabularies, labelled in the negotiated language. */
export function taxonomyRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/v1/taxonomy', guard('taxonomy:read'), async (c) => {
    const locale = c.get('locale');
    // Languages and countries come from the partners themselves: only values a filter can find.
    const { taxonomy, languages, countries } = await c
      .get('server')
      .catalog.vocabulary(c.get('db'), c.get('credential'));
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
      languages: languages.map((key) => ({ key, label: languageName(key, locale) })).sort(byLabel),
      countries: countries.map((key) => ({ key, label: countryName(key, locale) })).sort(byLabel),
    };
    return conditionalJson(c, body);
  });
  return routes;
}
