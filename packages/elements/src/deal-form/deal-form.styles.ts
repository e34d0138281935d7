import { css } from 'lit';

export const dealFormStyles = css`
  :host {
    container-type: inline-size;
  }
  .base {
    background: var(--_background);
  }
  .deal-form {
    display: grid;
    gap: calc(var(--_space) * 6);
    max-width: 48rem;
  }
  .section {
    display: grid;
    gap: calc(var(--_space) * 4);
    margin: 0;
    padding: calc(var(--_space) * 5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
  }
  .section > legend {
    padding: 0 calc(var(--_space) * 2);
    font-weight: 700;
    font-size: 1.05em;
  }
  .row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: calc(var(--_space) * 4);
  }
  .choice-group {
    border: 0;
    padding: 0;
    margin: 0;
    min-width: 0;
  }
  .choice-group legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: calc(var(--_space) * 1);
  }
  .choice-group:focus {
    outline: none;
  }
  .choice-group input {
    width: 1.1rem;
    height: 1.1rem;
    margin-top: 0.2rem;
    accent-color: var(--_primary);
  }
  .field select {
    min-height: 2.75rem;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .required {
    color: var(--_danger);
  }
  .wide {
    grid-column: 1 / -1;
  }
  .precheck:not(:empty) {
    padding: calc(var(--_space) * 3);
    border-radius: var(--_radius);
    border-inline-start: 4px solid var(--_border);
    background: var(--_surface);
  }
  .precheck[data-status='clear'] {
    border-color: var(--_success);
  }
  .precheck[data-status='conflict'],
  .precheck[data-status='duplicate'] {
    border-color: var(--_danger);
  }
  .precheck[data-status='possible_duplicate'] {
    border-color: var(--fw-color-warning, #b45309);
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 3);
    align-items: baseline;
    padding: calc(var(--_space) * 3) calc(var(--_space) * 4);
    border-radius: var(--_radius);
    background: var(--_surface);
    border: 1px solid var(--_border);
  }
  .notice p {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 3);
    align-items: center;
  }
  .submitted {
    padding: calc(var(--_space) * 6);
    border: 1px solid var(--_success);
    border-radius: var(--_radius);
  }
  .submitted-title {
    margin: 0 0 calc(var(--_space) * 2);
    font-size: 1.3em;
  }
  .submitted-title:focus {
    outline: none;
  }
  .button.secondary {
    background: transparent;
    color: var(--_primary);
    border: 1px solid var(--_primary);
  }
  .form-skeleton {
    min-height: var(--fw-deal-form-min-height, 48rem);
  }
`;
