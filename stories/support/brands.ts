import type { Appearance } from '@flywheel/elements';

export type BrandName = 'default' | 'acme';
export type Scheme = 'light' | 'dark';

/**
 * The toolbar's brands: the built-in tokens, and a second brand set through the provider's
 * `appearance` object (one token set per scheme, as a host would ship).
 */
export const BRANDS: Readonly<Record<BrandName, Readonly<Record<Scheme, Appearance>>>> = {
  default: { light: {}, dark: {} },
  acme: {
    light: {
      colorPrimary: '#b45309',
      colorOnPrimary: '#ffffff',
      colorBackground: '#fffbeb',
      colorSurface: '#fef3c7',
      colorText: '#1c1917',
      colorTextMuted: '#57534e',
      colorBorder: '#d6d3d1',
      colorFocusRing: '#92400e',
      fontFamily: 'Georgia, "Times New Roman", serif',
      borderRadius: '2px',
    },
    dark: {
      colorPrimary: '#fbbf24',
      colorOnPrimary: '#1c1917',
      colorBackground: '#1c1917',
      colorSurface: '#292524',
      colorText: '#fafaf9',
      colorTextMuted: '#d6d3d1',
      colorBorder: '#57534e',
      colorFocusRing: '#fcd34d',
      fontFamily: 'Georgia, "Times New Roman", serif',
      borderRadius: '2px',
    },
  },
};

/** Page colours behind the widgets, per scheme (the widgets paint their own surfaces). */
export const PAGE_BACKGROUND: Readonly<Record<Scheme, string>> = { light: '#ffffff', dark: '#030712' };

/** The locales of the toolbar: every catalog the elements ship. */
export const STORY_LOCALES = ['en', 'de', 'fr', 'es', 'ja', 'pt-BR', 'ar'] as const;
export type StoryLocale = (typeof STORY_LOCALES)[number];

const RTL = new Set(['ar', 'fa', 'he', 'ur']);

/** Writing direction follows the locale. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL.has(locale.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr';
}
