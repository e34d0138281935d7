import {
  allowedDealActions,
  type DealActionContext,
  type DealActor,
  type DealRegistration,
  type DealRegistrationCreate,
  type DealStatus,
} from '@flywheel/contract';
import { DEAL_PROGRAM } from './deal-program.js';
import type { DuplicateMatch } from './duplicate-rules.js';

type Stored = Omit<DealRegistrationCreate, 'submit'>;

/** A row of `deal_registrations` as the database returns it. */
export interface DealRow {
  id: string;
  partner_id: string;
  number: number;
  status: DealStatus;
  submitted_by: { external_id: string; name?: string; email?: string };
  data: Stored;
  domain_normalized: string | null;
  name_key: string;
  country: string;
  contact_email: string;
  duplicate_check: DealRegistration['duplicate_check'];
  duplicate_matches: DuplicateMatch[];
  protection: DealRegistration['protection'];
  decision: DealRegistration['decision'];
  info_request: DealRegistration['info_request'];
  close: DealRegistration['close'];
  resubmission_count: number;
  version: number;
  created_at: Date | string;
  updated_at: Date | string;
  submitted_at: Date | string | null;
  approved_at: Date | string | null;
  closed_at: Date | string | null;
}

export const DEAL_COLUMNS = `id, partner_id, number, status, submitted_by, data, domain_normalized, name_key, country,
  contact_email, duplicate_check, duplicate_matches,
  protection, decision, info_request, close, resubmission_count, version, created_at, updated_at, submitted_at,
  approved_at, closed_at`;

const iso = (value: Date | string) => new Date(value).toISOString();
const isoOrNull = (value: Date | string | null) => (value === null ? null : iso(value));

/** What the lifecycle needs of a registration to tell which actions are allowed now. */
export const dealContext = (row: DealRow): DealActionContext => ({
  status: row.status,
  resubmissionCount: row.resubmission_count,
  extensionsUsed: row.protection?.extensions_used ?? 0,
  maxExtensions: row.protection?.max_extensions ?? DEAL_PROGRAM.protection.maxExtensions,
});

/** `DR-000123`. */
export const dealNumber = (number: number) => `DR-${String(number).padStart(6, '0')}`;

/** A decision as a partner sees it: the platform's override reason stays with the platform. */
function withoutOverride(decision: NonNullable<DealRegistration['decision']>): DealRegistration['decision'] {
  const { override_reason: _hidden, ...shown } = decision;
  return shown;
}

/** The API representation, with the actions `actor` may take now. */
export function dealView(row: DealRow, actor: DealActor): DealRegistration {
  const stage = DEAL_PROGRAM.stages.find((s) => s.key === row.data.stage);
  return {
    id: row.id,
    object: 'deal_registration',
    number: dealNumber(row.number),
    partner_id: row.partner_id,
    submitted_by: {
      external_id: row.submitted_by.external_id,
      name: row.submitted_by.name ?? null,
      email: row.submitted_by.email ?? null,
    },
    status: row.status,
    stage: stage ? { ...stage } : null,
    customer: { ...row.data.customer, domain_normalized: row.domain_normalized },
    contact: row.data.contact,
    opportunity: row.data.opportunity,
    notes: row.data.notes ?? null,
    custom_fields: row.data.custom_fields ?? {},
    // Partners learn what kind of match there is, never whose: the platform sees the matches too.
    duplicate_check:
      row.duplicate_check && actor === 'platform'
        ? { ...row.duplicate_check, matches: row.duplicate_matches }
        : row.duplicate_check,
    protection: row.protection,
    decision: row.decision && actor === 'partner' ? withoutOverride(row.decision) : row.decision,
    info_request: row.info_request,
    resubmission_count: row.resubmission_count,
    close: row.close,
    allowed_actions: allowedDealActions(actor, dealContext(row)),
    created_at: iso(row.created_at),
    updated_at: iso(row.updated_at),
    submitted_at: isoOrNull(row.submitted_at),
    approved_at: isoOrNull(row.approved_at),
    closed_at: isoOrNull(row.closed_at),
    version: row.version,
  };
}
