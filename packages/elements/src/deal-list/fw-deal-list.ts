import { defineElement } from '../internal/define-element.js';
import { FwDealList } from './deal-list.js';

defineElement('fw-deal-list', FwDealList);

declare global {
  interface HTMLElementTagNameMap {
    'fw-deal-list': FwDealList;
  }
}
