// Classes, types and helpers; no side effects. Import `@flywheel/elements/define` (or one
// `@flywheel/elements/fw-…` module) to register the tags.
export { FwProvider } from './provider/provider.js';
export { FwPartnerDirectory } from './partner-directory/partner-directory.js';
export { FwPartnerCard } from './partner-card/partner-card.js';
export { FwPartnerProfile } from './partner-profile/partner-profile.js';
export {
  FwSearchChangeEvent,
  FwFilterChangeEvent,
  FwSortChangeEvent,
  FwResultsChangeEvent,
  FwPartnerSelectEvent,
} from './partner-directory/partner-directory.events.js';
export { FwContactSubmitEvent, FwContactSubmittedEvent } from './partner-profile/partner-profile.events.js';
export { FwDealForm } from './deal-form/deal-form.js';
export { FwDealList } from './deal-list/deal-list.js';
export {
  FwDealDraftSaveEvent,
  FwDealSubmitEvent,
  FwDealSubmittedEvent,
  FwDealConflictEvent,
  FwDealWithdrawnEvent,
  FwSessionExpiredEvent,
} from './deals/deal-events.js';
export { FwEvent, FwErrorEvent } from './internal/fw-event.js';
export { FW_EVENT_TYPES, type FwEventType } from './internal/event-types.js';
export { appearanceProperties, tokenName, type Appearance } from './context/appearance.js';
export type { Theme, FlywheelSettings } from './context/flywheel-context.js';
export { englishMessages } from './i18n/english-messages.js';
export type { Messages, MessageKey } from './i18n/messages.js';
export { SUPPORTED_LOCALES, type SupportedLocale } from './i18n/locales.js';
export { defineElement } from './internal/define-element.js';
export { VERSION } from './internal/version.js';
