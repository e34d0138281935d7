const rules = new Map<string, Intl.PluralRules>();

/** A cached `Intl.PluralRules` for `locale`. */
export function pluralRules(locale: string): Intl.PluralRules {
  let found = rules.get(locale);
  if (!found) {
    found = new Intl.PluralRules(locale);
    rules.set(locale, found);
  }
  return found;
}
