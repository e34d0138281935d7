import { css } from 'lit';

export const partnerDirectoryStyles = css`
  :host {
    container-type: inline-size;
    min-height: var(--fw-partner-directory-min-height, 36rem);
    --_gap: var(--fw-partner-directory-gap, 16px);
  }
  .base {
    background: var(--_background);
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 4);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 3);
    align-items: center;
  }
  .search {
    flex: 1 1 18rem;
  }
  .search input,
  .sort {
    width: 100%;
    min-height: 2.75rem;
    padding: 0 calc(var(--_space) * 3);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .sort {
    width: auto;
  }
  .sort-label {
    display: flex;
    gap: calc(var(--_space) * 2);
    align-items: center;
    color: var(--_text-muted);
  }
  .count {
    margin: 0;
    color: var(--_text-muted);
    font-variant-numeric: tabular-nums;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(13rem, 16rem) minmax(0, 1fr);
    gap: calc(var(--_space) * 6);
    align-items: start;
  }
  @container (max-width: 44rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .facets-head {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
  }
  .facets-title {
    margin: 0;
    font-size: 1em;
  }
  .facet {
    margin: calc(var(--_space) * 4) 0 0;
    padding: 0;
    border: 0;
  }
  .facet-label {
    padding: 0;
    font-weight: 600;
    font-size: 0.9em;
  }
  .facet-values {
    margin: calc(var(--_space) * 1.5) 0 0;
    padding: 0;
    list-style: none;
  }
  .facet-values li {
    display: flex;
    gap: calc(var(--_space) * 2);
    align-items: center;
    min-height: 2rem;
  }
  .facet-values input {
    width: 1.1rem;
    height: 1.1rem;
    margin: 0;
    accent-color: var(--_primary);
  }
  .facet-values label {
    display: flex;
    flex: 1;
    gap: calc(var(--_space) * 2);
    justify-content: space-between;
    cursor: pointer;
  }
  .facet-count {
    color: var(--_text-muted);
    font-variant-numeric: tabular-nums;
  }
  .link-button {
    all: unset;
    box-sizing: border-box;
    cursor: pointer;
    color: var(--_primary);
    text-decoration: underline;
    font-size: 0.9em;
  }
  .link-button:focus-visible {
    outline: 2px solid var(--_focus-ring);
    outline-offset: 2px;
  }
  .button {
    min-height: 2.75rem;
    padding: 0 calc(var(--_space) * 5);
    border: 0;
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
    cursor: pointer;
  }
  .list {
    position: relative;
    contain: layout style;
  }
  /* Focus comes here when the focused card leaves the window. */
  .list:focus-visible {
    outline: 2px solid var(--_focus-ring);
    outline-offset: 2px;
  }
  .facets {
    contain: layout style;
  }
  .window {
    display: grid;
    gap: var(--_gap);
    will-change: transform;
  }
  .window > .card {
    min-width: 0;
  }
  .state {
    padding: calc(var(--_space) * 8);
    text-align: center;
    color: var(--_text-muted);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .state-title {
    margin: 0 0 calc(var(--_space) * 2);
    color: var(--_text);
    font-weight: 600;
    font-size: 1.1em;
  }
  .skeleton-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
    gap: var(--_gap);
  }
  .skeleton {
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .skeleton-card {
    height: var(--fw-partner-card-height, 15rem);
  }
  .skeleton-facets {
    height: 24rem;
  }
  .skeleton-base {
    min-height: var(--fw-partner-directory-min-height, 36rem);
  }
  .back {
    align-self: flex-start;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: pulse 1.6s ease-in-out infinite;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }
`;
