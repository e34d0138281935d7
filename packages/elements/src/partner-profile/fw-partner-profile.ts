import { defineElement } from '../internal/define-element.js';
import { FwPartnerProfile } from './partner-profile.js';

defineElement('fw-partner-profile', FwPartnerProfile);

declare global {
  interface HTMLElementTagNameMap {
    'fw-partner-profile': FwPartnerProfile;
  }
}
