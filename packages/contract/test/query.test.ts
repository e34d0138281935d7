import { describe, expect, it } from 'vitest';
import { dealListQuery, encodeQuery, parseQuery, partnerListQuery } from '@flywheel/contract';

const parse = (qs: string) => parseQuery(partnerListQuery, new URLSearchParams(qs));

describe('query tables', () => {
  it('parses repeated and comma-separated filters, ints and booleans', () => {
    const r = parse(
      'type=system_integrator,solutions_partner&type=system_integrator&region=europe&limit=10&featured=true&seed=7',
    );
    expect(r).toEqual({
      ok: true,
      value: {
        type: ['system_integrator', 'solutions_partner'],
        region: ['europe'],
        limit: 10,
        featured: true,
        seed: 7,
      },
    });
  });

  it('reports unknown, repeated and invalid parameters as field errors', () => {
    const r = parse('colour=red&limit=0&limit=5&sort=best&language=english&featured=yes');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const pointers = r.errors.map((e) => `${e.pointer} ${e.code}`);
    expect(pointers).toEqual(
      expect.arrayContaining([
        '#/query/colour unknown_field',
        '#/query/limit repeated',
        '#/query/sort invalid_value',
        '#/query/language/0 invalid_format',
        '#/query/featured invalid_type',
      ]),
    );
  });

  it('rejects out-of-range numbers and over-long text', () => {
    const r = parse(`limit=101&q=${'x'.repeat(201)}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.code).sort()).toEqual(['too_big', 'too_long']);
  });

  it('caps the number of values of a repeatable parameter', () => {
    const many = Array.from({ length: 51 }, (_, i) => `k${i}`).join(',');
    expect(parse(`industry=${many}`).ok).toBe(false);
  });

  it('round-trips through encodeQuery', () => {
    const values = { q: 'crm, data', type: ['a_b', 'c'], limit: 5, featured: false };
    const r = parseQuery(partnerListQuery, encodeQuery(partnerListQuery, values));
    expect(r).toEqual({ ok: true, value: values });
  });

  it('parses the deal list’s filters: dates or timestamps with an offset, statuses and sorts', () => {
    const r = parseQuery(
      dealListQuery,
      new URLSearchParams(
        'status=draft,approved&stage=proposal&q=acme&created_after=2026-11-01&created_before=2026-11-27T12:00:00%2B02:00&sort=-amount&limit=5',
      ),
    );
    expect(r).toEqual({
      ok: true,
      value: {
        status: ['draft', 'approved'],
        stage: 'proposal',
        q: 'acme',
        created_after: '2026-11-01',
        created_before: '2026-11-27T12:00:00+02:00',
        sort: '-amount',
        limit: 5,
      },
    });
    const bad = parseQuery(
      dealListQuery,
      new URLSearchParams('status=open&created_after=2026-02-30&expires_before=soon&sort=name&limit=101'),
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors.map((e) => e.pointer)).toEqual([
      '#/query/status/0',
      '#/query/created_after',
      '#/query/expires_before',
      '#/query/sort',
      '#/query/limit',
    ]);
    expect(bad.errors[1]!.message).toBe('Expected a date (YYYY-MM-DD) or an ISO 8601 timestamp.');
  });
});
