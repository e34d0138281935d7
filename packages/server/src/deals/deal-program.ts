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
} as const;

export const DEAL_FORM_RULES = {
  currencies: DEAL_PROGRAM.currencies,
  stages: DEAL_PROGRAM.stages.map((stage) => stage.key),
  products: DEAL_PROGRAM.products.map((product) => product.key),
};
