import type {
  Partner,
  PartnerIndex,
  PartnerList,
  PartnerListParams,
  PartnerSummary,
} from '@flywheel/contract/browser';
import type { ClientCore, RequestOptions } from '../client-core.js';
import { toSearchParams } from '../query-string.js';
import { loadValidation } from '../load-validation.js';

export interface PartnerGetOptions extends RequestOptions {
  /** `['integrations']` inlines a listing summary in each integration. */
  expand?: 'integrations'[];
}

/** `GET /v1/partners…`: search, profiles, and the slim index for client-side search. */
export class PartnersResource {
  constructor(private readonly core: ClientCore) {}

  /** One page of search results; pass `next_cursor` back as `cursor` for the next one. */
  list(params: PartnerListParams = {}, options: RequestOptions = {}): Promise<PartnerList> {
    const validation = loadValidation();
    return this.core.read(
      '/v1/partners',
      toSearchParams(params),
      async (response) => {
        const { schemas, validateResponse } = await validation;
        return validateResponse<PartnerList>(schemas.PartnerList, response.body, 'partner list', response);
      },
      options,
    );
  }

  /** Every result of a search, page by page (`limit` sets the page size). */
  async *iterate(
    params: PartnerListParams = {},
    options: RequestOptions = {},
  ): AsyncGenerator<PartnerSummary> {
    let cursor: string | undefined;
    do {
      const page = await this.list({ ...params, ...(cursor ? { cursor } : {}) }, options);
      yield* page.data;
      cursor = page.next_cursor ?? undefined;
    } while (cursor);
  }

  /** A partner's public profile, by id (`ptr_…`) or slug. */
  get(idOrSlug: string, options: PartnerGetOptions = {}): Promise<Partner> {
    const validation = loadValidation();
    return this.core.read(
      `/v1/partners/${encodeURIComponent(idOrSlug)}`,
      toSearchParams(options.expand ? { 'expand[]': options.expand } : {}),
      async (response) => {
        const { schemas, validateResponse } = await validation;
        return validateResponse<Partner>(schemas.Partner, response.body, 'partner', response);
      },
      options,
    );
  }

  /**
   * The slim index of every listed partner. Cached and revalidated with its ETag (unchanged: a 304
   * of a few bytes); entries are validated in chunks so a large index never blocks the page.
   */
  index(options: RequestOptions = {}): Promise<PartnerIndex> {
    const validation = loadValidation();
    return this.core.read(
      '/v1/partner_index',
      undefined,
      async (response) => (await validation).validateIndex(response),
      options,
    );
  }
}
