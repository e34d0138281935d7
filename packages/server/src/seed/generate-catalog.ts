import type { SeedCatalog, SeedOptions } from './catalog-types.js';
import { generateIntegrations } from './generate-integrations.js';
import { generateListings } from './generate-listings.js';
import { generatePartners } from './generate-partners.js';

export { SEED_NOW } from './seed-clock.js';

export const MIN_SEED_PARTNERS = 1;
export const MAX_SEED_PARTNERS = 100_000;

/**
 * The reference server's deterministic demo catalog (api-v1 §2.8): the same `{ seed, partners }`
 * always yields byte-identical JSON. Golden partners come first; partners, listings and
 * integrations draw from separate PRNG streams so each can evolve without reshuffling the others.
 */
export function generateCatalog(options: SeedOptions): SeedCatalog {
  const { seed, partners: count } = options;
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`);
  if (!Number.isInteger(count) || count < MIN_SEED_PARTNERS || count > MAX_SEED_PARTNERS) {
    throw new RangeError(
      `partners must be an integer from ${MIN_SEED_PARTNERS} to ${MAX_SEED_PARTNERS}, got ${count}`,
    );
  }
  const partners = generatePartners(seed, count);
  const listings = generateListings(seed, partners);
  const integrations = generateIntegrations(seed, partners, listings);
  return { partners, listings, integrations };
}
