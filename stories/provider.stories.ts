import type { Appearance, FwProvider, Theme } from '@flywheel/elements';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { BRANDS } from './support/brands.js';
import { create, eventually, findInShadow, shadow, storyApiOf, text, widget } from './support/dom.js';

/**
 * `<fw-provider>` configures every widget inside it. These stories render their own provider (inside
 * the toolbar's, which they override), holding a directory, or a card and a profile sharing one client.
 */
interface ProviderArgs {
  locale: string;
  theme: '' | Theme;
  appearance: Appearance;
  /** What the provider holds. */
  content: 'directory' | 'card-and-profile';
}

/** Events the story's provider passed to its `onEvent`. */
const forwarded = new WeakMap<Element, Event[]>();

const providerOf = (canvasElement: HTMLElement): FwProvider => {
  // The story's own provider sits inside the toolbar's one.
  const providers = canvasElement.querySelectorAll('fw-provider');
  const provider = providers[providers.length - 1];
  if (!provider) throw new globalThis.Error('No <fw-provider> in the story');
  return provider;
};

/** The widgets inside the story's provider. */
const widgetsOf = (canvasElement: HTMLElement): HTMLElement[] => [
  ...providerOf(canvasElement).querySelectorAll<HTMLElement>(
    'fw-partner-directory, fw-partner-card, fw-partner-profile',
  ),
];

/** Waits until every widget inside shows its content (a card, or a profile's name). */
async function allShown(canvasElement: HTMLElement): Promise<HTMLElement[]> {
  const widgets = widgetsOf(canvasElement);
  for (const el of widgets) await findInShadow(el, '[part="name"]', 20_000);
  return widgets;
}

const meta = {
  title: 'Elements/fw-provider',
  component: 'fw-provider',
  render: (args, context) => {
    const api = storyApiOf(context);
    const events: Event[] = [];
    const provider = create(
      'fw-provider',
      {},
      {
        client: api.client,
        appearance: args.appearance,
        onEvent: (event: Event) => {
          events.push(event);
        },
        ...(args.locale ? { locale: args.locale } : {}),
        ...(args.theme ? { theme: args.theme } : {}),
      },
    );
    forwarded.set(provider, events);
    if (args.content === 'directory') {
      provider.append(create('fw-partner-directory', { seed: 1 }));
    } else {
      const row = document.createElement('div');
      Object.assign(row.style, { display: 'grid', gap: '1rem', gridTemplateColumns: '20rem 1fr' });
      row.append(
        create('fw-partner-card', { slug: 'kestrel-cloud-consulting' }),
        create('fw-partner-profile', { slug: 'kestrel-cloud-consulting' }),
      );
      provider.append(row);
    }
    return provider;
  },
  args: { locale: '', theme: '', appearance: {}, content: 'card-and-profile' },
  argTypes: {
    locale: {
      control: 'select',
      options: ['', 'en', 'de', 'fr', 'es', 'ja', 'pt-BR', 'ar'],
      description: 'BCP 47 locale for every widget inside (empty: the toolbar’s)',
    },
    theme: { control: 'select', options: ['', 'light', 'dark', 'auto'] },
    appearance: { control: 'object', description: 'Brand tokens (validated; invalid ones are skipped)' },
    content: { control: 'inline-radio', options: ['directory', 'card-and-profile'] },
  },
} satisfies Meta<ProviderArgs>;

export default meta;
type Story = StoryObj<ProviderArgs>;

export const Playground: Story = {
  args: { content: 'directory' },
  play: async ({ canvasElement }) => {
    const [directory] = await allShown(canvasElement);
    await expect(directory?.localName).toBe('fw-partner-directory');
  },
};

/** One client for every widget: the card and the profile both show the partner. */
export const Ready: Story = {
  play: async (context) => {
    const api = storyApiOf(context);
    const [card, profile] = await allShown(context.canvasElement);
    await expect(text(shadow(card!, '[part="name"]'))).toBe('Kestrel Cloud Consulting');
    await expect(text(shadow(profile!, '[part="name"]'))).toBe('Kestrel Cloud Consulting');
    await expect(api.requests.every((r) => r.headers.authorization === 'Bearer pk_test_stories')).toBe(true);
  },
};

export const Loading: Story = {
  parameters: { storyApi: { delay: 'forever' } },
  play: async ({ canvasElement }) => {
    for (const el of widgetsOf(canvasElement)) await findInShadow(el, '[aria-busy="true"]');
  },
};

export const Empty: Story = {
  args: { content: 'directory' },
  parameters: { storyApi: { empty: true } },
  play: async ({ canvasElement }) => {
    const directory = widget(canvasElement, 'fw-partner-directory');
    await findInShadow(directory, '[part="state"][data-state="empty"]');
  },
};

/** A failing API: every widget inside tells its own story; the provider's `onEvent` hears each `fw-error`. */
export const Error: Story = {
  parameters: { storyApi: { failure: 'server' } },
  play: async ({ canvasElement }) => {
    const profile = widget(canvasElement, 'fw-partner-profile');
    await findInShadow(profile, '[role="alert"] [part="retry"]');
    const events = forwarded.get(providerOf(canvasElement)) ?? [];
    await eventually(() =>
      expect(events.filter((e) => e.type === 'fw-error').length).toBeGreaterThanOrEqual(2),
    );
  },
};

export const Unauthorized: Story = {
  args: { content: 'directory' },
  parameters: { storyApi: { failure: 'unauthorized' } },
  play: async ({ canvasElement }) => {
    const directory = widget(canvasElement, 'fw-partner-directory');
    const alert = await findInShadow(directory, '[data-state="unauthorized"]');
    await expect(alert.getAttribute('role')).toBe('alert');
  },
};

/** `theme="dark"` on the provider reaches every widget inside. */
export const Dark: Story = {
  args: { theme: 'dark' },
  globals: { scheme: 'dark' },
  play: async ({ canvasElement }) => {
    const widgets = await allShown(canvasElement);
    for (const el of widgets) await expect(el.dataset.theme).toBe('dark');
  },
};

/** `locale="ar"` on the provider: every widget inside is right to left. */
export const RightToLeft: Story = {
  args: { locale: 'ar' },
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const widgets = await allShown(canvasElement);
    for (const el of widgets) {
      const root = shadow(el, '[dir]');
      await expect(root?.getAttribute('dir')).toBe('rtl');
      await expect(root?.getAttribute('lang')).toBe('ar');
    }
  },
};

/** The `appearance` object becomes `--fw-*` custom properties on the provider, inherited by every widget. */
export const Branded: Story = {
  args: { appearance: BRANDS.acme.light, theme: 'light' },
  play: async ({ canvasElement }) => {
    const provider = providerOf(canvasElement);
    await expect(provider.style.getPropertyValue('--fw-color-primary')).toBe('#b45309');
    const [card, profile] = await allShown(canvasElement);
    await expect(getComputedStyle(shadow(card!, '[part="card"]')!).borderTopLeftRadius).toBe('2px');
    await expect(getComputedStyle(shadow(profile!, '[part="submit"]')!).backgroundColor).toBe(
      'rgb(180, 83, 9)',
    );
  },
};

/** Invalid tokens (here, an attempt to inject CSS) are skipped with a console warning; valid ones apply. */
export const InvalidAppearance: Story = {
  args: {
    appearance: { colorPrimary: 'red; } body { display: none', borderRadius: '2px' },
  },
  play: async ({ canvasElement }) => {
    const provider = providerOf(canvasElement);
    await expect(provider.style.getPropertyValue('--fw-color-primary')).toBe('');
    await expect(provider.style.getPropertyValue('--fw-border-radius')).toBe('2px');
    await expect(getComputedStyle(document.body).display).not.toBe('none');
  },
};

/** Every `fw-*` event from inside reaches the provider's `onEvent` (for the host's analytics). */
export const EventForwarding: Story = {
  args: { content: 'directory' },
  play: async ({ canvasElement }) => {
    const [directory] = await allShown(canvasElement);
    await userEvent.type(shadow(directory!, '[part="search-input"]', HTMLInputElement)!, 'crm');
    const events = forwarded.get(providerOf(canvasElement)) ?? [];
    await eventually(() => expect(events.map((e) => e.type)).toContain('fw-search-change'));
    await expect(events.map((e) => e.type)).toContain('fw-results-change');
  },
};
