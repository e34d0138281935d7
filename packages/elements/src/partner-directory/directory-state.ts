import {
  PARTNER_FACETS,
  PARTNER_SORTS,
  type PartnerFacet,
  type PartnerSort,
} from '@flywheel/contract/browser';

/** What the visitor chose: everything a shareable link must restore. */
export interface DirectoryState {
  q: string;
  filters: Partial<Record<PartnerFacet, string[]>>;
  sort: PartnerSort | undefined;
  /** Slug of the open profile, if any. */
  partner: string | undefined;
}

export const EMPTY_STATE: DirectoryState = { q: '', filters: {}, sort: undefined, partner: undefined };

const KEY = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_Q = 200;

/** Parses state from URL parameters named `<prefix>q`, `<prefix>type`… Unknown or malformed values are dropped. */
export function stateFromParams(params: URLSearchParams, prefix: string): DirectoryState {
  const filters: Partial<Record<PartnerFacet, string[]>> = {};
  for (const facet of PARTNER_FACETS) {
    const values = params
      .getAll(`${prefix}${facet}`)
      .flatMap((value) => value.split(','))
      .filter((value) => KEY.test(value));
    if (values.length > 0) filters[facet] = [...new Set(values)];
  }
  const sort = params.get(`${prefix}sort`);
  const partner = params.get(`${prefix}partner`);
  return {
    q: (params.get(`${prefix}q`) ?? '').slice(0, MAX_Q),
    filters,
    sort: sort && (PARTNER_SORTS as readonly string[]).includes(sort) ? (sort as PartnerSort) : undefined,
    partner: partner && /^[a-z0-9-]{3,64}$/.test(partner) ? partner : undefined,
  };
}

/** Writes state into a copy of `params`, replacing only this directory's own parameters. */
export function stateToParams(
  state: DirectoryState,
  params: URLSearchParams,
  prefix: string,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of ['q', 'sort', 'partner', ...PARTNER_FACETS]) next.delete(`${prefix}${name}`);
  if (state.q) next.set(`${prefix}q`, state.q);
  for (const facet of PARTNER_FACETS) {
    const values = state.filters[facet];
    if (values && values.length > 0) next.set(`${prefix}${facet}`, values.join(','));
  }
  if (state.sort) next.set(`${prefix}sort`, state.sort);
  if (state.partner) next.set(`${prefix}partner`, state.partner);
  return next;
}

/**
 * Preset filters from the `preset` attribute, in query syntax: `type=system_integrator&region=europe`.
 * They always apply and are not shown as removable choices.
 */
export function parsePreset(value: string | undefined): Partial<Record<PartnerFacet, string[]>> {
  if (!value) return {};
  return stateFromParams(new URLSearchParams(value), '').filters;
}

export function sameState(a: DirectoryState, b: DirectoryState): boolean {
  const sameValues = (x: readonly string[] = [], y: readonly string[] = []) =>
    x.length === y.length && x.every((value) => y.includes(value));
  return (
    a.q === b.q &&
    a.sort === b.sort &&
    a.partner === b.partner &&
    PARTNER_FACETS.every((facet) => sameValues(a.filters[facet], b.filters[facet]))
  );
}
