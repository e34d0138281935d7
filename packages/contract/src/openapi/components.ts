import type * as z from 'zod/mini';
import { ContactRequest, ContactRequestCreate } from '../contact-request.js';
import { EmbedSession, EmbedSessionCreate, Me } from '../embed-session.js';
import { DealRegistrationForm } from '../deal-form.js';
import {
  DealCheckRequest,
  DealCheckResult,
  DealRegistration,
  DealRegistrationCreate,
  DealRegistrationPatch,
  ProtectedAccountsResult,
  ProtectedAccountsUpsert,
  dealRegistrationHistory,
  dealRegistrationList,
  DealRegistrationEvent,
} from '../deal-registration.js';
import { FieldError, Problem } from '../problem.js';
import { FacetValue } from '../list.js';
import { ListingSummary } from '../listing.js';
import { Partner, PartnerSummary } from '../partner.js';
import { PartnerIndex, PartnerIndexEntry } from '../partner-index.js';
import { Money } from '../primitives.js';
import { partnerList } from '../responses.js';
import { Taxonomy } from '../taxonomy.js';

/** Named schemas published under `components.schemas`, in document order. */
export const components = {
  Money,
  Problem,
  FieldError,
  FacetValue,
  ListingSummary,
  PartnerSummary,
  PartnerList: partnerList,
  Partner,
  PartnerIndexEntry,
  PartnerIndex,
  Taxonomy,
  ContactRequestCreate,
  ContactRequest,
  EmbedSessionCreate,
  EmbedSession,
  Me,
  DealRegistrationCreate,
  DealRegistration,
  DealRegistrationPatch,
  DealRegistrationList: dealRegistrationList,
  DealRegistrationEvent,
  DealRegistrationHistory: dealRegistrationHistory,
  DealRegistrationForm,
  DealCheckRequest,
  DealCheckResult,
  ProtectedAccountsUpsert,
  ProtectedAccountsResult,
} satisfies Record<string, z.core.$ZodType>;

export type SchemaName = keyof typeof components;
