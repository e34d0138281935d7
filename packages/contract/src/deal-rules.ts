import type { FieldError } from './problem.js';
import { CURRENCY_EXPONENTS } from './deal-lifecycle.js';

/** What the program's deal form accepts (a subset of `GET /v1/deal_registration_form`). */
export interface DealFormRules {
  readonly currencies: readonly string[];
  readonly stages: readonly string[];
  readonly products: readonly string[];
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
}

/** The furthest expected close date accepted: 18 months ahead. */
export const MAX_CLOSE_MONTHS = 18;

function addMonths(day: string, months: number): string {
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
  return errors;
}
