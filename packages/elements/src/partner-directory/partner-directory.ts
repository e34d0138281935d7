import { PARTNER_FACETS, type PartnerFacet, type PartnerSort } from '@flywheel/contract/browser';
import type { DirectoryResult, DirectorySearch } from '@flywheel/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { CardContext, CardPartner } from '../partner-card/render-partner-card.js';
import { partnerCardStyles } from '../partner-card/partner-card.styles.js';
import { afterNextPaint, afterPause } from '../internal/deferred-work.js';
import { WindowedGridController } from '../internal/controllers/windowed-grid-controller.js';
import { cssomStyle } from '../internal/cssom-style.js';
import { FwElement } from '../internal/fw-element.js';
import { sameDeps } from '../internal/same-deps.js';
import { DirectoryDataController, type DirectoryViews } from './directory-data-controller.js';
import {
  EMPTY_STATE,
  parsePreset,
  sameState,
  stateFromParams,
  stateToParams,
  type DirectoryState,
} from './directory-state.js';
import {
  FwFilterChangeEvent,
  FwPartnerSelectEvent,
  FwResultsChangeEvent,
  FwSearchChangeEvent,
  FwSortChangeEvent,
} from './partner-directory.events.js';
import { partnerDirectoryStyles } from './partner-directory.styles.js';
import { numberFormat } from '../i18n/number-format.js';
import { warmIntl } from '../i18n/warm-intl.js';
import { renderDirectoryState } from './render-states.js';

const DEFAULT_FACETS: readonly PartnerFacet[] = [
  'type',
  'tier',
  'region',
  'language',
  'industry',
  'expertise',
  'certification',
];
const SORTS: readonly [
  PartnerSort,
  'sortRelevance' | 'sortFeatured' | 'sortName' | 'sortTier' | 'sortRating' | 'sortJoined',
][] = [
  ['relevance', 'sortRelevance'],
  ['featured', 'sortFeatured'],
  ['name', 'sortName'],
  ['-tier', 'sortTier'],
  ['-rating', 'sortRating'],
  ['-joined_at', 'sortJoined'],
];
/** Quiet time after typing before the result count is announced and the URL and events follow. */
const SETTLE_MS = 350;
/** Quiet time after typing before the facet counts follow the results. */
const FACETS_AFTER_TYPING_MS = 150;
let instances = 0;

/**
 * @summary A searchable, filterable directory of the program's partners, with profiles and contact requests.
 * @tag fw-partner-directory
 *
 * @slot empty - Replaces the message shown when no partner matches.
 * @slot header - Content above the search box.
 *
 * @csspart base - The wrapper of everything.
 * @csspart search - The search form; `search-input` the text field.
 * @csspart sort - The sort menu. @csspart count - The result count.
 * @csspart facets - The filter panel; `facet`, `facet-label`, `facet-option`, `facet-checkbox`, `facet-more`, `clear-filters` inside it.
 * @csspart results - The list area; `list` the grid of cards.
 * @csspart card - A partner card; `logo`, `monogram`, `name`, `card-link`, `meta`, `tier`, `summary`, `tags`, `tag`, `card-footer`, `badge` inside it.
 * @csspart state - Loading, empty, error and unauthorized messages; `retry` its button.
 * @csspart profile - The profile view; `back` its back button.
 *
 * @cssproperty --fw-partner-card-height - Height of a card (all cards share it). Default 15rem.
 * @cssproperty --fw-partner-card-min-width - Narrowest card before a column is dropped. Default 16rem.
 * @cssproperty --fw-partner-directory-gap - Space between cards. Default 16px.
 * @cssproperty --fw-partner-directory-min-height - Height reserved while loading. Default 36rem.
 *
 * @cssstate loading - While the index loads. @cssstate empty - When no partner matches.
 *
 * @event fw-search-change - The search text settled: `{ q }`.
 * @event fw-filter-change - Filters changed: `{ filters }`.
 * @event fw-sort-change - The order changed: `{ sort }`.
 * @event fw-results-change - The list shows `{ total }` partners.
 * @event fw-partner-select - A partner was chosen (cancelable: cancel to route to your own page).
 * @event fw-error - Loading failed: `{ code, message, requestId }`.
 */
export class FwPartnerDirectory extends FwElement {
  static override properties = {
    facets: {},
    preset: {},
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    urlPrefix: { attribute: 'url-prefix' },
    seed: { type: Number },
    view: { state: true },
    expanded: { state: true },
    announcement: { state: true },
    facetCounts: { state: true },
  };

  static override styles = [...FwElement.styles, partnerCardStyles, partnerDirectoryStyles];

  /** Facets offered, comma-separated, from: type, tier, region, country, language, industry, expertise, certification, badge. */
  facets: string | undefined;
  /** Filters that always apply, in query syntax: `type=system_integrator&region=europe`. */
  preset: string | undefined;
  /** Keep search, filters, sort and the open profile in the page URL (shareable links, back button). */
  syncUrl = false;
  /** Prefix of this directory's URL parameters (for several directories on one page). */
  urlPrefix = 'fw-';
  /** Seed of the fair order of equally ranked partners; a new one per page view by default. */
  seed = Math.floor(Math.random() * 2 ** 31);

  private view: DirectoryState = EMPTY_STATE;
  private expanded = new Set<PartnerFacet>();
  private announcement = '';
  private get listElement(): HTMLElement | undefined {
    return this.renderRoot.querySelector<HTMLElement>('.list') ?? undefined;
  }

  private readonly uid = `fw-directory-${++instances}`;
  private readonly data = new DirectoryDataController(
    this,
    () => this.flywheel.client,
    (error) => {
      this.reportError(error);
    },
  );
  private readonly grid = new WindowedGridController(this, {
    container: () => this.listElement,
    minColumnWidth: 256,
    overscanRows: 1,
  });
  private result: DirectoryResult | undefined;
  /** What `result` answers: a render for another reason (scrolling, counts) never searches again. */
  private queried: { search: DirectorySearch; key: string; rest: string } | undefined;
  /** Facet counts, computed after the results painted (see willUpdate). */
  private facetCounts: DirectoryResult['facets'] | undefined;
  private cancelFacetCounts: (() => void) | undefined;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private internals = this.attachInternals();
  private returnFocusTo: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.listenToHistory();
    // Counts cancelled by a disconnect (a move in the DOM) are asked for again.
    if (this.data.search) this.requestUpdate();
  }

  /** With `sync-url`, the URL is the source of the state on load and on back/forward. */
  private listenToHistory(): void {
    window.removeEventListener('popstate', this.onPopState);
    if (!this.syncUrl || !this.isConnected) return;
    this.view = stateFromParams(new URLSearchParams(location.search), this.urlPrefix);
    window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    clearTimeout(this.settleTimer);
    this.cancelFacetCounts?.();
    this.queried = undefined;
  }

  private readonly onPopState = (): void => {
    this.view = stateFromParams(new URLSearchParams(location.search), this.urlPrefix);
  };

  private get shownFacets(): readonly PartnerFacet[] {
    if (!this.facets) return DEFAULT_FACETS;
    const wanted = this.facets.split(',').map((f) => f.trim());
    return PARTNER_FACETS.filter((facet) => wanted.includes(facet));
  }

  private get presetFilters() {
    return parsePreset(this.preset);
  }

  /** The card holding keyboard focus when an update began (see `updated`). */
  private focusedCard: Element | null | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.focusedCard = (this.renderRoot as ShadowRoot).activeElement?.closest('.card');
    if ((changed.has('syncUrl') && changed.get('syncUrl') !== undefined) || changed.has('urlPrefix'))
      this.listenToHistory();
    const search = this.data.search;
    if (this.data.status === 'loading') this.warmIntlWhileLoading();
    if (!search) {
      this.result = undefined;
      this.queried = undefined;
      return;
    }
    const preset = this.presetFilters;
    const filters: Partial<Record<PartnerFacet, readonly string[]>> = { ...this.view.filters };
    // Preset filters replace the visitor's for their facet: a link cannot widen what the host fixed.
    for (const [facet, values] of Object.entries(preset) as [PartnerFacet, string[]][])
      filters[facet] = values;
    const query = {
      q: this.view.q,
      filters,
      ...(this.view.sort ? { sort: this.view.sort } : {}),
      seed: this.seed,
    };
    const facets = this.shownFacets;
    const rest = JSON.stringify([{ ...query, q: undefined }, facets]);
    const key = JSON.stringify([query.q, rest]);
    const previous = this.queried;
    if (previous?.search === search && previous.key === key) return;
    this.result = search.query(query);
    this.queried = { search, key, rest };
    // The results are painted in this frame; facet counts are computed after it and painted in the
    // next one, so neither a keystroke nor the first screen waits for them (they cost as much as
    // the search itself on a large index). While words are being typed, counts wait for a pause:
    // nobody reads them between two keys.
    // After a reload (the element moved in the page, or a new client) the previous counts stay until
    // the new ones come: the same index, in the common case, so no flash of an empty filter panel.
    const typing = previous?.search === search && previous.rest === rest && this.facetCounts !== undefined;
    this.cancelFacetCounts?.();
    const count = () => {
      if (this.queried?.key !== key || this.data.search !== search) return;
      this.facetCounts = search.query({ ...query, facets }).facets;
    };
    // On a fresh search, the counts wait for the facet columns being built in the background.
    this.cancelFacetCounts = typing
      ? afterPause(count, FACETS_AFTER_TYPING_MS)
      : search.facetsReady
        ? afterNextPaint(count)
        : this.data.whenFacetsReady(count);
  }

  private intlWarmedFor: string | undefined;

  /** Builds the locale's number formats and plural rules while the data downloads (see warmIntl). */
  private warmIntlWhileLoading(): void {
    const f = this.flywheel;
    if (!f.ready || this.intlWarmedFor === f.locale) return;
    const locale = f.locale;
    this.intlWarmedFor = locale;
    afterNextPaint(() => {
      warmIntl(locale);
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The focused card lost focus in this update: it left the window (the list scrolled it away, the
    // results changed), or it moved to another place (the browser drops focus from a moved node).
    // Focus goes back to its link, or to the list, rather than falling back to the page.
    const card = this.focusedCard;
    this.focusedCard = undefined;
    if (card && !(this.renderRoot as ShadowRoot).activeElement) {
      const target = card.isConnected ? card.querySelector<HTMLElement>('.card-link') : this.listElement;
      target?.focus({ preventScroll: true });
    }
    this.setState('loading', this.data.status === 'loading');
    this.setState('empty', this.result?.total === 0);
  }

  private setState(name: string, on: boolean): void {
    try {
      if (on) this.internals.states.add(name);
      else this.internals.states.delete(name);
    } catch {
      // Custom states are progressive enhancement.
    }
  }

  /** Applies a change of state; typing settles before the URL, events and announcement follow. */
  private change(next: DirectoryState, options: { settle: boolean; push: boolean }): void {
    if (sameState(next, this.view)) return;
    this.view = next;
    clearTimeout(this.settleTimer);
    if (options.settle) {
      this.settleTimer = setTimeout(() => {
        this.commit(false);
      }, SETTLE_MS);
    } else {
      this.commit(options.push);
    }
  }

  private commit(push: boolean): void {
    if (this.syncUrl) {
      const params = stateToParams(this.view, new URLSearchParams(location.search), this.urlPrefix);
      const url = `${location.pathname}${params.size > 0 ? `?${params.toString()}` : ''}${location.hash}`;
      if (push) history.pushState(history.state, '', url);
      else history.replaceState(history.state, '', url);
    }
    const total = this.result?.total ?? 0;
    this.announcement = this.flywheel.t('resultsAnnouncement', { count: total });
    this.dispatchEvent(new FwResultsChangeEvent({ total }));
  }

  private onSearchInput(event: Event): void {
    const q = (event.target as HTMLInputElement).value;
    this.change({ ...this.view, q, partner: undefined }, { settle: true, push: false });
    clearTimeout(this.searchEventTimer);
    this.searchEventTimer = setTimeout(() => {
      this.dispatchEvent(new FwSearchChangeEvent({ q }));
    }, SETTLE_MS);
  }
  private searchEventTimer: ReturnType<typeof setTimeout> | undefined;

  private onToggle(facet: PartnerFacet, value: string, checked: boolean): void {
    const current = this.view.filters[facet] ?? [];
    const values = checked ? [...current, value] : current.filter((v) => v !== value);
    const filters = Object.fromEntries(
      Object.entries({ ...this.view.filters, [facet]: values }).filter(([, list]) => list.length > 0),
    ) as DirectoryState['filters'];
    this.change({ ...this.view, filters }, { settle: false, push: true });
    this.dispatchEvent(new FwFilterChangeEvent({ filters }));
  }

  private onSort(event: Event): void {
    const sort = (event.target as HTMLSelectElement).value as PartnerSort;
    this.change({ ...this.view, sort }, { settle: false, push: true });
    this.dispatchEvent(new FwSortChangeEvent({ sort }));
  }

  private clearFilters(): void {
    this.change({ ...this.view, filters: {} }, { settle: false, push: true });
    this.dispatchEvent(new FwFilterChangeEvent({ filters: {} }));
  }

  /** Fetches the profile chunk as soon as the visitor heads for a card, so opening one feels instant. */
  private readonly prefetchProfile = (): void => {
    this.loadProfile();
  };

  private select(partner: CardPartner): void {
    const event = new FwPartnerSelectEvent({ id: partner.id, slug: partner.slug, name: partner.name });
    if (!this.dispatchEvent(event)) return;
    this.returnFocusTo = partner.slug;
    this.change({ ...this.view, partner: partner.slug }, { settle: false, push: true });
  }

  private async closeProfile(): Promise<void> {
    const slug = this.returnFocusTo ?? this.view.partner;
    this.change({ ...this.view, partner: undefined }, { settle: false, push: true });
    await this.updateComplete;
    // Bring the card that opened the profile back into the window, then give it focus again.
    const index = this.result?.items.findIndex((entry) => entry.slug === slug) ?? -1;
    if (index >= 0) {
      this.grid.reveal(index);
      await this.updateComplete;
      this.renderRoot
        .querySelector<HTMLButtonElement>(`[data-partner="${CSS.escape(slug ?? '')}"] .card-link`)
        ?.focus();
    }
  }

  private facetsMemo: { deps: readonly unknown[]; view: TemplateResult | typeof nothing } | undefined;

  /** The facet panel, rebuilt only when one of `deps` changed (else the last one, unchanged for Lit). */
  private memoFacets(
    deps: readonly unknown[],
    render: () => TemplateResult | typeof nothing,
  ): TemplateResult | typeof nothing {
    const memo = this.facetsMemo;
    if (memo && sameDeps(memo.deps, deps)) return memo.view;
    const view = render();
    this.facetsMemo = { deps, view };
    return view;
  }

  private cards = new WeakMap<object, TemplateResult>();

  /**
   * A partner's card, made once per card context (taxonomy and locale): a card that stays in the
   * window while the visitor types costs Lit one identity check, and the labels and logo URL of a
   * partner are worked out once.
   */
  private card(entry: CardPartner, context: CardContext, views: DirectoryViews): TemplateResult {
    let card = this.cards.get(entry);
    if (!card) {
      card = views.renderPartnerCard(entry, context);
      this.cards.set(entry, card);
    }
    return card;
  }

  private cachedCardContext: { deps: readonly unknown[]; context: CardContext } | undefined;

  /** Labels and formatters for cards: built once per taxonomy, locale and messages, not per keystroke. */
  private cardContext(): CardContext {
    const f = this.flywheel;
    const taxonomy = this.data.taxonomy;
    const locale = f.locale;
    const deps = [taxonomy, locale, f.catalogInUse, f.providerMessages, this.messages];
    const cached = this.cachedCardContext;
    if (cached && sameDeps(cached.deps, deps)) return cached.context;
    const labels = new Map<string, string>();
    if (taxonomy) {
      for (const vocabulary of ['partner_types', 'tiers', 'industries', 'badges'] as const) {
        for (const term of taxonomy[vocabulary]) labels.set(`${vocabulary}:${term.key}`, term.label);
      }
    }
    const countries = new Map(taxonomy?.countries.map((c) => [c.key, c.label]));
    const rating = numberFormat(locale, 1);
    const context: CardContext = {
      label: (vocabulary, key) => labels.get(`${vocabulary}:${key}`) ?? key,
      countryName: (code) => countries.get(code) ?? code,
      t: (key, values) => this.flywheel.t(key, values),
      formatRating: (average) => rating.format(average),
      onSelect: (partner) => {
        this.select(partner);
      },
      listItem: true,
    };
    this.cachedCardContext = { deps, context };
    this.cards = new WeakMap();
    return context;
  }

  protected override render(): TemplateResult {
    const f = this.flywheel;
    if (!f.ready) return html`<div part="base" class="base skeleton-base" aria-busy="true"></div>`;
    const status = this.data.status;
    if (this.view.partner && status === 'ready') return this.renderProfile(this.view.partner);
    const result = this.result;
    const hasFilters = Object.keys(this.view.filters).length > 0;
    const renderFacets = this.data.views?.renderFacets;
    return html`<div
      part="base"
      class="base"
      dir=${f.dir}
      lang=${f.localeTag}
      aria-label=${f.t('directoryLabel')}
      role="region"
    >
      <slot name="header"></slot>
      <div class="toolbar">
        <div part="search" class="search" role="search">
          <label class="visually-hidden" for="${this.uid}-q">${f.t('searchLabel')}</label>
          <input
            id="${this.uid}-q"
            part="search-input"
            type="search"
            autocomplete="off"
            spellcheck="false"
            maxlength="200"
            placeholder=${f.t('searchPlaceholder')}
            .value=${this.view.q}
            @input=${(event: Event) => {
              this.onSearchInput(event);
            }}
          />
        </div>
        <p part="count" class="count" id="${this.uid}-count">
          ${result ? f.t('resultsCount', { count: result.total }) : nothing}
        </p>
        <label class="sort-label"
          ><span>${f.t('sortLabel')}</span>
          <select
            part="sort"
            class="sort"
            @change=${(event: Event) => {
              this.onSort(event);
            }}
          >
            ${SORTS.filter(([sort]) => sort !== 'relevance' || this.view.q.trim() !== '').map(
              ([sort, key]) =>
                html`<option
                  value=${sort}
                  ?selected=${(this.view.sort ?? (this.view.q.trim() ? 'relevance' : 'featured')) === sort}
                >
                  ${f.t(key)}
                </option>`,
            )}
          </select></label
        >
      </div>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        ${this.announcement}
      </div>
      <div class="layout">
        <aside part="facets" class="facets" aria-label=${f.t('filtersHeading')}>
          ${
            result && renderFacets
              ? // Re-rendered only when what it shows changed: a keystroke repaints the results, and the
                // counts follow after that paint (see willUpdate).
                this.memoFacets(
                  [
                    this.facetCounts,
                    this.view.filters,
                    this.expanded,
                    this.preset,
                    this.facets,
                    this.data.taxonomy,
                    f.locale,
                    f.catalogInUse,
                    f.providerMessages,
                    this.messages,
                    hasFilters,
                  ],
                  () =>
                    renderFacets(
                      {
                        facets: this.shownFacets,
                        counts: this.facetCounts ?? {},
                        preset: this.presetFilters,
                        expanded: this.expanded,
                        hasFilters,
                        taxonomy: this.data.taxonomy,
                        t: (key, values) => f.t(key, values),
                        formatCount: (count) => numberFormat(f.locale).format(count),
                        onToggle: (facet, value, checked) => {
                          this.onToggle(facet, value, checked);
                        },
                        onExpand: (facet) => {
                          const next = new Set(this.expanded);
                          if (next.has(facet)) next.delete(facet);
                          else next.add(facet);
                          this.expanded = next;
                        },
                        onClear: () => {
                          this.clearFilters();
                        },
                      },
                      this.uid,
                    ),
                )
              : status === 'loading'
                ? html`<div class="skeleton skeleton-facets" aria-hidden="true"></div>`
                : nothing
          }
        </aside>
        <section part="results" class="results" aria-labelledby="${this.uid}-count">
          ${this.renderResults(result)}
        </section>
      </div>
    </div>`;
  }

  private renderResults(result: DirectoryResult | undefined): TemplateResult {
    const f = this.flywheel;
    const status = this.data.status;
    const views = this.data.views;
    if (status !== 'ready' || !result || !views) {
      return renderDirectoryState(status, {
        t: (key) => f.t(key),
        errorCode: this.data.error?.code,
        onRetry: () => {
          this.data.retry();
        },
      });
    }
    if (result.total === 0) {
      return html`<div part="state" class="state" data-state="empty">
        <slot name="empty"
          ><p class="state-title">${f.t('emptyTitle')}</p>
          <p>${f.t('emptyBody')}</p></slot
        >
      </div>`;
    }
    const range = this.grid.range(result.items.length);
    const context = this.cardContext();
    const visible = result.items.slice(range.start, range.end);
    // Styles go through CSSOM, which a strict CSP (no 'unsafe-inline' styles) allows.
    return html`<div
      part="list"
      class="list"
      role="list"
      tabindex="-1"
      aria-labelledby="${this.uid}-count"
      ${cssomStyle({ height: `${range.height}px` })}
      @pointerover=${this.prefetchProfile}
      @focusin=${this.prefetchProfile}
    >
      <div
        class="window"
        ${cssomStyle({
          transform: `translateY(${range.offset}px)`,
          'grid-template-columns': `repeat(${range.columns}, minmax(0, 1fr))`,
        })}
      >
        ${views.renderCardWindow(visible, (entry) => this.card(entry, context, views))}
      </div>
    </div>`;
  }

  /** The profile (and its form and Markdown) is a separate chunk, loaded when first needed. */
  private loadProfile(): void {
    void import('../partner-profile/fw-partner-profile.js');
  }

  private renderProfile(slug: string): TemplateResult {
    this.loadProfile();
    const f = this.flywheel;
    return html`<div part="base profile" class="base profile-view" dir=${f.dir} lang=${f.localeTag}>
      <button
        type="button"
        part="back"
        class="back link-button"
        @click=${() => {
          void this.closeProfile();
        }}
      >
        <span aria-hidden="true">${f.dir === 'rtl' ? '→' : '←'}</span> ${f.t('back')}
      </button>
      <fw-partner-profile
        slug=${slug}
        .apiBase=${f.apiBase}
        .publishableKey=${f.publishableKey}
        .locale=${f.localeTag}
        .theme=${f.theme}
        .messages=${this.messages}
        .client=${this.flywheel.client}
        autofocus-heading
      ></fw-partner-profile>
    </div>`;
  }
}
