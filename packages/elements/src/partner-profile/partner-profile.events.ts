import { FwEvent } from '../internal/fw-event.js';

/** `fw-contact-submit` (cancelable): the visitor sends a contact request; cancel to handle it yourself. */
export class FwContactSubmitEvent extends FwEvent<{ partnerId: string }> {
  static readonly type = 'fw-contact-submit';
  constructor(detail: FwContactSubmitEvent['detail']) {
    super(FwContactSubmitEvent.type, detail, { cancelable: true });
  }
}

/** `fw-contact-submitted`: the request was stored. */
export class FwContactSubmittedEvent extends FwEvent<{ partnerId: string; contactRequestId: string }> {
  static readonly type = 'fw-contact-submitted';
  constructor(detail: FwContactSubmittedEvent['detail']) {
    super(FwContactSubmittedEvent.type, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'fw-contact-submit': FwContactSubmitEvent;
    'fw-contact-submitted': FwContactSubmittedEvent;
  }
}
