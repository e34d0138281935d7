import { defineElement } from '../internal/define-element.js';
import { FwProvider } from './provider.js';

defineElement('fw-provider', FwProvider);

declare global {
  interface HTMLElementTagNameMap {
    'fw-provider': FwProvider;
  }
}
