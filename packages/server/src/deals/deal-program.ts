import {
  CURRENCY_EXPONENTS,
  DEAL_SOURCING,
  DEAL_TYPES,
  MAX_CLOSE_MONTHS,
  type DealFormRules,
  type DealRegistrationForm,
} from '@flywheel/contract';

/**
 * The demo program's deal registration settings: what `GET /v1/deal_registration_form` will describe
 * and what the server checks against. One program in the reference server, so a constant.
 */
export const DEAL_PROGRAM = {
  currencies: ['USD', 'EUR', 'GBP', 'JPY', 'KWD', 'BRL', 'AUD'],
  stages: [
    { key: 'qualification', label: 'Qualification', probability: 10 },
    { key: 'discovery', label: 'Discovery', probability: 25 },
    { key: 'proposal', label: 'Proposal', probability: 50 },
    { key: 'negotiation', label: 'Negotiation', probability: 75 },
    { key: 'commit', label: 'Commit', probability: 90 },
  ],
  products: [
    { key: 'crm_core', label: 'CRM Core' },
    { key: 'sales_hub', label: 'Sales Hub' },
    { key: 'service_desk', label: 'Service Desk' },
    { key: 'analytics_suite', label: 'Analytics Suite' },
    { key: 'data_platform', label: 'Data Platform' },
  ],
  protection: { days: 90, maxExtensions: 1, extensionDays: 30 },
  customFields: [
    {
      key: 'use_case',
      type: 'select',
      label: 'Primary use case',
      help: 'What the customer mainly wants to solve.',
      required: true,
      options: [
        { key: 'sales_automation', label: 'Sales automation' },
        { key: 'customer_service', label: 'Customer service' },
        { key: 'marketing', label: 'Marketing' },
        { key: 'analytics', label: 'Analytics' },
      ],
    },
    { key: 'seats', type: 'number', label: 'Seats', help: null, required: false, min: 1, max: 100_000 },
    {
      key: 'competitors',
      type: 'multi_select',
      label: 'Competitors in the deal',
      help: null,
      required: false,
      options: [
        { key: 'incumbent', label: 'The incumbent system' },
        { key: 'spreadsheet', label: 'Spreadsheets' },
        { key: 'other_vendor', label: 'Another vendor' },
      ],
    },
    { key: 'kickoff_date', type: 'date', label: 'Planned project start', help: null, required: false },
    {
      key: 'executive_sponsor',
      type: 'checkbox',
      label: 'An executive sponsor is identified',
      help: null,
      required: false,
    },
    {
      key: 'pain_points',
      type: 'text',
      label: 'Pain points',
      help: 'In the customer’s words, if you can.',
      required: false,
      max_length: 500,
    },
  ],
} as const;

export const DEAL_FORM_RULES: DealFormRules = {
  currencies: DEAL_PROGRAM.currencies,
  stages: DEAL_PROGRAM.stages.map((stage) => stage.key),
  products: DEAL_PROGRAM.products.map((product) => product.key),
  customFields: DEAL_PROGRAM.customFields,
};

/** `GET /v1/deal_registration_form`. */
export function dealRegistrationForm(): DealRegistrationForm {
  return {
    object: 'deal_registration_form',
    standard_fields: STANDARD_FIELDS.map(([pointer, required, maxLength]) => ({
      pointer,
      required,
      max_length: maxLength,
    })),
    custom_fields: DEAL_PROGRAM.customFields.map((field) => ({
      ...field,
      options: 'options' in field ? [...field.options] : undefined,
    })),
    currencies: DEAL_PROGRAM.currencies.map((code) => ({ code, exponent: CURRENCY_EXPONENTS[code]! })),
    default_currency: 'USD',
    stages: DEAL_PROGRAM.stages.map((stage) => ({ ...stage })),
    products: DEAL_PROGRAM.products.map((product) => ({ ...product })),
    deal_types: [...DEAL_TYPES],
    sourcing: [...DEAL_SOURCING],
    close_date: { max_months: MAX_CLOSE_MONTHS },
    protection: {
      days: DEAL_PROGRAM.protection.days,
      max_extensions: DEAL_PROGRAM.protection.maxExtensions,
      extension_days: DEAL_PROGRAM.protection.extensionDays,
    },
  };
}

/** The standard fields: pointer, required, longest text. `customer/domain` is required unless `no_website`. */
const STANDARD_FIELDS: readonly [string, boolean, number | null][] = [
  ['#/customer/company_name', true, 200],
  ['#/customer/domain', true, 253],
  ['#/customer/no_website', false, null],
  ['#/customer/country', true, null],
  ['#/customer/industry', false, null],
  ['#/contact/first_name', true, 100],
  ['#/contact/last_name', true, 100],
  ['#/contact/email', true, 254],
  ['#/contact/phone', false, null],
  ['#/contact/title', false, 120],
  ['#/opportunity/name', false, 200],
  ['#/opportunity/amount', true, null],
  ['#/opportunity/expected_close_date', true, null],
  ['#/opportunity/deal_type', true, null],
  ['#/opportunity/products', false, null],
  ['#/opportunity/sourcing', true, null],
  ['#/stage', false, null],
  ['#/notes', false, 4000],
];
