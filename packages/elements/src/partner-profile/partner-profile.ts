import type { Partner, Taxonomy, TaxonomyTerm } from '@flywheel/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { FwElement } from '../internal/fw-element.js';
import { markdown } from '../internal/markdown/render-markdown.js';
import { addEnglish } from '../i18n/messages.js';
import { numberFormat } from '../i18n/number-format.js';
import { enProfile } from '../i18n/profile-messages.js';
import { safeUrl } from '../internal/url-guard.js';
import { ContactFormController, type ContactField } from './contact-form-controller.js';
import { FwContactSubmitEvent, FwContactSubmittedEvent } from './partner-profile.events.js';
import { partnerProfileStyles } from './partner-profile.styles.js';
import { formStyles } from '../styles/form-styles.js';
import { ProfileDataController } from './profile-data-controller.js';
import { renderContactForm } from './render-contact-form.js';

let instances = 0;

/**
 * @summary One partner's profile — description, expertise, certifications, integrations — and a contact-request form.
 * @tag fw-partner-profile
 *
 * @csspart base - The wrapper. @csspart header - Logo, name and key facts. @csspart name - The partner's name.
 * @csspart website - The website link. @csspart section - Each section; `section-title` its heading.
 * @csspart chip - A label in a list of industries, expertise, regions or languages.
 * @csspart contact-form - The form; `field`, `label`, `control`, `checkbox`, `error`, `submit` inside it; `contact-success` after sending.
 * @csspart paragraph - Description paragraphs; `list`, `heading`, `link`, `code`, `quote` likewise.
 * @csspart state - Loading, not found and error messages; `retry` its button.
 *
 * @event fw-contact-submit - The visitor sends a request (cancelable): `{ partnerId }`.
 * @event fw-contact-submitted - The request was stored: `{ partnerId, contactRequestId }`.
 * @event fw-error - Loading or sending failed: `{ code, message, requestId }`.
 */
// The profile's English strings arrive with it (the directory's first script does not carry them).
addEnglish(enProfile);

export class FwPartnerProfile extends FwElement {
  static override properties = {
    slug: {},
    autofocusHeading: { type: Boolean, attribute: 'autofocus-heading' },
  };

  static override styles = [...FwElement.styles, formStyles, partnerProfileStyles];

  /** The partner's slug (or id). */
  slug: string | undefined;
  /** Move focus to the partner's name once it shows (when opened from a list). */
  autofocusHeading = false;

  private get heading(): HTMLElement | undefined {
    return this.renderRoot.querySelector<HTMLElement>('.profile-name') ?? undefined;
  }

  private readonly uid = `fw-profile-${++instances}`;
  private readonly data = new ProfileDataController(
    this,
    () => ({ client: this.flywheel.client, slug: this.slug }),
    (error) => {
      this.reportError(error);
    },
  );
  private readonly form = new ContactFormController(this);
  private focusedFor: string | undefined;

  protected override updated(): void {
    const partner = this.data.partner;
    if (this.autofocusHeading && this.data.status === 'ready' && partner && this.focusedFor !== partner.id) {
      this.focusedFor = partner.id;
      this.heading?.focus();
    }
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const partner = this.data.partner;
    const client = this.flywheel.client;
    if (!partner || !client || this.form.status === 'submitting') return;
    if (!this.dispatchEvent(new FwContactSubmitEvent({ partnerId: partner.id }))) return;
    try {
      const result = await this.form.submit(client, partner.id);
      if (result.invalid) {
        await this.updateComplete;
        this.focusField(result.invalid);
      } else if (result.id) {
        this.dispatchEvent(
          new FwContactSubmittedEvent({ partnerId: partner.id, contactRequestId: result.id }),
        );
      }
    } catch (error) {
      const failure = error as { code?: string; message?: string; requestId?: string };
      this.reportError({
        code: failure.code ?? 'unknown',
        message: failure.message ?? String(error),
        requestId: failure.requestId,
      });
    }
  }

  private focusField(field: ContactField): void {
    this.renderRoot.querySelector<HTMLElement>(`#${this.uid}-${field}`)?.focus();
  }

  protected override render(): TemplateResult {
    const f = this.flywheel;
    const status = this.data.status;
    const partner = this.data.partner;
    const body =
      !f.ready || status === 'loading'
        ? html`<div part="state" class="skeleton profile-skeleton" aria-busy="true">
            <span class="visually-hidden" role="status">${f.t('loading')}</span>
          </div>`
        : status === 'ready' && partner && this.data.taxonomy
          ? this.renderPartner(partner, this.data.taxonomy)
          : this.renderProblem(status);
    return html`<div
      part="base"
      class="base"
      dir=${f.dir}
      lang=${f.localeTag}
      role="region"
      aria-label=${f.t('profileLabel')}
    >
      ${body}
    </div>`;
  }

  private renderProblem(status: string): TemplateResult {
    const f = this.flywheel;
    if (status === 'not_found') {
      return html`<div part="state" class="state" role="alert">
        <p class="state-title">${f.t('notFoundTitle')}</p>
        <p>${f.t('notFoundBody')}</p>
      </div>`;
    }
    if (status === 'unauthorized' || status === 'unconfigured') {
      return html`<div part="state" class="state" role="alert">
        <p class="state-title">${f.t('unauthorizedTitle')}</p>
        <p>${f.t('unauthorizedBody')}</p>
      </div>`;
    }
    return html`<div part="state" class="state" role="alert">
      <p class="state-title">${f.t('errorTitle')}</p>
      <p>${f.t('errorBody')}</p>
      <button
        type="button"
        part="retry"
        class="button"
        @click=${() => {
          this.data.retry();
        }}
      >
        ${f.t('retry')}
      </button>
    </div>`;
  }

  private renderPartner(partner: Partner, taxonomy: Taxonomy): TemplateResult {
    const f = this.flywheel;
    const label = (terms: readonly TaxonomyTerm[], key: string) =>
      terms.find((term) => term.key === key)?.label ?? key;
    const chips = (terms: readonly TaxonomyTerm[], keys: readonly string[]) =>
      html`<ul class="chips" role="list">
        ${keys.map((key) => html`<li part="chip" class="chip">${label(terms, key)}</li>`)}
      </ul>`;
    const website = safeUrl(partner.website);
    const logo = safeUrl(partner.logo?.url);
    const country = label(taxonomy.countries, partner.headquarters.country);
    const place = partner.headquarters.city ? `${partner.headquarters.city}, ${country}` : country;
    const rating = numberFormat(f.locale, 1);
    return html`<header part="header" class="profile-header">
        ${logo ? html`<img part="logo" class="profile-logo" src=${logo} alt="" width="72" height="72" />` : nothing}
        <div>
          <h2 part="name" class="profile-name" tabindex="-1" dir="auto">${partner.name}</h2>
          <p class="profile-meta">
            <strong>${label(taxonomy.tiers, partner.tier)}</strong>
            <span>${label(taxonomy.partner_types, partner.type)}</span>
            <span>${f.t('headquartersIn', { place })}</span>
          </p>
          <p class="profile-meta">
            ${
              partner.rating
                ? html`<span
                    >${f.t('ratingSummary', { average: rating.format(partner.rating.average), count: partner.rating.count })}</span
                  >`
                : nothing
            }
            ${partner.founded_year ? html`<span>${f.t('foundedIn', { year: String(partner.founded_year) })}</span>` : nothing}
            ${
              partner.company_size
                ? html`<span
                    >${f.t('companySize')}: ${label(taxonomy.company_sizes, partner.company_size)}</span
                  >`
                : nothing
            }
          </p>
          ${
            website
              ? html`<a
                  part="website"
                  class="website"
                  href=${website}
                  target="_blank"
                  rel="noopener noreferrer nofollow"
                  >${f.t('website')}<span class="visually-hidden"> ${f.t('opensInNewTab')}</span></a
                >`
              : nothing
          }
        </div>
      </header>
      <div class="profile-layout">
        <div class="profile-main">
          <section part="section" class="section">
            <h3 part="section-title">${f.t('about')}</h3>
            <p class="summary" dir="auto">${partner.summary}</p>
            <div dir="auto">${markdown(partner.description, { headingOffset: 3 })}</div>
          </section>
          ${
            partner.integrations.length > 0
              ? html`<section part="section" class="section">
                  <h3 part="section-title">${f.t('integrations')}</h3>
                  <ul class="integrations" role="list">
                    ${partner.integrations.map(
                      (integration) =>
                        html`<li>
                          <strong>${integration.listing?.name ?? integration.listing_id}</strong>
                          <span class="muted"
                            >${integration.role === 'builder' ? f.t('integrationBuilder') : f.t('integrationImplementer')}</span
                          >
                        </li>`,
                    )}
                  </ul>
                </section>`
              : nothing
          }
        </div>
        <div class="profile-facts">
          <section part="section" class="section">
            <h3 part="section-title">${f.t('regionsServed')}</h3>
            ${chips(taxonomy.regions, partner.regions)}
            <h3 part="section-title">${f.t('languagesSpoken')}</h3>
            ${chips(taxonomy.languages, partner.languages)}
            <h3 part="section-title">${f.t('industries')}</h3>
            ${chips(taxonomy.industries, partner.industries)}
            <h3 part="section-title">${f.t('expertise')}</h3>
            ${chips(taxonomy.expertise, partner.expertise)}
          </section>
          ${
            partner.certifications.length > 0
              ? html`<section part="section" class="section">
                  <h3 part="section-title">${f.t('certifications')}</h3>
                  <ul class="certifications" role="list">
                    ${partner.certifications.map(
                      (c) =>
                        html`<li>
                          <strong>${c.name}</strong>
                          <span class="muted">${f.t('certificationHolders', { count: c.holder_count })}</span>
                          ${c.verified ? html`<span class="verified">✓ ${f.t('verified')}</span>` : nothing}
                        </li>`,
                    )}
                  </ul>
                </section>`
              : nothing
          }
        </div>
      </div>
      <section part="section" class="section contact" aria-labelledby="${this.uid}-contact">
        <h3 part="section-title" id="${this.uid}-contact">
          ${f.t('contactHeading', { name: partner.name })}
        </h3>
        ${renderContactForm({
          form: this.form,
          id: this.uid,
          partnerName: partner.name,
          t: (key, values) => f.t(key, values),
          onSubmit: (event) => void this.onSubmit(event),
        })}
      </section>`;
  }
}
