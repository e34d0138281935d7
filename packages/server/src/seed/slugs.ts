/** Slugs are `^[a-z0-9-]{3,64}$` and unique per program (api-v1 §2.1.1). */
export const SLUG_PATTERN = /^[a-z0-9-]{3,64}$/;

/**
 * Bases stop short of 64 so a `-NNNNN` collision suffix always fits, and so `<slug>.example` keeps a
 * DNS label within 63 characters.
 */
const MAX_BASE_LENGTH = 56;

const PLAIN_ASCII = /^[\x20-\x7e]*$/;

export function slugify(text: string): string {
  // Decomposing accents is only needed for non-ASCII names, and NFKD is the costly step at 100,000 names.
  const decomposed = PLAIN_ASCII.test(text) ? text : text.normalize('NFKD');
  const ascii = decomposed
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= MAX_BASE_LENGTH) return ascii;
  const cut = ascii.slice(0, MAX_BASE_LENGTH);
  const lastDash = cut.lastIndexOf('-');
  // Cut at a word boundary unless that would throw most of the slug away.
  return (lastDash >= 24 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
}

/** Hands out unique slugs, suffixing `-2`, `-3`… on collision. */
export class SlugRegistry {
  private readonly taken = new Set<string>();

  claim(text: string, fallback: string): string {
    let base = slugify(text);
    if (base.length < 3) base = slugify(fallback);
    if (base.length < 3) base = `${base}-x`.replace(/^-/, 'x-');
    let slug = base;
    for (let n = 2; this.taken.has(slug); n++) slug = `${base}-${n}`;
    this.taken.add(slug);
    return slug;
  }

  /** Reserves a hand-written slug, which must be well-formed and unused. */
  reserve(slug: string): string {
    if (!SLUG_PATTERN.test(slug) || slug.length > MAX_BASE_LENGTH + 6)
      throw new RangeError(`Bad slug ${slug}`);
    if (this.taken.has(slug)) throw new RangeError(`Duplicate slug ${slug}`);
    this.taken.add(slug);
    return slug;
  }
}
