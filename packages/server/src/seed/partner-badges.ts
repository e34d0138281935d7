import type { PartnerBadge } from '@flywheel/contract';
import type { SeedPartner } from './catalog-types.js';
import {
  FEATURED_PER_PARTNER,
  FEATURED_PLATINUM_SHARE,
  NEW_BADGE_DAYS,
  TOP_RATED_MIN_AVERAGE,
  TOP_RATED_MIN_COUNT,
} from './distributions.js';
import type { Prng } from './prng.js';
import { DAY_MS, SEED_NOW_MS } from './seed-clock.js';

/** ≈ 30 per 1,500 partners, and at least one in any catalog big enough to have a featured row. */
function featuredTarget(partnerCount: number): number {
  const scaled = Math.round(partnerCount * FEATURED_PER_PARTNER);
  return partnerCount >= 50 ? Math.max(1, scaled) : scaled;
}

/**
 * Marks featured partners among the generated ones (index ≥ `firstCandidate`; golden partners set
 * their own flag and count toward the target). Only active, listed partners qualify, since a featured
 * row must be publicly visible; most come from platinum, the rest from gold.
 */
export function selectFeatured(rng: Prng, partners: SeedPartner[], firstCandidate: number): void {
  const alreadyFeatured = partners.filter((partner) => partner.featured).length;
  const wanted = Math.max(0, featuredTarget(partners.length) - alreadyFeatured);
  if (wanted === 0) return;
  const visible = partners
    .slice(firstCandidate)
    .filter((partner) => partner.status === 'active' && partner.listed);
  const platinum = visible.filter((partner) => partner.tier === 'platinum');
  const gold = visible.filter((partner) => partner.tier === 'gold');
  const chosen = rng.sample(platinum, Math.round(wanted * FEATURED_PLATINUM_SHARE));
  chosen.push(...rng.sample(gold, wanted - chosen.length));
  if (chosen.length < wanted) {
    const taken = new Set(chosen);
    const rest = visible.filter((partner) => !taken.has(partner));
    chosen.push(...rng.sample(rest, wanted - chosen.length));
  }
  for (const partner of chosen) partner.featured = true;
}

/** Badges in PARTNER_BADGES order, derived from the partner's own fields. */
export function partnerBadges(partner: SeedPartner, verified: boolean, joinedMs: number): PartnerBadge[] {
  const badges: PartnerBadge[] = [];
  if (verified) badges.push('verified');
  if (partner.featured) badges.push('featured');
  if (SEED_NOW_MS - joinedMs < NEW_BADGE_DAYS * DAY_MS) badges.push('new');
  const { rating } = partner;
  if (rating && rating.average >= TOP_RATED_MIN_AVERAGE && rating.count >= TOP_RATED_MIN_COUNT) {
    badges.push('top_rated');
  }
  return badges;
}
