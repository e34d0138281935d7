// The deal registration list's vocabulary: plain constants (no zod), shared by server, SDK and widgets.

/**
 * Orders of `GET /v1/deal_registrations`: newest first (default), soonest expected close, largest
 * amount (minor units as stored; currencies are not converted), soonest protection expiry (registrations
 * without protection last). Ties are broken by id, so paging never skips or repeats a row.
 */
export const DEAL_SORTS = ['-created_at', 'expected_close_date', '-amount', 'protection_expires_at'] as const;
export type DealSort = (typeof DEAL_SORTS)[number];

export const DEAL_LIST_DEFAULT_LIMIT = 20;
export const DEAL_LIST_MAX_LIMIT = 100;
/** Longest `q` accepted, in characters. */
export const DEAL_LIST_MAX_Q = 200;

/** Who wrote a history entry: the partner, the platform (secret key) or the server itself (expiry). */
export const DEAL_EVENT_ACTORS = ['partner', 'platform', 'system'] as const;
export type DealEventActor = (typeof DEAL_EVENT_ACTORS)[number];
