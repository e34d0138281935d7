export { createClient, type ClientOptions, type FlywheelClient } from './client.js';
export { FlywheelError, isFlywheelError, type FlywheelErrorCode, type ClientErrorCode } from './errors.js';
export type { RequestOptions } from './client-core.js';
export type { RetryOptions } from './retry-policy.js';
export type { CacheOptions } from './response-cache.js';
export type { RetryInfo } from './transport.js';
export type { PartnersResource, PartnerGetOptions } from './resources/partners.js';
export type { TaxonomyResource } from './resources/taxonomy.js';
export type { ContactRequestsResource, CreateOptions } from './resources/contact-requests.js';
export { newIdempotencyKey } from './idempotency-key.js';
export type {
  ContactRequest,
  ContactRequestCreate,
  FacetValue,
  Facets,
  FieldError,
  Partner,
  PartnerFacet,
  PartnerIndex,
  PartnerIndexEntry,
  PartnerList,
  PartnerListParams,
  PartnerSort,
  PartnerSummary,
  Problem,
  Taxonomy,
  TaxonomyTerm,
  TaxonomyTier,
} from '@flywheel/contract/browser';
export {
  createDirectorySearch,
  type DirectoryFilters,
  type DirectoryQuery,
  type DirectoryResult,
  type DirectorySearch,
  type DirectorySearchOptions,
  type FacetCount,
} from './directory-search/index.js';
