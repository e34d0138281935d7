import { css } from 'lit';

/**
 * Form fields, buttons and the loading/empty/error boxes shared by the widgets with forms (the
 * contact form, the deal form and the deal list): one look for labels, controls, hints and errors.
 */
export const formStyles = css`
  .field {
    display: grid;
    gap: calc(var(--_space) * 1);
  }
  .field label {
    font-weight: 600;
  }
  .optional,
  .hint {
    color: var(--_text-muted);
    font-weight: 400;
    font-size: 0.875em;
    margin: 0;
  }
  .field input:not([type='checkbox']),
  .field textarea {
    min-height: 2.75rem;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [aria-invalid='true'] {
    border-color: var(--_danger) !important;
  }
  .checkbox-field {
    grid-template-columns: auto 1fr;
    align-items: start;
    gap: calc(var(--_space) * 2);
  }
  .checkbox-field input {
    width: 1.1rem;
    height: 1.1rem;
    margin-top: 0.2rem;
    accent-color: var(--_primary);
  }
  .checkbox-field label {
    font-weight: 400;
  }
  .checkbox-field .field-error {
    grid-column: 1 / -1;
  }
  .field-error,
  .error-summary p {
    margin: 0;
    color: var(--_danger);
    font-weight: 500;
  }
  .button {
    justify-self: start;
    min-height: 2.75rem;
    padding: 0 calc(var(--_space) * 5);
    border: 0;
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
    cursor: pointer;
  }
  .button[disabled] {
    opacity: 0.7;
    cursor: progress;
  }
  .link-button {
    all: unset;
    box-sizing: border-box;
    cursor: pointer;
    color: var(--_primary);
    text-decoration: underline;
  }
  .link-button:focus-visible {
    outline: 2px solid var(--_focus-ring);
  }
  .state {
    padding: calc(var(--_space) * 8);
    text-align: center;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .state-title {
    margin: 0 0 calc(var(--_space) * 2);
    font-weight: 600;
    font-size: 1.1em;
  }
  .skeleton {
    background: var(--_surface);
    border-radius: var(--_radius);
  }
`;
