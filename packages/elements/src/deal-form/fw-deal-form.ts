import { defineElement } from '../internal/define-element.js';
import { FwDealForm } from './deal-form.js';

defineElement('fw-deal-form', FwDealForm);

declare global {
  interface HTMLElementTagNameMap {
    'fw-deal-form': FwDealForm;
  }
}
