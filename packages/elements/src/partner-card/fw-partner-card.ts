import { defineElement } from '../internal/define-element.js';
import { FwPartnerCard } from './partner-card.js';

defineElement('fw-partner-card', FwPartnerCard);

declare global {
  interface HTMLElementTagNameMap {
    'fw-partner-card': FwPartnerCard;
  }
}
