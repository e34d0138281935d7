import { DEMO_KEYS } from '@flywheel/server';
import type { BenchRequest, LoadClient } from './load.js';

/** A host page on an allowed origin of the demo publishable key, as the directory widget runs. */
export const HOST_ORIGIN = 'http://localhost:8080';

/** What the directory widget's requests carry: the publishable key, the page's origin, gzip. */
export const WIDGET_HEADERS: Readonly<Record<string, string>> = {
  authorization: `Bearer ${DEMO_KEYS.publishable.token}`,
  origin: HOST_ORIGIN,
  accept: 'application/json',
  'accept-encoding': 'gzip',
};

const FACETS = 'facets=type,tier,region,language,industry';

/**
 * Realistic `GET /v1/partners` queries of a directory page, rotated in this order: the first view with
 * facet counts, text searches (a word, two words, a misspelt name), filters, sorts, and a second page.
 */
const FIRST_PAGES = [
  `/v1/partners?${FACETS}`,
  `/v1/partners?q=analytics&${FACETS}`,
  `/v1/partners?type=system_integrator&region=europe&${FACETS}`,
  '/v1/partners?q=data%20migration',
  '/v1/partners?sort=name',
  '/v1/partners?tier=gold,platinum&industry=financial_services&sort=-rating',
  '/v1/partners?q=kestrl',
  '/v1/partners?language=de&region=europe&sort=-tier&limit=48',
] as const;
/** The query whose second page (through `next_cursor`) is part of the rotation. */
const PAGED = '/v1/partners?sort=name';

/** The rotation of partner queries, with the second page's cursor fetched from the server. */
export async function partnerListRequests(client: LoadClient): Promise<BenchRequest[]> {
  const requests: BenchRequest[] = FIRST_PAGES.map((path) => ({
    path,
    headers: WIDGET_HEADERS,
    expectStatus: 200,
  }));
  const first = await client.check({
    path: PAGED,
    headers: { ...WIDGET_HEADERS, 'accept-encoding': 'identity' },
    expectStatus: 200,
  });
  const cursor = (JSON.parse(first.body.toString('utf8')) as { next_cursor: string | null }).next_cursor;
  if (!cursor) throw new Error(`${PAGED} has no second page`);
  requests.splice(5, 0, {
    path: `${PAGED}&cursor=${encodeURIComponent(cursor)}`,
    headers: WIDGET_HEADERS,
    expectStatus: 200,
  });
  return requests;
}

export const indexRequest = (etag?: string): BenchRequest => ({
  path: '/v1/partner_index',
  headers: etag === undefined ? WIDGET_HEADERS : { ...WIDGET_HEADERS, 'if-none-match': etag },
  expectStatus: etag === undefined ? 200 : 304,
});
