// Helpers shared by the deal widgets' browser tests (not part of the package's exports).
import { waitUntil } from '@open-wc/testing';
import { createClient, type FlywheelClient } from '@flywheel/sdk';
import { dealRegistrations } from '@flywheel/sdk/deals';
import { shadowQuery, testApiBase } from '../test-support.js';

/** The test runner's stand-in for a partner portal's backend (web-test-runner.config.mjs). */
export const sessionUrl = (partner: string): string => `/__flywheel__/session?partner=${partner}`;

/** A client for `partner`'s own session, as the portal would make it. */
export async function partnerClient(partner: string): Promise<FlywheelClient> {
  return createClient({
    apiBase: await testApiBase(),
    fetchSession: async () => {
      const response = await fetch(sessionUrl(partner), { method: 'POST' });
      return ((await response.json()) as { client_secret: string }).client_secret;
    },
  });
}

/** Registrations of `partner` whose company or contact matches `q`, straight from the API. */
export async function registrationsMatching(partner: string, q: string): Promise<number> {
  const list = await dealRegistrations(await partnerClient(partner)).list({ q, limit: 100 });
  return list.total_count;
}

/** A value typed into a field of a widget (by the field's id suffix, e.g. `customer-company_name`). */
export function fieldOf(el: Element, suffix: string): HTMLInputElement {
  const found = el.shadowRoot!.querySelector<HTMLInputElement>(`[id$="-${suffix}"]`);
  if (!found) throw new Error(`no field ${suffix}`);
  return found;
}

export function type(el: Element, suffix: string, value: string): void {
  const input = fieldOf(el, suffix);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('blur'));
}

export function choose(el: Element, suffix: string, value: string): void {
  const select = fieldOf(el, suffix) as unknown as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Fills every required field (and a few optional ones) with a valid registration. */
export async function fillValidDeal(el: Element, company: string, domain: string): Promise<void> {
  await shadowQuery(el, 'form[part="form"]');
  type(el, 'customer-company_name', company);
  type(el, 'customer-domain', domain);
  choose(el, 'customer-country', 'DE');
  type(el, 'contact-first_name', 'Alex');
  type(el, 'contact-last_name', 'Example');
  type(el, 'contact-email', `alex@${domain}`);
  type(el, 'opportunity-amount', '12500.50');
  const close = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
  type(el, 'opportunity-expected_close_date', close);
  choose(el, 'custom_fields-use_case', 'analytics');
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

export async function waitForText(
  el: Element,
  selector: string,
  pattern: RegExp,
  timeout = 15000,
): Promise<Element> {
  await waitUntil(
    () => pattern.test(el.shadowRoot?.querySelector(selector)?.textContent ?? ''),
    `no ${String(pattern)} in ${selector}`,
    { timeout },
  );
  return el.shadowRoot!.querySelector(selector)!;
}

export const unique = (prefix: string): string => `${prefix} ${Math.random().toString(36).slice(2, 8)}`;
