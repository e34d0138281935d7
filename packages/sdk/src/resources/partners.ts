import {
  schemas,
  type JsonSchema,
  type Partner,
  type PartnerIndex,
  type PartnerIndexEntry,
  type PartnerList,
  type PartnerListParams,
  type PartnerSummary,
} from '@flywheel/contract/browser';
import { validateInChunks } from '../chunked-parse.js';
import type { ClientCore, RequestOptions } from '../client-core.js';
import { toSearchParams } from '../query-string.js';
import { describeErrors, invalidResponse, validateResponse } from '../validate.js';

export interface PartnerGetOptions extends RequestOptions {
  /** `['integrations']` inlines a listing summary in each integration. */
  expand?: 'integrations'[];
}

/** The index envelope alone (its entries are checked one chunk at a time). */
const IndexEnvelope: JsonSchema = {
  ...schemas.PartnerIndex,
  properties: { ...schemas.PartnerIndex.properties, data: { type: 'array' } },
};

/** `GET /v1/partners…`: search, profiles, and the slim index for client-side search. */
export class PartnersResource {
  constructor(private readonly core: ClientCore) {}

  /** One page of search results; pass `next_cursor` back as `cursor` for the next one. */
  list(params: PartnerListParams = {}, options: RequestOptions = {}): Promise<PartnerList> {
    return this.core.read(
      '/v1/partners',
      toSearchParams(params),
      (response) =>
        validateResponse<PartnerList>(schemas.PartnerList, response.body, 'partner list', response),
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
    return this.core.read(
      `/v1/partners/${encodeURIComponent(idOrSlug)}`,
      toSearchParams(options.expand ? { 'expand[]': options.expand } : {}),
      (response) => validateResponse<Partner>(schemas.Partner, response.body, 'partner', response),
      options,
    );
  }

  /**
   * The slim index of every listed partner. Cached and revalidated with its ETag (unchanged: a 304
   * of a few bytes); entries are validated in chunks so a large index never blocks the page.
   */
  index(options: RequestOptions = {}): Promise<PartnerIndex> {
    return this.core.read(
      '/v1/partner_index',
      undefined,
      async (response) => {
        const envelope = validateResponse<{ data: unknown[] }>(
          IndexEnvelope,
          response.body,
          'partner index',
          response,
        );
        const failure = await validateInChunks(schemas.PartnerIndexEntry, envelope.data);
        if (failure) {
          throw invalidResponse(
            'partner index',
            describeErrors(failure.errors),
            response.status,
            response.headers.get('request-id') ?? undefined,
          );
        }
        return response.body as PartnerIndex & { data: PartnerIndexEntry[] };
      },
      options,
    );
  }
}
