import type { PartnerIndexEntry, PartnerSummary } from '@flywheel/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl } from '../internal/url-guard.js';

/** What a card shows: a summary from the API or an entry of the slim index. */
export type CardPartner = Pick<
  PartnerIndexEntry | PartnerSummary,
  | 'id'
  | 'slug'
  | 'name'
  | 'type'
  | 'tier'
  | 'logo'
  | 'summary'
  | 'headquarters'
  | 'industries'
  | 'rating'
  | 'featured'
  | 'badges'
>;

export interface CardContext {
  /** Label of a vocabulary value (type, tier, industry, badge) in the current locale. */
  label: (vocabulary: 'partner_types' | 'tiers' | 'industries' | 'badges', key: string) => string;
  countryName: (code: string) => string;
  t: (
    key: 'viewProfile' | 'ratingSummary' | 'headquartersIn' | 'featured',
    values?: Record<string, string | number>,
  ) => string;
  formatRating: (average: number) => string;
  onSelect: (partner: CardPartner, event: Event) => void;
  /** The card is an item of a list (the directory's grid); alone it is an article. */
  listItem?: boolean;
}

/** Up to two initials, shown when a partner has no logo or it fails to load. */
function initials(name: string): string {
  const words = name.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words
    .slice(0, 2)
    .map((word) => word.charAt(0))
    .join('')
    .toLocaleUpperCase();
}

function logoFailed(event: Event): void {
  const img = event.target as HTMLImageElement;
  img.hidden = true;
  (img.nextElementSibling as HTMLElement | null)?.removeAttribute('hidden');
}

/**
 * One partner card. A plain template function, so the directory renders hundreds of cards in its
 * own shadow root cheaply and `<fw-partner-card>` shows the very same markup alone. Every API string
 * is bound as text; the logo URL passes the http(s) allow-list.
 */
export function renderPartnerCard(partner: CardPartner, context: CardContext): TemplateResult {
  const logo = safeUrl(partner.logo?.url);
  const shownIndustries = partner.industries.slice(0, 3);
  const rating = partner.rating;
  const average = rating ? context.formatRating(rating.average) : '';
  const ratingSummary = rating ? context.t('ratingSummary', { average, count: rating.count }) : '';
  return html`<div
    part="card"
    class="card"
    role=${context.listItem ? 'listitem' : 'article'}
    data-partner=${partner.slug}
  >
    <div class="card-head">
      <div class="logo" aria-hidden="true">
        ${
          logo
            ? html`<img
                part="logo"
                src=${logo}
                alt=""
                width="48"
                height="48"
                loading="lazy"
                decoding="async"
                @error=${logoFailed}
              />`
            : nothing
        }
        <span part="monogram" class="monogram" ?hidden=${logo !== undefined}>${initials(partner.name)}</span>
      </div>
      <div class="card-title">
        <h3 part="name" class="name">
          <button
            type="button"
            part="card-link"
            class="card-link"
            aria-label=${context.t('viewProfile', { name: partner.name })}
            @click=${(event: Event) => {
              context.onSelect(partner, event);
            }}
          >
            <span dir="auto">${partner.name}</span>
          </button>
        </h3>
        <p part="meta" class="meta">
          <span part="tier" class="tier" data-tier=${partner.tier}
            >${context.label('tiers', partner.tier)}</span
          >
          <span aria-hidden="true">·</span>
          <span>${context.label('partner_types', partner.type)}</span>
        </p>
      </div>
    </div>
    <p part="summary" class="summary" dir="auto">${partner.summary}</p>
    ${
      shownIndustries.length > 0
        ? html`<ul part="tags" class="tags">
            ${shownIndustries.map((key) => html`<li part="tag" class="tag">${context.label('industries', key)}</li>`)}
          </ul>`
        : nothing
    }
    <p part="card-footer" class="card-footer">
      <span class="place"
        >${context.t('headquartersIn', { place: context.countryName(partner.headquarters.country) })}</span
      >
      ${
        rating
          ? html`<span class="rating" role="img" aria-label=${ratingSummary} title=${ratingSummary}
              >★ ${average}</span
            >`
          : nothing
      }
      ${partner.featured ? html`<span part="badge" class="badge">${context.t('featured')}</span>` : nothing}
    </p>
  </div>`;
}
