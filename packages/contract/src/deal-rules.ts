import type { FieldError } from './problem.js';
import { CURRENCY_EXPONENTS } from './deal-lifecycle.js';

/** A custom field as the rules need it (from `GET /v1/deal_registration_form`). */
export interface CustomFieldRule {
  readonly key: string;
  readonly type: string;
  readonly required: boolean;
  readonly options?: readonly { readonly key: string }[] | undefined;
  readonly max_length?: number | undefined;
  readonly min?: number | undefined;
  readonly max?: number | undefined;
}

/** What the program's deal form accepts (a subset of `GET /v1/deal_registration_form`). */
export interface DealFormRules {
  readonly currencies: readonly string[];
  readonly stages: readonly string[];
  readonly products: readonly string[];
  readonly customFields: readonly CustomFieldRule[];
}

/** The part of a registration these rules read (already shaped by the contract's schema). */
export interface DealRuleInput {
  readonly customer: { readonly domain?: string | undefined; readonly no_website?: boolean | undefined };
  readonly opportunity: {
    readonly amount: { readonly amount: number; readonly currency: string };
    readonly expected_close_date: string;
    readonly products: readonly string[];
  };
  readonly stage?: string | undefined;
  readonly custom_fields?: Readonly<Record<string, unknown>> | undefined;
}

const isDate = (value: unknown) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

/** The error for one custom field's value, or `undefined` when it is acceptable. */
function customFieldError(field: CustomFieldRule, value: unknown): Omit<FieldError, 'pointer'> | undefined {
  const empty =
    value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
  if (empty) return field.required ? { code: 'required', message: 'Required' } : undefined;
  const keys = new Set((field.options ?? []).map((option) => option.key));
  switch (field.type) {
    case 'text':
      if (typeof value !== 'string') return { code: 'invalid_type', message: 'Expected text' };
      if (field.max_length !== undefined && value.length > field.max_length)
        return { code: 'too_long', message: `Use at most ${field.max_length} characters` };
      return undefined;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value))
        return { code: 'invalid_type', message: 'Expected a number' };
      if (field.min !== undefined && value < field.min)
        return { code: 'too_small', message: `At least ${field.min}` };
      if (field.max !== undefined && value > field.max)
        return { code: 'too_big', message: `At most ${field.max}` };
      return undefined;
    case 'select':
      return typeof value === 'string' && keys.has(value)
        ? undefined
        : { code: 'invalid_value', message: 'Choose one of the options' };
    case 'multi_select':
      return Array.isArray(value) &&
        value.every((v) => typeof v === 'string' && keys.has(v)) &&
        new Set(value).size === value.length
        ? undefined
        : { code: 'invalid_value', message: 'Choose among the options' };
    case 'date':
      return isDate(value) ? undefined : { code: 'invalid_format', message: 'Expected a date (YYYY-MM-DD)' };
    case 'checkbox':
      if (typeof value !== 'boolean') return { code: 'invalid_type', message: 'Expected true or false' };
      return field.required && !value ? { code: 'required', message: 'Required' } : undefined;
    default:
      return undefined;
  }
}

/** The furthest expected close date accepted: 18 months ahead. */
export const MAX_CLOSE_MONTHS = 18;

/** `YYYY-MM-DD` plus whole months, in UTC (the close-date window's end). */
export function addMonths(day: string, months: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

/**
 * Rules a schema cannot carry: they need the program's form or today's date (`YYYY-MM-DD`, in UTC).
 * Server and widgets run the same function, so a form shows the errors the server would answer.
 */
export function dealRuleErrors(input: DealRuleInput, form: DealFormRules, today: string): FieldError[] {
  const errors: FieldError[] = [];
  const { customer, opportunity } = input;
  if (!customer.no_website && (customer.domain === undefined || customer.domain.trim() === '')) {
    errors.push({
      pointer: '#/customer/domain',
      code: 'required',
      message: 'Required unless the customer has no website.',
    });
  }
  const currency = opportunity.amount.currency;
  if (!form.currencies.includes(currency) || CURRENCY_EXPONENTS[currency] === undefined) {
    errors.push({
      pointer: '#/opportunity/amount/currency',
      code: 'invalid_value',
      message: `The program does not accept ${currency}; use one of ${form.currencies.join(', ')}.`,
    });
  }
  if (opportunity.expected_close_date < today) {
    errors.push({
      pointer: '#/opportunity/expected_close_date',
      code: 'too_small',
      message: 'The expected close date cannot be in the past.',
    });
  } else if (opportunity.expected_close_date > addMonths(today, MAX_CLOSE_MONTHS)) {
    errors.push({
      pointer: '#/opportunity/expected_close_date',
      code: 'too_big',
      message: `The expected close date must be within ${MAX_CLOSE_MONTHS} months.`,
    });
  }
  opportunity.products.forEach((product, index) => {
    if (!form.products.includes(product)) {
      errors.push({
        pointer: `#/opportunity/products/${index}`,
        code: 'invalid_value',
        message: `Unknown product ${product}.`,
      });
    }
  });
  if (input.stage !== undefined && !form.stages.includes(input.stage)) {
    errors.push({ pointer: '#/stage', code: 'invalid_value', message: `Unknown stage ${input.stage}.` });
  }
  const custom = input.custom_fields ?? {};
  for (const field of form.customFields) {
    const error = customFieldError(field, custom[field.key]);
    if (error) errors.push({ pointer: `#/custom_fields/${field.key}`, ...error });
  }
  for (const key of Object.keys(custom)) {
    if (!form.customFields.some((field) => field.key === key))
      errors.push({
        pointer: `#/custom_fields/${key}`,
        code: 'unknown_field',
        message: 'Not a field of this form',
      });
  }
  return errors;
}
