import type { enDeals } from './deal-messages.js';
import type { enDealShell } from './deal-shell-messages.js';
import type { enProfile } from './profile-messages.js';

/**
 * The user-visible strings of the directory and the cards, in English (the profile's and the contact
 * form's are in profile-messages.ts, loaded with the profile). Other locales implement the same shape
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
  resultsCount: { one: '{count} partner', other: '{count} partners' } as Plural,
  resultsAnnouncement: {
    zero: 'No partners found',
    one: '{count} partner found',
    other: '{count} partners found',
  } as Plural,
  filtersHeading: 'Filters',
  clearFilters: 'Clear all filters',
  showMore: 'Show {count} more',
  showLess: 'Show fewer',
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
  // Back from a profile to the list (in the directory itself)
  back: 'Back to all partners',
};

type English = typeof en & typeof enProfile & typeof enDealShell & typeof enDeals;
export type Messages = { [K in keyof English]: English[K] extends Plural ? Plural : string };
export type MessageKey = keyof Messages;

/**
 * The English strings in use: the directory's and the cards' from the start, plus those of each
 * widget loaded later (a widget's chunk brings its own strings and registers them with `addEnglish`).
 * The fallback for any message a catalog or the host leaves out.
 */
export const english: Partial<Messages> = { ...en };

export function addEnglish(messages: Partial<Messages>): void {
  Object.assign(english, messages);
}
