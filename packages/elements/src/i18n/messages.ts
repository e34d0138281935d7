/**
 * Every user-visible string of the elements, in English. Other locales implement the same shape
 * (`Messages`) in `locales/<tag>.ts` and load on demand; hosts can override any message.
 *
 * Placeholders are `{name}`. Plural messages are objects keyed by `Intl.PluralRules` categories
 * (`zero`, `one`, `two`, `few`, `many`, `other`); `other` is required.
 */
export type Plural = { other: string } & Partial<Record<'zero' | 'one' | 'two' | 'few' | 'many', string>>;

export const en = {
  // Directory
  directoryLabel: 'Partner directory',
  searchLabel: 'Search partners',
  searchPlaceholder: 'Search by name, expertise or industry',
  clearSearch: 'Clear search',
  resultsCount: { one: '{count} partner', other: '{count} partners' } as Plural,
  resultsAnnouncement: {
    zero: 'No partners found',
    one: '{count} partner found',
    other: '{count} partners found',
  } as Plural,
  filtersHeading: 'Filters',
  clearFilters: 'Clear all filters',
  removeFilter: 'Remove filter {label}',
  showMore: 'Show {count} more',
  showLess: 'Show fewer',
  facetOptionCount: '{label} ({count})',
  sortLabel: 'Sort by',
  sortRelevance: 'Best match',
  sortFeatured: 'Featured',
  sortName: 'Name (A–Z)',
  sortTier: 'Tier',
  sortRating: 'Rating',
  sortJoined: 'Newest',
  facetType: 'Partner type',
  facetTier: 'Tier',
  facetRegion: 'Region',
  facetCountry: 'Headquarters',
  facetLanguage: 'Language',
  facetIndustry: 'Industry',
  facetExpertise: 'Expertise',
  facetCertification: 'Certification',
  facetBadge: 'Badge',
  loading: 'Loading partners…',
  emptyTitle: 'No partners match',
  emptyBody: 'Try fewer filters or a different search.',
  errorTitle: 'The directory could not be loaded',
  errorBody: 'Check your connection and try again.',
  retry: 'Try again',
  unauthorizedTitle: 'This directory is not available here',
  unauthorizedBody: 'The site owner needs to allow this page for the partner directory.',
  rateLimitedBody: 'Too many requests. Please wait a moment and try again.',
  // Cards
  viewProfile: 'View {name}',
  ratingSummary: {
    one: 'Rated {average} out of 5 ({count} review)',
    other: 'Rated {average} out of 5 ({count} reviews)',
  } as Plural,
  headquartersIn: 'Based in {place}',
  featured: 'Featured',
  // Profile
  profileLabel: 'Partner profile',
  back: 'Back to all partners',
  notFoundTitle: 'Partner not found',
  notFoundBody: 'This partner is no longer listed.',
  about: 'About',
  regionsServed: 'Regions served',
  languagesSpoken: 'Languages',
  industries: 'Industries',
  expertise: 'Expertise',
  certifications: 'Certifications',
  certificationHolders: { one: '{count} certified person', other: '{count} certified people' } as Plural,
  verified: 'Verified',
  integrations: 'Integrations',
  integrationBuilder: 'Built by this partner',
  integrationImplementer: 'Implemented by this partner',
  website: 'Visit website',
  opensInNewTab: '(opens in a new tab)',
  foundedIn: 'Founded {year}',
  companySize: 'Company size',
  // Contact form
  contactHeading: 'Contact {name}',
  contactIntro: 'Tell {name} about your project. They will get back to you by email.',
  fieldName: 'Your name',
  fieldEmail: 'Work email',
  fieldCompany: 'Company',
  fieldPhone: 'Phone',
  fieldPhoneHint: 'International format, e.g. +14155550100',
  fieldMessage: 'How can they help?',
  fieldConsent: 'I agree that {name} may contact me about this request.',
  optional: '(optional)',
  submit: 'Send request',
  submitting: 'Sending…',
  successTitle: 'Request sent',
  successBody: '{name} has your request and will reply by email.',
  sendAnother: 'Send another request',
  formErrorSummary: {
    one: 'Please correct {count} field.',
    other: 'Please correct {count} fields.',
  } as Plural,
  errorRequired: 'This field is required.',
  errorEmail: 'Enter an email address like name@company.com.',
  errorPhone: 'Enter the number in international format, like +14155550100.',
  errorTooLong: 'Use at most {max} characters.',
  errorConsent: 'Please agree so the partner may contact you.',
  errorInvalid: 'This value is not valid.',
  errorNetwork:
    'Your request could not be sent. Check your connection and try again — nothing you typed is lost.',
  errorServer: 'Something went wrong on our side. Please try again in a moment.',
};

export type Messages = { [K in keyof typeof en]: (typeof en)[K] extends Plural ? Plural : string };
export type MessageKey = keyof Messages;
