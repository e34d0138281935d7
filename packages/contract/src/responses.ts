import type * as z from 'zod/mini';
import { List } from './list.js';
import { PartnerSummary } from './partner.js';

/** `GET /v1/partners` response. */
export const partnerList = List(PartnerSummary);
export type PartnerList = z.infer<typeof partnerList>;
