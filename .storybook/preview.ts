import '@flywheel/elements/define';
import type { Decorator, Loader, Preview } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import {
  BRANDS,
  PAGE_BACKGROUND,
  STORY_LOCALES,
  directionOf,
  type BrandName,
  type Scheme,
  type StoryLocale,
} from '../stories/support/brands.js';
import {
  createDealStoryApi,
  type DealStoryApi,
  type DealStoryApiOptions,
} from '../stories/support/deal-story-api.js';
import { storyApiOf } from '../stories/support/dom.js';
import { createStoryApi, type StoryApiOptions } from '../stories/support/story-api.js';

interface FlywheelGlobals {
  brand: BrandName;
  scheme: Scheme;
  locale: StoryLocale;
}

function globalsOf(globals: Record<string, unknown>): FlywheelGlobals {
  const brand = globals.brand === 'acme' ? 'acme' : 'default';
  const scheme = globals.scheme === 'dark' ? 'dark' : 'light';
  const locale = STORY_LOCALES.find((l) => l === globals.locale) ?? 'en';
  return { brand, scheme, locale };
}

/**
 * Each render gets a fresh fake API (see stories/support/story-api.ts), in the toolbar's locale; stories
 * with `parameters.dealApi` also get a partner-session API (deal-story-api.ts), which they give to their
 * deal widget as its `client`.
 */
const storyApiLoader: Loader = (context) => {
  const options = (context.parameters.storyApi ?? {}) as StoryApiOptions;
  const dealOptions = context.parameters.dealApi as DealStoryApiOptions | undefined;
  const { locale } = globalsOf(context.globals);
  return {
    storyApi: createStoryApi({ ...options, locale }),
    ...(dealOptions ? { dealApi: createDealStoryApi({ ...dealOptions, locale }) } : {}),
  };
};

/**
 * Wraps every story in `<fw-provider>` with the toolbar's brand (an `appearance` object), scheme
 * (`theme`) and locale, the story API's client, and an `onEvent` that logs every `fw-*` event to
 * the Actions panel and to the story APIs (for play functions). Direction follows the locale.
 */
const withFlywheelProvider: Decorator = (storyFn, context) => {
  const api = storyApiOf(context);
  const dealApi = context.loaded.dealApi as DealStoryApi | undefined;
  const { brand, scheme, locale } = globalsOf(context.globals);
  const page = document.createElement('div');
  page.className = 'fw-story-page';
  page.dir = directionOf(locale);
  page.lang = locale;
  Object.assign(page.style, {
    background: PAGE_BACKGROUND[scheme],
    colorScheme: scheme,
    padding: '1rem',
    minHeight: '100vh',
    boxSizing: 'border-box',
  });
  const provider = document.createElement('fw-provider');
  provider.locale = locale;
  provider.theme = scheme;
  provider.appearance = BRANDS[brand][scheme];
  provider.client = api.client;
  provider.onEvent = (event) => {
    api.events.push(event);
    dealApi?.events.push(event);
    action(event.type)((event as Event & { detail?: unknown }).detail);
  };
  const story = storyFn();
  if (!(story instanceof Node)) throw new Error('Flywheel stories render DOM nodes');
  provider.append(story);
  page.append(provider);
  return page;
};

const languageName = (locale: string) => new Intl.DisplayNames([locale], { type: 'language' }).of(locale);

const preview: Preview = {
  globalTypes: {
    brand: {
      description: 'Brand tokens, set through the provider’s appearance object',
      toolbar: {
        title: 'Brand',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Default brand' },
          { value: 'acme', title: 'Acme (appearance object)' },
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Colour scheme (the provider’s theme)',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Locale of every widget; the writing direction follows it',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: STORY_LOCALES.map((locale) => ({
          value: locale,
          title: `${locale} · ${languageName(locale) ?? locale}`,
          right: directionOf(locale).toUpperCase(),
        })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { brand: 'default', scheme: 'light', locale: 'en' },
  loaders: [storyApiLoader],
  decorators: [withFlywheelProvider],
  parameters: {
    layout: 'fullscreen',
    storyApi: {},
    controls: { expanded: true },
  },
};

export default preview;
