import type { ListingCategory } from '@flywheel/contract';
import type { PricingModel } from './distributions.js';
import type { Prng } from './prng.js';
import { flatten } from './flat-string.js';

/** Marketplace listing names (≤ 80), taglines (≤ 120) and pricing summaries (≤ 120). */

export const MAX_LISTING_NAME_LENGTH = 80;

const PRODUCT_NOUNS: Readonly<Record<ListingCategory, readonly string[]>> = {
  crm: ['Sync', 'Contact Sync', 'Deal Bridge', 'Record Mirror', 'Pipeline Connector', 'Account Sync'],
  marketing_automation: ['Campaign Bridge', 'Forms', 'Journeys', 'Lead Capture', 'Audience Sync', 'Nurture'],
  sales_enablement: ['Playbooks', 'Sequences', 'Deal Rooms', 'Call Notes', 'Quote Builder', 'Proposals'],
  customer_support: ['Helpdesk Bridge', 'Ticket Sync', 'Support Inbox', 'Case Router', 'Feedback'],
  analytics_bi: ['Dashboards', 'Reports', 'Attribution', 'Metrics Export', 'Insights', 'Warehouse Sync'],
  finance_billing: ['Invoicing', 'Billing Sync', 'Payments Bridge', 'Revenue Ledger', 'Subscriptions'],
  ecommerce: ['Store Sync', 'Order Bridge', 'Cart Recovery', 'Catalog Connector', 'Storefront'],
  communication: ['Inbox', 'Chat Connector', 'SMS', 'Calls', 'Meeting Notes', 'Team Alerts', 'Video Rooms'],
  productivity: ['Tasks', 'Calendar Sync', 'Docs Connector', 'Approvals', 'Scheduler'],
  data_enrichment: ['Enrich', 'Firmographics', 'Email Finder', 'Company Profiles', 'Data Cleanse'],
  security: ['Access Audit', 'SSO Bridge', 'Permissions Monitor', 'Consent Manager'],
  developer_tools: ['Webhooks Console', 'API Explorer', 'CLI', 'Sandbox Sync', 'Event Stream'],
};

/** Title-case category words for names ("… for CRM"), separate from the sentence-case prose. */
const CATEGORY_TITLE: Readonly<Record<ListingCategory, string>> = {
  crm: 'CRM',
  marketing_automation: 'Marketing',
  sales_enablement: 'Sales',
  customer_support: 'Support',
  analytics_bi: 'Analytics',
  finance_billing: 'Billing',
  ecommerce: 'Commerce',
  communication: 'Messaging',
  productivity: 'Workspaces',
  data_enrichment: 'Enrichment',
  security: 'Security',
  developer_tools: 'Developers',
};

const FIRST_PARTY_MODIFIERS: readonly string[] = [
  'Native',
  'Core',
  'Essential',
  'Built-in',
  'Standard',
  'Instant',
  'Unified',
  'Live',
  'Classic',
  'Connected',
];

const DISAMBIGUATORS: readonly string[] = ['Pro', 'Plus', 'Connect', 'Lite', 'Suite', 'Hub', 'Express'];

/** Hands out unique listing names; collisions get an edition word, then a number. */
export class ListingNameFactory {
  private readonly taken = new Set<string>();

  constructor(private readonly rng: Prng) {}

  firstParty(category: ListingCategory): string {
    const { rng } = this;
    const noun = rng.pick(PRODUCT_NOUNS[category]);
    const roll = rng.float();
    const base =
      roll < 0.5
        ? `${rng.pick(FIRST_PARTY_MODIFIERS)} ${noun}`
        : roll < 0.8
          ? `${noun} for ${CATEGORY_TITLE[category]}`
          : `${rng.pick(FIRST_PARTY_MODIFIERS)} ${noun} for ${CATEGORY_TITLE[category]}`;
    return this.unique(base);
  }

  partnerBuilt(category: ListingCategory, brand: string): string {
    const { rng } = this;
    const noun = rng.pick(PRODUCT_NOUNS[category]);
    const roll = rng.float();
    const base =
      roll < 0.5
        ? `${brand} ${noun}`
        : roll < 0.8
          ? `${brand} ${noun} for ${CATEGORY_TITLE[category]}`
          : `${noun} by ${brand}`;
    return this.unique(base);
  }

  private unique(wanted: string): string {
    const base =
      wanted.length > MAX_LISTING_NAME_LENGTH - 10
        ? wanted.slice(0, MAX_LISTING_NAME_LENGTH - 10).trim()
        : wanted;
    if (this.claim(base)) return base;
    for (const word of this.rng.shuffle(DISAMBIGUATORS)) {
      if (this.claim(`${base} ${word}`)) return `${base} ${word}`;
    }
    for (let n = 2; ; n++) {
      if (this.claim(`${base} ${n}`)) return `${base} ${n}`;
    }
  }

  private claim(name: string): boolean {
    // Exact-match keys: generated names have fixed capitalization, so case variants cannot occur.
    if (this.taken.has(flatten(name))) return false;
    this.taken.add(name);
    return true;
  }
}

const TAGLINES: Readonly<Record<ListingCategory, readonly string[]>> = {
  crm: [
    'Two-way sync of contacts, companies and deals, with field mapping you control.',
    'Keep every customer record consistent across your CRM and the tools around it.',
    'Bring pipeline data into one place without spreadsheets or nightly exports.',
  ],
  marketing_automation: [
    'Turn form fills and events into nurture journeys that sales can see.',
    'Sync audiences and campaign results so marketing and sales share one funnel.',
    'Capture leads from any page and route them to the right owner in seconds.',
  ],
  sales_enablement: [
    'Playbooks, templates and call notes where reps already work.',
    'Build quotes and proposals from deal data in a couple of clicks.',
    'Help new reps ramp faster with guided sequences and shared best practice.',
  ],
  customer_support: [
    'See tickets next to the customer record and hand off cases without copy-paste.',
    'Route support conversations to the right team with rules you define.',
    'Close the loop between support, success and sales on every account.',
  ],
  analytics_bi: [
    'Dashboards and attribution reports built on live CRM data.',
    'Export clean metrics to your warehouse on a schedule you choose.',
    'Answer revenue questions without waiting on a data team.',
  ],
  finance_billing: [
    'Create invoices from closed deals and keep payment status on the account.',
    'Sync subscriptions and renewals so finance and sales see the same numbers.',
    'Reconcile billing data with the CRM automatically every night.',
  ],
  ecommerce: [
    'Sync orders, customers and carts from your storefront into the CRM.',
    'Recover abandoned carts with follow-ups triggered from order data.',
    'Keep product catalogs and customer profiles aligned across channels.',
  ],
  communication: [
    'Log messages, calls and meetings to the right record automatically.',
    'Get deal and ticket alerts in the channels your team already uses.',
    'Send texts and schedule calls without leaving the customer timeline.',
  ],
  productivity: [
    'Turn CRM activity into tasks, approvals and calendar events.',
    'Connect documents and schedules to the deals they belong to.',
    'Fewer tabs: the work around every customer, in one place.',
  ],
  data_enrichment: [
    'Fill in company and contact details automatically as records are created.',
    'Keep firmographic data fresh with scheduled re-enrichment.',
    'Find verified work emails and deduplicate records before they reach sales.',
  ],
  security: [
    'Audit who can see what, and get alerted when permissions drift.',
    'Single sign-on and access reviews for every connected app.',
    'Manage consent and data-retention rules across your customer data.',
  ],
  developer_tools: [
    'Inspect webhooks, replay events and debug integrations in a sandbox.',
    'Explore the API, generate snippets and test calls against sample data.',
    'Stream platform events to your own services with at-least-once delivery.',
  ],
};

export function listingTagline(rng: Prng, category: ListingCategory): string {
  return rng.pick(TAGLINES[category]);
}

export function pricingSummary(rng: Prng, model: PricingModel): string {
  switch (model) {
    case 'free':
      return rng.pick(['Free', 'Free for all accounts', 'Free, no credit card needed']);
    case 'freemium':
      return flatten(`Free plan; paid plans from $${rng.pick([9, 12, 19, 25, 29, 49])}/month`);
    case 'paid':
      return flatten(
        rng.chance(0.5)
          ? `From $${rng.pick([5, 8, 10, 15, 20, 30])} per user/month`
          : `14-day free trial, then from $${rng.pick([29, 49, 79, 99, 149, 299])}/month`,
      );
    case 'contact_sales':
      return rng.pick(['Custom pricing; contact sales', 'Annual contracts, priced per workspace']);
  }
}
