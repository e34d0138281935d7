import type { SeedIntegration, SeedListing, SeedPartner } from './catalog-types.js';
import { IMPLEMENTER_COUNT_SHARES, SERVICES_TYPES } from './distributions.js';
import { GOLDEN_PARTNERS } from './golden-partners.js';
import { Prng, weightedTable } from './prng.js';

const implementerCountTable = weightedTable(IMPLEMENTER_COUNT_SHARES);
const slugsWithoutIntegrations = new Set(
  GOLDEN_PARTNERS.filter((spec) => spec.noIntegrations).map((spec) => spec.slug),
);

/**
 * Partner ↔ listing rows: a `builder` row for every partner-built listing, and 3–12 `implementer`
 * rows per services partner, to published listings, popular ones likelier. Rows are grouped by
 * partner in catalog order.
 */
export function generateIntegrations(
  seed: number,
  partners: readonly SeedPartner[],
  listings: readonly SeedListing[],
): SeedIntegration[] {
  const rng = new Prng(seed, 'integrations');
  const builtBy = new Map<string, SeedListing[]>();
  for (const listing of listings) {
    const builderId = listing.built_by.partner_id;
    if (builderId === undefined) continue;
    const built = builtBy.get(builderId);
    if (built) built.push(listing);
    else builtBy.set(builderId, [listing]);
  }

  const published = listings.filter((listing) => listing.status === 'published');
  // Square root keeps the 50,000-install listings popular without letting them take every pick.
  const popularity =
    published.length > 0
      ? weightedTable(
          published.map((listing): [SeedListing, number] => [listing, Math.sqrt(listing.install_count + 1)]),
        )
      : null;

  const rows: SeedIntegration[] = [];
  for (const partner of partners) {
    for (const listing of builtBy.get(partner.id) ?? []) {
      rows.push({ partner_id: partner.id, listing_id: listing.id, role: 'builder' });
    }
    if (!popularity || !SERVICES_TYPES.has(partner.type) || slugsWithoutIntegrations.has(partner.slug))
      continue;
    for (const listing of rng.weightedSample(popularity, rng.weighted(implementerCountTable))) {
      rows.push({ partner_id: partner.id, listing_id: listing.id, role: 'implementer' });
    }
  }
  return rows;
}
