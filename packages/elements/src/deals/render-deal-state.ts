import { html, type TemplateResult } from 'lit';
import type { MessageKey } from '../i18n/messages.js';

/** Loading (reserved height, announced), failure with retry, and "no partner session" views. */
export type DealState = 'loading' | 'error' | 'not_allowed';

export function renderDealState(
  state: DealState,
  view: {
    t: (key: MessageKey) => string;
    loading: MessageKey;
    error: MessageKey;
    skeletonClass: string;
    onRetry: () => void;
  },
): TemplateResult {
  const { t } = view;
  if (state === 'loading') {
    return html`<div
      part="state"
      class="skeleton ${view.skeletonClass}"
      data-state="loading"
      aria-busy="true"
    >
      <p class="visually-hidden" role="status">${t(view.loading)}</p>
    </div>`;
  }
  if (state === 'not_allowed') {
    // A retry too: the portal's session endpoint may only have been unreachable for a moment.
    return html`<div part="state" class="state" data-state="not-allowed" role="alert">
      <p class="state-title">${t('dealNotAllowedTitle')}</p>
      <p>${t('dealNotAllowedBody')}</p>
      <button type="button" part="retry" class="button" @click=${view.onRetry}>${t('dealTryAgain')}</button>
    </div>`;
  }
  return html`<div part="state" class="state" data-state="error" role="alert">
    <p class="state-title">${t(view.error)}</p>
    <p>${t('errorBody')}</p>
    <button type="button" part="retry" class="button" @click=${view.onRetry}>${t('dealTryAgain')}</button>
  </div>`;
}
