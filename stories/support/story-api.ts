/**
 * A deterministic, in-memory Flywheel API for stories: a `fetch` that answers like the reference
 * server from the seeded demo catalog, so every story renders the same pixels with no server.
 *
 * The catalog comes from the server's pure seed generator (imported by relative path: importing
 * `@flywheel/server` would pull in PGlite and Hono) and is mapped to the contract shapes the way
 * `packages/server/src/catalog/partner-views.ts` does. Partners have `logo: null` (the elements only
 * load http(s) logos, which nothing here serves), so cards show their monogram.
 */
import {
  ContactRequestCreate,
  DEFAULT_VOCABULARIES,
  PROBLEM_STATUS,
  PROBLEM_TITLES,
  fieldErrorsFrom,
  isPartnerIdOrSlug,
  problemType,
  type ContactRequest,
  type FieldError,
  type Partner,
  type PartnerIndex,
  type PartnerIndexEntry,
  type PartnerIntegration,
  type Problem,
  type ProblemCode,
  type ProgramVocabulary,
  type Taxonomy,
  type TaxonomyTerm,
} from '@flywheel/contract';
import { createClient, type FlywheelClient } from '@flywheel/sdk';
import type {
  SeedIntegration,
  SeedListing,
  SeedPartner,
} from '../../packages/server/src/seed/catalog-types.js';
import { SEED_NOW, generateCatalog } from '../../packages/server/src/seed/generate-catalog.js';
import { negotiateLocale } from '../../packages/server/src/http/locale.js';
import { TAXONOMY_LABELS, type LabelLocale } from '../../packages/server/src/seed/taxonomy-labels.js';

export const STORY_API_BASE = 'https://api.stories.example';
export const STORY_PUBLISHABLE_KEY = 'pk_test_stories';
/** The reference server's default seed, so stories show the same partners as `pnpm server`. */
export const STORY_SEED = 42;
export const DEFAULT_STORY_PARTNERS = 1_500;
/** Every story answer carries this request id (as the real API does), fixed for stable output. */
export const STORY_REQUEST_ID = 'req_stories0000000000000000';
/** The id of every contact request the story API accepts. */
export const STORY_CONTACT_REQUEST_ID = `creq_${'01JXSTQRY'.padEnd(26, '0')}`;

/** How the whole API fails: `network` rejects like an unreachable host; the others answer a problem. */
export type StoryFailure = 'network' | 'unauthorized' | 'server' | 'rate-limited';
/** How `POST …/contact_requests` answers. */
export type StoryContactMode = 'created' | 'field-errors' | 'network' | 'server' | 'rate-limited';

export interface StoryApiOptions {
  /** Partners the seed generator makes (the index holds the active, listed ones). Default 1,500. */
  partners?: number;
  /** A catalog without partners. */
  empty?: boolean;
  /** Milliseconds before each answer; `'forever'` never answers (holds loading states). */
  delay?: number | 'forever';
  /** Every request fails this way. */
  failure?: StoryFailure;
  /** How contact requests are answered. Default `created`. */
  contact?: StoryContactMode;
  /** The client's locale (sent as `Accept-Language`). */
  locale?: string;
}

export interface StoryRequest {
  readonly method: string;
  readonly path: string;
  readonly search: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

export interface StoryApi {
  /** A client on the story fetch, as a host page would make one. */
  readonly client: FlywheelClient;
  readonly fetch: typeof fetch;
  /** Every request the client made, in order. */
  readonly requests: StoryRequest[];
  /** Every `fw-*` event the widgets sent (filled by the story decorator's provider). */
  readonly events: Event[];
  /** The active, listed partners in the index (in the server's order). */
  readonly index: readonly PartnerIndexEntry[];
  /** Changes how later requests fail (`undefined`: they succeed again). */
  setFailure(failure: StoryFailure | undefined): void;
}

/** A fixed RFC 3339 instant: every generated date is relative to it. */
export const STORY_NOW = SEED_NOW;

interface StoryCatalog {
  readonly index: readonly PartnerIndexEntry[];
  readonly bySlugOrId: ReadonlyMap<string, SeedPartner>;
  readonly integrations: ReadonlyMap<string, readonly { listing: SeedListing; role: string }[]>;
  readonly languages: readonly string[];
  readonly countries: readonly string[];
}

const EMPTY_CATALOG: StoryCatalog = {
  index: [],
  bySlugOrId: new Map(),
  integrations: new Map(),
  languages: [],
  countries: [],
};

/** `sortName` of the catalog writer: what the index is ordered by (binary collation). */
const sortName = (name: string) => name.normalize('NFKC').toLocaleLowerCase('en');
const binary = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** As stored: ratings keep one decimal (`rating_x10`). */
const rating = (p: SeedPartner) =>
  p.rating ? { average: Math.round(p.rating.average * 10) / 10, count: p.rating.count } : null;
const headquarters = (p: SeedPartner) => ({
  country: p.headquarters.country,
  region: p.headquarters.region,
  ...(p.headquarters.city ? { city: p.headquarters.city } : {}),
});

/** The fields every partner view shares (partner-views.ts `cardFields`), with no logo. */
function cardFields(p: SeedPartner) {
  return {
    slug: p.slug,
    name: p.name,
    type: p.type,
    tier: p.tier,
    tier_rank: p.tier_rank,
    logo: null,
    summary: p.summary,
    headquarters: headquarters(p),
    regions: p.regions,
    languages: p.languages,
    badges: p.badges,
    rating: rating(p),
    featured: p.featured,
  };
}

function toIndexEntry(p: SeedPartner): PartnerIndexEntry {
  return {
    id: p.id,
    ...cardFields(p),
    industries: p.industries,
    expertise: p.expertise,
    certifications: p.certifications.map((c) => c.key),
    joined_at: p.joined_at,
  };
}

function label(vocabulary: ProgramVocabulary, key: string, locale: LabelLocale): string {
  const labels = TAXONOMY_LABELS[vocabulary][key];
  return labels?.[locale] ?? labels?.en ?? key;
}

function toPartner(p: SeedPartner, catalog: StoryCatalog, locale: LabelLocale, expand: boolean): Partner {
  const integrations: PartnerIntegration[] = (catalog.integrations.get(p.id) ?? []).map(
    ({ listing, role }) => ({
      listing_id: listing.id,
      role,
      ...(expand
        ? {
            listing: {
              id: listing.id,
              object: 'listing' as const,
              slug: listing.slug,
              name: listing.name,
              tagline: listing.tagline,
              icon: null,
              primary_category: listing.primary_category,
              built_by: {
                type: listing.built_by.type,
                ...(listing.built_by.partner_id ? { partner_id: listing.built_by.partner_id } : {}),
              },
              pricing: {
                model: listing.pricing.model,
                ...(listing.pricing.summary ? { summary: listing.pricing.summary } : {}),
              },
              rating: listing.rating
                ? { average: Math.round(listing.rating.average * 10) / 10, count: listing.rating.count }
                : null,
            },
          }
        : {}),
    }),
  );
  return {
    id: p.id,
    object: 'partner',
    ...cardFields(p),
    tier_evaluated_at: p.tier_evaluated_at,
    countries_served: p.countries_served,
    industries: p.industries,
    expertise: p.expertise,
    certifications: p.certifications.map((c) => ({
      key: c.key,
      name: label('certifications', c.key, locale),
      holder_count: c.holder_count,
      verified: c.verified,
    })),
    certified_people_count: p.certified_people_count,
    website: p.website,
    description: p.description,
    integrations,
    company_size: p.company_size,
    founded_year: p.founded_year,
    contact: p.contact,
    joined_at: p.joined_at,
    created_at: p.created_at,
    updated_at: p.updated_at,
  };
}

function integrationsByPartner(
  listings: readonly SeedListing[],
  integrations: readonly SeedIntegration[],
): Map<string, { listing: SeedListing; role: string }[]> {
  const published = new Map(listings.filter((l) => l.status === 'published').map((l) => [l.id, l]));
  const byPartner = new Map<string, { listing: SeedListing; role: string }[]>();
  for (const integration of integrations) {
    const listing = published.get(integration.listing_id);
    if (!listing) continue;
    let list = byPartner.get(integration.partner_id);
    if (!list) byPartner.set(integration.partner_id, (list = []));
    list.push({ listing, role: integration.role });
  }
  // As the server lists them: by role, then most installed first.
  for (const list of byPartner.values()) {
    list.sort(
      (a, b) =>
        binary(a.role, b.role) ||
        b.listing.install_count - a.listing.install_count ||
        binary(a.listing.id, b.listing.id),
    );
  }
  return byPartner;
}

const catalogs = new Map<number, StoryCatalog>();

/** The seeded catalog of `count` partners (made once per page; 10,000 take about a second). */
export function storyCatalog(count: number = DEFAULT_STORY_PARTNERS): StoryCatalog {
  let catalog = catalogs.get(count);
  if (catalog) return catalog;
  const generated = generateCatalog({ seed: STORY_SEED, partners: count });
  const listed = generated.partners.filter((p) => p.status === 'active' && p.listed);
  // The index order of the server: featured first, then by tier, name and id.
  const ordered = listed
    .map((p) => ({ p, name: sortName(p.name) }))
    .sort(
      (a, b) =>
        Number(b.p.featured) - Number(a.p.featured) ||
        b.p.tier_rank - a.p.tier_rank ||
        binary(a.name, b.name) ||
        binary(a.p.id, b.p.id),
    )
    .map(({ p }) => p);
  const bySlugOrId = new Map<string, SeedPartner>();
  for (const p of listed) {
    bySlugOrId.set(p.slug, p);
    bySlugOrId.set(p.id, p);
  }
  catalog = {
    index: ordered.map(toIndexEntry),
    bySlugOrId,
    integrations: integrationsByPartner(generated.listings, generated.integrations),
    languages: [...new Set(listed.flatMap((p) => p.languages))],
    countries: [...new Set(listed.flatMap((p) => [...p.countries_served, p.headquarters.country]))],
  };
  catalogs.set(count, catalog);
  return catalog;
}

/** One partner of the default catalog as an index entry (for `<fw-partner-card .partner>`). */
export function storyPartner(slug: string): PartnerIndexEntry {
  const entry = storyCatalog().index.find((p) => p.slug === slug);
  if (!entry) throw new Error(`No partner "${slug}" in the story catalog`);
  return entry;
}

function displayName(type: 'language' | 'region', code: string, locale: LabelLocale): string {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type, fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function taxonomy(catalog: StoryCatalog, locale: LabelLocale): Taxonomy {
  const terms = (vocabulary: ProgramVocabulary): TaxonomyTerm[] =>
    DEFAULT_VOCABULARIES[vocabulary].map((key) => ({ key, label: label(vocabulary, key, locale) }));
  const byLabel = (a: TaxonomyTerm, b: TaxonomyTerm) => a.label.localeCompare(b.label, locale);
  return {
    object: 'taxonomy',
    locale,
    partner_types: terms('partner_types'),
    tiers: DEFAULT_VOCABULARIES.tiers.map((key, rank) => ({ key, label: label('tiers', key, locale), rank })),
    regions: terms('regions'),
    industries: terms('industries'),
    expertise: terms('expertise'),
    certifications: terms('certifications'),
    company_sizes: terms('company_sizes'),
    badges: terms('badges'),
    languages: catalog.languages
      .map((key) => ({ key, label: displayName('language', key, locale) }))
      .sort(byLabel),
    countries: catalog.countries
      .map((key) => ({ key, label: displayName('region', key, locale) }))
      .sort(byLabel),
  };
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** A JSON answer as the reference server sends it (with the fixed request id). */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': JSON_TYPE, 'request-id': STORY_REQUEST_ID, ...headers },
  });
}

/** An RFC 9457 `application/problem+json` answer for a problem code, as the reference server sends it. */
export function problem(
  code: ProblemCode,
  extra: Partial<Problem> = {},
  headers: Record<string, string> = {},
): Response {
  const status = PROBLEM_STATUS[code];
  const body: Problem = {
    type: problemType(code),
    title: PROBLEM_TITLES[code],
    status,
    code,
    request_id: STORY_REQUEST_ID,
    ...extra,
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json', 'request-id': STORY_REQUEST_ID, ...headers },
  });
}

function failureResponse(failure: StoryFailure): Response {
  switch (failure) {
    case 'network':
      // What fetch does when the host cannot be reached (or CORS refuses the answer).
      throw new TypeError('Failed to fetch');
    case 'unauthorized':
      return problem('unauthenticated', { detail: 'The publishable key is unknown or revoked.' });
    case 'rate-limited':
      return problem('rate_limited', { retry_after: 30 }, { 'retry-after': '30' });
    case 'server':
      return problem('internal_error');
  }
}

/** Server-side field errors the client cannot know about (the email domain takes no mail…). */
const SERVER_FIELD_ERRORS: FieldError[] = [
  { pointer: '#/email', code: 'invalid_format', message: 'This address does not accept mail.' },
  {
    pointer: '#/company',
    code: 'invalid_value',
    message: 'This company is not allowed to contact partners.',
  },
];

/** Waits `ms` (or until aborted; `'forever'` only ends with the signal). */
/**
 * A `fetch` for a story API: records each request (its JSON body parsed), waits `delay` if given,
 * then lets `answer` respond.
 */
export function recordingFetch(
  requests: StoryRequest[],
  delay: number | 'forever' | undefined,
  answer: (request: Request, url: URL, body: unknown) => Response | Promise<Response>,
): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    requests.push({
      method: request.method,
      path: url.pathname,
      search: url.search,
      headers: Object.fromEntries(request.headers),
      body,
    });
    if (delay !== undefined) await wait(delay, request.signal);
    return answer(request, url, body);
  };
}

export function wait(ms: number | 'forever', signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason as Error);
      return;
    }
    const timer = ms === 'forever' ? undefined : setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason as Error);
      },
      { once: true },
    );
  });
}

/** Builds a story API: a client whose `fetch` answers from the seeded catalog. */
export function createStoryApi(options: StoryApiOptions = {}): StoryApi {
  const catalog = options.empty ? EMPTY_CATALOG : storyCatalog(options.partners ?? DEFAULT_STORY_PARTNERS);
  const requests: StoryRequest[] = [];
  let failure = options.failure;
  const contact = options.contact ?? 'created';

  function answer(request: Request, url: URL, body: unknown): Response {
    if (failure) return failureResponse(failure);
    if (request.headers.get('authorization') !== `Bearer ${STORY_PUBLISHABLE_KEY}`) {
      return problem('unauthenticated', { detail: 'A valid publishable key is required.' });
    }
    const locale = negotiateLocale(request.headers.get('accept-language'));
    const contentLanguage = { 'content-language': locale };
    const path = url.pathname;
    if (request.method === 'GET' && path === '/v1/partner_index') {
      const index: PartnerIndex = {
        object: 'partner_index',
        generated_at: STORY_NOW,
        total_count: catalog.index.length,
        data: [...catalog.index],
      };
      return json(200, index, { 'cache-control': 'no-cache' });
    }
    if (request.method === 'GET' && path === '/v1/taxonomy') {
      return json(200, taxonomy(catalog, locale), contentLanguage);
    }
    const partnerPath = /^\/v1\/partners\/([^/]+)(\/contact_requests)?$/.exec(path);
    const idOrSlug = partnerPath ? decodeURIComponent(partnerPath[1] ?? '') : '';
    const partner = isPartnerIdOrSlug(idOrSlug) ? catalog.bySlugOrId.get(idOrSlug) : undefined;
    if (request.method === 'GET' && partnerPath && !partnerPath[2]) {
      if (!partner) return problem('not_found', { detail: 'No such partner.' });
      const expand = url.searchParams.getAll('expand[]').includes('integrations');
      return json(200, toPartner(partner, catalog, locale, expand), contentLanguage);
    }
    if (request.method === 'POST' && partnerPath?.[2]) {
      if (!request.headers.get('idempotency-key')) return problem('idempotency_key_missing');
      if (!partner) return problem('not_found', { detail: 'No such partner.' });
      if (contact === 'network' || contact === 'server' || contact === 'rate-limited') {
        return failureResponse(contact);
      }
      if (contact === 'field-errors') return problem('validation_failed', { errors: SERVER_FIELD_ERRORS });
      const parsed = ContactRequestCreate.safeParse(body);
      if (!parsed.success) {
        return problem('validation_failed', { errors: fieldErrorsFrom(parsed.error, body) });
      }
      const created: ContactRequest = {
        id: STORY_CONTACT_REQUEST_ID,
        object: 'contact_request',
        partner_id: partner.id,
        status: 'received',
        created_at: STORY_NOW,
      };
      return json(201, created, { 'cache-control': 'no-store' });
    }
    return problem('not_found');
  }

  const storyFetch = recordingFetch(requests, options.delay, answer);

  const client = createClient({
    apiBase: STORY_API_BASE,
    publishableKey: STORY_PUBLISHABLE_KEY,
    ...(options.locale ? { locale: options.locale } : {}),
    fetch: storyFetch,
    cache: false,
    retry: { limit: 0 },
  });

  return {
    client,
    fetch: storyFetch,
    requests,
    events: [],
    index: catalog.index,
    setFailure(next) {
      failure = next;
    },
  };
}

/** The label the story API serves for a vocabulary key in a locale (for assertions). */
export function storyLabel(vocabulary: ProgramVocabulary, key: string, locale: string): string {
  return label(vocabulary, key, negotiateLocale(locale));
}
