/**
 * A deterministic, in-memory partner API for the deal widgets' stories: a `fetch` that answers the
 * deal endpoints like the reference server, for one partner session, so `<fw-deal-form>` and
 * `<fw-deal-list>` render with no server.
 *
 * The data comes from the server's pure code, imported by relative path (importing `@flywheel/server`
 * would pull in PGlite and Hono): the form description is `dealRegistrationForm()`, the registrations
 * are `generateDeals()` output for the first golden partner (one in every status, in USD, EUR, GBP,
 * JPY, KWD, BRL and AUD) shown through `dealView()`. Dates are relative to the real time at which the
 * story renders (the widgets compare them with `Date.now()`), so "expiring soon" and "in 10 days"
 * read the same on any day; only the calendar dates move.
 */
import {
  DealCheckRequest,
  DealRegistrationCreate,
  DealRegistrationPatch,
  dealRuleErrors,
  fieldErrorsFrom,
  allowedDealActions,
  type DealCheckResult,
  type DealRegistration,
  type DealRegistrationEvent,
  type DealRegistrationForm,
  type DealRegistrationHistory,
  type DealRegistrationList,
  type DealStatus,
  type FieldError,
  type Me,
} from '@flywheel/contract';
import { createClient, type FlywheelClient } from '@flywheel/sdk';
import { DEAL_FORM_RULES, dealRegistrationForm } from '../../packages/server/src/deals/deal-program.js';
import { dealContext, dealView, type DealRow } from '../../packages/server/src/deals/deal-row.js';
import {
  SEED_PROTECTED_ACCOUNTS,
  generateDeals,
  type SeedDeal,
} from '../../packages/server/src/seed/generate-deals.js';
import { DAY_MS, MINUTE_MS, SEED_NOW_MS } from '../../packages/server/src/seed/seed-clock.js';
import { encodeUlid } from '../../packages/server/src/seed/ulid.js';
import {
  STORY_API_BASE,
  json,
  problem,
  recordingFetch,
  storyPartner,
  type StoryRequest,
} from './story-api.js';

/** The reference server's demo program (seed-database.ts `DEMO_PROGRAM`). */
export const STORY_PROGRAM_ID = 'prog_01JX0000000000000000000DEM';
/** The partner the session acts for: the first golden partner, which the seed gives every status. */
export const STORY_DEAL_PARTNER = 'northwind-revenue-labs';
/** The partner user of the session (`GET /v1/me` → `partner_user.external_id`). */
export const STORY_USER_ID = 'story-user';
/** The session's client secret, as the host's backend would mint it. */
export const STORY_SESSION_SECRET = `ps_test_${'stories'.padEnd(32, '0')}`;
/** What the withdrawn registration's partner gave as the reason. */
export const STORY_WITHDRAW_REASON = 'The customer postponed the project to next year.';

/** How every request fails: `network` rejects like an unreachable host; the others answer a problem. */
export type DealStoryFailure = 'network' | 'server' | 'unauthorized';
/** How `POST /v1/deal_registrations` answers. */
export type DealSubmitMode = 'created' | 'field-errors' | 'duplicate';
/** What the customer pre-check answers (by default: what the seeded data says). */
export type DealCheckMode = 'clear' | 'possible_duplicate' | 'conflict' | 'duplicate';

export interface DealStoryApiOptions {
  /** Milliseconds before each answer; `'forever'` never answers (holds loading states). */
  delay?: number | 'forever';
  /** Every request fails this way. */
  failure?: DealStoryFailure;
  /** How registering answers. Default `created`. */
  submit?: DealSubmitMode;
  /** Forces the pre-check's answer; by default it checks the partner's registrations and protected accounts. */
  check?: DealCheckMode;
  /**
   * `expired`: the session ran out and cannot be renewed — every request answers `401
   * session_expired`, and `fetchSession` rejects after its first session (the portal's sign-in ended).
   */
  session?: 'active' | 'expired';
  /** A partner without registrations. */
  empty?: boolean;
  /** The client's locale (sent as `Accept-Language`). */
  locale?: string;
  /** The instant the data is relative to; default: now. */
  now?: number;
}

export interface DealStoryApi {
  /** A partner-session client on the story fetch, as a partner portal would make one. */
  readonly client: FlywheelClient;
  readonly fetch: typeof fetch;
  /** Every request the client made, in order. */
  readonly requests: StoryRequest[];
  /** Every `fw-*` event the widgets sent (filled by the story decorator's provider). */
  readonly events: Event[];
  /** `GET /v1/deal_registration_form`. */
  readonly form: DealRegistrationForm;
  /** `GET /v1/me`. */
  readonly me: Me;
  /** How often the client asked the portal for a session. */
  readonly sessionFetches: number;
  /** The partner's registrations as they are now, newest first. */
  registrations(): DealRegistration[];
  /** The partner's registration in `status` (the seed has one in each). */
  withStatus(status: DealStatus): DealRegistration;
  /** The localStorage key of the deal form's draft for this session (see deal-draft-store.ts). */
  draftKey(registrationId?: string): string;
  /** Changes how later requests fail (`undefined`: they succeed again). */
  setFailure(failure: DealStoryFailure | undefined): void;
}

interface StoredDeal {
  row: DealRow;
  history: DealRegistrationEvent[];
}

const iso = (ms: number) => new Date(ms).toISOString();
const LIVE: readonly string[] = ['draft', 'submitted', 'under_review', 'needs_info', 'approved'];
const DRAFT_PREFIX = 'flywheel:deal-draft:v1:';

/** A registration id that does not depend on the day the story runs (the seed's `index`-th). */
const dealId = (index: number) => `dreg_${encodeUlid(SEED_NOW_MS, new Uint8Array(10).fill(index + 1))}`;

/** The ids of the seeded registrations by status (stable, for `registration-id` and assertions). */
export const STORY_DEAL_IDS = Object.fromEntries(
  generateDeals([STORY_DEAL_PARTNER], new Date(SEED_NOW_MS)).map((deal, index) => [
    deal.status,
    dealId(index),
  ]),
) as Readonly<Record<DealStatus, string>>;

/**
 * The registrable domain of what was typed, for the stories' plain `.example` domains: scheme, path,
 * port and `www.` dropped. (The server uses the Public Suffix List through `tldts` and `node:url`,
 * which do not run in the browser.)
 */
export function storyDomain(typed: string | undefined): string | null {
  if (!typed) return null;
  const host = (
    typed
      .trim()
      .toLowerCase()
      .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
      .split(/[/?#]/, 1)[0] ?? ''
  )
    .replace(/:\d+$/, '')
    .replace(/\.$/, '')
    .replace(/^www\d*\./, '');
  return host === '' ? null : host;
}

const protectedKinds = (domain: string | null): string[] =>
  SEED_PROTECTED_ACCOUNTS.filter((account) => account.domain === domain).map((account) => account.kind);

/** The id of the partner the session acts for (from the story catalog). */
export const storyDealPartnerId = (): string => storyPartner(STORY_DEAL_PARTNER).id;

/**
 * The localStorage key `DealDraftStore` computes for the story session's draft: of a new
 * registration, or of editing `registrationId`.
 */
export function storyDraftKey(registrationId?: string): string {
  return `${DRAFT_PREFIX}${[STORY_PROGRAM_ID, storyDealPartnerId(), STORY_USER_ID, registrationId ?? 'new']
    .map(encodeURIComponent)
    .join(':')}`;
}

/** Removes every deal-form draft of the story program from localStorage (stories start clean). */
export function clearStoryDrafts(): void {
  const prefix = `${DRAFT_PREFIX}${encodeURIComponent(STORY_PROGRAM_ID)}:`;
  const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i));
  for (const key of keys) if (key?.startsWith(prefix)) localStorage.removeItem(key);
}

type EventActor = 'partner' | 'platform' | 'system';

/**
 * One seeded registration as stored, with a history of the steps that led to its status. The seed
 * approves some registrations before it creates them (it picks approval dates so that protection
 * periods end soon); here they are created and submitted a few days before their approval instead.
 */
function shape(deal: SeedDeal, index: number, partnerId: string): StoredDeal {
  const approvedAt = deal.approvedAt === null ? undefined : Date.parse(deal.approvedAt);
  const created = approvedAt === undefined ? Date.parse(deal.createdAt) : approvedAt - 4 * DAY_MS;
  const submitted =
    deal.submittedAt === null
      ? undefined
      : approvedAt === undefined
        ? Date.parse(deal.submittedAt)
        : approvedAt - 3 * DAY_MS;
  const protection = deal.protection as DealRow['protection'];
  const decision = deal.decision as DealRow['decision'];
  const infoRequest = deal.infoRequest as DealRow['info_request'];
  const history: DealRegistrationEvent[] = [];
  const event = (
    at: number,
    actor: EventActor,
    action: string,
    from: DealStatus | null,
    to: DealStatus,
    message: string | null = null,
  ) =>
    history.push({
      object: 'deal_registration_event',
      at: iso(at),
      actor,
      action,
      from_status: from,
      to_status: to,
      message,
    });
  event(created, 'partner', 'create', null, 'draft');
  if (submitted !== undefined) {
    event(submitted, 'partner', 'submit', 'draft', 'submitted');
    if (deal.status === 'withdrawn') {
      event(submitted + 2 * DAY_MS, 'partner', 'withdraw', 'submitted', 'withdrawn', STORY_WITHDRAW_REASON);
    } else if (deal.status !== 'submitted') {
      event(submitted + DAY_MS, 'platform', 'start_review', 'submitted', 'under_review');
      if (deal.status === 'needs_info' && infoRequest) {
        const { requested_at, message } = infoRequest;
        event(Date.parse(requested_at), 'platform', 'request_info', 'under_review', 'needs_info', message);
      } else if (deal.status === 'rejected' && decision) {
        const { decided_at, message } = decision;
        event(Date.parse(decided_at), 'platform', 'reject', 'under_review', 'rejected', message);
      } else if (approvedAt !== undefined) {
        // A partner never sees an approval's message (it may name other partners' registrations).
        event(approvedAt, 'platform', 'approve', 'under_review', 'approved');
        if ((deal.status === 'won' || deal.status === 'lost') && deal.closedAt) {
          event(Date.parse(deal.closedAt), 'platform', 'close', 'approved', deal.status);
        }
        if (deal.status === 'expired' && protection) {
          event(Date.parse(protection.expires_at), 'system', 'expire', 'approved', 'expired');
        }
      }
    }
  }
  const { customer, contact } = deal.data;
  const domain = customer.no_website ? null : storyDomain(customer.domain);
  const kinds = protectedKinds(domain);
  const row: DealRow = {
    id: dealId(index),
    partner_id: partnerId,
    number: 0,
    status: deal.status,
    submitted_by: { external_id: STORY_USER_ID, name: 'Sam Story' },
    data: deal.data,
    domain_normalized: domain,
    name_key: customer.company_name.toLowerCase(),
    country: customer.country,
    contact_email: contact.email.toLowerCase(),
    // What rules D1–D4 found when it was submitted: the seed plants the platform's protected accounts.
    duplicate_check:
      submitted === undefined
        ? null
        : {
            status: kinds.length > 0 ? 'conflict' : 'clear',
            checked_at: iso(submitted),
            reasons: kinds,
          },
    duplicate_matches: [],
    protection,
    decision,
    info_request: infoRequest,
    close: deal.close as DealRow['close'],
    resubmission_count: 0,
    version: history.length,
    created_at: iso(created),
    updated_at: history.at(-1)?.at ?? iso(created),
    submitted_at: submitted === undefined ? null : iso(submitted),
    approved_at: deal.approvedAt,
    closed_at: deal.closedAt,
  };
  return { row, history };
}

/** The partner's registrations, numbered in order of creation as the seed numbers them. */
function storyDeals(now: number, partnerId: string): StoredDeal[] {
  const deals = generateDeals([STORY_DEAL_PARTNER], new Date(now)).map((deal, index) =>
    shape(deal, index, partnerId),
  );
  [...deals]
    .sort((a, b) => Date.parse(String(a.row.created_at)) - Date.parse(String(b.row.created_at)))
    .forEach((deal, index) => {
      deal.row.number = index + 1;
    });
  return deals;
}

/** What the server refuses that the form cannot know (this domain is not a company's, this address bounces). */
const SERVER_FIELD_ERRORS: FieldError[] = [
  {
    pointer: '#/customer/domain',
    code: 'invalid_format',
    message: 'This domain does not resolve; enter the customer’s company domain.',
  },
  { pointer: '#/contact/email', code: 'invalid_format', message: 'This address does not accept mail.' },
];

function failureResponse(failure: DealStoryFailure): Response {
  switch (failure) {
    case 'network':
      throw new TypeError('Failed to fetch');
    case 'unauthorized':
      return problem('unauthenticated', { detail: 'The partner session is unknown or revoked.' });
    case 'server':
      return problem('internal_error');
  }
}

const byNewest = (a: StoredDeal, b: StoredDeal) =>
  Date.parse(String(b.row.created_at)) - Date.parse(String(a.row.created_at)) ||
  (a.row.id < b.row.id ? 1 : a.row.id > b.row.id ? -1 : 0);

/** Builds a deal story API: a partner-session client whose `fetch` answers from the seeded registrations. */
export function createDealStoryApi(options: DealStoryApiOptions = {}): DealStoryApi {
  const now = options.now ?? Date.now();
  const partnerId = storyDealPartnerId();
  const deals = options.empty ? [] : storyDeals(now, partnerId);
  const requests: StoryRequest[] = [];
  const form = dealRegistrationForm();
  const me: Me = {
    object: 'me',
    credential_type: 'partner_session',
    program_id: STORY_PROGRAM_ID,
    livemode: false,
    scopes: ['deals:read', 'deals:write'],
    partner_id: partnerId,
    partner_user: { external_id: STORY_USER_ID },
    expires_at: iso(now + 15 * MINUTE_MS),
  };
  /** Answers already given per Idempotency-Key: a retry gets the first answer again. */
  const replays = new Map<string, { status: number; body: string; headers: [string, string][] }>();
  let failure = options.failure;
  let sessionFetches = 0;
  let created = 0;
  const submitMode = options.submit ?? 'created';

  const find = (id: string) => deals.find((deal) => deal.row.id === id);
  const view = (deal: StoredDeal) => dealView(deal.row, 'partner');
  const single = (deal: StoredDeal, status = 200, headers: Record<string, string> = {}) =>
    json(status, view(deal), { etag: `"${deal.row.version}"`, 'cache-control': 'no-store', ...headers });
  const today = () => new Date().toISOString().slice(0, 10);
  const record = (
    deal: StoredDeal,
    action: string,
    from: DealStatus | null,
    to: DealStatus,
    message: string | null = null,
  ) =>
    deal.history.push({
      object: 'deal_registration_event',
      at: iso(Date.now()),
      actor: 'partner',
      action,
      from_status: from,
      to_status: to,
      message,
    });

  /** The partner's own live registration of this customer (rule D1), if any. */
  function ownDuplicate(subject: {
    id?: string;
    domain: string | null;
    name: string;
    country: string;
  }): StoredDeal | undefined {
    return deals.find(
      (deal) =>
        deal.row.id !== subject.id &&
        LIVE.includes(deal.row.status) &&
        (subject.domain !== null
          ? deal.row.domain_normalized === subject.domain
          : deal.row.name_key === subject.name.toLowerCase() && deal.row.country === subject.country),
    );
  }

  function precheck(input: DealCheckRequest): DealCheckResult {
    const result = (
      status: string,
      reasons: string[],
      existingId: string | null = null,
    ): DealCheckResult => ({
      object: 'deal_registration_check',
      status,
      reasons,
      existing_id: existingId,
    });
    switch (options.check) {
      case 'clear':
        return result('clear', []);
      case 'possible_duplicate':
        return result('possible_duplicate', ['domain']);
      case 'conflict':
        return result('conflict', ['existing_customer']);
      case 'duplicate':
        return result('duplicate', ['own_registration', 'domain'], STORY_DEAL_IDS.approved);
      case undefined: {
        const domain = storyDomain(input.domain);
        const kinds = protectedKinds(domain);
        const own = ownDuplicate({ domain, name: input.company_name, country: input.country });
        if (own) return result('duplicate', ['own_registration', ...kinds], own.row.id);
        return kinds.length > 0 ? result('conflict', kinds) : result('clear', []);
      }
    }
  }

  function duplicateRefusal(existingId: string): Response {
    return problem('duplicate_registration', {
      detail: 'You have already registered this customer; open that registration instead.',
      existing_id: existingId,
    });
  }

  function register(body: unknown): Response {
    if (submitMode === 'field-errors') return problem('validation_failed', { errors: SERVER_FIELD_ERRORS });
    if (submitMode === 'duplicate') return duplicateRefusal(STORY_DEAL_IDS.approved);
    const parsed = DealRegistrationCreate.safeParse(body);
    if (!parsed.success) return problem('validation_failed', { errors: fieldErrorsFrom(parsed.error, body) });
    const { submit, ...data } = parsed.data;
    const ruleErrors = dealRuleErrors(data, DEAL_FORM_RULES, today());
    if (ruleErrors.length > 0) return problem('validation_failed', { errors: ruleErrors });
    const domain = data.customer.no_website ? null : storyDomain(data.customer.domain);
    if (submit) {
      const own = ownDuplicate({ domain, name: data.customer.company_name, country: data.customer.country });
      if (own) return duplicateRefusal(own.row.id);
    }
    const at = Date.now();
    const kinds = protectedKinds(domain);
    const status: DealStatus = submit ? 'submitted' : 'draft';
    const deal: StoredDeal = {
      row: {
        id: `dreg_${encodeUlid(at, new Uint8Array(10).fill(200 + ++created))}`,
        partner_id: partnerId,
        number: deals.reduce((max, d) => Math.max(max, d.row.number), 0) + 1,
        status,
        submitted_by: { external_id: STORY_USER_ID },
        data,
        domain_normalized: domain,
        name_key: data.customer.company_name.toLowerCase(),
        country: data.customer.country,
        contact_email: data.contact.email.toLowerCase(),
        duplicate_check: submit
          ? { status: kinds.length > 0 ? 'conflict' : 'clear', checked_at: iso(at), reasons: kinds }
          : null,
        duplicate_matches: [],
        protection: null,
        decision: null,
        info_request: null,
        close: null,
        resubmission_count: 0,
        version: 1,
        created_at: iso(at),
        updated_at: iso(at),
        submitted_at: submit ? iso(at) : null,
        approved_at: null,
        closed_at: null,
      },
      history: [],
    };
    record(deal, submit ? 'create_and_submit' : 'create', null, status);
    deals.push(deal);
    return single(deal, 201, { location: `/v1/deal_registrations/${deal.row.id}` });
  }

  function refusedAction(deal: StoredDeal, action: string): Response {
    const allowed = allowedDealActions('partner', dealContext(deal.row));
    if (action === 'submit' && deal.row.status === 'needs_info') {
      return problem('resubmission_limit_reached', { allowed_actions: allowed });
    }
    return problem('invalid_state_transition', {
      detail: `A ${deal.row.status.replace('_', ' ')} registration cannot be ${action}ed.`,
      allowed_actions: allowed,
    });
  }

  function edit(deal: StoredDeal, request: Request, body: unknown): Response {
    const ifMatch = request.headers.get('if-match');
    if (!ifMatch)
      return problem('precondition_required', { detail: 'Send the ETag you edited as If-Match.' });
    if (ifMatch.replace(/^W\//, '') !== `"${deal.row.version}"`) {
      return problem('precondition_failed', {}, { etag: `"${deal.row.version}"` });
    }
    if (!allowedDealActions('partner', dealContext(deal.row)).includes('edit'))
      return refusedAction(deal, 'edit');
    const patch = DealRegistrationPatch.safeParse(body);
    if (!patch.success) return problem('validation_failed', { errors: fieldErrorsFrom(patch.error, body) });
    const merged = { ...deal.row.data, ...patch.data };
    const parsed = DealRegistrationCreate.safeParse(merged);
    if (!parsed.success)
      return problem('validation_failed', { errors: fieldErrorsFrom(parsed.error, merged) });
    const { submit: _submit, ...data } = parsed.data;
    const ruleErrors = dealRuleErrors(data, DEAL_FORM_RULES, today());
    if (ruleErrors.length > 0) return problem('validation_failed', { errors: ruleErrors });
    const { row } = deal;
    row.data = data;
    row.domain_normalized = data.customer.no_website ? null : storyDomain(data.customer.domain);
    row.name_key = data.customer.company_name.toLowerCase();
    row.country = data.customer.country;
    row.contact_email = data.contact.email.toLowerCase();
    row.version += 1;
    row.updated_at = iso(Date.now());
    record(deal, 'edit', row.status, row.status, Object.keys(patch.data).join(', '));
    return single(deal);
  }

  function act(deal: StoredDeal, action: string, body: unknown): Response {
    const { row } = deal;
    if (!(allowedDealActions('partner', dealContext(row)) as string[]).includes(action)) {
      return refusedAction(deal, action);
    }
    const from = row.status;
    const at = iso(Date.now());
    let message: string | null = null;
    if (action === 'submit') {
      const ruleErrors = dealRuleErrors(row.data, DEAL_FORM_RULES, today());
      if (ruleErrors.length > 0) return problem('validation_failed', { errors: ruleErrors });
      const own = ownDuplicate({
        id: row.id,
        domain: row.domain_normalized,
        name: row.data.customer.company_name,
        country: row.country,
      });
      if (own) return duplicateRefusal(own.row.id);
      const kinds = protectedKinds(row.domain_normalized);
      row.status = 'submitted';
      row.submitted_at = at;
      if (from === 'needs_info') row.resubmission_count += 1;
      row.duplicate_check = {
        status: kinds.length > 0 ? 'conflict' : 'clear',
        checked_at: at,
        reasons: kinds,
      };
    } else {
      const reason = (body as { reason?: unknown } | undefined)?.reason;
      message = typeof reason === 'string' && reason.trim() !== '' ? reason.trim().slice(0, 1000) : null;
      row.status = 'withdrawn';
    }
    row.version += 1;
    row.updated_at = at;
    record(deal, action, from, row.status, message);
    return single(deal);
  }

  function list(url: URL): Response {
    const params = url.searchParams;
    const statuses = params.getAll('status').flatMap((value) => value.split(',').filter(Boolean));
    const q = params.get('q')?.trim().toLowerCase() ?? '';
    const limit = Math.min(Math.max(Number(params.get('limit') ?? 20) || 20, 1), 100);
    const cursor = params.get('cursor');
    const offset = cursor === null ? 0 : Number(/^story_(\d+)$/.exec(cursor)?.[1] ?? Number.NaN);
    if (Number.isNaN(offset)) return problem('invalid_cursor');
    const matching = deals
      .filter((deal) => statuses.length === 0 || statuses.includes(deal.row.status))
      .filter((deal) => {
        if (q === '') return true;
        const { customer, contact } = deal.row.data;
        const number = `dr-${String(deal.row.number).padStart(6, '0')}`;
        return [customer.company_name, contact.first_name, contact.last_name, contact.email, number].some(
          (text) => text.toLowerCase().includes(q),
        );
      })
      .sort(byNewest);
    const page = matching.slice(offset, offset + limit);
    const hasMore = offset + limit < matching.length;
    const body: DealRegistrationList = {
      object: 'list',
      data: page.map(view),
      has_more: hasMore,
      next_cursor: hasMore ? `story_${offset + limit}` : null,
      total_count: matching.length,
    };
    return json(200, body, { 'cache-control': 'no-store' });
  }

  function answer(request: Request, url: URL, body: unknown): Response {
    if (failure) return failureResponse(failure);
    if (options.session === 'expired') return problem('session_expired');
    if (request.headers.get('authorization') !== `Bearer ${STORY_SESSION_SECRET}`) {
      return problem('unauthenticated', { detail: 'A partner session is required.' });
    }
    const { method } = request;
    const path = url.pathname;
    if (method === 'GET' && path === '/v1/me') return json(200, me, { 'cache-control': 'no-store' });
    if (method === 'GET' && path === '/v1/deal_registration_form') {
      return json(200, form, { 'cache-control': 'private, max-age=60', vary: 'Authorization' });
    }
    if (method === 'GET' && path === '/v1/deal_registrations') return list(url);
    if (method === 'POST' && path === '/v1/deal_registrations/check') {
      const parsed = DealCheckRequest.safeParse(body);
      if (!parsed.success)
        return problem('validation_failed', { errors: fieldErrorsFrom(parsed.error, body) });
      return json(200, precheck(parsed.data), { 'cache-control': 'no-store' });
    }
    const writes = method === 'POST' || method === 'PATCH';
    if (method === 'POST' && !request.headers.get('idempotency-key'))
      return problem('idempotency_key_missing');
    if (method === 'POST' && path === '/v1/deal_registrations') return register(body);
    const match = /^\/v1\/deal_registrations\/([^/]+)(?:\/(history|submit|withdraw))?$/.exec(path);
    const deal = match ? find(decodeURIComponent(match[1] ?? '')) : undefined;
    if (!match || (!writes && method !== 'GET')) return problem('not_found');
    if (!deal) return problem('not_found', { detail: 'No such deal registration.' });
    const sub = match[2];
    if (method === 'GET' && sub === undefined) return single(deal);
    if (method === 'GET' && sub === 'history') {
      const history: DealRegistrationHistory = {
        object: 'list',
        data: [...deal.history],
        has_more: false,
        next_cursor: null,
      };
      return json(200, history, { 'cache-control': 'no-store' });
    }
    if (method === 'PATCH' && sub === undefined) return edit(deal, request, body);
    if (method === 'POST' && (sub === 'submit' || sub === 'withdraw')) return act(deal, sub, body);
    return problem('not_found');
  }

  /** Writes with an Idempotency-Key answer once; the same key gets the same answer again. */
  async function answerOnce(request: Request, url: URL, body: unknown): Promise<Response> {
    const key = request.headers.get('idempotency-key');
    const replayKey =
      key && request.method !== 'GET' ? `${request.method} ${url.pathname} ${key}` : undefined;
    const earlier = replayKey ? replays.get(replayKey) : undefined;
    if (earlier) return new Response(earlier.body, { status: earlier.status, headers: earlier.headers });
    const response = answer(request, url, body);
    if (replayKey && response.status < 500) {
      replays.set(replayKey, {
        status: response.status,
        body: await response.clone().text(),
        headers: [...response.headers],
      });
    }
    return response;
  }

  const storyFetch = recordingFetch(requests, options.delay, answerOnce);

  const client = createClient({
    apiBase: STORY_API_BASE,
    // The portal's backend mints the session; an expired portal sign-in cannot renew it.
    fetchSession: () => {
      sessionFetches += 1;
      if (options.session === 'expired' && sessionFetches > 1) {
        return Promise.reject(new Error('The portal could not mint a new partner session.'));
      }
      return Promise.resolve(STORY_SESSION_SECRET);
    },
    ...(options.locale ? { locale: options.locale } : {}),
    fetch: storyFetch,
    cache: false,
    retry: { limit: 0 },
    // A story that waits forever should keep waiting, not time out into an error.
    ...(options.delay === 'forever' ? { timeoutMs: DAY_MS } : {}),
  });

  return {
    client,
    fetch: storyFetch,
    requests,
    events: [],
    form,
    me,
    get sessionFetches() {
      return sessionFetches;
    },
    registrations: () => [...deals].sort(byNewest).map(view),
    withStatus(status) {
      const deal = deals.find((candidate) => candidate.row.status === status);
      if (!deal) throw new Error(`No ${status} registration in the story data`);
      return view(deal);
    },
    draftKey: storyDraftKey,
    setFailure(next) {
      failure = next;
    },
  };
}
