import { dealListQuery } from '../deal-list-query.js';
import { partnerGetQuery, partnerListQuery } from '../partner-list-query.js';
import type { QueryTable } from '../query.js';
import type { ProblemCode } from '../problem.js';
import type { SchemaName } from './components.js';

/** Credentials, as named in the OpenAPI `securitySchemes`. */
export type Credential = 'publishableKey' | 'secretKey' | 'partnerKey' | 'partnerSession';

/** What a credential must hold to call an operation. */
export const SCOPES = [
  'directory:read',
  'taxonomy:read',
  'contact_requests:write',
  'embed_sessions:write',
  'deals:read',
  'deals:write',
  'profile:read',
  'deals:admin',
] as const;
export type Scope = (typeof SCOPES)[number];

export interface Operation {
  readonly id: string;
  readonly method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI path template, `{name}` for path parameters. */
  readonly path: string;
  readonly summary: string;
  readonly description: string;
  readonly tag: string;
  /** Empty: the operation is public and needs no credential (logos). */
  readonly credentials: readonly Credential[];
  readonly scopes: readonly Scope[];
  readonly pathParams?: Readonly<Record<string, string>>;
  readonly query?: QueryTable;
  readonly idempotency?: 'required' | 'accepted';
  readonly requestBody?: SchemaName;
  readonly response: { readonly status: 200 | 201 | 204; readonly schema: SchemaName | 'svg' | 'none' };
  /** Supports `If-None-Match` and answers `304` when the representation is unchanged. */
  readonly conditional?: boolean;
  readonly localized?: boolean;
  readonly problems: readonly ProblemCode[];
}

const authProblems = [
  'unauthenticated',
  'origin_not_allowed',
  'secret_key_in_browser',
  'insufficient_scope',
  'rate_limited',
] as const;
const idOrSlug = { id_or_slug: 'A partner id (`ptr_…`) or slug.' };

/** Every operation of API v1 that this contract covers. The server serves exactly these. */
export const operations = [
  {
    id: 'listPartners',
    method: 'get',
    path: '/v1/partners',
    summary: 'Search and filter listed partners',
    description:
      'Full-text search, filters, disjunctive facet counts, sort and cursor pagination over listed, active partners.',
    tag: 'Directory',
    credentials: ['publishableKey', 'secretKey'],
    scopes: ['directory:read'],
    query: partnerListQuery,
    response: { status: 200, schema: 'PartnerList' },
    conditional: true,
    localized: true,
    problems: ['invalid_request', 'invalid_cursor', ...authProblems],
  },
  {
    id: 'getPartner',
    method: 'get',
    path: '/v1/partners/{id_or_slug}',
    summary: 'Retrieve a partner profile',
    description: 'The full public profile of one listed partner, by id or slug.',
    tag: 'Directory',
    credentials: ['publishableKey', 'secretKey'],
    scopes: ['directory:read'],
    pathParams: idOrSlug,
    query: partnerGetQuery,
    response: { status: 200, schema: 'Partner' },
    conditional: true,
    problems: ['invalid_request', 'not_found', ...authProblems],
  },
  {
    id: 'getPartnerIndex',
    method: 'get',
    path: '/v1/partner_index',
    summary: 'Download the slim directory index',
    description:
      'Every listed partner in the compact form a directory searches and facets on the client. Revalidate with `If-None-Match`; an unchanged index answers `304`.',
    tag: 'Directory',
    credentials: ['publishableKey', 'secretKey'],
    scopes: ['directory:read'],
    response: { status: 200, schema: 'PartnerIndex' },
    conditional: true,
    problems: [...authProblems],
  },
  {
    id: 'getTaxonomy',
    method: 'get',
    path: '/v1/taxonomy',
    summary: 'Retrieve the program’s vocabularies',
    description:
      'Partner types, tiers with rank, regions, industries, expertise, certifications, languages and countries with labels in the language chosen by `Accept-Language`.',
    tag: 'Directory',
    credentials: ['publishableKey', 'secretKey'],
    scopes: ['taxonomy:read'],
    response: { status: 200, schema: 'Taxonomy' },
    conditional: true,
    localized: true,
    problems: [...authProblems],
  },
  {
    id: 'createContactRequest',
    method: 'post',
    path: '/v1/partners/{id_or_slug}/contact_requests',
    summary: 'Ask a partner to get in touch',
    description:
      'Records a visitor’s request to be contacted by a partner (a lead). Requires an `Idempotency-Key`; rate limited per visitor.',
    tag: 'Directory',
    credentials: ['publishableKey', 'secretKey'],
    scopes: ['contact_requests:write'],
    pathParams: idOrSlug,
    idempotency: 'required',
    requestBody: 'ContactRequestCreate',
    response: { status: 201, schema: 'ContactRequest' },
    problems: [
      'invalid_request',
      'idempotency_key_missing',
      'idempotency_key_reused',
      'idempotency_request_in_progress',
      'not_found',
      'payload_too_large',
      'unsupported_media_type',
      'validation_failed',
      ...authProblems,
    ],
  },
  {
    id: 'createEmbedSession',
    method: 'post',
    path: '/v1/embed_sessions',
    summary: 'Mint a partner session for an embedded widget',
    description:
      'From the platform’s backend (secret key) or a partner’s own portal backend (partner key, `sk_partner_…`, for that partner only): a short-lived `ps_…` client secret with chosen scopes, bound to the origins it may be used from. Hand the secret to the widget through its `fetchSession` callback; never store it. Not idempotent (a replay would have to keep the secret): minting twice makes two sessions.',
    tag: 'Sessions',
    credentials: ['secretKey', 'partnerKey'],
    scopes: ['embed_sessions:write'],
    requestBody: 'EmbedSessionCreate',
    response: { status: 201, schema: 'EmbedSession' },
    problems: [
      'invalid_request',
      'not_found',
      'payload_too_large',
      'unsupported_media_type',
      'validation_failed',
      ...authProblems,
    ],
  },
  {
    id: 'revokeEmbedSession',
    method: 'delete',
    path: '/v1/embed_sessions/{session_id}',
    summary: 'Revoke an embed session',
    description:
      'Ends a session at once (e.g. when the partner user signs out); requests with its secret answer `401`. Idempotent.',
    tag: 'Sessions',
    credentials: ['secretKey', 'partnerKey'],
    scopes: ['embed_sessions:write'],
    pathParams: { session_id: 'The session’s id (`ses_…`).' },
    response: { status: 200, schema: 'EmbedSession' },
    problems: ['not_found', ...authProblems],
  },
  {
    id: 'getMe',
    method: 'get',
    path: '/v1/me',
    summary: 'Describe the credential of the request',
    description:
      'What kind of credential this is, its scopes, and for a partner session the partner, the user and the expiry: widgets use it to decide what to show.',
    tag: 'Sessions',
    credentials: ['publishableKey', 'secretKey', 'partnerKey', 'partnerSession'],
    scopes: [],
    response: { status: 200, schema: 'Me' },
    problems: ['session_expired', ...authProblems],
  },
  {
    id: 'createDealRegistration',
    method: 'post',
    path: '/v1/deal_registrations',
    summary: 'Register a deal',
    description:
      'A partner registers an opportunity through a partner session: a `draft`, or `submitted` at once with `submit: true`. The partner comes from the session, never from the body. Validated with the contract schema and the program’s form rules (domain unless `no_website`, accepted currencies, stages, products, close date from today to 18 months ahead). Requires an `Idempotency-Key`.',
    tag: 'Deal registration',
    credentials: ['partnerSession'],
    scopes: ['deals:write'],
    idempotency: 'required',
    requestBody: 'DealRegistrationCreate',
    response: { status: 201, schema: 'DealRegistration' },
    problems: [
      'invalid_request',
      'idempotency_key_missing',
      'idempotency_key_reused',
      'idempotency_request_in_progress',
      'payload_too_large',
      'unsupported_media_type',
      'validation_failed',
      'session_expired',
      ...authProblems,
    ],
  },
  {
    id: 'getDealRegistrationForm',
    method: 'get',
    path: '/v1/deal_registration_form',
    summary: 'Describe the deal registration form',
    description:
      'The fields the form shows and what they accept: standard fields with required flags and limits, the program’s custom fields (text, number, select, multi-select, date, checkbox; required flags, options, bounds), currencies with their minor-unit exponents, stages, products, deal types, the close-date window and the protection settings.',
    tag: 'Deal registration',
    credentials: ['partnerSession', 'secretKey'],
    scopes: ['deals:read'],
    response: { status: 200, schema: 'DealRegistrationForm' },
    problems: ['session_expired', ...authProblems],
  },
  {
    id: 'checkDealRegistration',
    method: 'post',
    path: '/v1/deal_registrations/check',
    summary: 'Pre-check a customer for duplicates and conflicts',
    description:
      'While a partner types: whether registering this customer would be refused (`duplicate`: the partner’s own live registration, with `existing_id`), conflict with another partner’s protected registration or the platform’s own accounts (`conflict`), or match another partner’s pending one (`possible_duplicate`). Only the kind of match is told, never whose; rate limited (30 a minute per partner user) against enumeration.',
    tag: 'Deal registration',
    credentials: ['partnerSession'],
    scopes: ['deals:write'],
    requestBody: 'DealCheckRequest',
    response: { status: 200, schema: 'DealCheckResult' },
    problems: [
      'invalid_request',
      'unsupported_media_type',
      'validation_failed',
      'session_expired',
      ...authProblems,
    ],
  },
  {
    id: 'upsertProtectedAccounts',
    method: 'put',
    path: '/v1/protected_accounts',
    summary: 'Upsert the platform’s protected accounts',
    description:
      'The platform’s existing customers and open opportunities, by domain (rule D3): registrations of them are flagged as conflicts. Up to 1,000 per call; domains are reduced to their registrable domain.',
    tag: 'Deal registration',
    credentials: ['secretKey'],
    scopes: ['deals:admin'],
    requestBody: 'ProtectedAccountsUpsert',
    response: { status: 200, schema: 'ProtectedAccountsResult' },
    problems: ['invalid_request', 'unsupported_media_type', 'validation_failed', ...authProblems],
  },
  {
    id: 'listDealRegistrations',
    method: 'get',
    path: '/v1/deal_registrations',
    summary: 'List deal registrations',
    description:
      'A partner session sees its partner’s registrations only; the secret key sees every partner’s. Filters (AND across parameters): `status` (repeatable or comma list, OR), `stage`, `q` (case-insensitive substring of company, contact name or email, or number), creation dates and protection expiry. Sorts: `-created_at` (default), `expected_close_date`, `-amount`, `protection_expires_at`. Keyset pagination: pass `next_cursor` back as `cursor` with the same filters and sort (other filters: `400 invalid_cursor`). `total_count` is the exact number of matches across pages.',
    tag: 'Deal registration',
    credentials: ['partnerSession', 'secretKey'],
    scopes: ['deals:read'],
    query: dealListQuery,
    response: { status: 200, schema: 'DealRegistrationList' },
    problems: ['invalid_request', 'invalid_cursor', 'session_expired', ...authProblems],
  },
  {
    id: 'getDealRegistration',
    method: 'get',
    path: '/v1/deal_registrations/{id}',
    summary: 'Retrieve a deal registration',
    description:
      'With `allowed_actions` for the caller. Another partner’s registration answers `404`, as an unknown id does.',
    tag: 'Deal registration',
    credentials: ['partnerSession', 'secretKey'],
    scopes: ['deals:read'],
    pathParams: { id: 'The registration’s id (`dreg_…`).' },
    response: { status: 200, schema: 'DealRegistration' },
    problems: ['not_found', 'session_expired', ...authProblems],
  },
  {
    id: 'getDealRegistrationHistory',
    method: 'get',
    path: '/v1/deal_registrations/{id}/history',
    summary: 'A registration’s history',
    description:
      'Every change of a registration, oldest first: who acted (`partner`, `platform`, `system`), the action, the status before and after, and a message. A partner sees the platform’s messages addressed to it (rejection, cancellation, information requests, extensions) but not an approval’s override reason, which may name other partners. Another partner’s registration answers `404`, as an unknown id does.',
    tag: 'Deal registration',
    credentials: ['partnerSession', 'secretKey'],
    scopes: ['deals:read'],
    pathParams: { id: 'The registration’s id (`dreg_…`).' },
    response: { status: 200, schema: 'DealRegistrationHistory' },
    problems: ['not_found', 'session_expired', ...authProblems],
  },
  {
    id: 'updateDealRegistration',
    method: 'patch',
    path: '/v1/deal_registrations/{id}',
    summary: 'Edit a registration',
    description:
      'A partner edits a `draft` or a `needs_info` registration; once `approved`, only `stage` and `notes`. Each top-level section sent (`customer`, `contact`, `opportunity`, `stage`, `notes`, `custom_fields`) replaces the stored one, and the result is validated as a create is. `If-Match` with the `ETag` you edited is required (`428` without, `412` when the registration changed since).',
    tag: 'Deal registration',
    credentials: ['partnerSession'],
    scopes: ['deals:write'],
    pathParams: { id: 'The registration’s id (`dreg_…`).' },
    idempotency: 'accepted',
    requestBody: 'DealRegistrationPatch',
    response: { status: 200, schema: 'DealRegistration' },
    problems: [
      'invalid_state_transition',
      'precondition_required',
      'precondition_failed',
      'not_found',
      'validation_failed',
      'unsupported_media_type',
      'session_expired',
      ...authProblems,
    ],
  },
  {
    id: 'deleteDealRegistration',
    method: 'delete',
    path: '/v1/deal_registrations/{id}',
    summary: 'Delete a draft',
    description: 'A partner deletes its own draft (any other status: `409 invalid_state_transition`).',
    tag: 'Deal registration',
    credentials: ['partnerSession'],
    scopes: ['deals:write'],
    pathParams: { id: 'The registration’s id (`dreg_…`).' },
    response: { status: 204, schema: 'none' },
    problems: ['invalid_state_transition', 'not_found', 'session_expired', ...authProblems],
  },
  {
    id: 'actOnDealRegistration',
    method: 'post',
    path: '/v1/deal_registrations/{id}/{action}',
    summary: 'Change a registration’s status',
    description:
      'Partner actions (session): `submit`, `withdraw` (`{reason?}`). Platform actions (secret key): `start_review`, `approve` (`{message?}`; sets the protection period), `reject` and `cancel` (`{reason_code, message?}`), `request_info` (`{message}`), `extend` (`{days?}`, 1–90, within the allowed extensions), `close` (`{outcome: won|lost, lost_reason?}`). Anything the lifecycle does not allow now is `409 invalid_state_transition` with `allowed_actions`. Requires an `Idempotency-Key`.',
    tag: 'Deal registration',
    credentials: ['partnerSession', 'secretKey'],
    scopes: ['deals:write'],
    pathParams: {
      id: 'The registration’s id (`dreg_…`).',
      action: 'One of submit, withdraw, start_review, approve, reject, request_info, extend, close, cancel.',
    },
    idempotency: 'required',
    response: { status: 200, schema: 'DealRegistration' },
    problems: [
      'invalid_state_transition',
      'resubmission_limit_reached',
      'idempotency_key_missing',
      'idempotency_key_reused',
      'idempotency_request_in_progress',
      'not_found',
      'validation_failed',
      'session_expired',
      ...authProblems,
    ],
  },
  {
    id: 'getPartnerLogo',
    method: 'get',
    path: '/logos/{partner_id}.svg',
    summary: 'A partner’s generated monogram logo',
    description:
      'Public (no credential: `<img>` cannot send one). SVG with no scripts, served with a restrictive CSP.',
    tag: 'Assets',
    credentials: [],
    scopes: [],
    pathParams: { partner_id: 'The partner’s id (`ptr_…`), as in `logo.url`.' },
    response: { status: 200, schema: 'svg' },
    conditional: true,
    problems: ['not_found'],
  },
] as const satisfies readonly Operation[];

export type OperationId = (typeof operations)[number]['id'];
