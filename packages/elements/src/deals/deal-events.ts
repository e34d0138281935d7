import { FwEvent } from '../internal/fw-event.js';

/** `fw-deal-draft-save`: what the partner typed was saved on this device (never a token). */
export class FwDealDraftSaveEvent extends FwEvent<{ savedAt: string }> {
  static readonly type = 'fw-deal-draft-save';
  constructor(detail: FwDealDraftSaveEvent['detail']) {
    super(FwDealDraftSaveEvent.type, detail);
  }
}

/**
 * `fw-deal-submit` (cancelable): the partner pressed submit and the form is valid. `idempotencyKey`
 * is the key this submission is sent with, however often it is retried.
 */
export class FwDealSubmitEvent extends FwEvent<{
  registrationId: string | undefined;
  idempotencyKey: string;
}> {
  static readonly type = 'fw-deal-submit';
  constructor(detail: FwDealSubmitEvent['detail']) {
    super(FwDealSubmitEvent.type, detail, { cancelable: true });
  }
}

/** `fw-deal-submitted`: the registration is stored and submitted. */
export class FwDealSubmittedEvent extends FwEvent<{ id: string; number: string; status: string }> {
  static readonly type = 'fw-deal-submitted';
  constructor(detail: FwDealSubmittedEvent['detail']) {
    super(FwDealSubmittedEvent.type, detail);
  }
}

/**
 * `fw-deal-conflict`: the pre-check (or the submission) found that the customer is already
 * registered or protected. Only the kind of match is known, never another partner's data.
 */
export class FwDealConflictEvent extends FwEvent<{
  status: 'possible_duplicate' | 'conflict' | 'duplicate' | (string & {});
  reasons: string[];
  existingId: string | null;
}> {
  static readonly type = 'fw-deal-conflict';
  constructor(detail: FwDealConflictEvent['detail']) {
    super(FwDealConflictEvent.type, detail);
  }
}

/**
 * `fw-session-expired`: the partner session ran out. `recovered: true` while the widget fetches a new
 * one (what the partner typed stays); `false` when none could be had (the portal must sign in again).
 */
export class FwSessionExpiredEvent extends FwEvent<{ recovered: boolean }> {
  static readonly type = 'fw-session-expired';
  constructor(detail: FwSessionExpiredEvent['detail']) {
    super(FwSessionExpiredEvent.type, detail);
  }
}

/** `fw-deal-withdrawn`: the partner withdrew a registration from the list. */
export class FwDealWithdrawnEvent extends FwEvent<{ id: string; number: string }> {
  static readonly type = 'fw-deal-withdrawn';
  constructor(detail: FwDealWithdrawnEvent['detail']) {
    super(FwDealWithdrawnEvent.type, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'fw-deal-draft-save': FwDealDraftSaveEvent;
    'fw-deal-submit': FwDealSubmitEvent;
    'fw-deal-submitted': FwDealSubmittedEvent;
    'fw-deal-conflict': FwDealConflictEvent;
    'fw-session-expired': FwSessionExpiredEvent;
    'fw-deal-withdrawn': FwDealWithdrawnEvent;
  }
}
