import type { PartnerFacet } from '@flywheel/contract';
import type { FacetCount } from '@flywheel/sdk';
import { html, nothing, type TemplateResult } from 'lit';

export interface FacetsView {
  facets: readonly PartnerFacet[];
  counts: Partial<Record<PartnerFacet, readonly FacetCount[]>>;
  /** Values fixed by the host's `preset`: applied, not offered. */
  preset: Partial<Record<PartnerFacet, readonly string[]>>;
  expanded: ReadonlySet<PartnerFacet>;
  heading: (facet: PartnerFacet) => string;
  label: (facet: PartnerFacet, value: string) => string;
  t: (
    key: 'showMore' | 'showLess' | 'filtersHeading' | 'clearFilters',
    values?: Record<string, number>,
  ) => string;
  formatCount: (count: number) => string;
  hasFilters: boolean;
  onToggle: (facet: PartnerFacet, value: string, checked: boolean) => void;
  onExpand: (facet: PartnerFacet) => void;
  onClear: () => void;
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
    <legend part="facet-label" class="facet-label">${view.heading(facet)}</legend>
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
            ><span class="facet-name">${view.label(facet, value.value)}</span>
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
