export {
  dealRegistrations,
  DealRegistrationsResource,
  type DealListParams,
  type DealWriteOptions,
} from './deal-registrations.js';
export type {
  DealRegistration,
  DealRegistrationEvent,
  DealRegistrationHistory,
  DealRegistrationList,
  DealSort,
  DealStatus,
} from '@flywheel/contract/browser';
