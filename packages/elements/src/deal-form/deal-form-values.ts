import {
  CURRENCY_EXPONENTS,
  type CustomFieldDefinition,
  type DealRegistration,
  type DealRegistrationCreate,
  type DealRegistrationForm,
  type FieldError,
} from '@flywheel/contract/browser';
import { amountText, parseAmount } from '../deals/deal-format.js';

/**
 * What the partner typed, keyed by field: the registration's JSON path without `#/`
 * (`customer/company_name`, `opportunity/amount`, `custom_fields/seats`). Text stays text until it is
 * sent, so a half-typed amount or number is kept exactly as typed (in the draft too).
 */
export type FieldValue = string | boolean | string[];
export type DealFormValues = Record<string, FieldValue>;

export const CUSTOM = 'custom_fields/';

/** The standard fields in the order they are shown (the custom fields follow). */
export const STANDARD_KEYS = [
  'customer/company_name',
  'customer/domain',
  'customer/no_website',
  'customer/country',
  'contact/first_name',
  'contact/last_name',
  'contact/email',
  'contact/title',
  'contact/phone',
  'opportunity/name',
  'opportunity/amount',
  'opportunity/currency',
  'opportunity/expected_close_date',
  'opportunity/deal_type',
  'opportunity/products',
  'opportunity/sourcing',
  'stage',
  'notes',
] as const;

function emptyCustom(field: CustomFieldDefinition): FieldValue {
  return field.type === 'checkbox' ? false : field.type === 'multi_select' ? [] : '';
}

/** An empty form: the program's default currency, the first deal type and sourcing preselected. */
export function emptyValues(form: DealRegistrationForm): DealFormValues {
  const values: DealFormValues = {};
  for (const key of STANDARD_KEYS) values[key] = '';
  values['customer/no_website'] = false;
  values['opportunity/products'] = [];
  values['opportunity/currency'] = form.default_currency;
  values['opportunity/deal_type'] = form.deal_types[0] ?? '';
  values['opportunity/sourcing'] = form.sourcing[0] ?? '';
  for (const field of form.custom_fields) values[CUSTOM + field.key] = emptyCustom(field);
  return values;
}

const text = (values: DealFormValues, key: string): string => {
  const value = values[key];
  return typeof value === 'string' ? value : '';
};

/** Present only when something was typed (optional fields are left out when blank). */
const optional = (values: DealFormValues, key: string): string | undefined => {
  const value = text(values, key).trim();
  return value === '' ? undefined : value;
};

export const exponentOf = (currency: string): number => CURRENCY_EXPONENTS[currency] ?? 2;

/**
 * The request body for what was typed, plus the errors that only the typed text shows (an amount or
 * number that does not parse). The body is then checked with the contract's schema and rules.
 */
export function toBody(
  values: DealFormValues,
  form: DealRegistrationForm,
): { body: DealRegistrationCreate; typingErrors: FieldError[] } {
  const typingErrors: FieldError[] = [];
  const currency = text(values, 'opportunity/currency');
  const amountTyped = text(values, 'opportunity/amount');
  const amount = parseAmount(amountTyped, exponentOf(currency));
  if (amount === undefined) {
    typingErrors.push({
      pointer: '#/opportunity/amount',
      code: amountTyped.trim() === '' ? 'required' : 'invalid_amount',
      message: 'Invalid amount',
    });
  }
  const noWebsite = values['customer/no_website'] === true;
  const custom: Record<string, string | number | boolean | string[]> = {};
  for (const field of form.custom_fields) {
    const value = values[CUSTOM + field.key];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    if (field.type === 'number' && typeof value === 'string') {
      const number = Number(value.trim().replace(',', '.'));
      if (value.trim() === '' || !Number.isFinite(number)) {
        typingErrors.push({
          pointer: `#/${CUSTOM}${field.key}`,
          code: 'invalid_type',
          message: 'Not a number',
        });
        continue;
      }
      custom[field.key] = number;
    } else if (field.type === 'checkbox') {
      if (value === true) custom[field.key] = true;
    } else {
      custom[field.key] = value;
    }
  }
  const stage = optional(values, 'stage');
  const notes = optional(values, 'notes');
  const body: DealRegistrationCreate = {
    customer: {
      company_name: text(values, 'customer/company_name'),
      ...(noWebsite ? { no_website: true } : { domain: optional(values, 'customer/domain') }),
      country: text(values, 'customer/country'),
    },
    contact: {
      first_name: text(values, 'contact/first_name'),
      last_name: text(values, 'contact/last_name'),
      email: text(values, 'contact/email').trim(),
      title: optional(values, 'contact/title'),
      phone: optional(values, 'contact/phone')?.replace(/[\s().-]/g, ''),
    },
    opportunity: {
      name: optional(values, 'opportunity/name'),
      amount: { amount: amount ?? 0, currency },
      expected_close_date: text(values, 'opportunity/expected_close_date'),
      deal_type: text(values, 'opportunity/deal_type') as DealRegistrationCreate['opportunity']['deal_type'],
      products: (values['opportunity/products'] as string[] | undefined) ?? [],
      sourcing: text(values, 'opportunity/sourcing') as DealRegistrationCreate['opportunity']['sourcing'],
    },
    ...(stage ? { stage } : {}),
    ...(notes ? { notes } : {}),
    ...(Object.keys(custom).length > 0 ? { custom_fields: custom } : {}),
  };
  return { body: dropUndefined(body), typingErrors };
}

/** JSON leaves `undefined` out anyway; the schema check and the idempotency comparison should too. */
function dropUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The form's values for a stored registration (editing after "needs info"). */
export function valuesOf(registration: DealRegistration, form: DealRegistrationForm): DealFormValues {
  const values = emptyValues(form);
  const { customer, contact, opportunity } = registration;
  values['customer/company_name'] = customer.company_name;
  values['customer/domain'] = customer.domain ?? '';
  values['customer/no_website'] = customer.no_website === true;
  values['customer/country'] = customer.country;
  values['contact/first_name'] = contact.first_name;
  values['contact/last_name'] = contact.last_name;
  values['contact/email'] = contact.email;
  values['contact/title'] = contact.title ?? '';
  values['contact/phone'] = contact.phone ?? '';
  values['opportunity/name'] = opportunity.name ?? '';
  values['opportunity/currency'] = opportunity.amount.currency;
  values['opportunity/amount'] = amountText(
    opportunity.amount.amount,
    exponentOf(opportunity.amount.currency),
  );
  values['opportunity/expected_close_date'] = opportunity.expected_close_date;
  values['opportunity/deal_type'] = opportunity.deal_type;
  values['opportunity/products'] = [...opportunity.products];
  values['opportunity/sourcing'] = opportunity.sourcing;
  values.stage = registration.stage?.key ?? '';
  values.notes = registration.notes ?? '';
  for (const field of form.custom_fields) {
    const value = registration.custom_fields[field.key];
    if (value === undefined) continue;
    values[CUSTOM + field.key] = typeof value === 'number' ? String(value) : value;
  }
  return values;
}

/** The field an error belongs to: the longest field key its pointer starts with. */
export function fieldOfPointer(pointer: string, keys: readonly string[]): string | undefined {
  const path = pointer.replace(/^#\//, '');
  if (path === 'opportunity/amount/currency') return 'opportunity/currency';
  let best: string | undefined;
  for (const key of keys) {
    if ((path === key || path.startsWith(`${key}/`)) && key.length > (best?.length ?? 0)) best = key;
  }
  return best;
}

/** Does the field hold nothing yet? (Then any error on it reads "required".) */
export function isBlank(value: FieldValue | undefined): boolean {
  if (value === undefined || typeof value === 'boolean') return value !== true;
  return typeof value === 'string' ? value.trim() === '' : value.length === 0;
}
