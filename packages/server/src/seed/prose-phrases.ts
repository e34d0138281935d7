import type { Expertise, Industry, PartnerType, Region } from '@flywheel/contract';

/**
 * English wording for vocabulary keys inside generated prose (summaries and descriptions).
 * These are not taxonomy labels: labels are localized and served by `/v1/taxonomy`; stored free text
 * is never translated (api-v1 §2.0), so seed copy only needs to read naturally in English.
 */

export const EXPERTISE_PROSE: Readonly<Record<Expertise, { phrase: string; detail: string }>> = {
  crm_implementation: {
    phrase: 'CRM implementation',
    detail: 'pipelines, properties and permissions set up the way your teams actually sell',
  },
  data_migration: {
    phrase: 'data migration',
    detail: 'clean, deduplicated imports from spreadsheets and legacy systems, with a rollback plan',
  },
  custom_integrations: {
    phrase: 'custom integrations',
    detail: 'two-way syncs and webhooks that connect the platform to the rest of your stack',
  },
  app_development: {
    phrase: 'app development',
    detail: 'marketplace apps built on the public APIs, tested and maintained release after release',
  },
  revops_consulting: {
    phrase: 'RevOps consulting',
    detail: 'one shared funnel definition across marketing, sales and customer success',
  },
  marketing_automation: {
    phrase: 'marketing automation',
    detail: 'nurture journeys, lead scoring and campaign reporting that sales trusts',
  },
  sales_enablement: {
    phrase: 'sales enablement',
    detail: 'playbooks, sequences and templates that shorten ramp time for new reps',
  },
  customer_success_ops: {
    phrase: 'customer success operations',
    detail: 'health scores, renewal workflows and onboarding handoffs without spreadsheets',
  },
  analytics_bi: {
    phrase: 'analytics',
    detail: 'dashboards and attribution models leadership can read in one glance',
  },
  ai_automation: {
    phrase: 'AI automation',
    detail: 'practical assistants and routing rules that remove repetitive manual work',
  },
  security_compliance: {
    phrase: 'security compliance',
    detail: 'access reviews, audit trails and data-residency settings for regulated teams',
  },
  training_enablement: {
    phrase: 'user training',
    detail: 'role-based workshops and admin coaching so adoption sticks after go-live',
  },
  managed_services: {
    phrase: 'managed services',
    detail: 'an ongoing admin team on retainer, with clear response times',
  },
  go_to_market_strategy: {
    phrase: 'go-to-market strategy',
    detail: 'segmentation, pricing and launch plans grounded in your own pipeline data',
  },
};

/** What an App Partner's product does, by its distinguishing expertise ("reporting apps"). */
export const PRODUCT_PROSE: Readonly<Record<Expertise, string>> = {
  crm_implementation: 'CRM setup',
  data_migration: 'data import',
  custom_integrations: 'two-way sync',
  app_development: 'two-way sync',
  revops_consulting: 'pipeline reporting',
  marketing_automation: 'campaign sync',
  sales_enablement: 'sales workflow',
  customer_success_ops: 'customer health',
  analytics_bi: 'reporting',
  ai_automation: 'AI assistant',
  security_compliance: 'access control',
  training_enablement: 'in-app guidance',
  managed_services: 'admin automation',
  go_to_market_strategy: 'launch planning',
};

export const INDUSTRY_PROSE: Readonly<Record<Industry, string>> = {
  technology_saas: 'SaaS companies',
  professional_services: 'professional services firms',
  financial_services: 'financial services firms',
  healthcare_life_sciences: 'healthcare providers',
  retail_ecommerce: 'retail and e-commerce brands',
  manufacturing: 'manufacturers',
  education: 'schools and universities',
  media_entertainment: 'media companies',
  nonprofit: 'nonprofits',
  real_estate: 'real estate teams',
  public_sector: 'public sector bodies',
  travel_hospitality: 'travel and hospitality brands',
};

export const REGION_PROSE: Readonly<Record<Region, string>> = {
  north_america: 'North America',
  latin_america: 'Latin America',
  europe: 'Europe',
  middle_east_africa: 'the Middle East & Africa',
  asia_pacific: 'Asia-Pacific',
  global: 'worldwide',
};

export const TYPE_NOUN: Readonly<Record<PartnerType, string>> = {
  solutions_partner: 'consultancy',
  app_partner: 'software company',
  revops_specialist: 'revenue operations practice',
  community_developer: 'independent developer studio',
  system_integrator: 'systems integrator',
  venture_partner: 'venture firm',
  strategic_alliance: 'technology and consulting group',
};

export const LANGUAGE_PROSE: Readonly<Record<string, string>> = {
  en: 'English',
  de: 'German',
  fr: 'French',
  es: 'Spanish',
  'pt-BR': 'Brazilian Portuguese',
  it: 'Italian',
  nl: 'Dutch',
  sv: 'Swedish',
  da: 'Danish',
  nb: 'Norwegian',
  fi: 'Finnish',
  pl: 'Polish',
  ja: 'Japanese',
  ko: 'Korean',
  'zh-Hans': 'Simplified Chinese',
  hi: 'Hindi',
  ms: 'Malay',
  ar: 'Arabic',
  he: 'Hebrew',
};

/** "a, b and c" */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
}
