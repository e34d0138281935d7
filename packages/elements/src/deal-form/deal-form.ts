import type { TemplateResult } from 'lit';
import { FwDealElement } from '../deals/deal-element.js';
import {
  FwDealConflictEvent,
  FwDealDraftSaveEvent,
  FwDealSubmitEvent,
  FwDealSubmittedEvent,
  FwSessionExpiredEvent,
} from '../deals/deal-events.js';
import type { DealState } from '../deals/render-deal-state.js';
import { addEnglish } from '../i18n/messages.js';
import { enDealShell } from '../i18n/deal-shell-messages.js';
import { FwElement } from '../internal/fw-element.js';
import { formStyles } from '../styles/form-styles.js';
import type { DealFormCallbacks } from './deal-form-controller.js';
import type { DealFormViewModule } from './deal-form-view.js';
import { dealFormStyles } from './deal-form.styles.js';
import { fieldId, type Translate } from './render-deal-fields.js';

addEnglish(enDealShell);

/**
 * @summary A partner registers a deal: the program's form (custom fields included), checked as they type, saved as a draft on this device, submitted exactly once.
 * @tag fw-deal-form
 *
 * @attr api-base - The Flywheel API. @attr session-url - The host's endpoint minting partner sessions (`POST` → `{ client_secret }`).
 * @attr registration-id - Edit and resubmit this registration (after "needs info") instead of registering a new one.
 *
 * @csspart base - The wrapper. @csspart form - The form. @csspart section - Each group of fields; `section-title` its legend.
 * @csspart field - A field; `label`, `control`, `checkbox`, `radio`, `error` inside it.
 * @csspart precheck - The pre-check result for the customer. @csspart notice - "Draft restored" and "finishing a submission" notices; `discard` its button.
 * @csspart submit - The submit button. @csspart success - The view after submitting; `button` its button.
 * @csspart state - Loading, error and "no session" views; `retry` its button.
 *
 * @event fw-deal-draft-save - The draft was saved on this device: `{ savedAt }`.
 * @event fw-deal-submit - The partner submits a valid form (cancelable): `{ registrationId, idempotencyKey }`.
 * @event fw-deal-submitted - The registration is stored and submitted: `{ id, number, status }`.
 * @event fw-deal-conflict - The customer is already registered or protected: `{ status, reasons, existingId }`.
 * @event fw-session-expired - The partner session ended: `{ recovered }`.
 * @event fw-error - Loading or sending failed: `{ code, message, requestId }`.
 */
export class FwDealForm extends FwDealElement<DealFormViewModule> {
  static override properties = {
    registrationId: { attribute: 'registration-id' },
  };

  static override styles = [...FwElement.styles, formStyles, dealFormStyles];

  /** Edit and resubmit this registration (status `needs_info`) instead of registering a new one. */
  registrationId: string | undefined;

  private readonly callbacks: DealFormCallbacks = {
    draftSaved: (savedAt) => this.dispatchEvent(new FwDealDraftSaveEvent({ savedAt })),
    beforeSubmit: (detail) => this.dispatchEvent(new FwDealSubmitEvent(detail)),
    submitted: (registration) => {
      this.dispatchEvent(
        new FwDealSubmittedEvent({
          id: registration.id,
          number: registration.number,
          status: registration.status,
        }),
      );
      void this.focusAfterRender('.submitted-title');
    },
    conflict: (detail) => this.dispatchEvent(new FwDealConflictEvent(detail)),
    sessionLost: () => this.dispatchEvent(new FwSessionExpiredEvent({ recovered: false })),
    failed: (error) => {
      this.reportError(error);
    },
    focusField: (key) => {
      void this.focusAfterRender(`#${fieldId(this.uid, key)}`);
    },
    focusSubmit: () => {
      void this.focusAfterRender('[part="submit"]');
    },
  };

  protected override async importView(): Promise<DealFormViewModule> {
    const { createDealFormView } = await import('./deal-form-view.js');
    return createDealFormView(this, this.callbacks);
  }

  private async focusAfterRender(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  protected readonly frame = {
    label: 'dealFormLabel',
    loading: 'dealFormLoading',
    error: 'dealFormLoadError',
    skeletonClass: 'form-skeleton',
  } as const;

  protected override viewState(view: DealFormViewModule): DealState | 'ready' {
    const { phase } = view.controller;
    return phase === 'load_error'
      ? 'error'
      : phase === 'loading' || phase === 'not_allowed'
        ? phase
        : 'ready';
  }

  protected override retryData(view: DealFormViewModule): void {
    view.controller.retryLoad();
  }

  protected override renderView(view: DealFormViewModule, t: Translate): TemplateResult {
    return view.render({
      uid: this.uid,
      t,
      locale: this.flywheel.localeTag,
      onSubmit: (event) => {
        event.preventDefault();
        void view.controller.submit();
      },
    });
  }
}
