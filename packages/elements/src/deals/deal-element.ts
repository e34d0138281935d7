import type { FlywheelClient } from '@flywheel/sdk';
import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Translate } from '../deal-form/render-deal-fields.js';
import type { MessageKey } from '../i18n/messages.js';
import { FwElement } from '../internal/fw-element.js';
import { FwSessionExpiredEvent } from './deal-events.js';
import { renderDealState, type DealState } from './render-deal-state.js';
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
  /** The widget's region label, its loading and error titles, and the class of its skeleton. */
  protected abstract readonly frame: {
    label: MessageKey;
    loading: MessageKey;
    error: MessageKey;
    skeletonClass: string;
  };
  /** What the loaded view shows: itself (`ready`), or a state the frame renders. */
  protected abstract viewState(view: View): DealState | 'ready';
  /** Loads the view's data again (its retry button). */
  protected abstract retryData(view: View): void;
  protected abstract renderView(view: View, t: Translate): TemplateResult;

  /** The frame every deal widget shares: region, direction, language, and the states until ready. */
  protected override render(): TemplateResult {
    const f = this.flywheel;
    const t: Translate = (key, values) => f.t(key, values);
    const view = this.view;
    const state = this.viewFailed ? 'error' : !f.ready || !view ? 'loading' : this.viewState(view);
    const body =
      state === 'ready' && view
        ? this.renderView(view, t)
        : renderDealState(state === 'ready' ? 'loading' : state, {
            t,
            loading: this.frame.loading,
            error: this.frame.error,
            skeletonClass: this.frame.skeletonClass,
            onRetry: () => {
              if (!view) void this.loadView();
              else this.retryData(view);
            },
          });
    return html`<div
      part="base"
      class="base"
      dir=${f.dir}
      lang=${f.localeTag}
      role="region"
      aria-label=${t(this.frame.label)}
    >
      ${body}
    </div>`;
  }

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
