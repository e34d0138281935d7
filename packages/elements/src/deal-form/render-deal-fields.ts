import type { FieldError } from '@flywheel/contract/browser';
import { html, nothing, type TemplateResult } from 'lit';
import type { MessageKey } from '../i18n/messages.js';
import type { DealFormController } from './deal-form-controller.js';
import { isBlank, type FieldValue } from './deal-form-values.js';

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** What every field template needs. */
export interface FieldContext {
  form: DealFormController;
  /** Prefix of element ids (unique per widget instance). */
  uid: string;
  t: Translate;
  /** The localized text of a field's error. */
  errorText: (key: string, error: FieldError) => string;
  disabled: boolean;
}

export interface FieldOptions {
  required?: boolean;
  hint?: string | undefined;
  maxLength?: number | undefined;
  type?: string;
  autocomplete?: string;
  inputmode?: string;
  min?: string;
  max?: string;
  multiline?: boolean;
}

/** A stable element id for a field key (`customer/company_name` → `fw-deal-1-customer-company_name`). */
export const fieldId = (uid: string, key: string): string => `${uid}-${key.replace(/\//g, '-')}`;

function labelText(c: FieldContext, label: string, required: boolean | undefined): TemplateResult {
  return html`${label}${required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing}`;
}

function describedBy(id: string, hint: unknown, error: unknown): string | typeof nothing {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || nothing;
}

function errorLine(c: FieldContext, key: string, id: string): TemplateResult | typeof nothing {
  const error = c.form.errorOf(key);
  return error
    ? html`<p id="${id}-error" class="field-error" part="error">${c.errorText(key, error)}</p>`
    : nothing;
}

const textOf = (value: FieldValue | undefined): string => (typeof value === 'string' ? value : '');

/** A text, email, date… input (or a textarea). */
export function textField(
  c: FieldContext,
  key: string,
  label: string,
  options: FieldOptions = {},
): TemplateResult {
  const id = fieldId(c.uid, key);
  const error = c.form.errorOf(key);
  const onInput = (event: Event) => {
    c.form.update(key, (event.target as HTMLInputElement | HTMLTextAreaElement).value);
  };
  const onBlur = () => {
    c.form.blur(key);
  };
  const value = textOf(c.form.values[key]);
  return html`<div class="field" part="field">
    <label for=${id} part="label">${labelText(c, label, options.required)}</label>
    ${options.hint ? html`<p id="${id}-hint" class="hint">${options.hint}</p>` : nothing}
    ${
      options.multiline
        ? html`<textarea
            id=${id}
            part="control"
            rows="4"
            maxlength=${options.maxLength ?? nothing}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${describedBy(id, options.hint, error)}
            ?required=${options.required === true}
            ?disabled=${c.disabled}
            .value=${value}
            @input=${onInput}
            @blur=${onBlur}
          ></textarea>`
        : html`<input
            id=${id}
            part="control"
            type=${options.type ?? 'text'}
            autocomplete=${options.autocomplete ?? 'off'}
            inputmode=${options.inputmode ?? nothing}
            min=${options.min ?? nothing}
            max=${options.max ?? nothing}
            maxlength=${options.maxLength ?? nothing}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${describedBy(id, options.hint, error)}
            ?required=${options.required === true}
            ?disabled=${c.disabled}
            .value=${value}
            @input=${onInput}
            @blur=${onBlur}
          />`
    }
    ${errorLine(c, key, id)}
  </div>`;
}

/** A `<select>`; a blank first option unless a value is always chosen. */
export function selectField(
  c: FieldContext,
  key: string,
  label: string,
  choices: readonly { value: string; label: string }[],
  options: FieldOptions & { blank?: boolean } = {},
): TemplateResult {
  const id = fieldId(c.uid, key);
  const error = c.form.errorOf(key);
  const value = textOf(c.form.values[key]);
  return html`<div class="field" part="field">
    <label for=${id} part="label">${labelText(c, label, options.required)}</label>
    ${options.hint ? html`<p id="${id}-hint" class="hint">${options.hint}</p>` : nothing}
    <select
      id=${id}
      part="control"
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy(id, options.hint, error)}
      ?required=${options.required === true}
      ?disabled=${c.disabled}
      @change=${(event: Event) => {
        c.form.update(key, (event.target as HTMLSelectElement).value);
        c.form.blur(key);
      }}
    >
      ${options.blank !== false ? html`<option value="" ?selected=${value === ''}>${c.t('dealChoose')}</option>` : nothing}
      ${choices.map((choice) => html`<option value=${choice.value} ?selected=${choice.value === value}>${choice.label}</option>`)}
    </select>
    ${errorLine(c, key, id)}
  </div>`;
}

/** One checkbox with its label beside it. */
export function checkboxField(
  c: FieldContext,
  key: string,
  label: string,
  options: FieldOptions = {},
): TemplateResult {
  const id = fieldId(c.uid, key);
  const error = c.form.errorOf(key);
  return html`<div class="field checkbox-field" part="field">
    <input
      id=${id}
      type="checkbox"
      part="checkbox"
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy(id, options.hint, error)}
      ?disabled=${c.disabled}
      .checked=${c.form.values[key] === true}
      @change=${(event: Event) => {
        c.form.update(key, (event.target as HTMLInputElement).checked);
        c.form.blur(key);
      }}
    />
    <label for=${id}>${labelText(c, label, options.required)}</label>
    ${options.hint ? html`<p id="${id}-hint" class="hint wide">${options.hint}</p>` : nothing}
    ${errorLine(c, key, id)}
  </div>`;
}

/** A group of checkboxes (several choices) or radio buttons (one), in a fieldset with a legend. */
export function choiceGroup(
  c: FieldContext,
  key: string,
  legend: string,
  choices: readonly { value: string; label: string }[],
  options: FieldOptions & { multiple: boolean },
): TemplateResult {
  const id = fieldId(c.uid, key);
  const error = c.form.errorOf(key);
  const current = c.form.values[key];
  const chosen = (value: string) => (Array.isArray(current) ? current.includes(value) : current === value);
  const toggle = (value: string, on: boolean) => {
    if (!options.multiple) {
      c.form.update(key, value);
    } else {
      const list = Array.isArray(current) ? current : [];
      c.form.update(key, on ? [...list, value] : list.filter((item) => item !== value));
    }
    c.form.blur(key);
  };
  return html`<fieldset
    class="field choice-group"
    part="field"
    id=${id}
    tabindex="-1"
    role=${options.multiple ? nothing : 'radiogroup'}
    aria-required=${!options.multiple && options.required ? 'true' : nothing}
    aria-invalid=${error ? 'true' : 'false'}
    aria-describedby=${describedBy(id, options.hint, error)}
  >
    <legend part="label">${labelText(c, legend, options.required)}</legend>
    ${options.hint ? html`<p id="${id}-hint" class="hint">${options.hint}</p>` : nothing}
    ${choices.map(
      (choice, index) =>
        html`<div class="checkbox-field">
          <input
            id="${id}-${index}"
            type=${options.multiple ? 'checkbox' : 'radio'}
            name=${id}
            part=${options.multiple ? 'checkbox' : 'radio'}
            ?disabled=${c.disabled}
            .checked=${chosen(choice.value)}
            @change=${(event: Event) => {
              toggle(choice.value, (event.target as HTMLInputElement).checked);
            }}
          />
          <label for="${id}-${index}">${choice.label}</label>
        </div>`,
    )}
    ${errorLine(c, key, id)}
  </fieldset>`;
}

export { isBlank };
