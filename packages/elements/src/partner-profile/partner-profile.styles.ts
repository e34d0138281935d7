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
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 3);
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
