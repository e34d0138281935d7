import { MAX_PAGE_SIZE, MAX_PUBLIC_PAGE_SIZE, partnerGetQuery, partnerListQuery } from '@flywheel/contract';
import { Hono, type Context } from 'hono';
import { readPartner } from '../catalog/partner-read.js';
import { searchPartners } from '../catalog/partner-search.js';
import type { ViewContext } from '../catalog/partner-views.js';
import type { AppEnv } from '../http/app-env.js';
import { conditionalJson } from '../http/conditional-json.js';
import { requestQuery } from '../http/parse-query.js';
import { ProblemError } from '../http/problem-error.js';
import { guard } from '../middleware/guard.js';

async function viewContext(c: Context<AppEnv>): Promise<ViewContext> {
  return {
    publicUrl: c.get('server').publicUrl(),
    taxonomy: (await c.get('server').catalog.vocabulary(c.get('db'), c.get('credential'))).taxonomy,
    locale: c.get('locale'),
  };
}

/** `GET /v1/partners` and `GET /v1/partners/{id_or_slug}`. */
export function partnerRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get('/v1/partners', guard('directory:read'), async (c) => {
    const params = requestQuery(c, partnerListQuery);
    const credential = c.get('credential');
    const list = await searchPartners(c.get('db'), {
      programId: credential.programId,
      params,
      view: await viewContext(c),
      maxLimit: credential.kind === 'publishable' ? MAX_PUBLIC_PAGE_SIZE : MAX_PAGE_SIZE,
      now: c.get('server').now(),
    });
    return conditionalJson(c, list);
  });

  routes.get('/v1/partners/:id_or_slug', guard('directory:read'), async (c) => {
    const params = requestQuery(c, partnerGetQuery);
    const credential = c.get('credential');
    const partner = await readPartner(c.get('db'), {
      programId: credential.programId,
      idOrSlug: c.req.param('id_or_slug'),
      view: await viewContext(c),
      expandIntegrations: params['expand[]']?.includes('integrations') ?? false,
      includePrivate: credential.kind === 'secret',
    });
    if (!partner) throw new ProblemError('not_found', { detail: 'No such partner.' });
    return conditionalJson(c, partner);
  });

  return routes;
}
