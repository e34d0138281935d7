import type { FlywheelClient } from '@flywheel/sdk';
import type { PropertyDeclarations } from 'lit';
import { FwElement } from '../internal/fw-element.js';
import { FwSessionExpiredEvent } from './deal-events.js';
import { sessionClient, type SessionSource } from './session-client.js';

/**
 * Base of the partner-facing widgets (deal form, deal list): they act for one partner, with a
 * short-lived partner session (`ps_…`) that the host's backend mints. Give either `session-url` (an
 * endpoint of the host that answers `{ client_secret }`), a `fetchSession` function, or a `client`
 * made with `createClient({ apiBase, fetchSession })` (on the widget or the provider).
 */
export class FwDealElement extends FwElement {
  static override properties: PropertyDeclarations = {
    ...FwElement.properties,
    sessionUrl: { attribute: 'session-url' },
    fetchSession: { attribute: false },
  };

  /** The host's endpoint that mints a partner session: `POST` → `{ "client_secret": "ps_…" }`. */
  sessionUrl: string | undefined;
  /** Instead of `session-url`: resolves to a partner session's client secret. */
  fetchSession: (() => Promise<string>) | undefined;

  private lease:
    | { source: SessionSource; apiBase: string; locale: string; client: FlywheelClient; release: () => void }
    | undefined;

  private readonly onSessionRefresh = (): void => {
    this.dispatchEvent(new FwSessionExpiredEvent({ recovered: true }));
  };

  /** The client the widget acts with: the host's, else one made from the session source. */
  protected get partnerClient(): FlywheelClient | undefined {
    const source = this.fetchSession ?? this.sessionUrl;
    const apiBase = this.flywheel.apiBase;
    if (this.client || !source || !apiBase) {
      this.releaseLease();
      return this.flywheel.client;
    }
    const locale = this.flywheel.locale;
    const lease = this.lease;
    if (lease?.source === source && lease.apiBase === apiBase && lease.locale === locale) return lease.client;
    this.releaseLease();
    const { client, release } = sessionClient(apiBase, source, locale, this.onSessionRefresh);
    this.lease = { source, apiBase, locale, client, release };
    return client;
  }

  private releaseLease(): void {
    this.lease?.release();
    this.lease = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.releaseLease();
  }
}
