import type { FwPartnerProfile } from '@flywheel/elements';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import {
  create,
  detailsOf,
  eventsOf,
  eventually,
  findInShadow,
  localeOf,
  readNumber,
  shadow,
  shadowAll,
  storyApiOf,
  text,
  widget,
} from './support/dom.js';
import { STORY_CONTACT_REQUEST_ID, storyLabel } from './support/story-api.js';

interface ProfileArgs {
  slug: string;
  'autofocus-heading': boolean;
  locale: string;
  theme: '' | 'light' | 'dark' | 'auto';
  'api-base': string;
  'publishable-key': string;
}

const profileOf = (canvasElement: HTMLElement): FwPartnerProfile =>
  widget(canvasElement, 'fw-partner-profile');

/** Waits for the partner's name; returns the profile. */
async function shown(canvasElement: HTMLElement): Promise<FwPartnerProfile> {
  const profile = profileOf(canvasElement);
  await findInShadow(profile, '[part="header"] [part="name"]');
  return profile;
}

/** A field of the contact form, by name (`message` is a textarea, the others inputs). */
const control = (profile: FwPartnerProfile, name: string): HTMLInputElement =>
  shadow(profile, `[part="contact-form"] [name="${name}"]`, HTMLInputElement)!;
const messageField = (profile: FwPartnerProfile): HTMLTextAreaElement =>
  shadow(profile, '[part="contact-form"] textarea[name="message"]', HTMLTextAreaElement)!;

/** Fills the contact form as a visitor would. */
async function fillContactForm(profile: FwPartnerProfile): Promise<void> {
  await userEvent.type(control(profile, 'name'), 'Ada Lovelace');
  await userEvent.type(control(profile, 'email'), 'ada@analytical.example');
  await userEvent.type(control(profile, 'company'), 'Analytical Engines Ltd');
  await userEvent.type(messageField(profile), 'We need help moving to a new CRM.');
  await userEvent.click(control(profile, 'consent'));
}

const submit = (profile: FwPartnerProfile) => userEvent.click(shadow(profile, '[part="submit"]')!);

/** Id of the element focused inside the profile. */
const focusedName = (profile: FwPartnerProfile) => profile.shadowRoot?.activeElement?.getAttribute('name');

async function expectProblem(profile: FwPartnerProfile, retry: boolean): Promise<HTMLElement> {
  const alert = await findInShadow(profile, '[part="state"][role="alert"]');
  await expect(text(alert.querySelector('.state-title'))).not.toBe('');
  if (retry) await expect(alert.querySelector('[part="retry"]')).not.toBeNull();
  else await expect(alert.querySelector('[part="retry"]')).toBeNull();
  return alert;
}

const meta = {
  title: 'Elements/fw-partner-profile',
  component: 'fw-partner-profile',
  render: (args) => create('fw-partner-profile', { ...args }),
  args: {
    slug: 'northwind-revenue-labs',
    'autofocus-heading': false,
    locale: '',
    theme: '',
    'api-base': '',
    'publishable-key': '',
  },
  argTypes: {
    slug: { control: 'text', description: 'The partner’s slug (or id)' },
    'autofocus-heading': { control: 'boolean', description: 'Focus the name once it shows' },
    locale: { control: 'select', options: ['', 'en', 'de', 'fr', 'es', 'ja', 'pt-BR', 'ar'] },
    theme: { control: 'select', options: ['', 'light', 'dark', 'auto'] },
    'api-base': { control: 'text', description: 'Ignored here: the provider’s `client` wins over it' },
    'publishable-key': { control: 'text', description: 'Ignored here, like `api-base`' },
  },
} satisfies Meta<ProfileArgs>;

export default meta;
type Story = StoryObj<ProfileArgs>;

export const Playground: Story = {
  play: async ({ canvasElement }) => {
    const profile = profileOf(canvasElement);
    const base = await findInShadow(profile, '[part="base"][role="region"]');
    await expect(base.getAttribute('aria-label')).toBeTruthy();
  },
};

export const Loading: Story = {
  parameters: { storyApi: { delay: 'forever' } },
  play: async ({ canvasElement }) => {
    const profile = profileOf(canvasElement);
    const state = await findInShadow(profile, '[part="state"][aria-busy="true"]');
    await expect(text(state.querySelector('[role="status"]'))).not.toBe('');
    await expect(shadow(profile, '[part="contact-form"]')).toBeNull();
  },
};

/** Header, description, integrations, facts and the contact form; the heading takes focus. */
export const Ready: Story = {
  args: { 'autofocus-heading': true },
  play: async (context) => {
    const profile = await shown(context.canvasElement);
    const locale = localeOf(context);
    await expect(text(shadow(profile, '[part="name"]'))).toBe('Northwind Revenue Labs');
    await eventually(() => expect(profile.shadowRoot?.activeElement?.getAttribute('part')).toBe('name'));
    await expect(text(shadow(profile, '.profile-meta strong'))).toBe(storyLabel('tiers', 'platinum', locale));
    const website = shadow(profile, '[part="website"]', HTMLAnchorElement)!;
    await expect(website.href).toBe('https://northwind-revenue-labs.example/');
    await expect(website.rel).toContain('noopener');
    await expect(shadowAll(profile, '.integrations li').length).toBeGreaterThan(0);
    await expect(shadowAll(profile, '[part="chip"]').length).toBeGreaterThan(4);
    await expect(shadow(profile, '[part="contact-form"]')).not.toBeNull();
    await expect(shadow(profile, '[role="alert"] [part="error"]')).toBeNull();
  },
};

/** No such partner (404): said plainly, no retry, and no `fw-error` (nothing failed). */
export const NotFound: Story = {
  args: { slug: 'no-such-partner' },
  play: async (context) => {
    const api = storyApiOf(context);
    const profile = profileOf(context.canvasElement);
    await expectProblem(profile, false);
    await expect(eventsOf(api, 'fw-error')).toHaveLength(0);
  },
};

export const Error: Story = {
  parameters: { storyApi: { failure: 'server' } },
  play: async (context) => {
    const api = storyApiOf(context);
    const profile = profileOf(context.canvasElement);
    await expectProblem(profile, true);
    await eventually(() =>
      expect(detailsOf(api, 'fw-error')).toContainEqual(expect.objectContaining({ code: 'internal_error' })),
    );
  },
};

/** The API comes back: "Try again" loads the profile. */
export const RetryAfterError: Story = {
  parameters: { storyApi: { failure: 'server' } },
  play: async (context) => {
    const api = storyApiOf(context);
    const profile = profileOf(context.canvasElement);
    const alert = await expectProblem(profile, true);
    api.setFailure(undefined);
    await userEvent.click(alert.querySelector<HTMLButtonElement>('[part="retry"]')!);
    await shown(context.canvasElement);
    await expect(shadow(profile, '[part="state"][role="alert"]')).toBeNull();
  },
};

export const Unauthorized: Story = {
  parameters: { storyApi: { failure: 'unauthorized' } },
  play: async (context) => {
    const api = storyApiOf(context);
    const profile = profileOf(context.canvasElement);
    await expectProblem(profile, false);
    await eventually(() =>
      expect(detailsOf(api, 'fw-error')).toContainEqual(expect.objectContaining({ code: 'unauthenticated' })),
    );
  },
};

/** Sending an empty form: errors from the shared schema, focus on the first field, no request. */
export const ClientValidation: Story = {
  play: async (context) => {
    const api = storyApiOf(context);
    const profile = await shown(context.canvasElement);
    await submit(profile);
    const summary = await findInShadow(profile, '.error-summary [part="error"]');
    // Name, email, message and consent are required.
    await expect(readNumber(text(summary))).toBe(4);
    await expect(control(profile, 'name').getAttribute('aria-invalid')).toBe('true');
    await expect(focusedName(profile)).toBe('name');
    await expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  },
};

/** A valid request is sent once, with an Idempotency-Key, and thanked for. */
export const ContactSuccess: Story = {
  play: async (context) => {
    const api = storyApiOf(context);
    const profile = await shown(context.canvasElement);
    await fillContactForm(profile);
    await submit(profile);
    const success = await findInShadow(profile, '[part="contact-success"]');
    await expect(success.getAttribute('role')).toBe('status');
    await expect(text(success)).toContain('Northwind Revenue Labs');
    const posts = api.requests.filter((r) => r.method === 'POST');
    await expect(posts).toHaveLength(1);
    await expect(posts[0]?.headers['idempotency-key']).toBeTruthy();
    await expect(posts[0]?.body).toMatchObject({ name: 'Ada Lovelace', consent: true });
    await expect(detailsOf(api, 'fw-contact-submitted')).toEqual([
      expect.objectContaining({ contactRequestId: STORY_CONTACT_REQUEST_ID }),
    ]);
  },
};

/** The server refuses fields the client could not check: errors land on those fields, focus on the first. */
export const ServerFieldErrors: Story = {
  parameters: { storyApi: { contact: 'field-errors' } },
  play: async (context) => {
    const profile = await shown(context.canvasElement);
    await fillContactForm(profile);
    await submit(profile);
    await eventually(() => expect(control(profile, 'email').getAttribute('aria-invalid')).toBe('true'));
    await expect(control(profile, 'company').getAttribute('aria-invalid')).toBe('true');
    await expect(control(profile, 'name').getAttribute('aria-invalid')).toBe('false');
    await expect(readNumber(text(shadow(profile, '.error-summary [part="error"]')))).toBe(2);
    const emailError = control(profile, 'email').getAttribute('aria-describedby') ?? '';
    await expect(text(profile.shadowRoot?.getElementById(emailError))).not.toBe('');
    await eventually(() => expect(focusedName(profile)).toBe('email'));
    await expect(shadow(profile, '[part="contact-success"]')).toBeNull();
  },
};

/** Sending fails on the network: the form says so and keeps everything typed. */
export const ContactNetworkError: Story = {
  parameters: { storyApi: { contact: 'network' } },
  play: async (context) => {
    const api = storyApiOf(context);
    const profile = await shown(context.canvasElement);
    await fillContactForm(profile);
    await submit(profile);
    const failure = await findInShadow(profile, '.error-summary [part="error"]');
    await expect(text(failure)).not.toBe('');
    await expect(control(profile, 'name').value).toBe('Ada Lovelace');
    await expect(control(profile, 'consent').checked).toBe(true);
    await eventually(() =>
      expect(detailsOf(api, 'fw-error')).toContainEqual(expect.objectContaining({ code: 'network_error' })),
    );
  },
};

export const Dark: Story = {
  globals: { scheme: 'dark' },
  play: async ({ canvasElement }) => {
    const profile = await shown(canvasElement);
    await expect(profile.dataset.theme).toBe('dark');
    await expect(getComputedStyle(shadow(profile, '[part="base"]')!).color).toBe('rgb(249, 250, 251)');
  },
};

export const RightToLeft: Story = {
  args: { slug: 'al-waha-digital-solutions' },
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const profile = await shown(canvasElement);
    const base = shadow(profile, '[part="base"]')!;
    await expect(base.getAttribute('dir')).toBe('rtl');
    await expect(base.getAttribute('lang')).toBe('ar');
    await expect(text(shadow(profile, '[part="name"]'))).toBe('الواحة للحلول الرقمية');
    await expect(getComputedStyle(control(profile, 'name')).direction).toBe('rtl');
  },
};

export const Branded: Story = {
  globals: { brand: 'acme', scheme: 'light' },
  play: async ({ canvasElement }) => {
    const profile = await shown(canvasElement);
    const button = shadow(profile, '[part="submit"]')!;
    await expect(getComputedStyle(button).backgroundColor).toBe('rgb(180, 83, 9)');
    await expect(getComputedStyle(button).borderTopLeftRadius).toBe('2px');
  },
};
