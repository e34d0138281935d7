import { ContextConsumer } from '@lit/context';
import type { FlywheelClient } from '@flywheel/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { flywheelContext, type FlywheelSettings, type Theme } from '../../context/flywheel-context.js';
import { formatMessage, type MessageValues } from '../../i18n/format-message.js';
import { directionOf, loadMessages, resolveLocale, type SupportedLocale } from '../../i18n/locales.js';
import { english, type MessageKey, type Messages } from '../../i18n/messages.js';
import { sharedClient } from '../client-registry.js';

/** The attributes every widget accepts, so one tag works without a provider. */
export interface FlywheelAttributes {
  apiBase: string | undefined;
  publishableKey: string | undefined;
  locale: string | undefined;
  theme: Theme | undefined;
  messages: Partial<Messages> | undefined;
  client: FlywheelClient | undefined;
}

type Host = ReactiveControllerHost & HTMLElement & FlywheelAttributes;

/**
 * Resolves what a widget runs with — the provider's settings, overridden by the widget's own
 * attributes — and owns the client, the locale's message catalog and the theme marker. Renders
 * wait for `ready` (the catalog of the locale is loaded) so text never flashes in another language.
 */
export class FlywheelController implements ReactiveController {
  private readonly provider: ContextConsumer<typeof flywheelContext, Host>;
  private catalog: Partial<Messages> = english;
  private catalogLocale: SupportedLocale | undefined = 'en';
  /** Once any catalog for the chosen locale arrived, a later locale switch keeps showing text meanwhile. */
  private shownOnce = false;
  private requested: SupportedLocale | undefined;

  constructor(private readonly host: Host) {
    this.provider = new ContextConsumer(host, { context: flywheelContext, subscribe: true });
    host.addController(this);
  }

  private get settings(): FlywheelSettings | undefined {
    return this.provider.value;
  }

  get apiBase(): string | undefined {
    return this.host.apiBase ?? this.settings?.apiBase;
  }

  get publishableKey(): string | undefined {
    return this.host.publishableKey ?? this.settings?.publishableKey;
  }

  /** The BCP 47 tag in use (the host's choice, else the page's `lang`, else English). */
  get localeTag(): string {
    return this.host.locale ?? this.settings?.locale ?? (document.documentElement.lang || 'en');
  }

  get locale(): SupportedLocale {
    return resolveLocale(this.localeTag);
  }

  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.locale);
  }

  get theme(): Theme {
    return this.host.theme ?? this.settings?.theme ?? 'light';
  }

  /** True once the locale's catalog is loaded (text never flashes in another language first). */
  get ready(): boolean {
    if (this.catalogLocale === this.locale) this.shownOnce = true;
    return this.shownOnce;
  }

  /** The client for the configured API, or undefined until `api-base` and a key are set. */
  get client(): FlywheelClient | undefined {
    const own = this.host.client ?? this.settings?.client;
    if (own) return own;
    const { apiBase, publishableKey } = this;
    if (!apiBase || !publishableKey) return undefined;
    return sharedClient(apiBase, publishableKey, this.locale);
  }

  /** The catalog in use (it changes when a locale's catalog arrives). */
  get catalogInUse(): unknown {
    return this.catalog;
  }

  /** The provider's message overrides. */
  get providerMessages(): unknown {
    return this.settings?.messages;
  }

  /** A message in the current locale, with host overrides applied. */
  t(key: MessageKey, values: MessageValues = {}): string {
    const message =
      this.host.messages?.[key] ?? this.settings?.messages?.[key] ?? this.catalog[key] ?? english[key] ?? key;
    return formatMessage(message, values, this.locale);
  }

  hostUpdate(): void {
    // Only on a change: the host's attribute is not rewritten (nor reported to the page's
    // MutationObservers) on every render.
    if (this.host.dataset.theme !== this.theme) this.host.dataset.theme = this.theme;
    const locale = this.locale;
    if (locale === this.catalogLocale || locale === this.requested) return;
    this.requested = locale;
    loadMessages(locale).then(
      (messages) => {
        if (this.requested !== locale) return;
        this.catalog = messages;
        this.catalogLocale = locale;
        this.host.requestUpdate();
      },
      () => {
        // The catalog chunk could not load (offline, blocked): fall back to English rather than stall.
        if (this.requested !== locale) return;
        this.catalog = english;
        this.catalogLocale = locale;
        this.host.requestUpdate();
      },
    );
  }
}
