import { html, nothing, type TemplateResult } from 'lit';
import type { MessageKey } from '../i18n/messages.js';
import type { ContactField, ContactFormController } from './contact-form-controller.js';

export interface ContactFormView {
  form: ContactFormController;
  id: string;
  partnerName: string;
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
  onSubmit: (event: SubmitEvent) => void;
}

const MAX_LENGTH: Partial<Record<ContactField, number>> = {
  name: 120,
  email: 254,
  company: 200,
  message: 2000,
};

/** The localized message for a field error, by its stable code. */
function errorText(view: ContactFormView, field: ContactField): string | undefined {
  const error = view.form.errors[field];
  if (!error) return undefined;
  switch (error.code) {
    case 'required':
    case 'too_short':
      return view.t('errorRequired');
    case 'too_long':
      return view.t('errorTooLong', { max: MAX_LENGTH[field] ?? 0 });
    case 'invalid_format':
      return field === 'email'
        ? view.t('errorEmail')
        : field === 'phone'
          ? view.t('errorPhone')
          : view.t('errorInvalid');
    default:
      return field === 'consent' ? view.t('errorConsent') : view.t('errorInvalid');
  }
}

function textField(
  view: ContactFormView,
  field: Exclude<ContactField, 'consent'>,
  label: string,
  options: { type?: string; autocomplete: string; optional?: boolean; hint?: string; multiline?: boolean },
): TemplateResult {
  const { form } = view;
  const id = `${view.id}-${field}`;
  const error = errorText(view, field);
  const describedBy = [options.hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const onInput = (event: Event) => {
    form.update(field, (event.target as HTMLInputElement | HTMLTextAreaElement).value);
  };
  const onBlur = () => {
    form.blur(field);
  };
  return html`<div class="field" part="field">
    <label for=${id} part="label"
      >${label}${options.optional ? html` <span class="optional">${view.t('optional')}</span>` : nothing}</label
    >
    ${options.hint ? html`<p id="${id}-hint" class="hint">${options.hint}</p>` : nothing}
    ${
      options.multiline
        ? html`<textarea
            id=${id}
            name=${field}
            part="control"
            rows="5"
            maxlength=${MAX_LENGTH[field] ?? 2000}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${describedBy || nothing}
            ?required=${!options.optional}
            .value=${form.values[field]}
            @input=${onInput}
            @blur=${onBlur}
          ></textarea>`
        : html`<input
            id=${id}
            name=${field}
            part="control"
            type=${options.type ?? 'text'}
            autocomplete=${options.autocomplete}
            maxlength=${MAX_LENGTH[field] ?? 32}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${describedBy || nothing}
            ?required=${!options.optional}
            .value=${form.values[field]}
            @input=${onInput}
            @blur=${onBlur}
          />`
    }
    ${error ? html`<p id="${id}-error" class="field-error" part="error">${error}</p>` : nothing}
  </div>`;
}

/** The contact-request form, its sending state and its success view. */
export function renderContactForm(view: ContactFormView): TemplateResult {
  const { form, t } = view;
  const name = view.partnerName;
  if (form.status === 'success') {
    return html`<div class="contact-success" part="contact-success" role="status">
      <p class="state-title">${t('successTitle')}</p>
      <p>${t('successBody', { name })}</p>
      <button
        type="button"
        class="link-button"
        @click=${() => {
          form.reset();
        }}
      >
        ${t('sendAnother')}
      </button>
    </div>`;
  }
  const errorCount = Object.values(form.errors).filter(Boolean).length;
  const submitting = form.status === 'submitting';
  const consentError = errorText(view, 'consent');
  return html`<form
    part="contact-form"
    class="contact-form"
    novalidate
    @submit=${view.onSubmit}
    aria-busy=${submitting ? 'true' : 'false'}
  >
    <p class="intro">${t('contactIntro', { name })}</p>
    <div class="error-summary" role="alert">
      ${errorCount > 0 ? html`<p part="error">${t('formErrorSummary', { count: errorCount })}</p>` : nothing}
      ${
        form.failure
          ? html`<p part="error">
              ${form.failure === 'network' ? t('errorNetwork') : form.failure === 'rate_limited' ? t('rateLimitedBody') : t('errorServer')}
            </p>`
          : nothing
      }
    </div>
    ${textField(view, 'name', t('fieldName'), { autocomplete: 'name' })}
    ${textField(view, 'email', t('fieldEmail'), { type: 'email', autocomplete: 'email' })}
    ${textField(view, 'company', t('fieldCompany'), { autocomplete: 'organization', optional: true })}
    ${textField(view, 'phone', t('fieldPhone'), { type: 'tel', autocomplete: 'tel', optional: true, hint: t('fieldPhoneHint') })}
    ${textField(view, 'message', t('fieldMessage'), { autocomplete: 'off', multiline: true })}
    <div class="field checkbox-field" part="field">
      <input
        id="${view.id}-consent"
        name="consent"
        type="checkbox"
        part="checkbox"
        required
        aria-invalid=${consentError ? 'true' : 'false'}
        aria-describedby=${consentError ? `${view.id}-consent-error` : nothing}
        .checked=${form.values.consent}
        @change=${(event: Event) => {
          form.update('consent', (event.target as HTMLInputElement).checked);
        }}
      />
      <label for="${view.id}-consent">${t('fieldConsent', { name })}</label>
      ${consentError ? html`<p id="${view.id}-consent-error" class="field-error" part="error">${consentError}</p>` : nothing}
    </div>
    <button type="submit" class="button" part="submit" ?disabled=${submitting}>
      ${submitting ? t('submitting') : t('submit')}
    </button>
  </form>`;
}
