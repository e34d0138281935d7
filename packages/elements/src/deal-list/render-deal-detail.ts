import {
  MAX_RESUBMISSIONS,
  type CustomFieldDefinition,
  type DealRegistration,
} from '@flywheel/contract/browser';
import type { FlywheelClient } from '@flywheel/sdk';
import type { DealRegistrationEvent } from '@flywheel/sdk/deals';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../deals/deal-format.js';
import { numberFormat } from '../i18n/number-format.js';
import type { MessageKey } from '../i18n/messages.js';
import type { Messages } from '../i18n/messages.js';
import type { Theme } from '../context/flywheel-context.js';
import { money, protectionCell, statusBadge, type DealListView } from './render-deal-table.js';

export interface DealDetailView extends DealListView {
  /** Passed to the embedded `<fw-deal-form>` when editing, so it shares the session and settings. */
  client: FlywheelClient | undefined;
  theme: Theme;
  messages: Partial<Messages> | undefined;
}

function historyLine(view: DealDetailView, event: DealRegistrationEvent): string {
  const { t } = view;
  const actor = t(
    event.actor === 'platform'
      ? 'dealActor_platform'
      : event.actor === 'system'
        ? 'dealActor_system'
        : 'dealActor_partner',
  );
  const status = (value: string | null) => (value ? t(`dealStatus_${value}` as MessageKey) : '');
  if (event.action === 'edit') return t('dealEventEdited', { actor });
  if (event.action === 'extend') return t('dealEventExtended', { actor });
  if (!event.from_status) return t('dealEventCreated', { actor, to: status(event.to_status) });
  return t('dealEvent', { actor, from: status(event.from_status), to: status(event.to_status) });
}

const optionLabel = (options: readonly { key: string; label: string }[] | undefined, key: string): string =>
  options?.find((option) => option.key === key)?.label ?? key;

/** A custom field's value as the partner entered it, in words (option labels, dates, yes/no). */
function customValue(
  view: DealDetailView,
  field: CustomFieldDefinition,
  value: DealRegistration['custom_fields'][string] | undefined,
): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (Array.isArray(value)) return value.map((key) => optionLabel(field.options, key)).join(', ');
  if (typeof value === 'boolean') return view.t(value ? 'dealYes' : 'dealNo');
  if (typeof value === 'number') return numberFormat(view.locale).format(value);
  if (field.type === 'select') return optionLabel(field.options, value);
  if (field.type === 'date') return formatDate(value, view.locale);
  return value;
}

function facts(view: DealDetailView, registration: DealRegistration): TemplateResult {
  const { t, locale } = view;
  const description = view.list.formDescription;
  const { customer, contact, opportunity } = registration;
  const row = (label: string, value: unknown) =>
    value === undefined || value === null || value === ''
      ? nothing
      : html`<div>
          <dt>${label}</dt>
          <dd dir="auto">${value}</dd>
        </div>`;
  return html`<dl class="facts">
    ${row(t('dealCompany'), customer.company_name)}
    ${row(t('dealDomain'), customer.domain_normalized ?? customer.domain)}
    ${row(t('dealCountry'), new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }).of(customer.country))}
    ${row(t('dealSectionContact'), `${contact.first_name} ${contact.last_name} <${contact.email}>`)}
    ${row(t('dealTitle'), contact.title)} ${row(t('dealPhone'), contact.phone)}
    ${row(t('dealOpportunityName'), opportunity.name)} ${row(t('dealAmount'), money(registration, locale))}
    ${row(t('dealCloseDate'), formatDate(opportunity.expected_close_date, locale))}
    ${row(t('dealType'), t(`dealType_${opportunity.deal_type}` as MessageKey))}
    ${row(t('dealStage'), registration.stage?.label)}
    ${row(t('dealProducts'), opportunity.products.map((key) => optionLabel(description?.products, key)).join(', '))}
    ${row(t('dealSourcing'), t(`dealSourcing_${opportunity.sourcing}` as MessageKey))}
    ${row(t('dealNotes'), registration.notes)}
    ${(description?.custom_fields ?? []).map((field) =>
      row(field.label, customValue(view, field, registration.custom_fields[field.key])),
    )}
  </dl>`;
}

function withdrawPanel(
  view: DealDetailView,
  registration: DealRegistration,
): TemplateResult | typeof nothing {
  const { list, t, uid } = view;
  if (!registration.allowed_actions.includes('withdraw')) return nothing;
  if (!list.withdrawOpen) {
    return html`<button
      type="button"
      class="button secondary"
      part="withdraw"
      @click=${() => {
        list.openWithdraw(true);
      }}
    >
      ${t('dealWithdraw')}
    </button>`;
  }
  return html`<form
    class="withdraw"
    part="withdraw-form"
    @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      void list.withdraw();
    }}
  >
    <div class="field">
      <label for="${uid}-reason" part="label">${t('dealWithdrawReason')}</label>
      <textarea
        id="${uid}-reason"
        part="control"
        rows="3"
        maxlength="1000"
        .value=${list.withdrawReason}
        @input=${(event: Event) => {
          list.setWithdrawReason((event.target as HTMLTextAreaElement).value);
        }}
      ></textarea>
    </div>
    ${list.withdrawFailed ? html`<p class="field-error" role="alert">${t('dealFailedServer')}</p>` : nothing}
    <div class="actions">
      <button type="submit" class="button danger" part="withdraw-confirm" ?disabled=${list.withdrawBusy}>
        ${t('dealWithdrawConfirm')}
      </button>
      <button
        type="button"
        class="button secondary"
        @click=${() => {
          list.openWithdraw(false);
        }}
      >
        ${t('dealWithdrawCancel')}
      </button>
    </div>
  </form>`;
}

/** One registration: its facts, what the program team said, protection, history and actions. */
export function renderDealDetail(view: DealDetailView, registration: DealRegistration): TemplateResult {
  const { list, t, locale } = view;
  const canResubmit = registration.status === 'needs_info' && registration.allowed_actions.includes('submit');
  const left = MAX_RESUBMISSIONS - registration.resubmission_count;
  return html`<article class="detail" part="detail" aria-labelledby="${view.uid}-detail-title">
    <button
      type="button"
      class="link-button back"
      @click=${() => {
        list.close();
      }}
    >
      ← ${t('dealDetailBack')}
    </button>
    <header class="detail-header">
      <h2 id="${view.uid}-detail-title" class="detail-title" tabindex="-1">
        ${registration.number} · <span dir="auto">${registration.customer.company_name}</span>
      </h2>
      ${statusBadge(t, registration.status)}
    </header>
    <p class="visually-hidden" role="status">
      ${list.announcement ? t(list.announcement.key, { number: list.announcement.number }) : nothing}
    </p>
    ${
      registration.info_request && registration.status === 'needs_info'
        ? html`<section class="callout" part="info-request">
            <h3>${t('dealDetailInfoRequest')}</h3>
            <p dir="auto">${registration.info_request.message}</p>
            ${canResubmit ? html`<p class="muted">${t('dealDetailResubmitsLeft', { count: left })}</p>` : nothing}
          </section>`
        : nothing
    }
    ${
      registration.decision?.message
        ? html`<section class="callout" part="decision">
            <h3>${t('dealDetailDecision')}</h3>
            <p dir="auto">${registration.decision.message}</p>
          </section>`
        : nothing
    }
    ${
      list.editing
        ? html`<fw-deal-form
              registration-id=${registration.id}
              .client=${view.client}
              .locale=${locale}
              .theme=${view.theme}
              .messages=${view.messages}
              @fw-deal-submitted=${() => void list.resubmitted(registration.id)}
            ></fw-deal-form>
            <button
              type="button"
              class="button secondary"
              @click=${() => {
                list.startEditing(false);
              }}
            >
              ${t('dealCancelEdit')}
            </button>`
        : html`${facts(view, registration)}
            <div class="actions">
              ${
                canResubmit
                  ? html`<button
                      type="button"
                      class="button"
                      part="edit"
                      @click=${() => {
                        list.startEditing(true);
                      }}
                    >
                      ${t('dealDetailEditResubmit')}
                    </button>`
                  : nothing
              }
              ${withdrawPanel(view, registration)}
            </div>`
    }
    ${
      registration.protection
        ? html`<section part="section">
            <h3>${t('dealDetailProtection')}</h3>
            <p>
              ${t('dealDetailProtectionText', {
                start: formatDate(registration.protection.starts_at, locale),
                end: formatDate(registration.protection.expires_at, locale),
                days: registration.protection.days,
              })}
            </p>
            <div>${protectionCell(view, registration)}</div>
          </section>`
        : nothing
    }
    ${
      registration.duplicate_check && registration.duplicate_check.status !== 'clear'
        ? html`<section part="section">
            <h3>${t('dealDetailCheck')}</h3>
            <p>
              ${registration.duplicate_check.status === 'conflict' ? t('dealCheckConflict') : t('dealCheckPossibleDuplicate')}
            </p>
          </section>`
        : nothing
    }
    <section part="section">
      <h3>${t('dealDetailHistory')}</h3>
      ${
        list.history === undefined
          ? list.historyFailed
            ? html`<p>${t('dealListErrorTitle')}</p>`
            : html`<p class="muted" aria-busy="true">${t('dealListLoading')}</p>`
          : list.history.length === 0
            ? html`<p>${t('dealDetailNoHistory')}</p>`
            : html`<ol class="history" part="history">
                ${list.history.map(
                  (event) =>
                    html`<li>
                      <time datetime=${event.at}>${formatDate(event.at, locale, true)}</time>
                      <span>${historyLine(view, event)}</span>
                      ${event.message ? html`<q dir="auto">${event.message}</q>` : nothing}
                    </li>`,
                )}
              </ol>`
      }
    </section>
  </article>`;
}
