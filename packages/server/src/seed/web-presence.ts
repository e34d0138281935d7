import { flatten } from './flat-string.js';

/** Websites and contact routes, always under the reserved `.example` TLD (RFC 2606). */

function partnerDomain(slug: string): string {
  return flatten(`${slug}.example`);
}

export function partnerWebsite(slug: string): string {
  return flatten(`https://${partnerDomain(slug)}`);
}

/**
 * api-v1 prefers a contact form over an email address; partners without a website can only be
 * reached by email.
 */
export function partnerContact(
  slug: string,
  hasWebsite: boolean,
  withEmail: boolean,
): { url?: string; email?: string } {
  const email = flatten(`partners@${partnerDomain(slug)}`);
  if (!hasWebsite) return { email };
  const url = flatten(`${partnerWebsite(slug)}/contact`);
  return withEmail ? { url, email } : { url };
}
