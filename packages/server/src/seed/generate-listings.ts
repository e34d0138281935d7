import type { ListingCategory } from '@flywheel/contract';
import type { SeedListing, SeedPartner } from './catalog-types.js';
import {
  COMMUNITY_BUILDER_SHARE,
  EXTRA_CATEGORY_COUNT_SHARES,
  FIRST_PARTY_LISTINGS_PER_PARTNER,
  INSTALL_COUNT_MAX,
  INSTALL_COUNT_MEDIAN,
  INSTALL_COUNT_SIGMA,
  JOINED_WINDOW_YEARS,
  LISTING_CATEGORY_WEIGHTS,
  LISTINGS_PER_APP_PARTNER,
  NON_PUBLISHED_LISTINGS_PER_PARTNER,
  PRICING_MODEL_SHARES,
  PRICING_SUMMARY_SHARE,
  RATED_SHARE,
} from './distributions.js';
import { GOLDEN_PARTNERS } from './golden-partners.js';
import { ListingNameFactory, listingTagline, pricingSummary } from './listing-text.js';
import { leadWord } from './names.js';
import { Prng, weightedTable } from './prng.js';
import { randomRating } from './ratings.js';
import { DAY_MS, SEED_NOW_MS, YEAR_MS, isoAt } from './seed-clock.js';
import { seedId } from './seed-ids.js';
import { SlugRegistry } from './slugs.js';

const MAX_LISTINGS_PER_APP_PARTNER = 3;
const MAX_DAYS_TO_PUBLISH = 45;

const categoryTable = weightedTable(LISTING_CATEGORY_WEIGHTS);
const extraCategoryCountTable = weightedTable(EXTRA_CATEGORY_COUNT_SHARES);
const pricingTable = weightedTable(PRICING_MODEL_SHARES);
const appListingCountTable = weightedTable(LISTINGS_PER_APP_PARTNER);
const goldenListingCounts = new Map(GOLDEN_PARTNERS.map((spec) => [spec.slug, spec.listingCount ?? 0]));

type ListingStatus = SeedListing['status'];

/**
 * Marketplace listings at api-v1 §2.8 proportions: ≈ 40 first-party and ≈ 410 partner-built
 * published listings per 1,500 partners, plus ≈ 30 drafts or unlisted ones.
 */
export function generateListings(seed: number, partners: readonly SeedPartner[]): SeedListing[] {
  const rng = new Prng(seed, 'listings');
  const names = new ListingNameFactory(rng);
  const slugs = new SlugRegistry();
  const listings: SeedListing[] = [];
  const builtCount = new Map<SeedPartner, number>();

  const addListing = (builder: SeedPartner | null, status: ListingStatus): void => {
    const category = rng.weighted(categoryTable);
    const name = builder ? names.partnerBuilt(category, leadWord(builder.name)) : names.firstParty(category);
    const earliestMs = builder ? Date.parse(builder.joined_at) : SEED_NOW_MS - JOINED_WINDOW_YEARS * YEAR_MS;
    listings.push(listingRecord(rng, { name, category, builder, status, earliestMs, slugs }));
    if (builder) builtCount.set(builder, (builtCount.get(builder) ?? 0) + 1);
  };

  const firstPartyCount = Math.max(1, Math.round(partners.length * FIRST_PARTY_LISTINGS_PER_PARTNER));
  for (let i = 0; i < firstPartyCount; i++) addListing(null, 'published');

  for (const partner of partners) {
    const count = plannedListingCount(rng, partner);
    // A partner hidden from the directory cannot have public listings either.
    const status: ListingStatus = partner.status === 'active' && partner.listed ? 'published' : 'unlisted';
    for (let i = 0; i < count; i++) addListing(partner, status);
  }

  // Top up the non-published share with drafts, mostly in progress at App Partners with room for one more.
  // Hidden builders alone nearly fill the share with `unlisted`, so a quarter is kept for drafts.
  const nonPublishedTarget = Math.round(partners.length * NON_PUBLISHED_LISTINGS_PER_PARTNER);
  const nonPublished = listings.filter((listing) => listing.status !== 'published').length;
  const draftsWanted = Math.max(nonPublishedTarget - nonPublished, Math.round(nonPublishedTarget / 4));
  if (draftsWanted > 0) {
    const draftBuilders = partners.filter(
      (partner) =>
        partner.type === 'app_partner' &&
        partner.status === 'active' &&
        !goldenListingCounts.has(partner.slug) &&
        (builtCount.get(partner) ?? 0) < MAX_LISTINGS_PER_APP_PARTNER,
    );
    const fromPartners = rng.sample(draftBuilders, Math.round(draftsWanted * 0.8));
    for (const builder of fromPartners) addListing(builder, 'draft');
    for (let i = fromPartners.length; i < draftsWanted; i++) addListing(null, 'draft');
  }
  return listings;
}

function plannedListingCount(rng: Prng, partner: SeedPartner): number {
  const golden = goldenListingCounts.get(partner.slug);
  if (golden !== undefined) return golden;
  if (partner.type === 'app_partner') return rng.weighted(appListingCountTable);
  if (partner.type === 'community_developer') return rng.chance(COMMUNITY_BUILDER_SHARE) ? 1 : 0;
  return 0;
}

interface ListingPlan {
  name: string;
  category: ListingCategory;
  builder: SeedPartner | null;
  status: ListingStatus;
  earliestMs: number;
  slugs: SlugRegistry;
}

function listingRecord(rng: Prng, plan: ListingPlan): SeedListing {
  const { name, category, builder, status, earliestMs } = plan;
  // Leave room after creation for review and publishing before SEED_NOW.
  const createdMs = Math.floor(earliestMs + rng.float() * 0.9 * (SEED_NOW_MS - earliestMs));
  const publishedMs =
    status === 'draft'
      ? null
      : createdMs + Math.floor(rng.float() * Math.min(MAX_DAYS_TO_PUBLISH * DAY_MS, SEED_NOW_MS - createdMs));
  const lastChangeMs = publishedMs ?? createdMs;
  const updatedMs = lastChangeMs + Math.floor(rng.float() * (SEED_NOW_MS - lastChangeMs));
  const model = rng.weighted(pricingTable);
  const everPublished = status !== 'draft';
  return {
    id: seedId('lst', createdMs, rng),
    slug: plan.slugs.claim(name, `listing-${category}`),
    name,
    tagline: listingTagline(rng, category),
    primary_category: category,
    categories: listingCategories(rng, category),
    built_by: builder ? { type: 'partner', partner_id: builder.id } : { type: 'first_party' },
    pricing: rng.chance(PRICING_SUMMARY_SHARE) ? { model, summary: pricingSummary(rng, model) } : { model },
    rating: everPublished && rng.chance(RATED_SHARE) ? randomRating(rng) : null,
    install_count: everPublished ? installCount(rng) : 0,
    status,
    published_at: publishedMs === null ? null : isoAt(publishedMs),
    created_at: isoAt(createdMs),
    updated_at: isoAt(updatedMs),
  };
}

function listingCategories(rng: Prng, primary: ListingCategory): ListingCategory[] {
  const extra = rng.weighted(extraCategoryCountTable);
  if (extra === 0) return [primary];
  const others = rng.weightedSample(categoryTable, extra + 1).filter((category) => category !== primary);
  return [primary, ...others.slice(0, extra)];
}

/** Truncated rather than clamped at the max, so no pile of listings sits at exactly 50,000. */
function installCount(rng: Prng): number {
  for (;;) {
    const value = Math.round(rng.lognormal(INSTALL_COUNT_MEDIAN, INSTALL_COUNT_SIGMA));
    if (value <= INSTALL_COUNT_MAX) return value;
  }
}
