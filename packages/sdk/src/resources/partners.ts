import * as z from 'zod/mini';
import {
  Partner,
  PartnerIndexEntry,
  encodeQuery,
  partnerGetQuery,
  partnerList,
  partnerListQuery,
  type PartnerIndex,
  type PartnerList,
  type PartnerListParams,
  type PartnerSummary,
} from '@flywheel/contract';
import { parseInChunks } from '../chunked-parse.js';
import type { ClientCore, RequestOptions } from '../client-core.js';
import { describeIssues, invalidResponse, validateResponse } from '../validate.js';

export interface PartnerGetOptions extends RequestOptions {
  /** `['integrations']` inlines a listing summary in each integration. */
  expand?: 'integrations'[];
}

/** The index envelope, checked before its entries are validated one chunk at a time. */
const IndexEnvelope = z.object({
  object: z.literal('partner_index'),
  generated_at: z.string(),
  total_count: z.int(),
  data: z.array(z.unknown()),
});

/** `GET /v1/partners…`: search, profiles, and the slim index for client-side search. */
export class PartnersResource {
  constructor(private readonly core: ClientCore) {}

  /** One page of search results; pass `next_cursor` back as `cursor` for the next one. */
  list(params: PartnerListParams = {}, options: RequestOptions = {}): Promise<PartnerList> {
    return this.core.read(
      '/v1/partners',
      encodeQuery(partnerListQuery, params),
      (response) => validateResponse(partnerList, response.body, 'partner list', response),
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
    const query = encodeQuery(partnerGetQuery, options.expand ? { 'expand[]': options.expand } : {});
    return this.core.read(
      `/v1/partners/${encodeURIComponent(idOrSlug)}`,
      query,
      (response) => validateResponse(Partner, response.body, 'partner', response),
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
        const envelope = validateResponse(IndexEnvelope, response.body, 'partner index', response);
        const entries = await parseInChunks(PartnerIndexEntry, envelope.data);
        if (!entries.ok) {
          throw invalidResponse(
            'partner index',
            describeIssues(entries.error, `data.${entries.index}`),
            response.status,
            response.headers.get('request-id') ?? undefined,
          );
        }
        return { ...envelope, object: 'partner_index', data: entries.items };
      },
      options,
    );
  }
}
