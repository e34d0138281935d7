/**
 * Helpers of the deal widgets' stories: their English strings (for assertions) and the deal form's
 * fields, filled as a partner would with `userEvent`.
 */
import { englishMessages, type MessageKey } from '@flywheel/elements';
import { expect, userEvent } from 'storybook/test';
import { eventually, shadow } from './dom.js';

const DAY_MS = 86_400_000;
const plurals = new Intl.PluralRules('en');

/** An English message of the widgets with its `{placeholders}` filled (plural messages by `count`). */
export function dealText(key: MessageKey, values: Record<string, string | number> = {}): string {
  const message = englishMessages[key];
  const pattern =
    typeof message === 'string' ? message : (message[plurals.select(Number(values.count))] ?? message.other);
  return pattern.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

/**
 * A field of a deal form by its key (`customer/company_name`, `custom_fields/use_case`): the form
 * gives each control the id `<form id>-<key with / as ->`.
 */
export function dealField<T extends HTMLElement = HTMLInputElement>(
  form: Element,
  key: string,
  type: abstract new () => T = HTMLInputElement as unknown as abstract new () => T,
): T {
  const found = shadow(form, `[id$="-${key.replaceAll('/', '-')}"]`, type);
  if (!found) throw new Error(`<${form.localName}> has no field ${key}`);
  return found;
}

export const dealSelect = (form: Element, key: string): HTMLSelectElement =>
  dealField(form, key, HTMLSelectElement);

/**
 * Empties a text field as a partner would (select all, delete). `userEvent.clear` cannot tell that
 * a control inside a shadow root has the focus.
 */
export async function clearField(field: HTMLInputElement | HTMLTextAreaElement): Promise<void> {
  await userEvent.type(field, '{Backspace}', {
    initialSelectionStart: 0,
    initialSelectionEnd: field.value.length,
  });
}

/** Types `value` over what a text field holds. */
export async function retype(field: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  await userEvent.type(field, value, { initialSelectionStart: 0, initialSelectionEnd: field.value.length });
}

/** The id of the control focused inside the widget, if any. */
export const focusedId = (host: Element): string | undefined => host.shadowRoot?.activeElement?.id;

/** A close date `days` from today (UTC), as a date input holds it. */
export const closeDateIn = (days: number): string =>
  new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

export interface StoryCustomer {
  company: string;
  domain: string;
  country: string;
}

/** A customer no seeded registration or protected account has. */
export const NEW_CUSTOMER: StoryCustomer = {
  company: 'Analytical Engines Ltd',
  domain: 'analytical-engines.example',
  country: 'GB',
};

/** Types the customer section (what the pre-check looks at). */
export async function fillCustomer(form: Element, customer: StoryCustomer): Promise<void> {
  await userEvent.type(dealField(form, 'customer/company_name'), customer.company);
  await userEvent.type(dealField(form, 'customer/domain'), customer.domain);
  await userEvent.selectOptions(dealSelect(form, 'customer/country'), customer.country);
}

/** Fills every required field (and a job title) of a new registration, as a partner would. */
export async function fillDeal(form: Element, customer: StoryCustomer = NEW_CUSTOMER): Promise<void> {
  await fillCustomer(form, customer);
  await userEvent.type(dealField(form, 'contact/first_name'), 'Ada');
  await userEvent.type(dealField(form, 'contact/last_name'), 'Lovelace');
  await userEvent.type(dealField(form, 'contact/email'), `ada@${customer.domain}`);
  await userEvent.type(dealField(form, 'contact/title'), 'Head of Operations');
  await userEvent.type(dealField(form, 'opportunity/amount'), '12500.50');
  const close = dealField(form, 'opportunity/expected_close_date');
  await userEvent.type(close, closeDateIn(40));
  await expect(close.value).toBe(closeDateIn(40));
  await userEvent.selectOptions(dealSelect(form, 'custom_fields/use_case'), 'analytics');
  // Nothing left to correct: the form would send it.
  await eventually(() => expect(form.shadowRoot?.querySelector('[aria-invalid="true"]') ?? null).toBeNull());
}

/** Presses the deal form's submit button. */
export async function submitDeal(form: Element): Promise<void> {
  const button = shadow(form, '[part="submit"]', HTMLButtonElement);
  if (!button) throw new Error(`<${form.localName}> has no submit button`);
  await userEvent.click(button);
}
