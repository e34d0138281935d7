import type { TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { CardPartner } from '../partner-card/render-partner-card.js';

/**
 * The cards of the list's window, keyed by partner. A partner that stays in the window keeps its
 * card's DOM, even when it moves (the window scrolls by a row, the ranking changes as words are
 * typed); only partners new to the window get new cards. Refilling existing cards with another
 * partner's text instead costs Blink about twice the layout and paint of building them afresh
 * (text reshaped in place), and scrolling one row would refill every card.
 */
export function renderCardWindow(
  partners: readonly CardPartner[],
  card: (partner: CardPartner) => TemplateResult,
): unknown {
  return repeat(partners, (partner) => partner.id, card);
}
