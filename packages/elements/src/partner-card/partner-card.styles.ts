import { css } from 'lit';

/** Card styles, shared by the directory's list and `<fw-partner-card>`. Heights are fixed for windowing and CLS 0. */
export const partnerCardStyles = css`
  .card {
    --_card-padding: var(--fw-partner-card-padding, calc(var(--_space) * 4));
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    height: var(--fw-partner-card-height, 15rem);
    padding: var(--_card-padding);
    overflow: hidden;
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    position: relative;
    /* A card's layout and paint never affect anything outside it (its size is fixed). */
    contain: layout paint style;
  }
  .card:focus-within {
    border-color: var(--_primary);
  }
  .card-head {
    display: flex;
    gap: calc(var(--_space) * 3);
    align-items: center;
    min-width: 0;
  }
  .logo {
    flex: none;
    width: 3rem;
    height: 3rem;
  }
  .logo img,
  .monogram {
    width: 3rem;
    height: 3rem;
    border-radius: calc(var(--_radius) * 0.75);
  }
  .monogram {
    display: grid;
    place-items: center;
    background: var(--_surface);
    color: var(--_text-muted);
    font-weight: 600;
  }
  .monogram[hidden] {
    display: none;
  }
  .card-title {
    min-width: 0;
  }
  .name {
    margin: 0;
    font-size: 1.05em;
    line-height: 1.3;
  }
  .card-link {
    all: unset;
    box-sizing: border-box;
    cursor: pointer;
    color: var(--_text);
    font-weight: 600;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  /* The whole card is the click target; the button keeps the accessible name and focus. */
  .card-link::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .card-link:focus-visible {
    outline: none;
  }
  .card:has(.card-link:focus-visible) {
    outline: 2px solid var(--_focus-ring);
    outline-offset: 2px;
  }
  .card-link:hover {
    color: var(--_primary);
    text-decoration: underline;
  }
  .meta {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.875em;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .meta > span + span {
    margin-inline-start: calc(var(--_space) * 1.5);
  }
  .tier {
    font-weight: 600;
  }
  .summary {
    margin: 0;
    color: var(--_text);
    font-size: 0.925em;
    display: -webkit-box;
    -webkit-line-clamp: 3;
    -webkit-box-orient: vertical;
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  .tags {
    display: flex;
    flex-wrap: nowrap;
    gap: calc(var(--_space) * 1.5);
    margin: 0;
    padding: 0;
    list-style: none;
    overflow: hidden;
  }
  .tag {
    flex: none;
    padding: 0 calc(var(--_space) * 2);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text-muted);
    font-size: 0.8em;
    white-space: nowrap;
  }
  .card-footer {
    margin: auto 0 0;
    display: flex;
    gap: calc(var(--_space) * 3);
    align-items: center;
    color: var(--_text-muted);
    font-size: 0.85em;
    white-space: nowrap;
    overflow: hidden;
  }
  .place {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .rating {
    flex: none;
  }
  .badge {
    flex: none;
    margin-inline-start: auto;
    padding: 0 calc(var(--_space) * 2);
    border-radius: 999px;
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
  }
`;
