/**
 * The default controlled vocabularies of API v1 (api-v1.md §2.7). Programs may extend or rename them
 * through `/v1/taxonomy`; these are the keys the reference server seeds and the SDK types suggest.
 */

export const PARTNER_TYPES = [
  'app_partner',
  'solutions_partner',
  'system_integrator',
  'venture_partner',
  'strategic_alliance',
  'community_developer',
  'revops_specialist',
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

/** Default tier ladder, lowest first: the index is the tier's rank. */
export const TIERS = ['registered', 'silver', 'gold', 'platinum'] as const;
export type Tier = (typeof TIERS)[number];

export const REGIONS = [
  'north_america',
  'latin_america',
  'europe',
  'middle_east_africa',
  'asia_pacific',
  'global',
] as const;
export type Region = (typeof REGIONS)[number];

/** `global` is a served-region shortcut that matches every region filter. */
export const GLOBAL_REGION: Region = 'global';

export const INDUSTRIES = [
  'technology_saas',
  'professional_services',
  'financial_services',
  'healthcare_life_sciences',
  'retail_ecommerce',
  'manufacturing',
  'education',
  'media_entertainment',
  'nonprofit',
  'real_estate',
  'public_sector',
  'travel_hospitality',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

export const EXPERTISE = [
  'crm_implementation',
  'data_migration',
  'custom_integrations',
  'app_development',
  'revops_consulting',
  'marketing_automation',
  'sales_enablement',
  'customer_success_ops',
  'analytics_bi',
  'ai_automation',
  'security_compliance',
  'training_enablement',
  'managed_services',
  'go_to_market_strategy',
] as const;
export type Expertise = (typeof EXPERTISE)[number];

export const CERTIFICATIONS = [
  'platform_foundations',
  'crm_administrator',
  'solutions_architect',
  'integration_developer',
  'data_migration_specialist',
  'marketing_automation_expert',
  'revops_analyst',
  'security_specialist',
] as const;
export type Certification = (typeof CERTIFICATIONS)[number];

export const COMPANY_SIZES = ['1_10', '11_50', '51_200', '201_1000', '1001_plus'] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];

export const PARTNER_BADGES = ['verified', 'featured', 'new', 'top_rated'] as const;
export type PartnerBadge = (typeof PARTNER_BADGES)[number];

export const LISTING_CATEGORIES = [
  'crm',
  'marketing_automation',
  'sales_enablement',
  'customer_support',
  'analytics_bi',
  'finance_billing',
  'ecommerce',
  'communication',
  'productivity',
  'data_enrichment',
  'security',
  'developer_tools',
] as const;
export type ListingCategory = (typeof LISTING_CATEGORIES)[number];

export const INTEGRATION_ROLES = ['builder', 'implementer'] as const;
export type IntegrationRole = (typeof INTEGRATION_ROLES)[number];

export const PARTNER_STATUSES = ['active', 'inactive', 'suspended'] as const;

/** The default keys of every program-defined vocabulary, in display order (tiers: rank order). */
export const DEFAULT_VOCABULARIES = {
  partner_types: PARTNER_TYPES,
  tiers: TIERS,
  regions: REGIONS,
  industries: INDUSTRIES,
  expertise: EXPERTISE,
  certifications: CERTIFICATIONS,
  company_sizes: COMPANY_SIZES,
  badges: PARTNER_BADGES,
} as const;
