import { describe, expect, inject, it } from 'vitest';
import { createClient, FlywheelError } from '@flywheel/sdk';

const apiBase = inject('apiBase');

describe('the SDK in a real browser, across origins', () => {
  it('runs on a page whose origin differs from the API', () => {
    expect(typeof document).toBe('object');
    expect(new URL(apiBase).origin).not.toBe(location.origin);
  });

  it('searches, reads profiles, the index and the taxonomy with a publishable key (CORS)', async () => {
    const client = createClient({ apiBase, publishableKey: 'pk_test_demo', locale: 'ar' });
    const page = await client.partners.list({ language: ['ar'], facets: ['region'], limit: 5 });
    expect(page.data.length).toBeGreaterThan(0);
    const partner = await client.partners.get(page.data[0]!.slug);
    expect(partner.id).toBe(page.data[0]!.id);
    const index = await client.partners.index();
    expect(index.data.length).toBe(index.total_count);
    const taxonomy = await client.taxonomy.get();
    expect(taxonomy.locale).toBe('ar');
  });

  it('reads response headers the API exposes (request id on errors)', async () => {
    const client = createClient({ apiBase, publishableKey: 'pk_test_demo' });
    const error = (await client.partners.get('no-such-partner').catch((e: unknown) => e)) as FlywheelError;
    expect(error.code).toBe('not_found');
    expect(error.requestId).toMatch(/^req_/);
  });

  it('sends a contact request through the CORS preflight, with its Idempotency-Key', async () => {
    const client = createClient({ apiBase, publishableKey: 'pk_test_demo' });
    const created = await client.contactRequests.create('northwind-revenue-labs', {
      name: 'Browser Visitor',
      email: 'visitor@customer.example',
      message: 'Sent from Chromium.',
      consent: true,
    });
    expect(created.object).toBe('contact_request');
  });

  it('refuses to hold a secret key in a page', () => {
    expect(() => createClient({ apiBase, secretKey: 'sk_test_demo' })).toThrow(FlywheelError);
  });

  it('a key that does not allow this origin fails (the browser blocks the answer)', async () => {
    const client = createClient({
      apiBase,
      publishableKey: inject('foreignPublishableKey'),
      retry: { limit: 0 },
    });
    const error = (await client.taxonomy.get().catch((e: unknown) => e)) as FlywheelError;
    expect(error).toBeInstanceOf(FlywheelError);
    expect(error.code).toBe('network_error');
  });
});
