// Registers every Flywheel element. This is the script-tag (CDN) entry as well.
import './provider/fw-provider.js';
import './partner-directory/fw-partner-directory.js';
import './partner-card/fw-partner-card.js';
import './partner-profile/fw-partner-profile.js';
import './deal-form/fw-deal-form.js';
import './deal-list/fw-deal-list.js';

export * from './index.js';
