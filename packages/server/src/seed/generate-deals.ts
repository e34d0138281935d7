import type { DealRegistrationCreate, DealStatus } from '@flywheel/contract';
import { DAY_MS } from './seed-clock.js';

/** A seeded deal registration, ready to insert. */
export interface SeedDeal {
  readonly partnerSlug: string;
  readonly status: DealStatus;
  readonly data: Omit<DealRegistrationCreate, 'submit'>;
  readonly createdAt: string;
  readonly submittedAt: string | null;
  readonly approvedAt: string | null;
  readonly closedAt: string | null;
  readonly protection: object | null;
  readonly decision: object | null;
  readonly infoRequest: object | null;
  readonly close: object | null;
  readonly duplicateCheck: object | null;
}

/** The platform's own accounts (rule D3) the seed plants. */
export const SEED_PROTECTED_ACCOUNTS = [
  { domain: 'fabrikam-retail.example', kind: 'existing_customer' },
  { domain: 'tailspin-airlines.example', kind: 'vendor_opportunity' },
] as const;

const CUSTOMERS = [
  ['Contoso Manufacturing', 'contoso-manufacturing.example', 'US'],
  ['Woodgrove Bank', 'woodgrove-bank.example', 'GB'],
  ['Fabrikam Retail', 'fabrikam-retail.example', 'DE'],
  ['Tailspin Airlines', 'tailspin-airlines.example', 'FR'],
  ['Litware Logistics', 'litware.example', 'JP'],
  ['Adatum Health', 'adatum-health.example', 'BR'],
  ['Northwest Traders', 'nw-traders.example', 'KW'],
  ['Proseware Studios', 'proseware.example', 'AU'],
  ['Wide World Importers', 'wideworld.example', 'US'],
  ['Lucerne Publishing', 'lucerne-publishing.example', 'DE'],
] as const;
const CURRENCY_OF: Record<string, [string, number]> = {
  US: ['USD', 2],
  GB: ['GBP', 2],
  DE: ['EUR', 2],
  FR: ['EUR', 2],
  JP: ['JPY', 0],
  BR: ['BRL', 2],
  KW: ['KWD', 3],
  AU: ['AUD', 2],
};
/** Statuses each partner's registrations go through, in order (the first partner gets them all). */
const STATUSES: readonly DealStatus[] = [
  'approved',
  'submitted',
  'under_review',
  'needs_info',
  'draft',
  'won',
  'lost',
  'rejected',
  'withdrawn',
  'expired',
];

/**
 * Registrations for the golden partners across every status and several currencies (JPY without
 * decimals, KWD with three), with planted cases: one customer approved for the first partner and
 * registered again by the second (a D2 conflict), one of the platform's protected accounts registered
 * (D3), and one customer pending with two partners (D4). Dates are relative to `now`, so protection
 * periods are live in the demo ("expiring soon" included).
 */
export function generateDeals(partnerSlugs: readonly string[], now: Date): SeedDeal[] {
  const at = (days: number) => new Date(now.getTime() + days * DAY_MS).toISOString();
  const deals: SeedDeal[] = [];
  partnerSlugs.forEach((slug, p) => {
    const count = p === 0 ? STATUSES.length : 4;
    for (let i = 0; i < count; i++) {
      const status = STATUSES[(i + p) % STATUSES.length]!;
      const [name, domain, country] = CUSTOMERS[(i * 3 + p) % CUSTOMERS.length]!;
      const [currency, exponent] = CURRENCY_OF[country]!;
      const approvedDaysAgo = 80 - p * 7 - i; // some protection periods end within two weeks
      const approvedOn = ['approved', 'won', 'lost', 'expired'].includes(status)
        ? status === 'expired'
          ? -100
          : -approvedDaysAgo
        : undefined;
      // Created (and submitted the day after) before any approval: a history that reads in order.
      const created = Math.min(-40 + i * 2 + p, (approvedOn ?? 0) - 5);
      const submitted = status === 'draft' ? null : at(created + 1);
      const approvedAt = approvedOn === undefined ? null : at(approvedOn);
      const closedAt = status === 'won' || status === 'lost' ? at(-2) : null;
      const contactEmail = `buyer.${p}.${i}@${domain}`;
      deals.push({
        partnerSlug: slug,
        status,
        data: {
          customer: {
            company_name: `${name}${p > 1 ? ` ${p}` : ''}`,
            domain: `https://www.${domain}`,
            country,
          },
          contact: {
            first_name: 'Morgan',
            last_name: `Buyer ${p}${i}`,
            email: contactEmail,
            title: 'Head of Sales',
          },
          opportunity: {
            name: `${name} — ${['CRM rollout', 'Service desk', 'Analytics'][i % 3]!}`,
            amount: { amount: (25_000 + 7_500 * ((i + p) % 9)) * 10 ** exponent, currency },
            expected_close_date: at(30 + i * 20).slice(0, 10),
            deal_type: (['new_business', 'expansion', 'renewal'] as const)[i % 3]!,
            products: [(['crm_core', 'sales_hub', 'service_desk', 'analytics_suite'] as const)[(i + p) % 4]!],
            sourcing: i % 2 === 0 ? 'partner_sourced' : 'partner_assisted',
          },
          stage: (['qualification', 'discovery', 'proposal', 'negotiation', 'commit'] as const)[(i + p) % 5]!,
          notes:
            i % 2 === 0 ? 'Met the team at a regional event; budget confirmed for this year.' : undefined,
          custom_fields: {
            use_case: (['sales_automation', 'customer_service', 'analytics'] as const)[i % 3]!,
          },
        },
        createdAt: at(created),
        submittedAt: submitted,
        approvedAt,
        closedAt,
        protection: approvedAt
          ? {
              days: 90,
              starts_at: approvedAt,
              expires_at: new Date(Date.parse(approvedAt) + 90 * DAY_MS).toISOString(),
              extensions_used: 0,
              max_extensions: 1,
            }
          : null,
        decision:
          status === 'rejected'
            ? { decided_at: at(-5), reason_code: 'existing_customer', message: 'Already a direct customer.' }
            : approvedAt
              ? { decided_at: approvedAt, reason_code: null, message: null }
              : null,
        infoRequest:
          status === 'needs_info'
            ? { requested_at: at(-3), message: 'Please add the decision maker’s title.' }
            : null,
        close: closedAt
          ? {
              outcome: status,
              closed_at: closedAt,
              lost_reason: status === 'lost' ? 'Chose a competitor' : null,
            }
          : null,
        duplicateCheck: submitted ? { status: 'clear', checked_at: submitted, reasons: [] } : null,
      });
    }
  });
  return deals;
}
