import * as z from 'zod/mini';
import { DEAL_STATUSES } from './deal-lifecycle.js';
import { DEAL_EVENT_ACTORS } from './deal-query-constants.js';
import { CountryCode, Currency, DateOnly, Key, PartnerId, Timestamp, prefixedId } from './primitives.js';

/** Trimmed, non-empty text of at most `max` characters, without NUL. */
function text(max: number) {
  return z.string().check(
    z.trim(),
    z.minLength(1, 'Required'),
    z.maxLength(max),
    // eslint-disable-next-line no-control-regex
    z.regex(/^[^\u0000]*$/, 'Contains a NUL character'),
  );
}

export const DealRegistrationId = prefixedId('dreg');

export const DEAL_TYPES = ['new_business', 'expansion', 'renewal'] as const;
export const DEAL_SOURCING = ['partner_sourced', 'partner_assisted'] as const;

/** A customer's web domain or URL as typed (`acme.com`, `https://www.acme.co.uk/about`); normalized by the server. */
export const CustomerDomain = z
  .string()
  .check(
    z.trim(),
    z.maxLength(253),
    z.regex(
      /^(?:https?:\/\/)?(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}\p{N}-]{2,63}(?::\d{1,5})?(?:[/?#].*)?$/u,
      'Expected a domain such as acme.com',
    ),
  );

const customerShape = {
  company_name: text(200),
  /** Required unless `no_website` is true. */
  domain: z.optional(CustomerDomain),
  no_website: z.optional(z.boolean()),
  country: CountryCode,
  industry: z.optional(Key),
};

const contactShape = {
  first_name: text(100),
  last_name: text(100),
  email: z.email().check(z.maxLength(254)),
  phone: z.optional(
    z.string().check(z.regex(/^\+[1-9]\d{6,14}$/, 'Expected an E.164 number such as +14155550100')),
  ),
  title: z.optional(text(120)),
};

/** Money of a deal: a positive integer of minor units (`amount: 1250000, currency: 'USD'` is $12,500.00). */
export const DealMoney = z.strictObject({
  amount: z.int().check(z.minimum(1, 'Must be more than zero'), z.maximum(Number.MAX_SAFE_INTEGER)),
  currency: Currency,
});

const opportunityShape = {
  name: z.optional(text(200)),
  amount: DealMoney,
  expected_close_date: DateOnly,
  deal_type: z.enum(DEAL_TYPES),
  products: z.array(Key).check(z.maxLength(20)),
  sourcing: z.enum(DEAL_SOURCING),
};

/** A custom field's value: text, number, checkbox, or the keys chosen in a multi-select. */
export const CustomFieldValue = z.union([
  z.string().check(z.maxLength(1000)),
  z.number(),
  z.boolean(),
  z.array(z.string().check(z.maxLength(200))).check(z.maxLength(50)),
]);

/**
 * The writable fields of a registration (`POST /v1/deal_registrations`). Strict: unknown fields are
 * refused. Rules that need the program's form or today's date (domain unless `no_website`, accepted
 * currencies, stages and products, custom fields, the close-date window) are in deal-rules.ts.
 */
export const DealRegistrationCreate = z.strictObject({
  customer: z.strictObject(customerShape),
  contact: z.strictObject(contactShape),
  opportunity: z.strictObject(opportunityShape),
  stage: z.optional(Key),
  notes: z.optional(z.string().check(z.maxLength(4000))),
  custom_fields: z.optional(z.record(Key, CustomFieldValue)),
  /** Submit at once instead of saving a draft. */
  submit: z.optional(z.boolean()),
});
export type DealRegistrationCreate = z.input<typeof DealRegistrationCreate>;

/** The partner's view of a duplicate check: what kind of match, never whose. */
export const DuplicateCheck = z.object({
  status: z.union([z.enum(['clear', 'possible_duplicate', 'conflict']), z.string()]),
  checked_at: Timestamp,
  /** Match types: `domain`, `company_name`, `contact_email`, `existing_customer`, `vendor_opportunity`. */
  reasons: z.array(z.string()),
  /** The platform's view only: which registrations matched. */
  matches: z.optional(
    z.array(
      z.object({
        match_type: z.string(),
        severity: z.string(),
        deal_registration_id: z.nullable(z.string()),
        partner_id: z.nullable(z.string()),
        status_of_match: z.nullable(z.string()),
        submitted_at: z.nullable(Timestamp),
      }),
    ),
  ),
});

/** `POST /v1/deal_registrations/check`: the customer a partner is about to register. */
export const DealCheckRequest = z.strictObject({
  company_name: text(200),
  country: CountryCode,
  domain: z.optional(CustomerDomain),
  contact_email: z.optional(z.email().check(z.maxLength(254))),
});
export type DealCheckRequest = z.input<typeof DealCheckRequest>;

/**
 * Its answer: only the kind of match, never another partner's data. `duplicate`: the partner's own
 * live registration (`existing_id`), which submitting would refuse.
 */
export const DealCheckResult = z.object({
  object: z.literal('deal_registration_check'),
  status: z.union([z.enum(['clear', 'possible_duplicate', 'conflict', 'duplicate']), z.string()]),
  reasons: z.array(z.string()),
  existing_id: z.nullable(z.string()),
});
export type DealCheckResult = z.infer<typeof DealCheckResult>;

export const DealRegistration = z.object({
  id: DealRegistrationId,
  object: z.literal('deal_registration'),
  number: z.string(),
  partner_id: PartnerId,
  submitted_by: z.object({
    external_id: z.string(),
    name: z.nullable(z.string()),
    email: z.nullable(z.string()),
  }),
  status: z.union([z.enum(DEAL_STATUSES), z.string()]),
  stage: z.nullable(z.object({ key: z.string(), label: z.string(), probability: z.number() })),
  customer: z.object({ ...customerShape, domain_normalized: z.nullable(z.string()) }),
  contact: z.object(contactShape),
  opportunity: z.object({ ...opportunityShape, amount: z.object({ amount: z.int(), currency: Currency }) }),
  notes: z.nullable(z.string()),
  custom_fields: z.record(z.string(), CustomFieldValue),
  duplicate_check: z.nullable(DuplicateCheck),
  protection: z.nullable(
    z.object({
      days: z.int(),
      starts_at: Timestamp,
      expires_at: Timestamp,
      extensions_used: z.int(),
      max_extensions: z.int(),
    }),
  ),
  decision: z.nullable(
    z.object({
      decided_at: Timestamp,
      reason_code: z.nullable(z.string()),
      /** The platform's words to the partner. */
      message: z.nullable(z.string()),
      /** The platform's view only: why a conflicting registration was approved anyway. */
      override_reason: z.optional(z.string()),
    }),
  ),
  info_request: z.nullable(z.object({ requested_at: Timestamp, message: z.string() })),
  resubmission_count: z.int(),
  close: z.nullable(
    z.object({ outcome: z.string(), closed_at: Timestamp, lost_reason: z.nullable(z.string()) }),
  ),
  allowed_actions: z.array(z.string()),
  created_at: Timestamp,
  updated_at: Timestamp,
  submitted_at: z.nullable(Timestamp),
  approved_at: z.nullable(Timestamp),
  closed_at: z.nullable(Timestamp),
  version: z.int(),
});
export type DealRegistration = z.infer<typeof DealRegistration>;

/**
 * `GET /v1/deal_registrations`: one page, with `next_cursor` for the next (same filters and sort) and
 * `total_count`, the exact number of registrations matching the filters across all pages.
 */
export const dealRegistrationList = z.object({
  object: z.literal('list'),
  data: z.array(DealRegistration),
  has_more: z.boolean(),
  next_cursor: z.nullable(z.string()),
  total_count: z.int().check(z.minimum(0)),
});
export type DealRegistrationList = z.infer<typeof dealRegistrationList>;

/**
 * One entry of a registration's history: who did what, and the status before and after (`null` when
 * there was none, as on create). A partner sees the platform's messages addressed to it (rejection,
 * cancellation, information requests, extensions), never an approval's override reason.
 */
export const DealRegistrationEvent = z.object({
  object: z.literal('deal_registration_event'),
  at: Timestamp,
  actor: z.union([z.enum(DEAL_EVENT_ACTORS), z.string()]),
  /** A lifecycle action (`submit`, `approve`, …), `create`, `create_and_submit`, `expire` or `seed`. */
  action: z.string(),
  /** A `DealStatus`, or `null`. */
  from_status: z.nullable(z.string()),
  /** A `DealStatus`, or `null`. */
  to_status: z.nullable(z.string()),
  message: z.nullable(z.string()),
});
export type DealRegistrationEvent = z.infer<typeof DealRegistrationEvent>;

/** `GET /v1/deal_registrations/{id}/history`: every entry, oldest first, in one page. */
export const dealRegistrationHistory = z.object({
  object: z.literal('list'),
  data: z.array(DealRegistrationEvent),
  has_more: z.boolean(),
  next_cursor: z.nullable(z.string()),
});
export type DealRegistrationHistory = z.infer<typeof dealRegistrationHistory>;

/** `PUT /v1/protected_accounts` (secret key): the platform's customers and open opportunities (rule D3). */
export const ProtectedAccountsUpsert = z.strictObject({
  accounts: z
    .array(
      z.strictObject({ domain: CustomerDomain, kind: z.enum(['existing_customer', 'vendor_opportunity']) }),
    )
    .check(z.minLength(1), z.maxLength(1000)),
});
export type ProtectedAccountsUpsert = z.input<typeof ProtectedAccountsUpsert>;

export const ProtectedAccountsResult = z.object({
  object: z.literal('protected_accounts'),
  upserted: z.int(),
});

/** `PATCH /v1/deal_registrations/{id}`: the sections to replace (validated again as a whole). */
export const DealRegistrationPatch = z.strictObject({
  customer: z.optional(z.strictObject(customerShape)),
  contact: z.optional(z.strictObject(contactShape)),
  opportunity: z.optional(z.strictObject(opportunityShape)),
  stage: z.optional(Key),
  notes: z.optional(z.string().check(z.maxLength(4000))),
  custom_fields: z.optional(z.record(Key, CustomFieldValue)),
});
export type DealRegistrationPatch = z.input<typeof DealRegistrationPatch>;
