import { html, type TemplateResult } from 'lit';
import type { DirectoryStatus } from './directory-data-controller.js';

type StateKey =
  | 'loading'
  | 'errorTitle'
  | 'errorBody'
  | 'retry'
  | 'unauthorizedTitle'
  | 'unauthorizedBody'
  | 'rateLimitedBody';

/** Skeleton rows of card height: the list's space is reserved while loading, so nothing shifts. */
const SKELETON_CARDS = 6;

/** Loading, error and unauthorized views of the results area. */
export function renderDirectoryState(
  status: DirectoryStatus,
  view: { t: (key: StateKey) => string; errorCode: string | undefined; onRetry: () => void },
): TemplateResult {
  if (status === 'loading') {
    return html`<div part="state" class="state-loading" data-state="loading" aria-busy="true">
      <p class="visually-hidden" role="status">${view.t('loading')}</p>
      <div class="skeleton-grid" aria-hidden="true">
        ${Array.from({ length: SKELETON_CARDS }, () => html`<div class="skeleton skeleton-card"></div>`)}
      </div>
    </div>`;
  }
  if (status === 'unauthorized' || status === 'unconfigured') {
    return html`<div part="state" class="state" data-state="unauthorized" role="alert">
      <p class="state-title">${view.t('unauthorizedTitle')}</p>
      <p>${view.t('unauthorizedBody')}</p>
    </div>`;
  }
  return html`<div part="state" class="state" data-state="error" role="alert">
    <p class="state-title">${view.t('errorTitle')}</p>
    <p>${view.errorCode === 'rate_limited' ? view.t('rateLimitedBody') : view.t('errorBody')}</p>
    <button type="button" part="retry" class="button" @click=${view.onRetry}>${view.t('retry')}</button>
  </div>`;
}
