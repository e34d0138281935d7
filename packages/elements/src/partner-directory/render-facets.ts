import type { PartnerFacet, Taxonomy } from '@flywheel/contract';
import type { FacetCount } from '@flywheel/sdk';
import { html, nothing, type TemplateResult } from 'lit';

/** The message naming a facet: `facetType`, `facetTier`… */
type FacetHeading = `facet${Capitalize<PartnerFacet>}`;

export interface FacetsView {
  facets: readonly PartnerFacet[];
  counts: Partial<Record<PartnerFacet, readonly FacetCount[]>>;
  /** Values fixed by the host's `preset`: applied, not offered. */
  preset: Partial<Record<PartnerFacet, readonly string[]>>;
  expanded: ReadonlySet<PartnerFacet>;
  /** Labels of the values (a value without one shows as it is). */
  taxonomy: Taxonomy | undefined;
  t: (
    key: 'showMore' | 'showLess' | 'filtersHeading' | 'clearFilters' | FacetHeading,
    values?: Record<string, number>,
  ) => string;
  formatCount: (count: number) => string;
  hasFilters: boolean;
  onToggle: (facet: PartnerFacet, value: string, checked: boolean) => void;
  onExpand: (facet: PartnerFacet) => void;
  onClear: () => void;
}

const heading = (facet: PartnerFacet): FacetHeading =>
  `facet${facet.charAt(0).toUpperCase()}${facet.slice(1)}` as FacetHeading;

/** The taxonomy's label of a facet value. */
function label(taxonomy: Taxonomy | undefined, facet: PartnerFacet, value: string): string {
  if (!taxonomy) return value;
  const terms = {
    type: taxonomy.partner_types,
    tier: taxonomy.tiers,
    region: taxonomy.regions,
    country: taxonomy.countries,
    language: taxonomy.languages,
    industry: taxonomy.industries,
    expertise: taxonomy.expertise,
    certification: taxonomy.certifications,
    badge: taxonomy.badges,
  }[facet];
  return terms.find((term) => term.key === value)?.label ?? value;
}

/** Values shown before "Show more": the most common, plus every selected one. */
const COLLAPSED = 6;

function facetGroup(facet: PartnerFacet, view: FacetsView, id: string): TemplateResult | typeof nothing {
  // A facet the host fixed with `preset` is not offered at all.
  if ((view.preset[facet] ?? []).length > 0) return nothing;
  const values = (view.counts[facet] ?? []).filter((value) => value.count > 0 || value.selected);
  if (values.length === 0) return nothing;
  const expanded = view.expanded.has(facet);
  const shown = expanded ? values : values.filter((value, index) => index < COLLAPSED || value.selected);
  const hidden = values.length - shown.length;
  return html`<fieldset part="facet" class="facet">
    <legend part="facet-label" class="facet-label">${view.t(heading(facet))}</legend>
    <ul class="facet-values" role="list">
      ${shown.map((value) => {
        const inputId = `${id}-${facet}-${value.value}`;
        return html`<li>
          <input
            type="checkbox"
            id=${inputId}
            part="facet-checkbox"
            .checked=${value.selected}
            @change=${(event: Event) => {
              view.onToggle(facet, value.value, (event.target as HTMLInputElement).checked);
            }}
          />
          <label for=${inputId} part="facet-option"
            ><span class="facet-name">${label(view.taxonomy, facet, value.value)}</span>
            <span class="facet-count">${view.formatCount(value.count)}</span></label
          >
        </li>`;
      })}
    </ul>
    ${
      hidden > 0 || expanded
        ? html`<button
            type="button"
            part="facet-more"
            class="link-button"
            aria-expanded=${expanded ? 'true' : 'false'}
            @click=${() => {
              view.onExpand(facet);
            }}
          >
            ${expanded ? view.t('showLess') : view.t('showMore', { count: hidden })}
          </button>`
        : nothing
    }
  </fieldset>`;
}

/** The filter panel: one fieldset of checkboxes per facet, with counts. */
export function renderFacets(view: FacetsView, id: string): TemplateResult {
  return html`<div class="facets-head">
      <h2 class="facets-title">${view.t('filtersHeading')}</h2>
      ${
        view.hasFilters
          ? html`<button type="button" part="clear-filters" class="link-button" @click=${view.onClear}>
              ${view.t('clearFilters')}
            </button>`
          : nothing
      }
    </div>
    ${view.facets.map((facet) => facetGroup(facet, view, id))}`;
}
