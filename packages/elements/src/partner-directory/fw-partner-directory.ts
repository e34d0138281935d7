import { defineElement } from '../internal/define-element.js';
import { FwPartnerDirectory } from './partner-directory.js';

defineElement('fw-partner-directory', FwPartnerDirectory);

declare global {
  interface HTMLElementTagNameMap {
    'fw-partner-directory': FwPartnerDirectory;
  }
}
