/**
 * The few strings the deal widgets show before their code has loaded (loading, failure, no
 * session); the rest arrive with that code (deal-messages.ts).
 */
export const enDealShell = {
  dealFormLabel: 'Register a deal',
  dealListLabel: 'Deal registrations',
  dealFormLoadError: 'The registration form could not be loaded.',
  dealFormLoading: 'Loading the registration form…',
  dealNotAllowedTitle: 'Deal registration is not available here',
  dealNotAllowedBody: 'This page is not connected to a partner session. Sign in to your partner portal.',
  dealTryAgain: 'Try again',
  dealListLoading: 'Loading registrations…',
  dealListErrorTitle: 'Your registrations could not be loaded',
};
