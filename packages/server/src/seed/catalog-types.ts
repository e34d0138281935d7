import type {
  CompanySize,
  Certification,
  Expertise,
  Industry,
  ListingCategory,
  PartnerBadge,
  PartnerType,
  Region,
  Tier,
} from '@flywheel/contract';

/**
 * What the deterministic seed generator produces: plain records, one per row to store. Timestamps are
 * RFC 3339 UTC strings with milliseconds; ids are prefixed ULIDs whose time part is `created_at`.
 */

export interface SeedPartner {
  id: string; // ptr_<ULID>
  slug: string; // unique, ^[a-z0-9-]{3,64}$
  name: string; // ≤ 120 chars
  type: PartnerType;
  tier: Tier;
  tier_rank: number; // index of tier in TIERS
  tier_evaluated_at: string | null;
  headquarters: { country: string; region: Exclude<Region, 'global'>; city: string };
  regions: Region[]; // 1–6 served regions
  countries_served: string[]; // ISO 3166-1 alpha-2
  languages: string[]; // BCP 47, 1–10, HQ language first
  industries: Industry[]; // 1–4; the first three are the "primary" ones shown on cards
  expertise: Expertise[]; // 2–6
  certifications: { key: Certification; holder_count: number; verified: boolean }[];
  certified_people_count: number;
  has_logo: boolean; // false for ≈10 %: the server then serves no logo
  website: string | null; // https://<something>.example, null for ≈5 %
  summary: string; // 80–160 chars, plain text
  description: string; // 400–1,500 chars, CommonMark subset, no raw HTML
  company_size: CompanySize;
  founded_year: number | null;
  rating: { average: number; count: number } | null;
  featured: boolean;
  badges: PartnerBadge[];
  contact: { url?: string; email?: string };
  joined_at: string;
  status: 'active' | 'inactive' | 'suspended';
  listed: boolean;
  created_at: string;
  updated_at: string;
}

export interface SeedListing {
  id: string; // lst_<ULID>
  slug: string;
  name: string; // ≤ 80
  tagline: string; // ≤ 120
  primary_category: ListingCategory;
  categories: ListingCategory[]; // ≤ 3, includes primary_category
  built_by: { type: 'first_party' | 'partner'; partner_id?: string };
  pricing: { model: 'free' | 'freemium' | 'paid' | 'contact_sales'; summary?: string };
  rating: { average: number; count: number } | null;
  install_count: number;
  status: 'published' | 'draft' | 'unlisted';
  published_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface SeedIntegration {
  partner_id: string;
  listing_id: string;
  role: 'builder' | 'implementer';
}

export interface SeedCatalog {
  partners: SeedPartner[];
  listings: SeedListing[];
  integrations: SeedIntegration[];
}

export interface SeedOptions {
  /** PRNG seed; the same seed and count always produce byte-identical output. */
  seed: number;
  /** Number of partners, 1–100,000. */
  partners: number;
}
