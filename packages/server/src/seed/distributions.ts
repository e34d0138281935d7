import type {
  Certification,
  CompanySize,
  Expertise,
  Industry,
  ListingCategory,
  PartnerType,
  Tier,
} from '@flywheel/contract';

/**
 * The design targets of api-v1 §2.8 as data. Shares are percentages unless noted; they are targets
 * for the sampler, not measured facts about any real directory.
 */

export const PARTNER_TYPE_SHARES: readonly (readonly [PartnerType, number])[] = [
  ['solutions_partner', 34],
  ['app_partner', 22],
  ['revops_specialist', 14],
  ['community_developer', 12],
  ['system_integrator', 10],
  ['venture_partner', 4],
  ['strategic_alliance', 4],
];

/** Row percentages, columns in TIERS order: registered, silver, gold, platinum. */
export const TIER_SHARES_BY_TYPE: Readonly<Record<PartnerType, readonly [number, number, number, number]>> = {
  solutions_partner: [40, 32, 20, 8],
  app_partner: [45, 30, 17, 8],
  revops_specialist: [50, 32, 14, 4],
  community_developer: [75, 20, 5, 0],
  system_integrator: [15, 30, 35, 20],
  venture_partner: [60, 30, 10, 0],
  strategic_alliance: [0, 10, 40, 50],
};

export const COMPANY_SIZE_SHARES_BY_TYPE: Readonly<
  Record<PartnerType, readonly (readonly [CompanySize, number])[]>
> = {
  // Agencies and consultancies: mostly 11–200 staff.
  solutions_partner: [
    ['1_10', 10],
    ['11_50', 47],
    ['51_200', 35],
    ['201_1000', 7],
    ['1001_plus', 1],
  ],
  app_partner: [
    ['1_10', 15],
    ['11_50', 35],
    ['51_200', 30],
    ['201_1000', 15],
    ['1001_plus', 5],
  ],
  revops_specialist: [
    ['1_10', 55],
    ['11_50', 42],
    ['51_200', 3],
  ],
  community_developer: [
    ['1_10', 95],
    ['11_50', 5],
  ],
  system_integrator: [
    ['51_200', 5],
    ['201_1000', 55],
    ['1001_plus', 40],
  ],
  venture_partner: [
    ['1_10', 40],
    ['11_50', 45],
    ['51_200', 15],
  ],
  strategic_alliance: [
    ['201_1000', 15],
    ['1001_plus', 85],
  ],
};

/**
 * Relative weights, roughly the §2.8 "share of partners tagged". Those shares add up to 2.0 tags per
 * partner while the mean count is 2.3, so they are used as weights and the realised shares come out
 * proportionally higher.
 */
export const INDUSTRY_WEIGHTS: readonly (readonly [Industry, number])[] = [
  ['technology_saas', 40],
  ['professional_services', 28],
  ['financial_services', 25],
  ['retail_ecommerce', 22],
  ['healthcare_life_sciences', 20],
  ['manufacturing', 18],
  ['education', 12],
  ['media_entertainment', 9],
  ['nonprofit', 8],
  ['real_estate', 7],
  ['public_sector', 6],
  ['travel_hospitality', 5],
];

/** Industry count 1–4, mean 2.3 once venture partners are included; venture partners invest broadly, so they skew higher. */
export const INDUSTRY_COUNT_SHARES: readonly (readonly [number, number])[] = [
  [1, 27],
  [2, 36],
  [3, 24],
  [4, 13],
];
export const VENTURE_INDUSTRY_COUNT_SHARES: readonly (readonly [number, number])[] = [
  [2, 15],
  [3, 40],
  [4, 45],
];

export interface ExpertiseProfile {
  /** Always listed: what defines the type in §2.8's table. */
  core: readonly Expertise[];
  /** The rest, drawn without replacement by weight. */
  weights: readonly (readonly [Expertise, number])[];
  /** Total count 2–6, including `core`. */
  counts: readonly (readonly [number, number])[];
}

const TYPICAL_EXPERTISE_COUNTS: readonly (readonly [number, number])[] = [
  [2, 20],
  [3, 30],
  [4, 25],
  [5, 15],
  [6, 10],
];
const BROAD_EXPERTISE_COUNTS: readonly (readonly [number, number])[] = [
  [4, 30],
  [5, 35],
  [6, 35],
];

export const EXPERTISE_BY_TYPE: Readonly<Record<PartnerType, ExpertiseProfile>> = {
  solutions_partner: {
    core: [],
    weights: [
      ['crm_implementation', 12],
      ['marketing_automation', 12],
      ['sales_enablement', 6],
      ['go_to_market_strategy', 5],
      ['training_enablement', 5],
      ['data_migration', 4],
      ['customer_success_ops', 4],
      ['custom_integrations', 3],
      ['analytics_bi', 3],
      ['ai_automation', 3],
      ['revops_consulting', 3],
      ['managed_services', 2],
      ['security_compliance', 1],
      ['app_development', 1],
    ],
    counts: TYPICAL_EXPERTISE_COUNTS,
  },
  app_partner: {
    core: ['app_development', 'custom_integrations'],
    weights: [
      ['ai_automation', 5],
      ['analytics_bi', 4],
      ['data_migration', 3],
      ['marketing_automation', 3],
      ['sales_enablement', 3],
      ['customer_success_ops', 2],
      ['security_compliance', 2],
      ['crm_implementation', 1],
    ],
    counts: TYPICAL_EXPERTISE_COUNTS,
  },
  revops_specialist: {
    core: ['revops_consulting'],
    weights: [
      ['crm_implementation', 10],
      ['analytics_bi', 9],
      ['sales_enablement', 5],
      ['go_to_market_strategy', 4],
      ['customer_success_ops', 4],
      ['data_migration', 3],
      ['ai_automation', 3],
      ['marketing_automation', 2],
      ['training_enablement', 2],
    ],
    counts: TYPICAL_EXPERTISE_COUNTS,
  },
  community_developer: {
    core: ['custom_integrations'],
    weights: [
      ['app_development', 8],
      ['ai_automation', 4],
      ['data_migration', 3],
      ['analytics_bi', 2],
      ['marketing_automation', 1],
      ['crm_implementation', 1],
    ],
    counts: [
      [2, 45],
      [3, 35],
      [4, 20],
    ],
  },
  system_integrator: {
    core: ['data_migration'],
    weights: [
      ['managed_services', 10],
      ['security_compliance', 9],
      ['custom_integrations', 6],
      ['crm_implementation', 6],
      ['analytics_bi', 5],
      ['ai_automation', 4],
      ['app_development', 3],
      ['training_enablement', 3],
      ['revops_consulting', 2],
    ],
    counts: BROAD_EXPERTISE_COUNTS,
  },
  venture_partner: {
    core: ['go_to_market_strategy'],
    weights: [
      ['sales_enablement', 6],
      ['revops_consulting', 4],
      ['ai_automation', 4],
      ['analytics_bi', 3],
      ['marketing_automation', 3],
      ['app_development', 2],
    ],
    counts: [
      [2, 50],
      [3, 35],
      [4, 15],
    ],
  },
  strategic_alliance: {
    core: [],
    weights: [
      ['crm_implementation', 8],
      ['managed_services', 8],
      ['security_compliance', 7],
      ['ai_automation', 7],
      ['data_migration', 6],
      ['analytics_bi', 6],
      ['custom_integrations', 5],
      ['training_enablement', 5],
      ['go_to_market_strategy', 4],
      ['customer_success_ops', 3],
    ],
    counts: BROAD_EXPERTISE_COUNTS,
  },
};

export const CERTIFICATION_WEIGHTS_BY_TYPE: Readonly<
  Record<PartnerType, readonly (readonly [Certification, number])[]>
> = {
  solutions_partner: [
    ['platform_foundations', 10],
    ['crm_administrator', 9],
    ['marketing_automation_expert', 8],
    ['solutions_architect', 3],
    ['data_migration_specialist', 2],
    ['revops_analyst', 2],
    ['integration_developer', 1],
    ['security_specialist', 1],
  ],
  app_partner: [
    ['integration_developer', 10],
    ['platform_foundations', 8],
    ['solutions_architect', 3],
    ['security_specialist', 3],
    ['crm_administrator', 2],
    ['data_migration_specialist', 1],
  ],
  revops_specialist: [
    ['revops_analyst', 10],
    ['crm_administrator', 8],
    ['platform_foundations', 7],
    ['marketing_automation_expert', 2],
    ['data_migration_specialist', 2],
  ],
  community_developer: [
    ['integration_developer', 10],
    ['platform_foundations', 6],
  ],
  system_integrator: [
    ['solutions_architect', 9],
    ['data_migration_specialist', 9],
    ['platform_foundations', 8],
    ['security_specialist', 7],
    ['integration_developer', 6],
    ['crm_administrator', 6],
    ['revops_analyst', 2],
    ['marketing_automation_expert', 2],
  ],
  venture_partner: [
    ['platform_foundations', 10],
    ['revops_analyst', 2],
  ],
  strategic_alliance: [
    ['solutions_architect', 9],
    ['platform_foundations', 9],
    ['crm_administrator', 8],
    ['security_specialist', 7],
    ['data_migration_specialist', 7],
    ['integration_developer', 6],
    ['marketing_automation_expert', 5],
    ['revops_analyst', 5],
  ],
};

/** How many certification keys a partner holds, by tier: [min, max]. */
export const CERTIFICATION_KEY_COUNT_BY_TIER: Readonly<Record<Tier, readonly [number, number]>> = {
  registered: [0, 1],
  silver: [1, 2],
  gold: [2, 4],
  platinum: [3, 6],
};

/** Certifications the program has checked; larger partners go through the audit more often. */
export const CERTIFICATION_VERIFIED_SHARE_BY_TIER: Readonly<Record<Tier, number>> = {
  registered: 0.8,
  silver: 0.8,
  gold: 0.95,
  platinum: 0.95,
};

/** holder_count per certification by tier (api-v1 §2.8), drawn lognormal within the range. */
export const HOLDER_COUNT_RANGE_BY_TIER: Readonly<Record<Tier, readonly [number, number]>> = {
  registered: [1, 2], // 0 holders would mean no certification, so the row is simply absent
  silver: [2, 6],
  gold: [5, 15],
  platinum: [15, 60],
};

/** Share of partners with a `verified` badge, by tier: most gold/platinum, some others. */
export const VERIFIED_SHARE_BY_TIER: Readonly<Record<Tier, number>> = {
  registered: 0.05,
  silver: 0.3,
  gold: 0.85,
  platinum: 0.95,
};

export const STATUS_SHARES: readonly (readonly ['active' | 'inactive' | 'suspended', number])[] = [
  ['active', 95],
  ['inactive', 3],
  ['suspended', 2],
];
export const LISTED_SHARE_OF_ACTIVE = 0.98;
export const NO_LOGO_SHARE = 0.1;
export const NO_WEBSITE_SHARE = 0.05;
export const NO_FOUNDED_YEAR_SHARE = 0.08;

/** Served regions for most types: 68 % one, 22 % two, 10 % three or more. */
export const SERVED_REGION_COUNT_SHARES: readonly (readonly [number, number])[] = [
  [1, 68],
  [2, 22],
  [3, 7],
  [4, 2],
  [5, 1],
];
/** System integrators and strategic alliances: 60 % serve `global`; the rest are multi-region. */
export const GLOBAL_SHARE_FOR_LARGE_TYPES = 0.6;
export const LARGE_TYPE_REGION_COUNT_SHARES: readonly (readonly [number, number])[] = [
  [1, 15],
  [2, 40],
  [3, 30],
  [4, 15],
];

/** Non-anglophone partners that also list English; anyone may add one more language. */
export const ADD_ENGLISH_SHARE = 0.85;
export const EXTRA_LANGUAGE_SHARE = 0.1;
/** Chance, per served region beyond HQ, of staffing one of its languages (keeps the mean near 1.6). */
export const SERVED_REGION_LANGUAGE_SHARE = 0.2;

/** Partners with a website mostly publish both a contact form and an email address. */
export const CONTACT_EMAIL_SHARE = 0.7;

export const JOINED_WINDOW_YEARS = 6;
export const RECENT_JOIN_MONTHS = 24;
export const RECENT_JOIN_SHARE = 0.4;
export const NEW_BADGE_DAYS = 90;

export const RATED_SHARE = 0.7;
export const RATING_MEAN = 4.3;
export const RATING_SD = 0.4;
export const RATING_MIN = 2.8;
export const RATING_MAX = 5;
export const REVIEW_COUNT_MEDIAN = 12;
export const REVIEW_COUNT_SIGMA = 1.1;
export const TOP_RATED_MIN_AVERAGE = 4.7;
export const TOP_RATED_MIN_COUNT = 20;

/** ≈ 30 featured per 1,500 partners, mostly platinum. */
export const FEATURED_PER_PARTNER = 30 / 1500;
export const FEATURED_PLATINUM_SHARE = 0.8;

// Listings, per 1,500 partners.
export const FIRST_PARTY_LISTINGS_PER_PARTNER = 40 / 1500;
export const NON_PUBLISHED_LISTINGS_PER_PARTNER = 30 / 1500;
/** App Partners build 1–3 each, mostly 1: ≈ 390 per 330 App Partners, ≈ 360 of them published. */
export const LISTINGS_PER_APP_PARTNER: readonly (readonly [number, number])[] = [
  [1, 85],
  [2, 12],
  [3, 3],
];
/** ≈ 40 of 180 Community Developers publish one listing. */
export const COMMUNITY_BUILDER_SHARE = 40 / 180;

export const LISTING_CATEGORY_WEIGHTS: readonly (readonly [ListingCategory, number])[] = [
  ['crm', 18],
  ['marketing_automation', 15],
  ['communication', 12],
  ['sales_enablement', 9],
  ['customer_support', 8],
  ['analytics_bi', 8],
  ['productivity', 7],
  ['ecommerce', 6],
  ['finance_billing', 5],
  ['data_enrichment', 5],
  ['developer_tools', 4],
  ['security', 3],
];
export const EXTRA_CATEGORY_COUNT_SHARES: readonly (readonly [number, number])[] = [
  [0, 40],
  [1, 40],
  [2, 20],
];

export type PricingModel = 'free' | 'freemium' | 'paid' | 'contact_sales';
export const PRICING_MODEL_SHARES: readonly (readonly [PricingModel, number])[] = [
  ['free', 35],
  ['freemium', 30],
  ['paid', 25],
  ['contact_sales', 10],
];
export const PRICING_SUMMARY_SHARE = 0.8;

/** Lognormal with median 150 and p90 ≈ 2,500: sigma = ln(2500 / 150) / z(0.9). */
export const INSTALL_COUNT_MEDIAN = 150;
export const INSTALL_COUNT_SIGMA = Math.log(2500 / 150) / 1.2816;
export const INSTALL_COUNT_MAX = 50_000;

/** Services partners list 3–12 implementer integrations, most of them a handful. */
export const IMPLEMENTER_COUNT_SHARES: readonly (readonly [number, number])[] = [
  [3, 18],
  [4, 16],
  [5, 14],
  [6, 12],
  [7, 10],
  [8, 8],
  [9, 7],
  [10, 6],
  [11, 5],
  [12, 4],
];

export const SERVICES_TYPES: ReadonlySet<PartnerType> = new Set<PartnerType>([
  'solutions_partner',
  'system_integrator',
  'revops_specialist',
  'strategic_alliance',
]);
