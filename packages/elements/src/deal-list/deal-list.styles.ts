import { css } from 'lit';

export const dealListStyles = css`
  :host {
    container-type: inline-size;
  }
  .base {
    background: var(--_background);
    display: grid;
    gap: calc(var(--_space) * 4);
  }
  .toolbar {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(10rem, 1fr);
    gap: calc(var(--_space) * 4);
    align-items: end;
  }
  @container (max-width: 36rem) {
    .toolbar {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .field select,
  .field input[type='search'] {
    min-height: 2.75rem;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .count {
    margin: 0;
    color: var(--_text-muted);
  }
  .table-wrap {
    overflow-x: auto;
  }
  /* Narrow containers: the customer goes under the number and the stage under the status (five
     columns instead of seven), so nothing needs scrolling sideways in a portal's content column. */
  .compact-only {
    display: none;
  }
  @container (max-width: 60rem) {
    .wide-only {
      display: none;
    }
    .compact-only {
      display: block;
      margin-top: calc(var(--_space) * 1);
    }
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.95em;
  }
  th,
  td {
    padding: calc(var(--_space) * 2.5) calc(var(--_space) * 3);
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  th {
    font-weight: 600;
    color: var(--_text-muted);
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .protection-cell {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .muted {
    color: var(--_text-muted);
    font-size: 0.9em;
  }
  .status {
    display: inline-block;
    padding: 0 calc(var(--_space) * 2);
    border-radius: 999px;
    border: 1px solid var(--_border);
    background: var(--_surface);
    font-size: 0.85em;
    font-weight: 600;
    white-space: nowrap;
  }
  .status[data-status='approved'],
  .status[data-status='won'] {
    border-color: var(--_success);
    color: var(--_success);
  }
  .status[data-status='needs_info'],
  .status[data-status='rejected'],
  .status[data-status='expired'] {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .badge-soon {
    justify-self: start;
    white-space: nowrap;
    padding: 0 calc(var(--_space) * 2);
    border-radius: 999px;
    background: var(--_danger);
    color: var(--_background);
    font-size: 0.8em;
    font-weight: 600;
  }
  .pagination {
    display: flex;
    gap: calc(var(--_space) * 3);
    align-items: center;
    justify-content: space-between;
  }
  .button.secondary {
    background: transparent;
    color: var(--_primary);
    border: 1px solid var(--_primary);
  }
  .button.danger {
    background: var(--_danger);
    color: var(--_background);
  }
  .button[disabled] {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .detail {
    display: grid;
    gap: calc(var(--_space) * 4);
  }
  .detail-header {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 3);
    align-items: center;
  }
  .detail-title {
    margin: 0;
    font-size: 1.3em;
  }
  .detail-title:focus {
    outline: none;
  }
  .detail h3 {
    margin: 0 0 calc(var(--_space) * 2);
    font-size: 1.05em;
  }
  .back {
    justify-self: start;
  }
  .callout {
    padding: calc(var(--_space) * 4);
    border-inline-start: 4px solid var(--_primary);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .callout p {
    margin: 0;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: calc(var(--_space) * 3);
    margin: 0;
  }
  .facts dt {
    color: var(--_text-muted);
    font-size: 0.85em;
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 3);
    align-items: start;
  }
  .withdraw {
    display: grid;
    gap: calc(var(--_space) * 3);
    flex: 1 1 20rem;
  }
  .history {
    margin: 0;
    padding-inline-start: calc(var(--_space) * 5);
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .history time {
    color: var(--_text-muted);
    margin-inline-end: calc(var(--_space) * 2);
  }
  .history q {
    display: block;
    color: var(--_text-muted);
  }
  .list-skeleton {
    min-height: var(--fw-deal-list-min-height, 32rem);
  }
`;
