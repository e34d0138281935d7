import type { DealRegistrationCreate } from '@flywheel/contract';
import { companyNameKey, isFreeMailDomain, normalizeCustomerDomain } from './customer-domain.js';
import type { DuplicateSubject } from './duplicate-rules.js';

/** What the duplicate rules compare of a registration, kept in columns beside its document. */
export interface DealMatchKeys {
  /** Registrable domain as typed (free-mail included); `null` without a website. */
  readonly domainNormalized: string | null;
  readonly nameKey: string;
  readonly country: string;
  readonly contactEmail: string;
}

export function dealMatchKeys(data: Pick<DealRegistrationCreate, 'customer' | 'contact'>): DealMatchKeys {
  const { customer, contact } = data;
  return {
    domainNormalized:
      customer.domain && !customer.no_website ? normalizeCustomerDomain(customer.domain) : null,
    nameKey: companyNameKey(customer.company_name),
    country: customer.country,
    contactEmail: contact.email.toLowerCase(),
  };
}

/** The domain the rules may match on: free-mail domains never match anything. */
export const matchingDomain = (keys: DealMatchKeys): string | null =>
  keys.domainNormalized !== null && !isFreeMailDomain(keys.domainNormalized) ? keys.domainNormalized : null;

/** What rules D1–D4 compare of a stored registration (never itself: `id`). */
export function duplicateSubject(
  id: string,
  partnerId: string,
  data: Pick<DealRegistrationCreate, 'customer' | 'contact'>,
): DuplicateSubject {
  const keys = dealMatchKeys(data);
  return {
    id,
    partnerId,
    domain: matchingDomain(keys),
    nameKey: keys.nameKey,
    country: keys.country,
    contactEmail: keys.contactEmail,
  };
}
