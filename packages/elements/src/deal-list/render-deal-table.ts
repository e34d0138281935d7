import { DEAL_STATUSES, type DealRegistration } from '@flywheel/contract/browser';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatMoney, isExpiringSoon, relativeTime } from '../deals/deal-format.js';
import type { MessageKey } from '../i18n/messages.js';
import { exponentOf } from '../deal-form/deal-form-values.js';
import type { Translate } from '../deal-form/render-deal-fields.js';
import { PAGE_SIZE, type DealListController } from './deal-list-controller.js';

export interface DealListView {
  list: DealListController;
  uid: string;
  t: Translate;
  locale: string;
  now: number;
}

export const statusBadge = (t: Translate, status: string): TemplateResult =>
  html`<span class="status" part="status" data-status=${status}
    >${t(`dealStatus_${status}` as MessageKey)}</span
  >`;

export const money = (registration: DealRegistration, locale: string): string => {
  const { amount, currency } = registration.opportunity.amount;
  return formatMoney(amount, currency, exponentOf(currency), locale);
};

/** Protection end: the date, how far away, and "expiring soon" when it is close. */
export function protectionCell(view: DealListView, registration: DealRegistration): TemplateResult | string {
  const expiresAt = registration.protection?.expires_at;
  if (!expiresAt || registration.status !== 'approved') return '—';
  const soon = isExpiringSoon(expiresAt, view.now);
  return html`<div class="protection-cell">
    <span>${formatDate(expiresAt, view.locale)}</span>
    <span class="muted"
      >${view.t('dealProtectionEnds', { relative: relativeTime(expiresAt, view.now, view.locale) })}</span
    >
    ${soon ? html`<span class="badge-soon" part="expiring">${view.t('dealExpiringSoon')}</span>` : nothing}
  </div>`;
}

function toolbar(view: DealListView): TemplateResult {
  const { list, t, uid } = view;
  return html`<div class="toolbar" part="filters" role="search">
    <div class="field">
      <label for="${uid}-q" part="label">${t('dealListSearch')}</label>
      <input
        id="${uid}-q"
        type="search"
        part="control"
        autocomplete="off"
        maxlength="200"
        placeholder=${t('dealListSearchPlaceholder')}
        .value=${list.query}
        @input=${(event: Event) => {
          list.search((event.target as HTMLInputElement).value);
        }}
      />
    </div>
    <div class="field">
      <label for="${uid}-status" part="label">${t('dealListStatusFilter')}</label>
      <select
        id="${uid}-status"
        part="control"
        @change=${(event: Event) => {
          list.filterStatus((event.target as HTMLSelectElement).value as typeof list.status);
        }}
      >
        <option value="" ?selected=${list.status === ''}>${t('dealListAllStatuses')}</option>
        ${DEAL_STATUSES.map(
          (status) =>
            html`<option value=${status} ?selected=${list.status === status}>
              ${t(`dealStatus_${status}` as MessageKey)}
            </option>`,
        )}
      </select>
    </div>
  </div>`;
}

function pagination(view: DealListView): TemplateResult | typeof nothing {
  const { list, t } = view;
  if (list.total === 0) return nothing;
  const from = (list.page - 1) * PAGE_SIZE + 1;
  const to = from + list.rows.length - 1;
  return html`<nav class="pagination" part="pagination" aria-label=${t('dealListPages')}>
    <button
      type="button"
      class="button secondary"
      ?disabled=${list.page < 2}
      @click=${() => {
        list.previousPage();
      }}
    >
      ${t('dealListPrevious')}
    </button>
    <span>${t('dealListRange', { from, to, total: list.total })}</span>
    <button
      type="button"
      class="button secondary"
      ?disabled=${!list.hasMore}
      @click=${() => {
        list.nextPage();
      }}
    >
      ${t('dealListNext')}
    </button>
  </nav>`;
}

/** The toolbar, the table of registrations (or why it is empty) and the pages. */
export function renderDealTable(view: DealListView): TemplateResult {
  const { list, t, locale, uid } = view;
  const filtered = list.query.trim() !== '' || list.status !== '';
  const body =
    list.rows.length === 0
      ? html`<div class="state" part="state" data-state="empty">
          <p class="state-title">${filtered ? t('dealListNoMatchTitle') : t('dealListEmptyTitle')}</p>
          <p>${filtered ? t('dealListNoMatchBody') : t('dealListEmptyBody')}</p>
        </div>`
      : html`<div class="table-wrap">
          <table part="table" aria-describedby="${uid}-count">
            <thead>
              <tr>
                <th scope="col">${t('dealColNumber')}</th>
                <th scope="col" class="wide-only">${t('dealColCustomer')}</th>
                <th scope="col">${t('dealColStatus')}</th>
                <th scope="col" class="wide-only">${t('dealColStage')}</th>
                <th scope="col" class="num">${t('dealColAmount')}</th>
                <th scope="col">${t('dealColClose')}</th>
                <th scope="col">${t('dealColProtection')}</th>
              </tr>
            </thead>
            <tbody>
              ${list.rows.map(
                (row) =>
                  html`<tr part="row">
                    <td>
                      <button
                        type="button"
                        class="link-button"
                        id="${uid}-row-${row.id}"
                        @click=${() => void list.open(row.id)}
                      >
                        ${row.number}
                      </button>
                      <span class="compact-only" dir="auto">${row.customer.company_name}</span>
                    </td>
                    <td class="wide-only" dir="auto">${row.customer.company_name}</td>
                    <td>
                      ${statusBadge(t, row.status)}
                      <span class="compact-only muted">${row.stage?.label ?? ''}</span>
                    </td>
                    <td class="wide-only">${row.stage?.label ?? '—'}</td>
                    <td class="num">${money(row, locale)}</td>
                    <td>${formatDate(row.opportunity.expected_close_date, locale)}</td>
                    <td class="protection">${protectionCell(view, row)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>`;
  return html`${toolbar(view)}
    <p id="${uid}-count" class="count" role="status">${t('dealListCount', { count: list.total })}</p>
    ${body} ${pagination(view)}`;
}
