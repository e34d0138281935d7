import type { PartnerFacet, PartnerSort } from '@flywheel/contract';
import { FwEvent } from '../internal/fw-event.js';

/** `fw-search-change`: the visitor changed the search text (debounced like the results). */
export class FwSearchChangeEvent extends FwEvent<{ q: string }> {
  static readonly type = 'fw-search-change';
  constructor(detail: FwSearchChangeEvent['detail']) {
    super(FwSearchChangeEvent.type, detail);
  }
}

/** `fw-filter-change`: a facet value was ticked or cleared. */
export class FwFilterChangeEvent extends FwEvent<{ filters: Partial<Record<PartnerFacet, string[]>> }> {
  static readonly type = 'fw-filter-change';
  constructor(detail: FwFilterChangeEvent['detail']) {
    super(FwFilterChangeEvent.type, detail);
  }
}

/** `fw-sort-change`: the visitor picked another order. */
export class FwSortChangeEvent extends FwEvent<{ sort: PartnerSort }> {
  static readonly type = 'fw-sort-change';
  constructor(detail: FwSortChangeEvent['detail']) {
    super(FwSortChangeEvent.type, detail);
  }
}

/** `fw-results-change`: the list now shows `total` partners. */
export class FwResultsChangeEvent extends FwEvent<{ total: number }> {
  static readonly type = 'fw-results-change';
  constructor(detail: FwResultsChangeEvent['detail']) {
    super(FwResultsChangeEvent.type, detail);
  }
}

/** `fw-partner-select` (cancelable): a partner was chosen; cancel it to show your own profile page. */
export class FwPartnerSelectEvent extends FwEvent<{ id: string; slug: string; name: string }> {
  static readonly type = 'fw-partner-select';
  constructor(detail: FwPartnerSelectEvent['detail']) {
    super(FwPartnerSelectEvent.type, detail, { cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'fw-search-change': FwSearchChangeEvent;
    'fw-filter-change': FwFilterChangeEvent;
    'fw-sort-change': FwSortChangeEvent;
    'fw-results-change': FwResultsChangeEvent;
    'fw-partner-select': FwPartnerSelectEvent;
  }
}
