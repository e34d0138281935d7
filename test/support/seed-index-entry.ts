import type { PartnerIndexEntry } from '@flywheel/contract';
import type { SeedPartner } from '@flywheel/server';

/** A generated seed partner as an entry of the slim directory index (what the server would serve). */
export function toIndexEntry(p: SeedPartner): PartnerIndexEntry {
  return {
    id: p.id,
    slug: p.slug,
    name: p.name,
    type: p.type,
    tier: p.tier,
    tier_rank: p.tier_rank,
    logo: p.has_logo ? { url: `https://cdn.example/logos/${p.id}.svg`, alt: p.name } : null,
    summary: p.summary,
    headquarters: p.headquarters,
    regions: p.regions,
    languages: p.languages,
    industries: p.industries,
    expertise: p.expertise,
    certifications: p.certifications.map((c) => c.key),
    badges: p.badges,
    rating: p.rating,
    featured: p.featured,
    joined_at: p.joined_at,
  };
}
