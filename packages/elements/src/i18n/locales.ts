import { english, type Messages } from './messages.js';

/** Locales with a full catalog. English is built in; the others load on demand. */
export const SUPPORTED_LOCALES = ['en', 'de', 'fr', 'es', 'ja', 'pt-BR', 'ar'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur']);

/** The supported catalog for a BCP 47 tag: exact, else same language (`pt-PT` → `pt-BR`), else English. */
export function resolveLocale(tag: string | null | undefined): SupportedLocale {
  if (!tag) return 'en';
  const lower = tag.toLowerCase();
  const exact = SUPPORTED_LOCALES.find((locale) => locale.toLowerCase() === lower);
  if (exact) return exact;
  const language = lower.split('-')[0];
  return SUPPORTED_LOCALES.find((locale) => locale.split('-')[0] === language) ?? 'en';
}

/** Writing direction of a locale tag. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(tag.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

const loaders: Record<Exclude<SupportedLocale, 'en'>, () => Promise<{ messages: Messages }>> = {
  de: () => import('./locales/de.js'),
  fr: () => import('./locales/fr.js'),
  es: () => import('./locales/es.js'),
  ja: () => import('./locales/ja.js'),
  'pt-BR': () => import('./locales/pt-BR.js'),
  ar: () => import('./locales/ar.js'),
};

const loaded = new Map<SupportedLocale, Promise<Partial<Messages>>>([['en', Promise.resolve(english)]]);

/** The catalog of a locale, loaded once per page (a separate chunk per language). */
export function loadMessages(locale: SupportedLocale): Promise<Partial<Messages>> {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = loaders[locale as Exclude<SupportedLocale, 'en'>]().then((module) => module.messages);
    messages.catch(() => loaded.delete(locale));
    loaded.set(locale, messages);
  }
  return messages;
}
