import { describe, expect, it } from 'vitest';
import {
  ContactRequestCreate,
  Money,
  Partner,
  PartnerSummary,
  Problem,
  WebUrl,
  fieldErrorsFrom,
  openEnum,
  partnerList,
} from '@flywheel/contract';

const summary = {
  id: 'ptr_01HZY3Q4M7S8T9V0W1X2Y3Z4A5',
  object: 'partner_summary',
  slug: 'northwind-revenue-labs',
  name: 'Northwind Revenue Labs',
  type: 'solutions_partner',
  tier: 'gold',
  tier_rank: 2,
  logo: {
    url: 'https://api.flywheel.example/logos/northwind-revenue-labs.svg',
    alt: 'Northwind Revenue Labs logo',
  },
  summary: 'CRM rollouts for mid-market teams.',
  headquarters: { country: 'US', region: 'north_america', city: 'Austin' },
  regions: ['north_america'],
  languages: ['en', 'pt-BR'],
  industries: ['technology_saas'],
  badges: ['verified'],
  rating: { average: 4.6, count: 31 },
  featured: false,
};

describe('response schemas are forward compatible', () => {
  it('accepts a valid partner summary', () => {
    expect(PartnerSummary.parse(summary)).toEqual(summary);
  });

  it('tolerates unknown enum values and extra fields from a newer server', () => {
    const newer = { ...summary, badges: ['verified', 'carbon_neutral'], brand_new_field: { x: 1 } };
    const parsed = PartnerSummary.parse(newer);
    expect(parsed.badges).toEqual(['verified', 'carbon_neutral']);
    expect(parsed).not.toHaveProperty('brand_new_field');
  });

  it('rejects a wrong type, a missing field and a script URL', () => {
    expect(PartnerSummary.safeParse({ ...summary, tier_rank: '2' }).success).toBe(false);
    const { name: _name, ...withoutName } = summary;
    expect(PartnerSummary.safeParse(withoutName).success).toBe(false);
    expect(
      PartnerSummary.safeParse({ ...summary, logo: { url: 'javascript:alert(1)', alt: 'x' } }).success,
    ).toBe(false);
  });

  it('parses lists with facets', () => {
    const list = {
      object: 'list',
      data: [summary],
      has_more: true,
      next_cursor: 'abc',
      total_count: 1,
      facets: { tier: [{ value: 'gold', label: 'Gold', count: 1, selected: true }] },
    };
    expect(partnerList.parse(list).facets?.tier?.[0]?.count).toBe(1);
  });

  it('keeps unknown problem members (allowed_actions, future ones) and open codes', () => {
    const problem = Problem.parse({
      type: 'https://flywheel.dev/problems/brand_new',
      title: 'New',
      status: 409,
      code: 'brand_new',
      request_id: 'req_1',
      something_else: true,
    });
    expect(problem.code).toBe('brand_new');
    expect((problem as Record<string, unknown>).something_else).toBe(true);
  });

  it('open enums keep type information for known values', () => {
    const e = openEnum(['a', 'b']);
    expect(e.parse('a')).toBe('a');
    expect(e.parse('zzz')).toBe('zzz');
    expect(e.safeParse(3).success).toBe(false);
  });
});

describe('primitives', () => {
  it('money is integer minor units', () => {
    expect(Money.safeParse({ amount: 1999, currency: 'USD' }).success).toBe(true);
    expect(Money.safeParse({ amount: 19.99, currency: 'USD' }).success).toBe(false);
    expect(Money.safeParse({ amount: 1, currency: 'usd' }).success).toBe(false);
  });

  it('web URLs allow only http and https', () => {
    expect(WebUrl.safeParse('https://a.example/x').success).toBe(true);
    expect(WebUrl.safeParse('http://localhost:4010/logos/a.svg').success).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,x',
      'ftp://a.example',
      'not a url',
      'https://',
    ]) {
      expect(WebUrl.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('a full partner needs its timestamps and profile fields', () => {
    expect(Partner.safeParse({ ...summary, object: 'partner' }).success).toBe(false);
  });
});

describe('request schemas are strict', () => {
  const valid = {
    name: 'Ana Lima',
    email: 'ana@customer.example',
    company: 'Customer Co',
    message: 'We need help with a CRM migration.',
    consent: true,
  } as const;

  it('accepts a valid contact request and trims text', () => {
    expect(ContactRequestCreate.parse({ ...valid, name: '  Ana Lima  ' }).name).toBe('Ana Lima');
  });

  const cases: [string, Record<string, unknown>, string, string][] = [
    ['missing name', { ...valid, name: undefined }, '#/name', 'required'],
    ['blank name', { ...valid, name: '   ' }, '#/name', 'too_short'],
    ['over-long message', { ...valid, message: 'x'.repeat(2001) }, '#/message', 'too_long'],
    ['bad email', { ...valid, email: 'not-an-email' }, '#/email', 'invalid_format'],
    ['wrong type', { ...valid, company: 42 }, '#/company', 'invalid_type'],
    ['no consent', { ...valid, consent: false }, '#/consent', 'invalid_value'],
    ['bad phone', { ...valid, phone: '555-0100' }, '#/phone', 'invalid_format'],
    ['unknown field', { ...valid, is_admin: true }, '#/is_admin', 'unknown_field'],
  ];
  it.each(cases)('rejects %s with a field error', (_label, body, pointer, code) => {
    const result = ContactRequestCreate.safeParse(body);
    expect(result.success).toBe(false);
    expect(fieldErrorsFrom(result.error!, body)).toContainEqual(expect.objectContaining({ pointer, code }));
  });

  it('rejects a __proto__ key from JSON as an unknown field, without polluting prototypes', () => {
    const body: unknown = JSON.parse(
      `{"name":"A","email":"a@b.example","message":"m","consent":true,"__proto__":{"polluted":1}}`,
    );
    const result = ContactRequestCreate.safeParse(body);
    expect(result.success).toBe(false);
    expect(fieldErrorsFrom(result.error!, body)).toContainEqual(
      expect.objectContaining({ pointer: '#/__proto__', code: 'unknown_field' }),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
