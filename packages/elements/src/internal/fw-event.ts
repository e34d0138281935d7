/**
 * Base of every Flywheel DOM event: bubbles and crosses shadow roots, with a typed `detail`.
 * Events named `…-submit`/`…-select` (before we act) are cancelable; past-tense ones are not.
 */
export class FwEvent<D> extends Event {
  readonly detail: D;

  constructor(type: string, detail: D, options: { cancelable?: boolean } = {}) {
    super(type, { bubbles: true, composed: true, cancelable: options.cancelable ?? false });
    this.detail = detail;
  }
}

/** `fw-error`: something failed that the user was told about. */
export class FwErrorEvent extends FwEvent<{ code: string; message: string; requestId?: string | undefined }> {
  static readonly type = 'fw-error';
  constructor(detail: FwErrorEvent['detail']) {
    super(FwErrorEvent.type, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'fw-error': FwErrorEvent;
  }
}
