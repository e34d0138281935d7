/**
 * The deal registration lifecycle of api-v1 §2.1.3, as plain data shared by the server (which enforces
 * it) and the widgets (which show only the buttons `allowed_actions` names). No zod: browsers import it.
 */

export const DEAL_STATUSES = [
  'draft',
  'submitted',
  'under_review',
  'needs_info',
  'approved',
  'rejected',
  'withdrawn',
  'expired',
  'won',
  'lost',
] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

/** Statuses nothing leaves: a partner registers again, naming the old one. */
export const TERMINAL_DEAL_STATUSES: readonly DealStatus[] = [
  'rejected',
  'withdrawn',
  'expired',
  'won',
  'lost',
];

/** Who acts: the partner (a session with `deals:write`) or the platform (its secret key). */
export type DealActor = 'partner' | 'platform';

/**
 * Every change of a registration. `edit` is `PATCH` (all fields in `draft` and `needs_info`; only
 * `stage` and `notes` in `approved`); `delete` is `DELETE` (drafts only); the rest are
 * `POST /v1/deal_registrations/{id}/{action}`.
 */
export const DEAL_ACTIONS = [
  'edit',
  'delete',
  'submit',
  'withdraw',
  'start_review',
  'approve',
  'reject',
  'request_info',
  'extend',
  'close',
  'cancel',
] as const;
export type DealAction = (typeof DEAL_ACTIONS)[number];

interface Transition {
  readonly actor: DealActor;
  readonly from: readonly DealStatus[];
  /** The status after the action; `null`: unchanged (edit, extend) or gone (delete); `won_or_lost`: as the input says. */
  readonly to: DealStatus | null | 'won_or_lost';
}

const PENDING: readonly DealStatus[] = ['submitted', 'under_review'];

/** api-v1 §2.1.3 "Statuses & allowed transitions". */
export const DEAL_TRANSITIONS: Readonly<Record<DealAction, Transition>> = {
  edit: { actor: 'partner', from: ['draft', 'needs_info', 'approved'], to: null },
  delete: { actor: 'partner', from: ['draft'], to: null },
  submit: { actor: 'partner', from: ['draft', 'needs_info'], to: 'submitted' },
  withdraw: { actor: 'partner', from: ['draft', 'submitted', 'under_review', 'needs_info'], to: 'withdrawn' },
  start_review: { actor: 'platform', from: ['submitted'], to: 'under_review' },
  approve: { actor: 'platform', from: PENDING, to: 'approved' },
  reject: { actor: 'platform', from: PENDING, to: 'rejected' },
  request_info: { actor: 'platform', from: PENDING, to: 'needs_info' },
  extend: { actor: 'platform', from: ['approved'], to: null },
  close: { actor: 'platform', from: ['approved'], to: 'won_or_lost' },
  cancel: { actor: 'platform', from: ['approved'], to: 'rejected' },
};

/** Resubmissions after `needs_info` allowed per registration. */
export const MAX_RESUBMISSIONS = 3;

export interface DealActionContext {
  readonly status: DealStatus;
  readonly resubmissionCount: number;
  /** Extensions of the protection period used, and allowed. */
  readonly extensionsUsed: number;
  readonly maxExtensions: number;
}

/** The actions `actor` may take now: each side only its own (the platform never edits a partner's registration). */
export function allowedDealActions(actor: DealActor, context: DealActionContext): DealAction[] {
  return DEAL_ACTIONS.filter((action) => {
    const transition = DEAL_TRANSITIONS[action];
    if (transition.actor !== actor || !transition.from.includes(context.status)) return false;
    if (
      action === 'submit' &&
      context.status === 'needs_info' &&
      context.resubmissionCount >= MAX_RESUBMISSIONS
    )
      return false;
    if (action === 'extend' && context.extensionsUsed >= context.maxExtensions) return false;
    return true;
  });
}

/** Fields a partner may change in `approved` (everything else is fixed once approved). */
export const EDITABLE_WHEN_APPROVED = ['stage', 'notes'] as const;

/**
 * ISO 4217 minor-unit exponents of the currencies a program may accept: amounts are integers in
 * minor units (USD cents, JPY yen, KWD fils).
 */
export const CURRENCY_EXPONENTS: Readonly<Record<string, number>> = {
  USD: 2,
  EUR: 2,
  GBP: 2,
  CAD: 2,
  AUD: 2,
  CHF: 2,
  SEK: 2,
  BRL: 2,
  INR: 2,
  SGD: 2,
  AED: 2,
  JPY: 0,
  KRW: 0,
  KWD: 3,
  BHD: 3,
};
