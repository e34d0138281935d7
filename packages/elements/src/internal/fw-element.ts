import type { FlywheelClient } from '@flywheel/sdk';
import { LitElement, type PropertyDeclarations } from 'lit';
import type { Theme } from '../context/flywheel-context.js';
import type { Messages } from '../i18n/messages.js';
import { hostReset, themeTokens } from '../styles/theme-tokens.js';
import { FlywheelController, type FlywheelAttributes } from './controllers/flywheel-controller.js';
import { FwErrorEvent } from './fw-event.js';
import { VERSION } from './version.js';

/**
 * Base of every Flywheel widget: the shared attributes (so one tag works without a provider), the
 * tokens and host reset, the locale/theme/client controller, and `fw-error` reporting.
 */
export class FwElement extends LitElement implements FlywheelAttributes {
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    publishableKey: { attribute: 'publishable-key' },
    locale: {},
    theme: {},
    messages: { attribute: false },
    client: { attribute: false },
  };

  static readonly flywheelVersion = VERSION;
  static override styles = [themeTokens, hostReset];

  /** Base URL of the Flywheel API, without `/v1`. Falls back to the provider's. */
  apiBase: string | undefined;
  /** A publishable key (`pk_…`). Falls back to the provider's. */
  publishableKey: string | undefined;
  /** BCP 47 locale (`de`, `pt-BR`, `ar`…). Falls back to the provider's, then to the page's `lang`. */
  locale: string | undefined;
  /** `light`, `dark` or `auto` (follows the system). Falls back to the provider's. */
  theme: Theme | undefined;
  /** Overrides of any message, e.g. `{ searchPlaceholder: 'Find an agency' }`. */
  messages: Partial<Messages> | undefined;
  /** A client made by the host (`createClient({ … })`), used instead of `api-base` and the key. */
  client: FlywheelClient | undefined;

  protected readonly flywheel = new FlywheelController(this);

  /** Tells the host page about a failure the user was shown. */
  protected reportError(error: { code: string; message: string; requestId?: string | undefined }): void {
    this.dispatchEvent(
      new FwErrorEvent({ code: error.code, message: error.message, requestId: error.requestId }),
    );
  }
}
