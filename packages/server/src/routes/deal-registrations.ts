import {
  DEAL_TRANSITIONS,
  EDITABLE_WHEN_APPROVED,
  DealCheckRequest,
  ProtectedAccountsUpsert,
  DealRegistrationCreate,
  DealRegistrationId,
  DealRegistrationPatch,
  type DealCheckResult,
  type DealRegistrationEvent,
  type DealRegistrationHistory,
  dealListQuery,
  allowedDealActions,
  dealRuleErrors,
  type DealAction,
  type DealActor,
  type DealStatus,
} from '@flywheel/contract';
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { Queryable } from '../db/database.js';
import { companyNameKey, matchableDomain } from '../deals/customer-domain.js';
import { dealMatchKeys, duplicateSubject } from '../deals/match-keys.js';
import { checkDuplicates } from '../deals/duplicate-rules.js';
import { expireDueDeals } from '../deals/expire-due.js';
import { listDeals } from '../deals/deal-list.js';
import { DEAL_FORM_RULES, DEAL_PROGRAM, dealRegistrationForm } from '../deals/deal-program.js';
import { DEAL_COLUMNS, dealContext, dealView, type DealRow } from '../deals/deal-row.js';
import type { AppEnv } from '../http/app-env.js';
import { parseBody } from '../http/parse-body.js';
import { requestQuery } from '../http/parse-query.js';
import { ProblemError } from '../http/problem-error.js';
import { newId } from '../ids.js';
import { guard } from '../middleware/guard.js';
import { idempotency } from '../middleware/idempotency.js';
import { jsonBody } from '../middleware/json-body.js';

/** Who is acting: a partner session (its partner only) or the platform's secret key (every partner). */
function actorOf(c: Context<AppEnv>): { actor: DealActor; partnerId: string | undefined } {
  const credential = c.get('credential');
  if (credential.kind === 'partner_session') return { actor: 'partner', partnerId: credential.partnerId };
  if (credential.kind === 'secret') return { actor: 'platform', partnerId: undefined };
  throw new ProblemError('insufficient_scope', {
    detail: 'Deal registrations are read and written with a partner session or the platform’s secret key.',
    extra: { required_scopes: ['deals:read'] },
  });
}

/** The partner session of a request that only partners make (creating, pre-checking). */
function partnerSession(c: Context<AppEnv>, detail: string) {
  const credential = c.get('credential');
  if (credential.kind !== 'partner_session' || !credential.session || !credential.partnerId) {
    throw new ProblemError('insufficient_scope', { detail, extra: { required_scopes: ['deals:write'] } });
  }
  return { ...credential, partnerId: credential.partnerId, session: credential.session };
}

const today = (c: Context<AppEnv>) => c.get('server').now().toISOString().slice(0, 10);

/**
 * The registration named by the request's `:id`, if the caller may see it (another partner's is a
 * 404), read through `db` (a transaction's, to lock it for update with `lock`).
 */
function requestedDeal(c: Context<AppEnv>, db: Queryable, lock = false): Promise<DealRow> {
  return loadDeal(
    db,
    c.get('credential').programId,
    c.req.param('id') ?? '',
    actorOf(c).partnerId,
    c.get('server').now(),
    lock,
  );
}

/** One registration the caller may see, locked for update when `lock`; other partners' are a 404. */
async function loadDeal(
  db: Queryable,
  programId: string,
  id: string,
  partnerId: string | undefined,
  now: Date,
  lock = false,
): Promise<DealRow> {
  if (!DealRegistrationId.safeParse(id).success)
    throw new ProblemError('not_found', { detail: 'No such deal registration.' });
  await expireDueDeals(db, programId, now);
  const { rows } = await db.query<DealRow>(
    `SELECT ${DEAL_COLUMNS} FROM deal_registrations
      WHERE id = $1 AND program_id = $2 AND ($3::text IS NULL OR partner_id = $3)${lock ? ' FOR UPDATE' : ''}`,
    [id, programId, partnerId ?? null],
  );
  if (!rows[0]) throw new ProblemError('not_found', { detail: 'No such deal registration.' });
  return rows[0];
}

function invalidTransition(row: DealRow, actor: DealActor, action: DealAction): ProblemError {
  const allowed = allowedDealActions(actor, dealContext(row));
  if (action === 'submit' && row.status === 'needs_info' && actor === 'partner') {
    return new ProblemError('resubmission_limit_reached', { extra: { allowed_actions: allowed } });
  }
  return new ProblemError('invalid_state_transition', {
    detail: `A ${row.status.replace('_', ' ')} registration cannot be ${action.replace('_', ' ')}ed${
      actor === 'partner' && DEAL_TRANSITIONS[action].actor === 'platform' ? ' by a partner' : ''
    }.`,
    extra: { allowed_actions: allowed },
  });
}

async function recordEvent(
  db: Queryable,
  dealId: string,
  at: string,
  actor: DealActor,
  action: string,
  from: DealStatus | null,
  to: DealStatus | null,
  message: string | null = null,
): Promise<void> {
  await db.query(
    `INSERT INTO deal_registration_events (deal_registration_id, at, actor, action, from_status, to_status, message)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [dealId, at, actor, action, from, to, message],
  );
}

interface EventRow {
  at: Date | string;
  actor: string;
  action: string;
  from_status: string | null;
  to_status: string | null;
  message: string | null;
}

/**
 * The platform's messages a partner may read in its history: those addressed to it. An approval's
 * message is an override reason, written about the conflicting registrations (other partners').
 */
const PLATFORM_MESSAGES_FOR_PARTNERS: readonly string[] = ['reject', 'cancel', 'request_info', 'extend'];

function eventView(event: EventRow, viewer: DealActor): DealRegistrationEvent {
  const shown =
    viewer === 'platform' ||
    event.actor === 'partner' ||
    PLATFORM_MESSAGES_FOR_PARTNERS.includes(event.action);
  return {
    object: 'deal_registration_event',
    at: new Date(event.at).toISOString(),
    actor: event.actor,
    action: event.action,
    from_status: event.from_status,
    to_status: event.to_status,
    message: shown ? event.message : null,
  };
}

/** Optional text fields of action bodies, checked by hand (they are small). */
function bodyText(body: unknown, field: string, max: number, required: boolean): string | null {
  const value = (body as Record<string, unknown> | null | undefined)?.[field];
  if (value === undefined || value === null || value === '') {
    if (required) {
      throw new ProblemError('validation_failed', {
        errors: [{ pointer: `#/${field}`, code: 'required', message: 'Required' }],
      });
    }
    return null;
  }
  if (typeof value !== 'string' || value.length > max) {
    throw new ProblemError('validation_failed', {
      errors: [
        {
          pointer: `#/${field}`,
          code: 'invalid_value',
          message: `Expected text of at most ${max} characters`,
        },
      ],
    });
  }
  return value.trim();
}

/**
 * Runs rules D1–D4 when a registration is submitted: the partner's own live registration of the same
 * customer refuses it (`409 duplicate_registration` with `existing_id`); other partners' matches are
 * recorded as the registration's `duplicate_check` (submission goes ahead: first registrant wins).
 */
async function duplicateCheckOnSubmit(
  db: Queryable,
  programId: string,
  row: Pick<DealRow, 'id' | 'partner_id' | 'data'>,
  now: Date,
): Promise<{ duplicate_check: string; duplicate_matches: string }> {
  const outcome = await checkDuplicates(
    db,
    programId,
    duplicateSubject(row.id, row.partner_id, row.data),
    now,
  );
  if (outcome.ownDuplicateId) {
    throw new ProblemError('duplicate_registration', {
      detail: 'You have already registered this customer; open that registration instead.',
      extra: { existing_id: outcome.ownDuplicateId },
    });
  }
  return {
    duplicate_check: JSON.stringify({
      status: outcome.status,
      checked_at: now.toISOString(),
      reasons: outcome.reasons,
    }),
    duplicate_matches: JSON.stringify(outcome.matches),
  };
}

const REJECT_REASONS = [
  'duplicate',
  'existing_customer',
  'vendor_engaged',
  'outside_territory',
  'insufficient_information',
  'not_qualified',
  'other',
];

/**
 * `/v1/deal_registrations`: partners create and follow their registrations through a session; the
 * platform reviews them with its secret key. Status changes only through the action endpoints, each
 * checked against the lifecycle table (`409 invalid_state_transition` with `allowed_actions`) and
 * recorded in the registration's history. Creates and actions require an `Idempotency-Key`.
 */
export function dealRegistrationRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.post(
    '/v1/deal_registrations',
    guard('deals:write', 'partner_writes'),
    jsonBody(),
    idempotency('required'),
    async (c) => {
      const credential = partnerSession(
        c,
        'A deal registration is created by a partner, through a partner session.',
      );
      const { submit, ...data } = parseBody(DealRegistrationCreate, c.get('body'));
      const ruleErrors = dealRuleErrors(data, DEAL_FORM_RULES, today(c));
      if (ruleErrors.length > 0) throw new ProblemError('validation_failed', { errors: ruleErrors });

      const db = c.get('db');
      const now = c.get('server').now().toISOString();
      // Numbers are per program and gap-free: the program row serializes concurrent creates.
      await db.query('SELECT id FROM programs WHERE id = $1 FOR UPDATE', [credential.programId]);
      const { rows: next } = await db.query<{ n: number }>(
        'SELECT COALESCE(MAX(number), 0)::int + 1 AS n FROM deal_registrations WHERE program_id = $1',
        [credential.programId],
      );
      const status: DealStatus = submit ? 'submitted' : 'draft';
      const keys = dealMatchKeys(data);
      const user = credential.session.partnerUser;
      const id = newId('dreg', new Date(now));
      const check = submit
        ? await duplicateCheckOnSubmit(
            db,
            credential.programId,
            { id, partner_id: credential.partnerId, data },
            new Date(now),
          )
        : { duplicate_check: null, duplicate_matches: '[]' };
      const { rows } = await db.query<DealRow>(
        `INSERT INTO deal_registrations (id, program_id, partner_id, number, status, submitted_by, data,
                                         domain_normalized, name_key, country, contact_email, duplicate_check,
                                         duplicate_matches, created_at, updated_at, submitted_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14, $15)
         RETURNING ${DEAL_COLUMNS}`,
        [
          id,
          credential.programId,
          credential.partnerId,
          next[0]!.n,
          status,
          JSON.stringify({ external_id: user.external_id, name: user.name, email: user.email }),
          JSON.stringify(data),
          keys.domainNormalized,
          keys.nameKey,
          keys.country,
          keys.contactEmail,
          check.duplicate_check,
          check.duplicate_matches,
          now,
          submit ? now : null,
        ],
      );
      const row = rows[0]!;
      await recordEvent(db, row.id, now, 'partner', submit ? 'create_and_submit' : 'create', null, status);
      return c.json(dealView(row, 'partner'), 201, {
        Location: `/v1/deal_registrations/${row.id}`,
        ETag: `"${row.version}"`,
        'Cache-Control': 'no-store',
      });
    },
  );

  routes.get('/v1/deal_registration_form', guard('deals:read'), (c) => {
    actorOf(c);
    // Browsers may keep it a minute, but only for this credential: a page that switches from a session
    // to a key must not be served the session's copy from the HTTP cache.
    return c.json(dealRegistrationForm(), 200, {
      'Cache-Control': 'private, max-age=60',
      Vary: 'Authorization',
    });
  });

  routes.post('/v1/deal_registrations/check', guard('deals:write', 'deal_checks'), jsonBody(), async (c) => {
    const credential = partnerSession(c, 'The pre-check is for partners, through a partner session.');
    const input = parseBody(DealCheckRequest, c.get('body'));
    await expireDueDeals(c.get('db'), credential.programId, c.get('server').now());
    const outcome = await checkDuplicates(
      c.get('db'),
      credential.programId,
      {
        partnerId: credential.partnerId,
        domain: matchableDomain(input.domain),
        nameKey: companyNameKey(input.company_name),
        country: input.country,
        contactEmail: input.contact_email?.toLowerCase() ?? null,
      },
      c.get('server').now(),
    );
    const result: DealCheckResult = {
      object: 'deal_registration_check',
      status: outcome.ownDuplicateId ? 'duplicate' : outcome.status,
      reasons: outcome.ownDuplicateId ? ['own_registration', ...outcome.reasons] : outcome.reasons,
      existing_id: outcome.ownDuplicateId ?? null,
    };
    return c.json(result, 200, { 'Cache-Control': 'no-store' });
  });

  routes.put('/v1/protected_accounts', guard('deals:admin'), jsonBody(), async (c) => {
    const credential = c.get('credential');
    const accounts = parseBody(ProtectedAccountsUpsert, c.get('body')).accounts.map((account, index) => {
      const domain = matchableDomain(account.domain);
      if (domain === null) {
        throw new ProblemError('validation_failed', {
          errors: [
            {
              pointer: `#/accounts/${index}/domain`,
              code: 'invalid_value',
              message: 'Expected a company domain (not free mail)',
            },
          ],
        });
      }
      return { domain, kind: account.kind };
    });
    await c.get('db').query(
      `INSERT INTO protected_accounts (program_id, domain, kind, updated_at)
       SELECT $1, x.domain, x.kind, $3 FROM jsonb_to_recordset($2::jsonb) AS x(domain text, kind text)
       ON CONFLICT (program_id, domain) DO UPDATE SET kind = EXCLUDED.kind, updated_at = EXCLUDED.updated_at`,
      [credential.programId, JSON.stringify(accounts), c.get('server').now().toISOString()],
    );
    return c.json({ object: 'protected_accounts', upserted: accounts.length }, 200, {
      'Cache-Control': 'no-store',
    });
  });

  routes.get('/v1/deal_registrations', guard('deals:read'), async (c) => {
    const { actor, partnerId } = actorOf(c);
    const params = requestQuery(c, dealListQuery);
    const credential = c.get('credential');
    await expireDueDeals(c.get('db'), credential.programId, c.get('server').now());
    const list = await listDeals(c.get('db'), {
      programId: credential.programId,
      partnerId,
      actor,
      params,
    });
    return c.json(list, 200, { 'Cache-Control': 'no-store' });
  });

  routes.get('/v1/deal_registrations/:id/history', guard('deals:read'), async (c) => {
    const { actor } = actorOf(c);
    const db = c.get('db');
    const row = await requestedDeal(c, db);
    const { rows } = await db.query<EventRow>(
      `SELECT at, actor, action, from_status, to_status, message FROM deal_registration_events
        WHERE deal_registration_id = $1 ORDER BY id`,
      [row.id],
    );
    const history: DealRegistrationHistory = {
      object: 'list',
      data: rows.map((event) => eventView(event, actor)),
      has_more: false,
      next_cursor: null,
    };
    return c.json(history, 200, { 'Cache-Control': 'no-store' });
  });

  routes.get('/v1/deal_registrations/:id', guard('deals:read'), async (c) => {
    const { actor } = actorOf(c);
    const row = await requestedDeal(c, c.get('db'));
    return c.json(dealView(row, actor), 200, { ETag: `"${row.version}"`, 'Cache-Control': 'no-store' });
  });

  routes.patch(
    '/v1/deal_registrations/:id',
    guard('deals:write', 'partner_writes'),
    jsonBody(),
    idempotency('accepted'),
    async (c) => {
      const { actor } = actorOf(c);
      const db = c.get('db');
      const row = await requestedDeal(c, db, true);
      const ifMatch = c.req.header('if-match');
      if (!ifMatch)
        throw new ProblemError('precondition_required', { detail: 'Send the ETag you edited as If-Match.' });
      if (ifMatch.replace(/^W\//, '') !== `"${row.version}"`) {
        throw new ProblemError('precondition_failed', {
          detail: 'The registration changed since you loaded it; load it again and reapply your edit.',
          headers: { ETag: `"${row.version}"` },
        });
      }
      if (actor !== 'partner' || !allowedDealActions('partner', dealContext(row)).includes('edit')) {
        throw invalidTransition(row, actor, 'edit');
      }
      const body = c.get('body') as Record<string, unknown>;
      // Each top-level section sent replaces the stored one; once approved, only stage and notes.
      if (row.status === 'approved') {
        const fixed = Object.keys(body).filter(
          (key) => !(EDITABLE_WHEN_APPROVED as readonly string[]).includes(key),
        );
        if (fixed.length > 0) {
          throw new ProblemError('validation_failed', {
            errors: fixed.map((key) => ({
              pointer: `#/${key}`,
              code: 'invalid_value',
              message: 'Only the stage and the notes can change once a registration is approved',
            })),
          });
        }
      }
      parseBody(DealRegistrationPatch, body);
      const { submit: _submit, ...data } = parseBody(DealRegistrationCreate, { ...row.data, ...body });
      const ruleErrors = dealRuleErrors(data, DEAL_FORM_RULES, today(c));
      if (ruleErrors.length > 0 && row.status !== 'approved')
        throw new ProblemError('validation_failed', { errors: ruleErrors });
      const at = c.get('server').now().toISOString();
      const keys = dealMatchKeys(data);
      const { rows } = await db.query<DealRow>(
        `UPDATE deal_registrations
            SET data = $2, domain_normalized = $3, name_key = $4, country = $5, contact_email = $6,
                version = version + 1, updated_at = $7
          WHERE id = $1
          RETURNING ${DEAL_COLUMNS}`,
        [
          row.id,
          JSON.stringify(data),
          keys.domainNormalized,
          keys.nameKey,
          keys.country,
          keys.contactEmail,
          at,
        ],
      );
      await recordEvent(
        db,
        row.id,
        at,
        'partner',
        'edit',
        row.status,
        row.status,
        Object.keys(body).join(', '),
      );
      const updated = rows[0]!;
      return c.json(dealView(updated, actor), 200, {
        ETag: `"${updated.version}"`,
        'Cache-Control': 'no-store',
      });
    },
  );

  routes.delete('/v1/deal_registrations/:id', guard('deals:write', 'partner_writes'), async (c) => {
    const { actor } = actorOf(c);
    return c.get('server').db.transaction(async (tx) => {
      const row = await requestedDeal(c, tx, true);
      if (actor !== 'partner' || !allowedDealActions('partner', dealContext(row)).includes('delete')) {
        throw invalidTransition(row, actor, 'delete');
      }
      await tx.query('DELETE FROM deal_registrations WHERE id = $1', [row.id]);
      return c.body(null, 204);
    });
  });

  routes.post(
    '/v1/deal_registrations/:id/:action{submit|withdraw|start_review|approve|reject|request_info|extend|close|cancel}',
    guard('deals:write', 'partner_writes'),
    jsonBody({ optional: true }),
    idempotency('required'),
    async (c) => {
      const { actor } = actorOf(c);
      const action = c.req.param('action') as DealAction;
      const db = c.get('db');
      const row = await requestedDeal(c, db, true);
      const allowed = allowedDealActions(actor, dealContext(row));
      if (!allowed.includes(action)) throw invalidTransition(row, actor, action);

      const body = c.get('body');
      const now = c.get('server').now();
      const at = now.toISOString();
      const from = row.status;
      const set: Record<string, unknown> = {};
      let to: DealStatus = from;
      let message: string | null = null;
      switch (action) {
        case 'submit': {
          const ruleErrors = dealRuleErrors(row.data, DEAL_FORM_RULES, at.slice(0, 10));
          if (ruleErrors.length > 0) throw new ProblemError('validation_failed', { errors: ruleErrors });
          to = 'submitted';
          set.submitted_at = at;
          if (from === 'needs_info') set.resubmission_count = row.resubmission_count + 1;
          Object.assign(set, await duplicateCheckOnSubmit(db, c.get('credential').programId, row, now));
          break;
        }
        case 'withdraw':
          message = bodyText(body, 'reason', 1000, false);
          to = 'withdrawn';
          break;
        case 'start_review':
          to = 'under_review';
          break;
        case 'approve': {
          // The rules run again: a conflict found since submission blocks approval unless overridden.
          const outcome = await checkDuplicates(
            db,
            c.get('credential').programId,
            duplicateSubject(row.id, row.partner_id, row.data),
            now,
          );
          set.duplicate_check = JSON.stringify({
            status: outcome.status,
            checked_at: at,
            reasons: outcome.reasons,
          });
          set.duplicate_matches = JSON.stringify(outcome.matches);
          const override = (body as { override?: { reason?: unknown } } | undefined)?.override;
          if (outcome.status === 'conflict') {
            if (typeof override?.reason !== 'string' || override.reason.trim() === '') {
              throw new ProblemError('registration_conflict', {
                detail: `Approving needs an override with a reason: ${outcome.reasons.join(', ')}.`,
                extra: { reasons: outcome.reasons },
              });
            }
            message = override.reason.trim().slice(0, 500);
          }
          const days = DEAL_PROGRAM.protection.days;
          to = 'approved';
          set.approved_at = at;
          // The override's reason is the platform's own note (it may name the other partner); the
          // message is what the partner reads.
          set.decision = {
            decided_at: at,
            reason_code: null,
            message: bodyText(body, 'message', 2000, false) ?? null,
            ...(message ? { override_reason: message } : {}),
          };
          set.protection = {
            days,
            starts_at: at,
            expires_at: new Date(now.getTime() + days * 86_400_000).toISOString(),
            extensions_used: 0,
            max_extensions: DEAL_PROGRAM.protection.maxExtensions,
          };
          break;
        }
        case 'reject':
        case 'cancel': {
          const reason = bodyText(body, 'reason_code', 64, true)!;
          if (!REJECT_REASONS.includes(reason)) {
            throw new ProblemError('validation_failed', {
              errors: [
                {
                  pointer: '#/reason_code',
                  code: 'invalid_value',
                  message: `Expected one of ${REJECT_REASONS.join(', ')}`,
                },
              ],
            });
          }
          message = bodyText(body, 'message', 2000, false);
          to = 'rejected';
          set.decision = { decided_at: at, reason_code: reason, message };
          break;
        }
        case 'request_info':
          message = bodyText(body, 'message', 2000, true);
          to = 'needs_info';
          set.info_request = { requested_at: at, message };
          break;
        case 'extend': {
          const days = Number(
            (body as { days?: unknown } | undefined)?.days ?? DEAL_PROGRAM.protection.extensionDays,
          );
          if (!Number.isInteger(days) || days < 1 || days > 90) {
            throw new ProblemError('validation_failed', {
              errors: [
                {
                  pointer: '#/days',
                  code: 'invalid_value',
                  message: 'Expected a whole number of days, 1–90',
                },
              ],
            });
          }
          const protection = row.protection!;
          set.protection = {
            ...protection,
            expires_at: new Date(Date.parse(protection.expires_at) + days * 86_400_000).toISOString(),
            extensions_used: protection.extensions_used + 1,
          };
          message = `+${days} days`;
          break;
        }
        case 'close': {
          const outcome = bodyText(body, 'outcome', 10, true);
          if (outcome !== 'won' && outcome !== 'lost') {
            throw new ProblemError('validation_failed', {
              errors: [{ pointer: '#/outcome', code: 'invalid_value', message: 'Expected won or lost' }],
            });
          }
          to = outcome;
          set.closed_at = at;
          set.close = { outcome, closed_at: at, lost_reason: bodyText(body, 'lost_reason', 1000, false) };
          break;
        }
        case 'edit':
        case 'delete':
          throw invalidTransition(row, actor, action);
      }

      const columns = Object.keys(set);
      const jsonColumns = new Set(['decision', 'protection', 'info_request', 'close']); // the check columns arrive as JSON text
      const { rows } = await db.query<DealRow>(
        `UPDATE deal_registrations
            SET status = $2, version = version + 1, updated_at = $3${columns
              .map((column, i) => `, ${column} = $${i + 4}`)
              .join('')}
          WHERE id = $1
          RETURNING ${DEAL_COLUMNS}`,
        [
          row.id,
          to,
          at,
          ...columns.map((column) => (jsonColumns.has(column) ? JSON.stringify(set[column]) : set[column])),
        ],
      );
      await recordEvent(db, row.id, at, actor, action, from, to, message);
      const updated = rows[0]!;
      return c.json(dealView(updated, actor), 200, {
        ETag: `"${updated.version}"`,
        'Cache-Control': 'no-store',
      });
    },
  );

  return routes;
}
