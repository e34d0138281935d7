import type { FwDealForm } from '@flywheel/elements';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import {
  NEW_CUSTOMER,
  dealField,
  dealSelect,
  dealText,
  fillCustomer,
  fillDeal,
  focusedId,
  retype,
  submitDeal,
} from './support/deal-dom.js';
import {
  STORY_DEAL_IDS,
  STORY_SESSION_SECRET,
  clearStoryDrafts,
  storyDraftKey,
} from './support/deal-story-api.js';
import {
  create,
  dealApiOf,
  detailsOf,
  eventsOf,
  eventually,
  findInShadow,
  readNumber,
  shadow,
  shadowAll,
  text,
  widget,
} from './support/dom.js';

interface DealFormArgs {
  'registration-id': string;
  locale: string;
  theme: '' | 'light' | 'dark' | 'auto';
  'api-base': string;
  'session-url': string;
}

const formOf = (canvasElement: HTMLElement): FwDealForm => widget(canvasElement, 'fw-deal-form');

/** Waits for the form (the description and the session's identity have loaded); returns the widget. */
async function shown(canvasElement: HTMLElement): Promise<FwDealForm> {
  const form = formOf(canvasElement);
  await findInShadow(form, 'form[part="form"]');
  return form;
}

/** The labels and legends of the form, without the required marks. */
const labels = (form: FwDealForm): string[] =>
  shadowAll(form, 'label, legend').map((label) => text(label).replace(/\s*\*$/, ''));

/** The pre-check's live region once it shows `status`. */
async function precheckShows(form: FwDealForm, status: string): Promise<HTMLElement> {
  const precheck = await findInShadow(form, `[part="precheck"][data-status="${status}"]`);
  await expect(precheck.getAttribute('role')).toBe('status');
  return precheck;
}

async function expectState(
  form: FwDealForm,
  state: 'loading' | 'error' | 'not-allowed',
): Promise<HTMLElement> {
  const view = await findInShadow(form, `[part="state"][data-state="${state}"]`);
  await expect(shadow(form, 'form[part="form"]')).toBeNull();
  return view;
}

/** A draft the partner left on this device five minutes ago. */
const STORED_DRAFT = {
  values: {
    'customer/company_name': 'Babbage & Daughters',
    'customer/domain': 'babbage-daughters.example',
    'contact/first_name': 'Ada',
    notes: 'Half-written: they want to start in spring.',
  },
};

const meta = {
  title: 'Elements/fw-deal-form',
  component: 'fw-deal-form',
  // The partner-session API of deal-story-api.ts, on the element (the provider holds the directory's client).
  render: (args, context) => create('fw-deal-form', { ...args }, { client: dealApiOf(context).client }),
  parameters: { dealApi: {} },
  // Drafts outlive the element (that is their point): every story starts and ends without one.
  beforeEach: () => {
    clearStoryDrafts();
    return () => {
      clearStoryDrafts();
    };
  },
  args: {
    'registration-id': '',
    locale: '',
    theme: '',
    'api-base': '',
    'session-url': '',
  },
  argTypes: {
    'registration-id': {
      control: 'text',
      description: 'Edit and resubmit this registration (needs info) instead of registering a new one',
    },
    locale: { control: 'select', options: ['', 'en', 'de', 'fr', 'es', 'ja', 'pt-BR', 'ar'] },
    theme: { control: 'select', options: ['', 'light', 'dark', 'auto'] },
    'api-base': { control: 'text', description: 'Ignored here: the story’s `client` wins over it' },
    'session-url': { control: 'text', description: 'Ignored here, like `api-base`' },
  },
} satisfies Meta<DealFormArgs>;

export default meta;
type Story = StoryObj<DealFormArgs>;

export const Playground: Story = {
  play: async ({ canvasElement }) => {
    const form = await shown(canvasElement);
    const base = shadow(form, '[part="base"]')!;
    await expect(base.getAttribute('role')).toBe('region');
    await expect(base.getAttribute('aria-label')).toBe(dealText('dealFormLabel'));
  },
};

/**
 * The server-described form: standard sections, the program's custom fields with their own types,
 * and the program's currencies (the amount hint follows each currency's minor units).
 */
export const Ready: Story = {
  play: async (context) => {
    const api = dealApiOf(context);
    const form = await shown(context.canvasElement);
    const shownLabels = labels(form);
    for (const key of [
      'dealSectionCustomer',
      'dealSectionContact',
      'dealSectionOpportunity',
      'dealSectionMore',
    ] as const) {
      await expect(shownLabels).toContain(dealText(key));
    }
    for (const field of api.form.custom_fields) await expect(shownLabels).toContain(field.label);
    await expect(dealSelect(form, 'custom_fields/use_case').options).toHaveLength(5); // "Choose…" + 4
    await expect(dealField(form, 'custom_fields/kickoff_date').type).toBe('date');
    await expect(shadowAll(form, `[name$="-custom_fields-competitors"]`)).toHaveLength(3);
    await expect(dealField(form, 'custom_fields/executive_sponsor').type).toBe('checkbox');
    // Currencies as the program lists them, the default chosen.
    const currency = dealSelect(form, 'opportunity/currency');
    await expect([...currency.options].map((option) => option.value)).toEqual(
      api.form.currencies.map((entry) => entry.code),
    );
    await expect(currency.value).toBe(api.form.default_currency);
    const amountHint = () => text(shadow(form, '[id$="-opportunity-amount-hint"]'));
    await expect(amountHint()).toBe(dealText('dealAmountHint', { currency: 'USD', example: '12500.00' }));
    await userEvent.selectOptions(currency, 'JPY');
    await eventually(() =>
      expect(amountHint()).toBe(dealText('dealAmountHint', { currency: 'JPY', example: '125000' })),
    );
    await userEvent.selectOptions(currency, 'KWD');
    await eventually(() =>
      expect(amountHint()).toBe(dealText('dealAmountHint', { currency: 'KWD', example: '12500.000' })),
    );
    await expect(text(shadow(form, '[part="submit"]'))).toBe(dealText('dealSubmit'));
    await expect(shadow(form, '[part="notice"]')).toBeNull();
    // Loaded with the partner session the portal minted.
    const reads = api.requests.map((request) => request.path);
    await expect(reads).toEqual(expect.arrayContaining(['/v1/deal_registration_form', '/v1/me']));
    await expect(
      api.requests.every((r) => r.headers.authorization === `Bearer ${STORY_SESSION_SECRET}`),
    ).toBe(true);
    await expect(api.sessionFetches).toBe(1);
  },
};

export const Loading: Story = {
  parameters: { dealApi: { delay: 'forever' } },
  play: async ({ canvasElement }) => {
    const state = await expectState(formOf(canvasElement), 'loading');
    await expect(state.getAttribute('aria-busy')).toBe('true');
    await expect(text(state.querySelector('[role="status"]'))).toBe(dealText('dealFormLoading'));
  },
};

/** The form could not load: said with a retry, reported with `fw-error`; "Try again" loads it. */
export const LoadError: Story = {
  parameters: { dealApi: { failure: 'server' } },
  play: async (context) => {
    const api = dealApiOf(context);
    const form = formOf(context.canvasElement);
    const alert = await expectState(form, 'error');
    await expect(alert.getAttribute('role')).toBe('alert');
    await expect(text(alert.querySelector('.state-title'))).toBe(dealText('dealFormLoadError'));
    await eventually(() =>
      expect(detailsOf(api, 'fw-error')).toContainEqual(expect.objectContaining({ code: 'internal_error' })),
    );
    api.setFailure(undefined);
    await userEvent.click(alert.querySelector<HTMLButtonElement>('[part="retry"]')!);
    await shown(context.canvasElement);
    await expect(shadow(form, '[part="state"]')).toBeNull();
  },
};

/**
 * The partner session expired and the portal cannot mint a new one: every request answers
 * `401 session_expired`, the SDK's one renewal fails, and the form says it is not available here.
 */
export const NotAllowed: Story = {
  parameters: { dealApi: { session: 'expired' } },
  play: async (context) => {
    const api = dealApiOf(context);
    const form = formOf(context.canvasElement);
    const state = await expectState(form, 'not-allowed');
    await expect(state.getAttribute('role')).toBe('alert');
    await expect(text(state.querySelector('.state-title'))).toBe(dealText('dealNotAllowedTitle'));
    await expect(state.querySelector('[part="retry"]')).not.toBeNull(); // the session endpoint may be back
    // The first session was sent and refused; renewing it was tried once and failed.
    await expect(api.requests.length).toBeGreaterThan(0);
    await expect(api.sessionFetches).toBeGreaterThanOrEqual(2);
    // The host hears that the session ended (to sign the partner in again), not a generic error.
    await eventually(() => expect(detailsOf(api, 'fw-session-expired')).toContainEqual({ recovered: false }));
    await expect(detailsOf(api, 'fw-error')).toEqual([]);
  },
};

/** A customer already protected elsewhere: the pre-check says so within a moment, and tells the host. */
export const ConflictPrecheck: Story = {
  parameters: { dealApi: { check: 'conflict' } },
  play: async (context) => {
    const api = dealApiOf(context);
    const form = await shown(context.canvasElement);
    await fillCustomer(form, {
      company: 'Fabrikam Retail',
      domain: 'fabrikam-retail.example',
      country: 'DE',
    });
    const precheck = await precheckShows(form, 'conflict');
    await expect(text(precheck)).toBe(dealText('dealCheckConflict'));
    await expect(detailsOf(api, 'fw-deal-conflict')).toEqual([
      { status: 'conflict', reasons: ['existing_customer'], existingId: null },
    ]);
    const checks = api.requests.filter((r) => r.path === '/v1/deal_registrations/check');
    await expect(checks.at(-1)?.body).toEqual({
      company_name: 'Fabrikam Retail',
      country: 'DE',
      domain: 'fabrikam-retail.example',
    });
    // Advice, never a gate: the form can still be sent.
    await expect(shadow(form, '[part="submit"]', HTMLButtonElement)!.disabled).toBe(false);
  },
};

export const PossibleDuplicate: Story = {
  parameters: { dealApi: { check: 'possible_duplicate' } },
  play: async (context) => {
    const api = dealApiOf(context);
    const form = await shown(context.canvasElement);
    await fillCustomer(form, NEW_CUSTOMER);
    const precheck = await precheckShows(form, 'possible_duplicate');
    await expect(text(precheck)).toBe(dealText('dealCheckPossibleDuplicate'));
    await expect(detailsOf(api, 'fw-deal-conflict')).toEqual([
      expect.objectContaining({ status: 'possible_duplicate', existingId: null }),
    ]);
  },
};

/** The server refuses fields the form could not check: errors land on those fields, focus on the first. */
export const ServerFieldErrors: Story = {
  parameters: { dealApi: { submit: 'field-errors' } },
  play: async (context) => {
    const api = dealApiOf(context);
    const form = await shown(context.canvasElement);
    await fillDeal(form);
    await submitDeal(form);
    const domain = dealField(form, 'customer/domain');
    const email = dealField(form, 'contact/email');
    await eventually(() => expect(domain.getAttribute('aria-invalid')).toBe('true'));
    await expect(email.getAttribute('aria-invalid')).toBe('true');
    await expect(dealField(form, 'customer/company_name').getAttribute('aria-invalid')).toBe('false');
    await expect(text(form.shadowRoot?.getElementById(`${domain.id}-error`))).toBe(
      dealText('dealErrorDomain'),
    );
    await expect(text(form.shadowRoot?.getElementById(`${email.id}-error`))).toBe(dealText('dealErrorEmail'));
    await expect(readNumber(text(shadow(form, '.error-summary [part="error"]')))).toBe(2);
    await eventually(() => expect(focusedId(form)).toBe(domain.id));
    await expect(shadow(form, '[part="success"]')).toBeNull();
    await expect(
      api.requests.filter((r) => r.method === 'POST' && r.path === '/v1/deal_registrations'),
    ).toHaveLength(1);
  },
};

/** A draft left on this device comes back, with a notice and a way to discard it. */
export const RestoredDraft: Story = {
  beforeEach: () => {
    const savedAt = new Date(Date.now() - 5 * 60_000).toISOString();
    localStorage.setItem(storyDraftKey(), JSON.stringify({ savedAt, ...STORED_DRAFT }));
  },
  play: async (context) => {
    const api = dealApiOf(context);
    const form = await shown(context.canvasElement);
    await expect(dealField(form, 'customer/company_name').value).toBe(
      STORED_DRAFT.values['customer/company_name'],
    );
    await expect(dealField(form, 'notes', HTMLTextAreaElement).value).toBe(STORED_DRAFT.values.notes);
    const notice = await findInShadow(form, '[part="notice"]');
    await expect(notice.getAttribute('role')).toBe('status');
    await expect(text(notice)).toContain(dealText('dealDraftRestored').split('(')[0]!.trim());
    await userEvent.click(notice.querySelector<HTMLButtonElement>('[part="discard"]')!);
    await eventually(() => expect(shadow(form, '[part="notice"]')).toBeNull());
    await expect(dealField(form, 'customer/company_name').value).toBe('');
    await expect(dealField(form, 'notes', HTMLTextAreaElement).value).toBe('');
    await expect(localStorage.getItem(api.draftKey())).toBeNull();
  },
};

/** A valid registration is sent once, with an Idempotency-Key; the success view names it and moves focus. */
export const Submitted: Story = {
  play: async (context) => {
    const api = dealApiOf(context);
    const form = await shown(context.canvasElement);
    await fillDeal(form);
    await submitDeal(form);
    const success = await findInShadow(form, '[part="success"]');
    await expect(success.getAttribute('role')).toBe('status');
    const registration = api.registrations()[0]!;
    await expect(registration.customer.company_name).toBe(NEW_CUSTOMER.company);
    await expect(registration.number).toBe('DR-000011');
    await expect(text(success.querySelector('.submitted-title'))).toBe(
      dealText('dealSubmittedTitle', { number: registration.number }),
    );
    await expect(text(success)).toContain(
      dealText('dealSubmittedBody', { status: dealText('dealStatus_submitted') }),
    );
    await expect(text(success)).toContain(dealText('dealSubmittedNext', { days: api.form.protection.days }));
    await eventually(() =>
      expect(form.shadowRoot?.activeElement?.classList.contains('submitted-title')).toBe(true),
    );
    const posts = api.requests.filter((r) => r.method === 'POST' && r.path === '/v1/deal_registrations');
    await expect(posts).toHaveLength(1);
    const key = posts[0]?.headers['idempotency-key'];
    await expect(key).toBeTruthy();
    await expect(posts[0]?.body).toMatchObject({
      submit: true,
      customer: { company_name: NEW_CUSTOMER.company, domain: NEW_CUSTOMER.domain, country: 'GB' },
      opportunity: { amount: { amount: 1_250_050, currency: 'USD' } },
      custom_fields: { use_case: 'analytics' },
    });
    await expect(detailsOf(api, 'fw-deal-submit')).toEqual([
      { registrationId: undefined, idempotencyKey: key },
    ]);
    await expect(detailsOf(api, 'fw-deal-submitted')).toEqual([
      { id: registration.id, number: registration.number, status: 'submitted' },
    ]);
    // The draft is gone once the registration is stored.
    await expect(localStorage.getItem(api.draftKey())).toBeNull();
    await expect(success.querySelector('[part="button"]')).not.toBeNull();
  },
};

/** The partner registered this customer before (409): the form names that registration and keeps the entries. */
export const Duplicate: Story = {
  parameters: { dealApi: { submit: 'duplicate' } },
  play: async (context) => {
    const api = dealApiOf(context);
    const form = await shown(context.canvasElement);
    await fillDeal(form);
    await submitDeal(form);
    const existing = api.withStatus('approved');
    await eventually(() =>
      expect(text(shadow(form, '.error-summary'))).toBe(
        dealText('dealFailedDuplicate', { number: existing.number }),
      ),
    );
    await expect(detailsOf(api, 'fw-deal-conflict')).toContainEqual({
      status: 'duplicate',
      reasons: ['domain'],
      existingId: STORY_DEAL_IDS.approved,
    });
    await expect(dealField(form, 'customer/company_name').value).toBe(NEW_CUSTOMER.company);
    await expect(shadow(form, '[part="success"]')).toBeNull();
    await expect(eventsOf(api, 'fw-deal-submitted')).toHaveLength(0);
    await expect(api.registrations()).toHaveLength(10);
  },
};

export const Dark: Story = {
  globals: { scheme: 'dark' },
  play: async ({ canvasElement }) => {
    const form = await shown(canvasElement);
    await expect(form.dataset.theme).toBe('dark');
    await expect(getComputedStyle(shadow(form, '[part="base"]')!).color).toBe('rgb(249, 250, 251)');
    await expect(getComputedStyle(dealField(form, 'customer/company_name')).colorScheme).toBe('dark');
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const form = await shown(canvasElement);
    const base = shadow(form, '[part="base"]')!;
    await expect(base.getAttribute('dir')).toBe('rtl');
    await expect(base.getAttribute('lang')).toBe('ar');
    const legend = text(shadow(form, '[part="section-title"]'));
    await expect(legend).not.toBe(dealText('dealSectionCustomer'));
    await expect(legend).toMatch(/[\u0600-\u06ff]/);
    await expect(getComputedStyle(dealField(form, 'customer/company_name')).direction).toBe('rtl');
    // Countries are named in Arabic.
    await expect(text(dealSelect(form, 'customer/country').options[1])).toMatch(/[\u0600-\u06ff]/);
  },
};

/** Editing a registration the program team asked about: prefilled, sent as an edit plus a resubmission. */
export const Resubmit: Story = {
  args: { 'registration-id': STORY_DEAL_IDS.needs_info },
  play: async (context) => {
    const api = dealApiOf(context);
    const before = api.withStatus('needs_info');
    const form = await shown(context.canvasElement);
    await expect(dealField(form, 'customer/company_name').value).toBe(before.customer.company_name);
    await expect(dealField(form, 'contact/email').value).toBe(before.contact.email);
    await expect(text(shadow(form, '[part="submit"]'))).toBe(dealText('dealResubmit'));
    const title = dealField(form, 'contact/title');
    await retype(title, 'Chief Revenue Officer');
    await expect(title.value).toBe('Chief Revenue Officer');
    await submitDeal(form);
    const success = await findInShadow(form, '[part="success"]');
    await expect(text(success.querySelector('.submitted-title'))).toBe(
      dealText('dealSubmittedTitle', { number: before.number }),
    );
    // No "register another" when editing.
    await expect(success.querySelector('[part="button"]')).toBeNull();
    const patch = api.requests.find((r) => r.method === 'PATCH');
    await expect(patch?.path).toBe(`/v1/deal_registrations/${before.id}`);
    await expect(patch?.headers['if-match']).toBe(`"${before.version}"`);
    await expect(patch?.body).toMatchObject({ contact: { title: 'Chief Revenue Officer' } });
    const submit = api.requests.find((r) => r.path === `/v1/deal_registrations/${before.id}/submit`);
    await expect(submit?.headers['idempotency-key']).toBeTruthy();
    // A stored registration was checked when it was first submitted: no pre-check while editing.
    await expect(api.requests.some((r) => r.path === '/v1/deal_registrations/check')).toBe(false);
    const after = api.registrations().find((r) => r.id === before.id)!;
    await expect(after.status).toBe('submitted');
    await expect(after.resubmission_count).toBe(1);
    await expect(localStorage.getItem(api.draftKey(before.id))).toBeNull();
  },
};
