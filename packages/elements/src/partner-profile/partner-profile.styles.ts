import { css } from 'lit';

export const partnerProfileStyles = css`
  .base {
    background: var(--_background);
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 6);
  }
  .profile-header {
    display: flex;
    gap: calc(var(--_space) * 4);
    align-items: flex-start;
  }
  .profile-logo {
    border-radius: var(--_radius);
    flex: none;
  }
  .profile-name {
    margin: 0;
    font-size: 1.6em;
    line-height: 1.2;
    overflow-wrap: anywhere;
  }
  .profile-meta {
    margin: calc(var(--_space) * 1) 0 0;
    color: var(--_text-muted);
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 3);
  }
  .website {
    display: inline-block;
    margin-top: calc(var(--_space) * 2);
    color: var(--_primary);
    font-weight: 600;
  }
  .profile-layout {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(14rem, 1fr);
    gap: calc(var(--_space) * 8);
  }
  @container (max-width: 44rem) {
    .profile-layout {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  :host {
    container-type: inline-size;
  }
  .section h3 {
    margin: calc(var(--_space) * 4) 0 calc(var(--_space) * 2);
    font-size: 1.05em;
  }
  .section :is(h4, h5, h6) {
    margin: calc(var(--_space) * 3) 0 calc(var(--_space) * 1);
    font-size: 1em;
  }
  .summary {
    font-weight: 500;
  }
  .chips,
  .integrations,
  .certifications {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .integrations,
  .certifications {
    flex-direction: column;
  }
  .chip {
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 2.5);
    border-radius: 999px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    font-size: 0.875em;
  }
  .muted {
    color: var(--_text-muted);
    margin-inline-start: calc(var(--_space) * 2);
  }
  .verified {
    color: var(--_success);
    margin-inline-start: calc(var(--_space) * 2);
  }
  .contact {
    padding: calc(var(--_space) * 6);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .contact-form {
    display: grid;
    gap: calc(var(--_space) * 4);
    max-width: 36rem;
  }
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
  .profile-skeleton {
    min-height: 32rem;
  }
  .profile-name:focus {
    outline: none;
  }
  .profile-name:focus-visible {
    outline: 2px solid var(--_focus-ring);
  }
`;
