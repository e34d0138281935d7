/** Every event a Flywheel widget dispatches; the provider forwards each to its `onEvent`. */
export const FW_EVENT_TYPES = [
  'fw-error',
  'fw-search-change',
  'fw-filter-change',
  'fw-sort-change',
  'fw-results-change',
  'fw-partner-select',
  'fw-profile-close',
  'fw-contact-submit',
  'fw-contact-submitted',
  'fw-deal-draft-save',
  'fw-deal-submit',
  'fw-deal-submitted',
  'fw-deal-conflict',
  'fw-deal-withdrawn',
  'fw-session-expired',
] as const;
export type FwEventType = (typeof FW_EVENT_TYPES)[number];
