import { ContextProvider } from '@lit/context';
import type { FlywheelClient } from '@flywheel/sdk';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { appearanceProperties, type Appearance } from '../context/appearance.js';
import { flywheelContext, type FlywheelSettings, type Theme } from '../context/flywheel-context.js';
import type { Messages } from '../i18n/messages.js';
import { FW_EVENT_TYPES } from '../internal/event-types.js';
import { VERSION } from '../internal/version.js';

/**
 * @summary Configures every Flywheel widget inside it: API, key, locale, theme, brand tokens, messages.
 * @tag fw-provider
 *
 * @slot - The widgets (and any other content).
 *
 * @event fw-* - Every Flywheel event from inside is also passed to `onEvent`, for the host's analytics.
 */
export class FwProvider extends LitElement {
  static override properties = {
    apiBase: { attribute: 'api-base' },
    publishableKey: { attribute: 'publishable-key' },
    locale: {},
    theme: {},
    appearance: { attribute: false },
    messages: { attribute: false },
    client: { attribute: false },
    onEvent: { attribute: false },
  };

  static readonly flywheelVersion = VERSION;
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Base URL of the Flywheel API, without `/v1`. */
  apiBase: string | undefined;
  /** A publishable key (`pk_…`). */
  publishableKey: string | undefined;
  /** BCP 47 locale for every widget inside. */
  locale: string | undefined;
  /** `light`, `dark` or `auto`. */
  theme: Theme | undefined;
  /** Brand tokens (validated; invalid ones are skipped with a console warning). */
  appearance: Appearance | undefined;
  /** Overrides of any message, for every widget inside. */
  messages: Partial<Messages> | undefined;
  /** A client made by the host (`createClient({ … })`), used instead of `api-base` and the key. */
  client: FlywheelClient | undefined;
  /** Receives every `fw-*` event from the widgets inside, e.g. to forward them to your analytics. */
  onEvent: ((event: Event) => void) | undefined;

  private readonly provider = new ContextProvider(this, { context: flywheelContext });
  private appliedTokens: string[] = [];

  private readonly forward = (event: Event): void => {
    this.onEvent?.(event);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of FW_EVENT_TYPES) this.addEventListener(type, this.forward);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of FW_EVENT_TYPES) this.removeEventListener(type, this.forward);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const settings: FlywheelSettings = {
      apiBase: this.apiBase,
      publishableKey: this.publishableKey,
      locale: this.locale,
      theme: this.theme,
      messages: this.messages,
      client: this.client,
    };
    this.provider.setValue(settings);
    if (changed.has('appearance')) this.applyAppearance();
  }

  /** Brand tokens become custom properties on this element, inherited by every widget inside. */
  private applyAppearance(): void {
    for (const name of this.appliedTokens) this.style.removeProperty(name);
    const { properties, problems } = appearanceProperties(this.appearance ?? {});
    for (const problem of problems) console.warn(`[flywheel] appearance ignored: ${problem}`);
    for (const [name, value] of properties) this.style.setProperty(name, value);
    this.appliedTokens = properties.map(([name]) => name);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
