import { en, type Messages } from './messages.js';
import { enDeals } from './deal-messages.js';
import { enDealShell } from './deal-shell-messages.js';
import { enProfile } from './profile-messages.js';

/** Every English string of every widget: the reference catalog a translation implements. */
export const englishMessages: Messages = { ...en, ...enProfile, ...enDealShell, ...enDeals };
