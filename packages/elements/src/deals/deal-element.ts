import type { FlywheelClient } from '@flywheel/sdk';
import type { PropertyDeclarations } from 'lit';
import { FwElement } from '../internal/fw-element.js';
import { FwSessionExpiredEvent } from './deal-events.js';
import { sessionClient, type SessionSource } from './session-client.js';

const instances = new Map<string, number>();

/**
 * Base of the partner-facing widgets (deal form, deal list): they act for one partner, with a
 * short-lived partner session (`ps_…`) that the host's backend mints. Give either `session-url` (an
 * endpoint of the host that answers `{ client_secret }`), a `fetchSession` function, or a `client`
 * made with `createClient({ apiBase, fetchSession })` (on the widget or the provider).
 *
 * The widget's own code (`View`: its state, validation and rendering) is a separate chunk, loaded when
 * the element connects — in parallel with its first requests — so pages that never show it never
 * download it.
 */
export abstract class FwDealElement<View> extends FwElement {
  static override properties: PropertyDeclarations = {
    sessionUrl: { attribute: 'session-url' },
    fetchSession: { attribute: false },
  };

  /** The host's endpoint that mints a partner session: `POST` → `{ "client_secret": "ps_…" }`. */
  sessionUrl: string | undefined;
  /** Instead of `session-url`: resolves to a partner session's client secret. */
  fetchSession: (() => Promise<string>) | undefined;

  /** Prefix of ids in the shadow root, unique per widget on the page. */
  protected readonly uid: string;
  protected view: View | undefined;
  protected viewFailed = false;
  private viewLoading = false;

  private lease:
    | { source: SessionSource; apiBase: string; locale: string; client: FlywheelClient; release: () => void }
    | undefined;

  /**
   * Always the same function for this widget, calling the current `fetchSession`: a host that passes a
   * new arrow function on every render (React) keeps its session and the widget its state.
   */
  private readonly callFetchSession = (): Promise<string> => {
    if (!this.fetchSession) return Promise.reject(new Error('fetchSession was removed.'));
    return this.fetchSession();
  };

  private readonly onSessionRefresh = (): void => {
    this.dispatchEvent(new FwSessionExpiredEvent({ recovered: true }));
  };

  constructor() {
    super();
    const count = (instances.get(this.localName) ?? 0) + 1;
    instances.set(this.localName, count);
    this.uid = `${this.localName}-${count}`;
  }

  /** Imports the widget's own chunk. */
  protected abstract importView(): Promise<View>;

  /** The client the widget acts with: the host's, else one made from the session source. */
  get partnerClient(): FlywheelClient | undefined {
    const source: SessionSource | undefined = this.fetchSession ? this.callFetchSession : this.sessionUrl;
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

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.view) void this.loadView();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.releaseLease();
  }

  /** Loads the widget's chunk (again, after a failure: the retry button calls it). */
  protected async loadView(): Promise<void> {
    if (this.view || this.viewLoading) return;
    this.viewLoading = true;
    this.viewFailed = false;
    try {
      this.view = await this.importView();
    } catch {
      this.viewFailed = true;
    } finally {
      this.viewLoading = false;
    }
    this.requestUpdate();
  }

  private releaseLease(): void {
    this.lease?.release();
    this.lease = undefined;
  }
}
