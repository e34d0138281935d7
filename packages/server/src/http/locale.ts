import { LABEL_LOCALES, type LabelLocale } from '../seed/taxonomy-labels.js';

/**
 * Picks the best supported locale from `Accept-Language` (RFC 9110 q-values): an exact tag first,
 * then the same language (`pt-PT` → `pt-BR`, `de-AT` → `de`), else English.
 */
export function negotiateLocale(header: string | null | undefined): LabelLocale {
  if (!header) return 'en';
  const ranges = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((range) => range.tag !== '' && range.tag !== '*' && range.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranges) {
    const exact = LABEL_LOCALES.find((locale) => locale.toLowerCase() === tag);
    if (exact) return exact;
    const language = tag.split('-')[0];
    const sameLanguage = LABEL_LOCALES.find((locale) => locale.split('-')[0]!.toLowerCase() === language);
    if (sameLanguage) return sameLanguage;
  }
  return 'en';
}
