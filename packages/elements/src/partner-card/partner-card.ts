import type { Taxonomy } from '@flywheel/contract';
import { html, type nothing, type PropertyValues, type TemplateResult } from 'lit';
import { FwElement } from '../internal/fw-element.js';
import { FwPartnerSelectEvent } from '../partner-directory/partner-directory.events.js';
import { partnerCardStyles } from './partner-card.styles.js';
import { renderPartnerCard, type CardPartner } from './render-partner-card.js';
import { numberFormat } from '../i18n/number-format.js';

/**
 * @summary One partner as a card — from a `partner` object, or loaded by `slug`.
 * @tag fw-partner-card
 *
 * @csspart card - The card; `logo`, `monogram`, `name`, `card-link`, `meta`, `tier`, `summary`, `tags`, `tag`, `card-footer`, `badge` inside it.
 * @cssproperty --fw-partner-card-height - Height of the card. Default 15rem.
 * @cssproperty --fw-partner-card-padding - Inner space. Default 1rem.
 *
 * @event fw-partner-select - The card was activated (cancelable): `{ id, slug, name }`.
 */
export class FwPartnerCard extends FwElement {
  static override properties = {
    partner: { attribute: false },
    slug: {},
    loaded: { state: true },
    taxonomy: { state: true },
    failed: { state: true },
  };

  static override styles = [...FwElement.styles, partnerCardStyles];

  /** A partner summary or index entry to show (no request needed). */
  partner: CardPartner | undefined;
  /** Or the slug of a partner to load. */
  slug: string | undefined;

  private loaded: CardPartner | undefined;
  private taxonomy: Taxonomy | undefined;
  private failed = false;
  private loading: { client: unknown; key: string } | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const client = this.flywheel.client;
    if (!client) return;
    const key = `${this.slug ?? ''}|${this.flywheel.locale}`;
    if (this.loading?.client === client && this.loading.key === key) return;
    this.loading = { client, key };
    this.failed = false;
    const fail = (error: unknown) => {
      this.failed = !this.partner;
      this.reportError(error as { code: string; message: string });
    };
    client.taxonomy.get().then((taxonomy) => {
      this.taxonomy = taxonomy;
    }, fail);
    if (this.slug && !this.partner) {
      client.partners.get(this.slug).then((partner) => {
        this.loaded = partner;
      }, fail);
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    const partner = this.partner ?? this.loaded;
    if (this.failed) {
      return html`<div class="base card" part="card state" role="alert">
        <p class="summary">${this.flywheel.t('errorTitle')}</p>
      </div>`;
    }
    if (!partner || !this.flywheel.ready) return html`<div class="base card" aria-busy="true"></div>`;
    const taxonomy = this.taxonomy;
    const label = (vocabulary: 'partner_types' | 'tiers' | 'industries' | 'badges', key: string) =>
      taxonomy?.[vocabulary].find((term) => term.key === key)?.label ?? key;
    const rating = numberFormat(this.flywheel.locale, 1);
    return html`<div class="base" dir=${this.flywheel.dir} lang=${this.flywheel.localeTag}>
      ${renderPartnerCard(partner, {
        label,
        countryName: (code) => taxonomy?.countries.find((c) => c.key === code)?.label ?? code,
        t: (key, values) => this.flywheel.t(key, values),
        formatRating: (average) => rating.format(average),
        onSelect: (selected) => {
          this.dispatchEvent(
            new FwPartnerSelectEvent({ id: selected.id, slug: selected.slug, name: selected.name }),
          );
        },
      })}
    </div>`;
  }
}
