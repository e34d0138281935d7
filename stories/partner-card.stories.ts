import type { FwPartnerCard } from '@flywheel/elements';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import {
  create,
  detailsOf,
  eventsOf,
  eventually,
  findInShadow,
  localeOf,
  shadow,
  storyApiOf,
  text,
  widget,
} from './support/dom.js';
import { storyLabel, storyPartner } from './support/story-api.js';

interface CardArgs {
  slug: string;
  locale: string;
  theme: '' | 'light' | 'dark' | 'auto';
  'api-base': string;
  'publishable-key': string;
}

const cardOf = (canvasElement: HTMLElement): FwPartnerCard => widget(canvasElement, 'fw-partner-card');

/** A card given a partner object (as from the index or a search result): no request for it. */
const withPartner =
  (slug: string): Story['render'] =>
  (args) => {
    const { slug: _slug, ...attributes } = args;
    const card = create('fw-partner-card', { ...attributes }, { partner: storyPartner(slug) });
    card.style.maxWidth = '24rem';
    return card;
  };

/** Waits for the card's name; returns the card. */
async function shown(canvasElement: HTMLElement): Promise<FwPartnerCard> {
  const card = cardOf(canvasElement);
  await findInShadow(card, '[part="name"]');
  return card;
}

const meta = {
  title: 'Elements/fw-partner-card',
  component: 'fw-partner-card',
  render: (args) => {
    const card = create('fw-partner-card', { ...args });
    card.style.maxWidth = '24rem';
    return card;
  },
  args: {
    slug: 'northwind-revenue-labs',
    locale: '',
    theme: '',
    'api-base': '',
    'publishable-key': '',
  },
  argTypes: {
    slug: { control: 'text', description: 'Loads this partner (a `partner` object needs no request)' },
    locale: { control: 'select', options: ['', 'en', 'de', 'fr', 'es', 'ja', 'pt-BR', 'ar'] },
    theme: { control: 'select', options: ['', 'light', 'dark', 'auto'] },
    'api-base': { control: 'text', description: 'Ignored here: the provider’s `client` wins over it' },
    'publishable-key': { control: 'text', description: 'Ignored here, like `api-base`' },
  },
} satisfies Meta<CardArgs>;

export default meta;
type Story = StoryObj<CardArgs>;

export const Playground: Story = {
  play: async ({ canvasElement }) => {
    const card = await shown(canvasElement);
    await expect(text(shadow(card, '[part="name"]'))).not.toBe('');
  },
};

/** Loading by slug, and the partner never arrives: a busy placeholder of the card's size. */
export const Loading: Story = {
  parameters: { storyApi: { delay: 'forever' } },
  play: async ({ canvasElement }) => {
    const card = cardOf(canvasElement);
    const placeholder = await findInShadow(card, '.card[aria-busy="true"]');
    await expect(placeholder.getBoundingClientRect().height).toBeGreaterThan(150);
    await expect(shadow(card, '[part="name"]')).toBeNull();
  },
};

/** From a partner object: tier and type labels in the visitor's language, monogram, featured badge. */
export const Ready: Story = {
  render: withPartner('northwind-revenue-labs'),
  play: async (context) => {
    const card = await shown(context.canvasElement);
    const locale = localeOf(context);
    await expect(text(shadow(card, '[part="name"]'))).toBe('Northwind Revenue Labs');
    await expect(text(shadow(card, '[part="monogram"]'))).toBe('NR');
    await expect(shadow(card, '[part="badge"]')).not.toBeNull();
    await eventually(() =>
      expect(text(shadow(card, '[part="tier"]'))).toBe(storyLabel('tiers', 'platinum', locale)),
    );
    const link = shadow(card, '[part="card-link"]')!;
    await expect(link.getAttribute('aria-label')).toContain('Northwind Revenue Labs');
  },
};

/** Loading by slug: one request for the partner (and one for the labels). */
export const LoadedBySlug: Story = {
  args: { slug: 'bluefin-data-systems' },
  play: async (context) => {
    const api = storyApiOf(context);
    const card = await shown(context.canvasElement);
    await expect(text(shadow(card, '[part="name"]'))).toBe('Bluefin Data Systems');
    await expect(api.requests.map((r) => r.path)).toContain('/v1/partners/bluefin-data-systems');
  },
};

/** A very long name is clamped: every card keeps the same height (the directory's grid relies on it). */
export const LongName: Story = {
  render: withPartner('extraordinarily-thorough-revenue-operations'),
  play: async ({ canvasElement }) => {
    const card = await shown(canvasElement);
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const box = shadow(card, '[part="card"]')!.getBoundingClientRect();
    await expect(Math.round(box.height)).toBe(Math.round(15 * rem));
  },
};

/** Activating the card asks the host what to do (`fw-partner-select`, cancelable). */
export const Select: Story = {
  render: withPartner('kestrel-cloud-consulting'),
  play: async (context) => {
    const api = storyApiOf(context);
    const card = await shown(context.canvasElement);
    await userEvent.click(shadow(card, '[part="card-link"]')!);
    const [selected] = eventsOf(api, 'fw-partner-select');
    await expect(selected?.cancelable).toBe(true);
    await expect(detailsOf(api, 'fw-partner-select')).toEqual([
      expect.objectContaining({ slug: 'kestrel-cloud-consulting', name: 'Kestrel Cloud Consulting' }),
    ]);
  },
};

/** Loading by slug fails (500): the card shows an error and reports `fw-error` to the host. */
export const Error: Story = {
  parameters: { storyApi: { failure: 'server' } },
  play: async (context) => {
    const api = storyApiOf(context);
    const card = cardOf(context.canvasElement);
    await eventually(() =>
      expect(detailsOf(api, 'fw-error')).toContainEqual(expect.objectContaining({ code: 'internal_error' })),
    );
    // A card that cannot load its partner says so instead of staying busy.
    await eventually(() => expect(shadow(card, '[role="alert"]')).not.toBeNull());
    await expect(shadow(card, '.card[aria-busy="true"]')).toBeNull();
  },
};

/** A refused key: a card given its partner still shows it (labels fall back to keys) and reports `fw-error`. */
export const Unauthorized: Story = {
  render: withPartner('northwind-revenue-labs'),
  parameters: { storyApi: { failure: 'unauthorized' } },
  play: async (context) => {
    const api = storyApiOf(context);
    const card = await shown(context.canvasElement);
    await eventually(() =>
      expect(detailsOf(api, 'fw-error')).toContainEqual(expect.objectContaining({ code: 'unauthenticated' })),
    );
    await expect(text(shadow(card, '[part="name"]'))).toBe('Northwind Revenue Labs');
    await expect(text(shadow(card, '[part="tier"]'))).toBe('platinum');
  },
};

export const Dark: Story = {
  render: withPartner('northwind-revenue-labs'),
  globals: { scheme: 'dark' },
  play: async ({ canvasElement }) => {
    const card = await shown(canvasElement);
    await expect(card.dataset.theme).toBe('dark');
    await expect(getComputedStyle(shadow(card, '[part="card"]')!).backgroundColor).toBe('rgb(17, 24, 39)');
  },
};

export const RightToLeft: Story = {
  render: withPartner('al-waha-digital-solutions'),
  globals: { locale: 'ar' },
  play: async (context) => {
    const card = await shown(context.canvasElement);
    const wrapper = shadow(card, '[dir]')!;
    await expect(wrapper.getAttribute('dir')).toBe('rtl');
    await expect(getComputedStyle(shadow(card, '[part="card"]')!).direction).toBe('rtl');
    await expect(text(shadow(card, '[part="name"]'))).toBe('الواحة للحلول الرقمية');
    const type = storyPartner('al-waha-digital-solutions').type;
    await eventually(() =>
      expect(text(shadow(card, '[part="meta"]'))).toContain(storyLabel('partner_types', type, 'ar')),
    );
  },
};

export const Branded: Story = {
  render: withPartner('northwind-revenue-labs'),
  globals: { brand: 'acme', scheme: 'light' },
  play: async ({ canvasElement }) => {
    const card = await shown(canvasElement);
    const box = shadow(card, '[part="card"]')!;
    await expect(getComputedStyle(box).borderTopLeftRadius).toBe('2px');
    await expect(getComputedStyle(box).fontFamily).toContain('Georgia');
    await expect(getComputedStyle(shadow(card, '[part="badge"]')!).backgroundColor).toBe('rgb(180, 83, 9)');
  },
};
