import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ContactRequestCreate,
  DealRegistrationCreate,
  Partner,
  PartnerIndexEntry,
  PartnerSummary,
  Problem,
  Taxonomy,
  fieldErrorsFrom,
} from '@flywheel/contract';
import { dealSchemas, schemas, validateJson, type JsonSchema } from '@flywheel/contract/browser';
import { browserSchemaModules } from '../src/openapi/build-browser-schemas.js';
import type * as z from 'zod/mini';

/**
 * The browser validates with JSON Schemas generated from the zod schemas. This suite checks the two
 * agree — on valid data and on every kind of bad data — so the generated copy never drifts in meaning.
 */
const agree = (zodSchema: z.ZodMiniType, jsonSchema: JsonSchema, value: unknown) => {
  const zodOk = zodSchema.safeParse(value).success;
  const jsonOk = validateJson(jsonSchema, value).length === 0;
  return { zodOk, jsonOk };
};

const entry = {
  id: 'ptr_01HZY3Q4M7S8T9V0W1X2Y3Z4A5',
  slug: 'northwind-revenue-labs',
  name: 'Northwind Revenue Labs',
  type: 'solutions_partner',
  tier: 'gold',
  tier_rank: 2,
  logo: { url: 'https://api.flywheel.example/logos/ptr_01HZY3Q4M7S8T9V0W1X2Y3Z4A5.svg', alt: 'Northwind' },
  summary: 'CRM rollouts.',
  headquarters: { country: 'US', region: 'north_america', city: 'Austin' },
  regions: ['north_america', 'global'],
  languages: ['en', 'pt-BR', 'zh-Hans'],
  industries: ['technology_saas'],
  expertise: ['data_migration'],
  certifications: ['crm_administrator'],
  badges: ['verified', 'some_future_badge'],
  rating: { average: 4.6, count: 31 },
  featured: false,
  joined_at: '2024-02-29T10:00:00.123Z',
};

const mutations: [string, (e: Record<string, any>) => void][] = [
  ['missing name', (e) => delete e.name],
  ['name not a string', (e) => (e.name = 42)],
  ['tier_rank negative', (e) => (e.tier_rank = -1)],
  ['tier_rank fractional', (e) => (e.tier_rank = 1.5)],
  ['bad id', (e) => (e.id = 'ptr_123')],
  ['bad slug', (e) => (e.slug = 'Has Spaces')],
  ['javascript: logo', (e) => (e.logo.url = 'javascript:alert(1)')],
  ['relative logo', (e) => (e.logo.url = '/logos/x.svg')],
  ['data: logo', (e) => (e.logo.url = 'data:image/svg+xml,<svg/>')],
  ['bad joined_at', (e) => (e.joined_at = '2024-02-30T10:00:00Z')],
  ['joined_at without zone', (e) => (e.joined_at = '2024-02-01T10:00:00')],
  ['bad country', (e) => (e.headquarters.country = 'usa')],
  ['bad language', (e) => e.languages.push('english')],
  ['rating too high', (e) => (e.rating.average = 6)],
  ['rating wrong type', (e) => (e.rating = 'great')],
  ['logo null', (e) => (e.logo = null)],
  ['rating null', (e) => (e.rating = null)],
  ['extra field', (e) => (e.brand_new = { nested: true })],
  ['regions not an array', (e) => (e.regions = 'europe')],
  ['featured as string', (e) => (e.featured = 'true')],
];

describe('browser schemas', () => {
  it('are generated from the contract and committed (run `pnpm openapi` after changing a schema)', () => {
    const committed = readFileSync(new URL('../src/generated/json-schemas.ts', import.meta.url), 'utf8');
    expect(committed).toBe(browserSchemaModules().main);
    const deals = readFileSync(new URL('../src/generated/deal-json-schemas.ts', import.meta.url), 'utf8');
    expect(deals).toBe(browserSchemaModules().deals);
  });

  it.each(mutations)('agree with zod on an index entry: %s', (_label, mutate) => {
    const value = structuredClone(entry);
    mutate(value);
    const { zodOk, jsonOk } = agree(PartnerIndexEntry, schemas.PartnerIndexEntry, value);
    expect(jsonOk).toBe(zodOk);
  });

  it('accept a valid entry, and the summary and problem shapes', () => {
    expect(validateJson(schemas.PartnerIndexEntry, entry)).toEqual([]);
    const { expertise: _e, certifications: _c, joined_at: _j, ...rest } = entry;
    const summary = { ...rest, object: 'partner_summary' };
    expect(agree(PartnerSummary, schemas.PartnerSummary, summary)).toEqual({ zodOk: true, jsonOk: true });
    const problem = {
      type: 'x',
      title: 'T',
      status: 400,
      code: 'future_code',
      errors: [{ pointer: '#', code: 'x', message: 'm' }],
    };
    expect(agree(Problem, schemas.Problem, problem)).toEqual({ zodOk: true, jsonOk: true });
    expect(agree(Problem, schemas.Problem, { ...problem, status: '400' })).toEqual({
      zodOk: false,
      jsonOk: false,
    });
  });

  it('point below the base given (an index entry), through members and items, with at most 20 errors', () => {
    const bad = JSON.parse(JSON.stringify(entry)) as Record<string, any>;
    bad.languages.push('english');
    bad.headquarters.country = 'usa';
    bad.rating = { average: 9, count: 1 };
    expect(validateJson(schemas.PartnerIndexEntry, bad, '#/data/7')).toEqual([
      { pointer: '#/data/7/headquarters/country', code: 'invalid_format', message: 'Invalid format.' },
      { pointer: '#/data/7/languages/3', code: 'invalid_format', message: 'Invalid format.' },
      // An `anyOf` (rating or null) that no option accepts is one error at its own pointer.
      { pointer: '#/data/7/rating', code: 'invalid_value', message: 'Invalid value.' },
    ]);
    // Keys are escaped in pointers (RFC 6901), in a schema that refuses unknown fields.
    expect(validateJson(schemas.ContactRequestCreate, { 'a/b~c': 1 }).map((e) => e.pointer)).toContain(
      '#/a~1b~0c',
    );
    const manyBad = { ...entry, regions: Array.from({ length: 30 }, () => 'Not A Key') };
    const errors = validateJson(schemas.PartnerIndexEntry, manyBad);
    expect(errors).toHaveLength(20);
    expect(errors.at(-1)?.pointer).toBe('#/regions/19');
  });
  it('agree on taxonomy and partner shapes with missing members', () => {
    expect(agree(Taxonomy, schemas.Taxonomy, { object: 'taxonomy', locale: 'en' })).toEqual({
      zodOk: false,
      jsonOk: false,
    });
    expect(agree(Partner, schemas.Partner, { ...entry, object: 'partner' })).toEqual({
      zodOk: false,
      jsonOk: false,
    });
  });
});

describe('request validation in the browser matches the server’s field errors', () => {
  const valid = { name: 'Ana', email: 'ana@customer.example', message: 'Hello', consent: true };
  const inputs: [string, Record<string, unknown>][] = [
    ['valid', valid],
    ['blank name', { ...valid, name: '   ' }],
    ['missing name', { ...valid, name: undefined }],
    ['long message', { ...valid, message: 'x'.repeat(2001) }],
    ['trailing spaces within limit', { ...valid, name: `${'a'.repeat(120)}   ` }],
    ['bad email', { ...valid, email: 'not-an-email' }],
    ['email with spaces', { ...valid, email: 'a b@c.example' }],
    ['bad phone', { ...valid, phone: '555-0100' }],
    ['good phone', { ...valid, phone: '+14155550100' }],
    ['company wrong type', { ...valid, company: 42 }],
    ['consent false', { ...valid, consent: false }],
    ['unknown field', { ...valid, admin: true }],
    ['NUL in name', { ...valid, name: 'A\u0000B' }],
    ['bad country', { ...valid, country: 'germany' }],
  ];
  it.each(inputs)('%s', (_label, input) => {
    const body = JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
    const result = ContactRequestCreate.safeParse(body);
    const server = result.success ? [] : fieldErrorsFrom(result.error, body);
    const browser = validateJson(schemas.ContactRequestCreate, body);
    const key = (e: { pointer: string; code: string }) => `${e.pointer} ${e.code}`;
    expect(browser.map(key).sort()).toEqual(server.map(key).sort());
  });

  it('the __proto__ key is an unknown field in both', () => {
    const body: unknown = JSON.parse(
      '{"name":"A","email":"a@b.example","message":"m","consent":true,"__proto__":{"x":1}}',
    );
    const browser = validateJson(schemas.ContactRequestCreate, body);
    expect(browser).toContainEqual(
      expect.objectContaining({ pointer: '#/__proto__', code: 'unknown_field' }),
    );
  });
});

describe('deal registration validation in the browser matches the server’s field errors', () => {
  const valid = {
    customer: { company_name: 'Acme', domain: 'acme.example', country: 'DE' },
    contact: { first_name: 'Jo', last_name: 'Lee', email: 'jo@acme.example' },
    opportunity: {
      amount: { amount: 1000, currency: 'EUR' },
      expected_close_date: '2027-01-31',
      deal_type: 'new_business',
      products: ['crm_core'],
      sourcing: 'partner_sourced',
    },
    custom_fields: { use_case: 'analytics', seats: 3, competitors: ['a'] },
  };
  const inputs: [string, unknown][] = [
    ['valid', valid],
    [
      'too many products',
      { ...valid, opportunity: { ...valid.opportunity, products: Array(21).fill('crm_core') } },
    ],
    [
      'zero amount',
      { ...valid, opportunity: { ...valid.opportunity, amount: { amount: 0, currency: 'EUR' } } },
    ],
    [
      'fractional amount',
      { ...valid, opportunity: { ...valid.opportunity, amount: { amount: 10.5, currency: 'EUR' } } },
    ],
    ['bad domain', { ...valid, customer: { ...valid.customer, domain: 'not a domain' } }],
    ['bad date', { ...valid, opportunity: { ...valid.opportunity, expected_close_date: '31.01.2027' } }],
    ['bad deal type', { ...valid, opportunity: { ...valid.opportunity, deal_type: 'other' } }],
    ['unknown nested field', { ...valid, contact: { ...valid.contact, nickname: 'J' } }],
    ['custom field object', { ...valid, custom_fields: { use_case: { nested: true } } }],
    ['missing contact', { ...valid, contact: undefined }],
  ];
  it.each(inputs)('%s', (_label, input) => {
    const body = JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
    const result = DealRegistrationCreate.safeParse(body);
    const server = result.success ? [] : fieldErrorsFrom(result.error, body);
    const browser = validateJson(dealSchemas.DealRegistrationCreate, body);
    const key = (e: { pointer: string; code: string }) => `${e.pointer} ${e.code}`;
    expect(browser.map(key).sort()).toEqual(server.map(key).sort());
  });
});
