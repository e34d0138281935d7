import type { LabelLocale } from '../seed/taxonomy-labels.js';

const cache = new Map<string, Intl.DisplayNames>();

function displayNames(locale: LabelLocale, type: 'language' | 'region'): Intl.DisplayNames {
  const id = `${locale}:${type}`;
  let names = cache.get(id);
  if (!names) {
    names = new Intl.DisplayNames([locale, 'en'], { type, fallback: 'code' });
    cache.set(id, names);
  }
  return names;
}

/** A language's name in `locale` from CLDR (`pt-BR` → "Portuguese (Brazil)" / "Portugiesisch (Brasilien)"). */
export function languageName(tag: string, locale: LabelLocale): string {
  try {
    return displayNames(locale, 'language').of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A country's name in `locale` from CLDR (`DE` → "Germany" / "Deutschland"). */
export function countryName(code: string, locale: LabelLocale): string {
  try {
    return displayNames(locale, 'region').of(code) ?? code;
  } catch {
    return code;
  }
}
