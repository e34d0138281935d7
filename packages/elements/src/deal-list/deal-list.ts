import type { TemplateResult } from 'lit';
import { FwDealElement } from '../deals/deal-element.js';
import { FwDealWithdrawnEvent, FwSessionExpiredEvent } from '../deals/deal-events.js';
import type { DealState } from '../deals/render-deal-state.js';
import type { Translate } from '../deal-form/render-deal-fields.js';
import { addEnglish } from '../i18n/messages.js';
import { enDealShell } from '../i18n/deal-shell-messages.js';
import { FwElement } from '../internal/fw-element.js';
import { formStyles } from '../styles/form-styles.js';
import type { DealListCallbacks } from './deal-list-controller.js';
import type { DealListViewModule } from './deal-list-view.js';
import { dealListStyles } from './deal-list.styles.js';

addEnglish(enDealShell);

/**
 * @summary A partner's deal registrations: status, stage, amount, expected close and protection expiry; search, status filter and pages; detail with history; withdraw, and edit-and-resubmit after "needs info".
 * @tag fw-deal-list
 *
 * @attr api-base - The Flywheel API. @attr session-url - The host's endpoint minting partner sessions (`POST` → `{ client_secret }`).
 *
 * @csspart base - The wrapper. @csspart filters - Search and status filter; `label`, `control` inside.
 * @csspart table - The table; `row` each registration, `status` each status badge, `expiring` the "expiring soon" mark.
 * @csspart pagination - Previous/next. @csspart detail - One registration; `info-request`, `decision`, `history`, `section` inside.
 * @csspart edit - "Edit and resubmit". @csspart withdraw - "Withdraw"; `withdraw-form`, `withdraw-confirm` after it.
 * @csspart state - Loading, empty, error and "no session" views; `retry` its button.
 *
 * @event fw-deal-withdrawn - A registration was withdrawn: `{ id, number }`.
 * @event fw-deal-submitted - A registration was resubmitted from the embedded form: `{ id, number, status }`.
 * @event fw-session-expired - The partner session ended: `{ recovered }`.
 * @event fw-error - Loading or an action failed: `{ code, message, requestId }`.
 */
export class FwDealList extends FwDealElement<DealListViewModule> {
  static override styles = [...FwElement.styles, formStyles, dealListStyles];

  private readonly callbacks: DealListCallbacks = {
    failed: (error) => {
      this.reportError(error);
    },
    sessionLost: () => this.dispatchEvent(new FwSessionExpiredEvent({ recovered: false })),
    withdrawn: (registration) =>
      this.dispatchEvent(new FwDealWithdrawnEvent({ id: registration.id, number: registration.number })),
    focus: (target) => {
      void this.updateComplete.then(() => {
        const selector =
          'detail' in target
            ? '.detail-title'
            : 'withdrawReason' in target
              ? `#${this.uid}-reason`
              : 'withdrawButton' in target
                ? '[part="withdraw"]'
                : `#${CSS.escape(`${this.uid}-row-${target.row}`)}`;
        this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
      });
    },
  };

  protected override async importView(): Promise<DealListViewModule> {
    const { createDealListView } = await import('./deal-list-view.js');
    return createDealListView(this, this.callbacks);
  }

  protected readonly frame = {
    label: 'dealListLabel',
    loading: 'dealListLoading',
    error: 'dealListErrorTitle',
    skeletonClass: 'list-skeleton',
  } as const;

  protected override viewState(view: DealListViewModule): DealState | 'ready' {
    return view.controller.phase;
  }

  protected override retryData(view: DealListViewModule): void {
    view.controller.retry();
  }

  protected override renderView(view: DealListViewModule, t: Translate): TemplateResult {
    const f = this.flywheel;
    return view.render({ uid: this.uid, t, locale: f.localeTag, theme: f.theme, messages: this.messages });
  }
}
