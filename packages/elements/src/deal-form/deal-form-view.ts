import type { FlywheelClient } from '@flywheel/sdk';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { dealsOf } from '../deals/deal-resource.js';
import { addEnglish } from '../i18n/messages.js';
import { enDeals } from '../i18n/deal-messages.js';
import { DealFormController, type DealFormCallbacks } from './deal-form-controller.js';
import { renderDealForm, type DealFormView } from './render-deal-form.js';
import type { Translate } from './render-deal-fields.js';

// The deal widgets' English strings arrive with them.
addEnglish(enDeals);

/** What the element gives the lazily loaded part of the deal form. */
export interface DealFormHost extends ReactiveControllerHost {
  readonly partnerClient: FlywheelClient | undefined;
  readonly registrationId: string | undefined;
}

/**
 * The part of `<fw-deal-form>` that loads when the form is used (while the form description is
 * requested): its state, validation with the contract's schemas, drafts and rendering.
 */
export function createDealFormView(host: DealFormHost, callbacks: DealFormCallbacks) {
  const controller = new DealFormController(
    host,
    () => ({ deals: dealsOf(host.partnerClient), registrationId: host.registrationId }),
    callbacks,
  );
  return {
    controller,
    render(view: {
      uid: string;
      t: Translate;
      locale: string;
      onSubmit: DealFormView['onSubmit'];
    }): TemplateResult {
      return renderDealForm({
        ...view,
        form: controller,
        onRetry: () => void controller.submit(),
        onRegisterAnother: () => {
          controller.registerAnother();
        },
      });
    },
  };
}

export type DealFormViewModule = ReturnType<typeof createDealFormView>;
