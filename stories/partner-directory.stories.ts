import type { FwPartnerDirectory } from '@flywheel/elements';
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
import { STORY_REQUEST_ID, storyLabel } from './support/story-api.js';

interface DirectoryArgs {
  facets: string;
  preset: string;
  seed: number;
  'sync-url': boolean;
  'url-prefix': string;
  locale: string;
  theme: '' | 'light' | 'dark' | 'auto';
  'api-base': string;
  'publishable-key': string;
}

const directoryOf = (canvasElement: HTMLElement): FwPartnerDirectory =>
  widget(canvasElement, 'fw-partner-directory');

/** The number in the result count ("1,408 partners"). */
const shownTotal = (el: FwPartnerDirectory): number => readNumber(text(shadow(el, '[part="count"]')));

/** Waits for the first cards; returns the directory. */
async function ready(canvasElement: HTMLElement): Promise<FwPartnerDirectory> {
  const el = directoryOf(canvasElement);
  await findInShadow(el, '[part="card"]', 20_000);
  return el;
}

async function expectAlert(el: FwPartnerDirectory, state: 'error' | 'unauthorized'): Promise<HTMLElement> {
  const alert = await findInShadow(el, `[part="state"][data-state="${state}"]`);
  await expect(alert.getAttribute('role')).toBe('alert');
  await expect(text(alert.querySelector('.state-title'))).not.toBe('');
  return alert;
}

const meta = {
  title: 'Elements/fw-partner-directory',
  component: 'fw-partner-directory',
  render: (args) => create('fw-partner-directory', { ...args }),
  args: {
    facets: '',
    preset: '',
    // A fixed seed: equally ranked partners keep their order, so screenshots are stable.
    seed: 1,
    'sync-url': false,
    'url-prefix': 'fw-',
    locale: '',
    theme: '',
    'api-base': '',
    'publishable-key': '',
  },
  argTypes: {
    facets: {
      control: 'text',
      description: 'Facets offered, comma-separated (type, tier, region, country, language, industry…)',
    },
    preset: {
      control: 'text',
      description: 'Filters that always apply, in query syntax: `type=system_integrator&region=europe`',
    },
    seed: { control: 'number', description: 'Seed of the fair order of equally ranked partners' },
    'sync-url': { control: 'boolean', description: 'Keep the state in the page URL' },
    'url-prefix': { control: 'text' },
    locale: {
      control: 'select',
      options: ['', 'en', 'de', 'fr', 'es', 'ja', 'pt-BR', 'ar'],
      description: 'Overrides the provider’s locale (empty: the toolbar’s)',
    },
    theme: { control: 'select', options: ['', 'light', 'dark', 'auto'] },
    'api-base': { control: 'text', description: 'Ignored here: the provider’s `client` wins over it' },
    'publishable-key': { control: 'text', description: 'Ignored here, like `api-base`' },
  },
} satisfies Meta<DirectoryArgs>;

export default meta;
type Story = StoryObj<DirectoryArgs>;

export const Playground: Story = {
  play: async ({ canvasElement }) => {
    const el = directoryOf(canvasElement);
    const base = await findInShadow(el, '[part="base"][role="region"]');
    await expect(base.getAttribute('aria-label')).toBeTruthy();
    await expect(shadow(el, '[part="search-input"]')).not.toBeNull();
  },
};

/** The index never arrives: skeleton cards hold the list's space; `:state(loading)` is set. */
export const Loading: Story = {
  parameters: { storyApi: { delay: 'forever' } },
  play: async ({ canvasElement }) => {
    const el = directoryOf(canvasElement);
    const state = await findInShadow(el, '[part="state"][data-state="loading"]');
    await expect(state.getAttribute('aria-busy')).toBe('true');
    await expect(text(state.querySelector('[role="status"]'))).not.toBe('');
    await expect(state.querySelectorAll('.skeleton-card').length).toBeGreaterThan(0);
    await expect(el.matches(':state(loading)')).toBe(true);
    await expect(el.getBoundingClientRect().height).toBeGreaterThan(300);
  },
};

export const Ready: Story = {
  play: async (context) => {
    const api = storyApiOf(context);
    const el = await ready(context.canvasElement);
    await eventually(() => expect(shownTotal(el)).toBe(api.index.length));
    const cards = shadowAll(el, '[part="card"]');
    // Windowed: only the rows near the viewport are in the DOM.
    await expect(cards.length).toBeGreaterThan(0);
    await expect(cards.length).toBeLessThan(api.index.length);
    await expect(shadow(el, '[role="alert"]')).toBeNull();
    await expect(el.matches(':state(loading)')).toBe(false);
    // No partner has a logo here: cards show a monogram.
    await expect(text(cards[0]?.querySelector('[part="monogram"]'))).toMatch(/^\S{1,2}$/);
    const list = shadow(el, '[part="list"]');
    await expect(list?.getAttribute('role')).toBe('list');
  },
};

/** Typing narrows the list on every keystroke without a single request; events follow once it settles. */
export const SearchNarrowsResults: Story = {
  play: async (context) => {
    const api = storyApiOf(context);
    const el = await ready(context.canvasElement);
    const before = shownTotal(el);
    const requestsBefore = api.requests.length;
    const input = shadow(el, '[part="search-input"]', HTMLInputElement)!;
    await userEvent.type(input, 'northwind');
    await eventually(() => expect(shownTotal(el)).toBeLessThan(before));
    await expect(shownTotal(el)).toBeGreaterThan(0);
    await eventually(() =>
      expect(text(shadow(el, '[part="card"] [part="name"]'))).toBe('Northwind Revenue Labs'),
    );
    await expect(api.requests.length).toBe(requestsBefore);
    await eventually(() => expect(detailsOf(api, 'fw-search-change').at(-1)).toEqual({ q: 'northwind' }));
    await expect(detailsOf(api, 'fw-results-change').at(-1)).toEqual({ total: shownTotal(el) });
  },
};

/** Ticking a facet value filters; "Clear all filters" brings every partner back. */
export const FilterAndClear: Story = {
  play: async (context) => {
    const api = storyApiOf(context);
    const el = await ready(context.canvasElement);
    const all = shownTotal(el);
    // Facet counts are painted a frame after the results.
    const checkbox = (await findInShadow(el, '[part="facet-checkbox"]')) as HTMLInputElement;
    await userEvent.click(checkbox);
    await eventually(() => expect(shownTotal(el)).toBeLessThan(all));
    await expect(eventsOf(api, 'fw-filter-change').length).toBe(1);
    const clear = await findInShadow(el, '[part="clear-filters"]');
    await userEvent.click(clear);
    await eventually(() => expect(shownTotal(el)).toBe(all));
    await expect(shadow(el, '[part="clear-filters"]')).toBeNull();
  },
};

/** Choosing a card opens the profile in place; "Back" returns focus to that card. */
export const OpenProfile: Story = {
  play: async (context) => {
    const api = storyApiOf(context);
    const el = await ready(context.canvasElement);
    const card = shadow(el, '[part="card"]')!;
    const name = text(card.querySelector('[part="name"]'));
    await userEvent.click(card.querySelector<HTMLButtonElement>('[part="card-link"]')!);
    await expect(detailsOf(api, 'fw-partner-select')).toEqual([expect.objectContaining({ name })]);
    const profile = await findInShadow(el, 'fw-partner-profile');
    const heading = await findInShadow(profile, '[part="name"]');
    await expect(text(heading)).toBe(name);
    await userEvent.click(shadow(el, '[part="back"]')!);
    await eventually(() => expect(el.shadowRoot?.activeElement?.getAttribute('part')).toBe('card-link'));
  },
};

/** A preset no partner matches: the empty state (replaceable through the `empty` slot). */
export const Empty: Story = {
  args: { preset: 'type=community_developer&tier=platinum' },
  play: async ({ canvasElement }) => {
    const el = directoryOf(canvasElement);
    const state = await findInShadow(el, '[part="state"][data-state="empty"]');
    await expect(text(state.querySelector('.state-title'))).not.toBe('');
    await expect(shownTotal(el)).toBe(0);
    await expect(el.matches(':state(empty)')).toBe(true);
    await expect(shadowAll(el, '[part="card"]')).toHaveLength(0);
  },
};

/** A program without partners yet. */
export const EmptyCatalog: Story = {
  parameters: { storyApi: { empty: true } },
  play: async ({ canvasElement }) => {
    const el = directoryOf(canvasElement);
    await findInShadow(el, '[part="state"][data-state="empty"]');
    await expect(shownTotal(el)).toBe(0);
    await expect(shadow(el, '[role="alert"]')).toBeNull();
  },
};

/** The API answers 500: an alert with a retry button, and an `fw-error` for the host. */
export const Error: Story = {
  parameters: { storyApi: { failure: 'server' } },
  play: async (context) => {
    const api = storyApiOf(context);
    const el = directoryOf(context.canvasElement);
    const alert = await expectAlert(el, 'error');
    await expect(alert.querySelector('[part="retry"]')).not.toBeNull();
    await eventually(() =>
      expect(detailsOf(api, 'fw-error')).toContainEqual(
        expect.objectContaining({ code: 'internal_error', requestId: STORY_REQUEST_ID }),
      ),
    );
  },
};

/** The API comes back: "Try again" loads the directory. */
export const RetryAfterError: Story = {
  parameters: { storyApi: { failure: 'server' } },
  play: async (context) => {
    const api = storyApiOf(context);
    const el = directoryOf(context.canvasElement);
    const alert = await expectAlert(el, 'error');
    api.setFailure(undefined);
    await userEvent.click(alert.querySelector<HTMLButtonElement>('[part="retry"]')!);
    await ready(context.canvasElement);
    await expect(shadow(el, '[role="alert"]')).toBeNull();
    await expect(shownTotal(el)).toBe(api.index.length);
  },
};

/** fetch rejects (offline, DNS, CORS): the same error state, with a `network_error` code. */
export const NetworkError: Story = {
  parameters: { storyApi: { failure: 'network' } },
  play: async (context) => {
    const api = storyApiOf(context);
    const el = directoryOf(context.canvasElement);
    await expectAlert(el, 'error');
    await eventually(() =>
      expect(detailsOf(api, 'fw-error')).toContainEqual(expect.objectContaining({ code: 'network_error' })),
    );
  },
};

/** 429: the error state says to wait a moment. */
export const RateLimited: Story = {
  parameters: { storyApi: { failure: 'rate-limited' } },
  play: async (context) => {
    const api = storyApiOf(context);
    const el = directoryOf(context.canvasElement);
    const alert = await expectAlert(el, 'error');
    await expect(alert.querySelector('[part="retry"]')).not.toBeNull();
    await eventually(() =>
      expect(detailsOf(api, 'fw-error')).toContainEqual(expect.objectContaining({ code: 'rate_limited' })),
    );
  },
};

/** The key is refused (401): the directory says it is not available here, with no retry. */
export const Unauthorized: Story = {
  parameters: { storyApi: { failure: 'unauthorized' } },
  play: async (context) => {
    const api = storyApiOf(context);
    const el = directoryOf(context.canvasElement);
    const alert = await expectAlert(el, 'unauthorized');
    await expect(alert.querySelector('[part="retry"]')).toBeNull();
    await eventually(() =>
      expect(detailsOf(api, 'fw-error')).toContainEqual(expect.objectContaining({ code: 'unauthenticated' })),
    );
  },
};

export const Dark: Story = {
  globals: { scheme: 'dark' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await expect(el.dataset.theme).toBe('dark');
    const base = shadow(el, '[part="base"]')!;
    // The dark default background token (#111827).
    await expect(getComputedStyle(base).backgroundColor).toBe('rgb(17, 24, 39)');
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  play: async (context) => {
    const el = await ready(context.canvasElement);
    const base = shadow(el, '[part="base"]')!;
    await expect(base.getAttribute('dir')).toBe('rtl');
    await expect(base.getAttribute('lang')).toBe('ar');
    await expect(getComputedStyle(base).direction).toBe('rtl');
    // Facet labels come from the API in the visitor's language (with the counts, a frame after the cards).
    await eventually(() =>
      expect(shadowAll(el, '[part="facet-option"] .facet-name').map(text)).toContain(
        storyLabel('partner_types', 'solutions_partner', localeOf(context)),
      ),
    );
  },
};

export const Branded: Story = {
  globals: { brand: 'acme', scheme: 'light' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    const card = shadow(el, '[part="card"]')!;
    await expect(getComputedStyle(card).borderTopLeftRadius).toBe('2px');
    await expect(getComputedStyle(shadow(el, '[part="base"]')!).backgroundColor).toBe('rgb(255, 251, 235)');
    const badge = shadow(el, '[part="badge"]');
    await expect(badge).not.toBeNull();
    await expect(getComputedStyle(badge!).backgroundColor).toBe('rgb(180, 83, 9)');
  },
};

/** A big program: 10,000 generated partners, searched on the client, with a windowed list. */
export const TenThousandPartners: Story = {
  parameters: { storyApi: { partners: 10_000 } },
  play: async (context) => {
    const api = storyApiOf(context);
    const el = await ready(context.canvasElement);
    await expect(api.index.length).toBeGreaterThan(9_000);
    await eventually(() => expect(shownTotal(el)).toBe(api.index.length));
    await expect(shadowAll(el, '[part="card"]').length).toBeLessThan(100);
    const input = shadow(el, '[part="search-input"]', HTMLInputElement)!;
    await userEvent.type(input, 'data');
    await eventually(() => expect(shownTotal(el)).toBeLessThan(api.index.length));
  },
};
