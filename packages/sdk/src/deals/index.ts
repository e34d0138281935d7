export {
  dealRegistrations,
  DealRegistrationsResource,
  type DealListParams,
  type DealWriteOptions,
} from './deal-registrations.js';
