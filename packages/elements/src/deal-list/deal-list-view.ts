import type { FlywheelClient } from '@flywheel/sdk';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { Theme } from '../context/flywheel-context.js';
import { dealsOf } from '../deals/deal-resource.js';
import { addEnglish, type Messages } from '../i18n/messages.js';
import { enDeals } from '../i18n/deal-messages.js';
import type { Translate } from '../deal-form/render-deal-fields.js';
// Editing after "needs info" embeds the deal form.
import '../deal-form/fw-deal-form.js';
import { DealListController, type DealListCallbacks } from './deal-list-controller.js';
import { renderDealDetail } from './render-deal-detail.js';
import { renderDealTable } from './render-deal-table.js';

addEnglish(enDeals);

export interface DealListHost extends ReactiveControllerHost {
  readonly partnerClient: FlywheelClient | undefined;
}

/** The part of `<fw-deal-list>` that loads when the list is used (while its first page is requested). */
export function createDealListView(host: DealListHost, callbacks: DealListCallbacks) {
  const controller = new DealListController(host, () => dealsOf(host.partnerClient), callbacks);
  return {
    controller,
    render(view: {
      uid: string;
      t: Translate;
      locale: string;
      theme: Theme;
      messages: Partial<Messages> | undefined;
    }): TemplateResult {
      const common = { ...view, list: controller, now: Date.now() };
      return controller.selected
        ? renderDealDetail({ ...common, client: host.partnerClient }, controller.selected)
        : renderDealTable(common);
    },
  };
}

export type DealListViewModule = ReturnType<typeof createDealListView>;
