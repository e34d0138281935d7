/**
 * What browsers need from the contract, without zod: vocabularies and codes, the JSON Schemas generated
 * from the zod schemas, a small validator for them, and every type. Widgets and the SDK import runtime
 * values only from here, so zod stays out of their bundles (decision 0006); the server uses zod itself.
 */
export * from './vocabulary.js';
export * from './problem-codes.js';
export * from './partner-query-constants.js';
export * from './deal-lifecycle.js';
export * from './deal-query-constants.js';
export * from './deal-rules.js';
export { validateJson } from './json-validation/validate-json.js';
export type { JsonSchema } from './json-validation/json-schema.js';
export * as schemas from './generated/json-schemas.js';
export * as dealSchemas from './generated/deal-json-schemas.js';
export type {
  ContactRequest,
  DealCheckRequest,
  DealCheckResult,
  DealRegistration,
  DealRegistrationCreate,
  DealRegistrationForm,
  Me,
  DealRegistrationList,
  DealRegistrationEvent,
  DealRegistrationHistory,
  DealListQueryValues,
  CustomFieldDefinition,
  ContactRequestCreate,
  FacetValue,
  Facets,
  FieldError,
  ListingSummary,
  Money,
  Partner,
  PartnerGetParams,
  PartnerIndex,
  PartnerIndexEntry,
  PartnerList,
  PartnerListParams,
  PartnerSummary,
  Problem,
  Taxonomy,
  TaxonomyTerm,
  TaxonomyTier,
} from './index.js';
