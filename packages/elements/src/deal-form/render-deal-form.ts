import { addMonths, type DealRegistrationForm, type FieldError } from '@flywheel/contract/browser';
import { html, nothing, type TemplateResult } from 'lit';
import { countriesIn } from '../deals/country-codes.js';
import { formatDate, todayUtc } from '../deals/deal-format.js';
import type { MessageKey } from '../i18n/messages.js';
import type { DealFormController } from './deal-form-controller.js';
import { CUSTOM, exponentOf, isBlank } from './deal-form-values.js';
import {
  checkboxField,
  choiceGroup,
  selectField,
  textField,
  type FieldContext,
  type Translate,
} from './render-deal-fields.js';

export interface DealFormView {
  form: DealFormController;
  uid: string;
  t: Translate;
  locale: string;
  onSubmit: (event: SubmitEvent) => void;
  onRetry: () => void;
  onRegisterAnother: () => void;
}

const maxLengthOf = (form: DealRegistrationForm, key: string): number | undefined =>
  form.standard_fields.find((field) => field.pointer === `#/${key}`)?.max_length ?? undefined;

/** The localized message for a field error, by its stable code and the field it is on. */
function errorText(view: DealFormView, description: DealRegistrationForm) {
  const { t } = view;
  return (key: string, error: FieldError): string => {
    if (isBlank(view.form.values[key]) || error.code === 'required') return t('dealErrorRequired');
    if (key === 'opportunity/amount') {
      const digits = exponentOf(String(view.form.values['opportunity/currency']));
      return digits === 0 ? t('dealErrorAmountNoDecimals') : t('dealErrorAmount', { digits });
    }
    if (key === 'opportunity/expected_close_date') {
      if (error.code === 'too_small') return t('dealErrorDatePast');
      if (error.code === 'too_big')
        return t('dealErrorDateFar', { months: description.close_date.max_months });
      return t('dealErrorDate');
    }
    const custom = key.startsWith(CUSTOM)
      ? description.custom_fields.find((field) => CUSTOM + field.key === key)
      : undefined;
    switch (error.code) {
      case 'too_long':
        return t('dealErrorTooLong', { max: custom?.max_length ?? maxLengthOf(description, key) ?? 0 });
      case 'too_small':
        return t('dealErrorTooSmall', { min: custom?.min ?? 0 });
      case 'too_big':
        return t('dealErrorTooBig', { max: custom?.max ?? 0 });
      case 'invalid_type':
        return custom?.type === 'number' ? t('dealErrorNumber') : t('dealErrorInvalid');
      case 'invalid_value':
        return t('dealErrorChoose');
      case 'invalid_format':
        if (key === 'contact/email') return t('dealErrorEmail');
        if (key === 'customer/domain') return t('dealErrorDomain');
        if (key === 'contact/phone') return t('dealErrorPhone');
        return custom?.type === 'date' ? t('dealErrorDate') : t('dealErrorInvalid');
      default:
        return t('dealErrorInvalid');
    }
  };
}

const PRECHECK_MESSAGES: Record<string, MessageKey> = {
  checking: 'dealCheckChecking',
  clear: 'dealCheckClear',
  possible_duplicate: 'dealCheckPossibleDuplicate',
  conflict: 'dealCheckConflict',
  duplicate: 'dealCheckDuplicate',
  unavailable: 'dealCheckUnavailable',
};

/** The customer pre-check's answer, under the website field: a polite live region. */
function renderPrecheck(view: DealFormView): TemplateResult {
  const { precheck } = view.form;
  const key = PRECHECK_MESSAGES[precheck.status];
  return html`<div class="precheck" part="precheck" data-status=${precheck.status} role="status">
    ${key ? view.t(key, { number: view.form.precheckNumber ?? '' }) : nothing}
  </div>`;
}

function renderFields(
  view: DealFormView,
  c: FieldContext,
  description: DealRegistrationForm,
): TemplateResult {
  const { t, form } = view;
  const today = todayUtc();
  const currency = String(form.values['opportunity/currency']);
  const exponent = exponentOf(currency);
  const example = exponent === 0 ? '125000' : `12500.${'0'.repeat(exponent)}`;
  const noWebsite = form.values['customer/no_website'] === true;
  const required = (key: string) =>
    description.standard_fields.find((field) => field.pointer === `#/${key}`)?.required === true;
  const options = (keys: readonly string[], prefix: string) =>
    keys.map((key) => ({ value: key, label: t(`${prefix}${key}` as MessageKey) }));
  return html`<fieldset class="section" part="section">
      <legend part="section-title">${t('dealSectionCustomer')}</legend>
      ${textField(c, 'customer/company_name', t('dealCompany'), { required: true, autocomplete: 'off', maxLength: maxLengthOf(description, 'customer/company_name') })}
      ${noWebsite ? nothing : textField(c, 'customer/domain', t('dealDomain'), { required: true, hint: t('dealDomainHint'), inputmode: 'url', maxLength: 253 })}
      ${checkboxField(c, 'customer/no_website', t('dealNoWebsite'))}
      ${selectField(
        c,
        'customer/country',
        t('dealCountry'),
        countriesIn(view.locale).map((country) => ({ value: country.code, label: country.name })),
        { required: true },
      )}
      ${renderPrecheck(view)}
    </fieldset>
    <fieldset class="section" part="section">
      <legend part="section-title">${t('dealSectionContact')}</legend>
      <div class="row">
        ${textField(c, 'contact/first_name', t('dealFirstName'), { required: true, maxLength: 100 })}
        ${textField(c, 'contact/last_name', t('dealLastName'), { required: true, maxLength: 100 })}
      </div>
      ${textField(c, 'contact/email', t('dealEmail'), { required: true, type: 'email', maxLength: 254 })}
      <div class="row">
        ${textField(c, 'contact/title', t('dealTitle'), { maxLength: 120 })}
        ${textField(c, 'contact/phone', t('dealPhone'), { type: 'tel', hint: t('dealPhoneHint') })}
      </div>
    </fieldset>
    <fieldset class="section" part="section">
      <legend part="section-title">${t('dealSectionOpportunity')}</legend>
      ${textField(c, 'opportunity/name', t('dealOpportunityName'), { maxLength: 200 })}
      <div class="row">
        ${textField(c, 'opportunity/amount', t('dealAmount'), {
          required: true,
          inputmode: exponent === 0 ? 'numeric' : 'decimal',
          hint: t('dealAmountHint', { currency, example }),
        })}
        ${selectField(
          c,
          'opportunity/currency',
          t('dealCurrency'),
          description.currencies.map((entry) => ({ value: entry.code, label: entry.code })),
          { required: true, blank: false },
        )}
      </div>
      <div class="row">
        ${textField(c, 'opportunity/expected_close_date', t('dealCloseDate'), {
          required: true,
          type: 'date',
          min: today,
          max: addMonths(today, description.close_date.max_months),
        })}
        ${selectField(c, 'opportunity/deal_type', t('dealType'), options(description.deal_types, 'dealType_'), { required: true, blank: false })}
      </div>
      ${selectField(
        c,
        'stage',
        t('dealStage'),
        description.stages.map((stage) => ({ value: stage.key, label: stage.label })),
        { required: required('stage') },
      )}
      ${
        description.products.length > 0
          ? choiceGroup(
              c,
              'opportunity/products',
              t('dealProducts'),
              description.products.map((product) => ({ value: product.key, label: product.label })),
              { multiple: true },
            )
          : nothing
      }
      ${choiceGroup(c, 'opportunity/sourcing', t('dealSourcing'), options(description.sourcing, 'dealSourcing_'), { multiple: false, required: true })}
      ${textField(c, 'notes', t('dealNotes'), { multiline: true, maxLength: maxLengthOf(description, 'notes') })}
    </fieldset>
    ${
      description.custom_fields.length > 0
        ? html`<fieldset class="section" part="section">
            <legend part="section-title">${t('dealSectionMore')}</legend>
            ${description.custom_fields.map((field) => {
              const key = CUSTOM + field.key;
              const common = { required: field.required, hint: field.help ?? undefined };
              const choices = (field.options ?? []).map((option) => ({
                value: option.key,
                label: option.label,
              }));
              switch (field.type) {
                case 'select':
                  return selectField(c, key, field.label, choices, common);
                case 'multi_select':
                  return choiceGroup(c, key, field.label, choices, { ...common, multiple: true });
                case 'checkbox':
                  return checkboxField(c, key, field.label, common);
                case 'date':
                  return textField(c, key, field.label, { ...common, type: 'date' });
                case 'number':
                  return textField(c, key, field.label, { ...common, inputmode: 'decimal' });
                default:
                  return textField(c, key, field.label, {
                    ...common,
                    maxLength: field.max_length,
                    multiline: (field.max_length ?? 0) > 200,
                  });
              }
            })}
          </fieldset>`
        : nothing
    }`;
}

const FAILURE_MESSAGES: Record<NonNullable<DealFormController['failure']>, MessageKey> = {
  network: 'dealFailedNetwork',
  server: 'dealFailedServer',
  rate_limited: 'dealFailedRateLimited',
  duplicate: 'dealFailedDuplicate',
  changed: 'dealFailedChanged',
  forbidden: 'dealFailedForbidden',
  session: 'dealSessionExpired',
};

function renderSubmitted(view: DealFormView, description: DealRegistrationForm): TemplateResult {
  const { t } = view;
  const registration = view.form.result!;
  return html`<div class="submitted" part="success" role="status">
    <h2 class="submitted-title" tabindex="-1">${t('dealSubmittedTitle', { number: registration.number })}</h2>
    <p>${t('dealSubmittedBody', { status: t(`dealStatus_${registration.status}` as MessageKey) })}</p>
    <p>${t('dealSubmittedNext', { days: description.protection.days })}</p>
    ${
      view.form.registration
        ? nothing
        : html`<button type="button" class="button secondary" part="button" @click=${view.onRegisterAnother}>
            ${t('dealRegisterAnother')}
          </button>`
    }
  </div>`;
}

/** The form, its notices and its outcome; loading and failure states are the element's. */
export function renderDealForm(view: DealFormView): TemplateResult {
  const { form, t } = view;
  const description = form.form!;
  if (form.phase === 'submitted' && form.result) return renderSubmitted(view, description);
  const submitting = form.phase === 'submitting';
  // Counted once the partner pressed submit; before that, each field speaks for itself.
  const errorCount = form.attempted ? form.visibleErrorCount : 0;
  const failure = form.failure;
  const c: FieldContext = {
    form,
    uid: view.uid,
    t,
    errorText: errorText(view, description),
    disabled: form.locked,
  };
  const retryable = failure === 'network' || failure === 'server' || failure === 'rate_limited';
  return html`<form
    part="form"
    class="deal-form"
    novalidate
    aria-busy=${submitting ? 'true' : 'false'}
    @submit=${view.onSubmit}
  >
    ${
      form.restoredAt && !form.locked
        ? html`<div class="notice" part="notice" role="status">
            <p>${t('dealDraftRestored', { time: formatDate(form.restoredAt, view.locale, true) })}</p>
            <button
              type="button"
              class="link-button"
              part="discard"
              @click=${() => {
                form.discardDraft();
              }}
            >
              ${t('dealDraftDiscard')}
            </button>
          </div>`
        : nothing
    }
    ${form.resuming ? html`<div class="notice" part="notice" role="status"><p>${t('dealResuming')}</p></div>` : nothing}
    ${renderFields(view, c, description)}
    <div class="error-summary" role="alert">
      ${errorCount > 0 ? html`<p part="error">${t('dealErrorSummary', { count: errorCount })}</p>` : nothing}
      ${
        failure
          ? html`<p part="error">${t(FAILURE_MESSAGES[failure], { number: form.duplicateNumber ?? '' })}</p>`
          : nothing
      }
    </div>
    <div class="actions">
      <button type="submit" class="button" part="submit" ?disabled=${submitting}>
        ${submitting ? t('dealSubmitting') : retryable ? t('dealTryAgain') : form.registration ? t('dealResubmit') : t('dealSubmit')}
      </button>
      ${
        form.locked && !submitting && failure
          ? html`<button
              type="button"
              class="link-button"
              part="edit-pending"
              @click=${() => {
                form.unlockForEditing();
              }}
            >
              ${t('dealEditInstead')}
            </button>`
          : nothing
      }
    </div>
  </form>`;
}
