/**
 * Text normalization shared by the index and the query, so both sides always fold alike:
 * lower-case, compatibility-decomposed, diacritics stripped ("Café" → "cafe", "İstanbul" →
 * "istanbul", "Straße" → "strasse"), then split into words of letters, digits and marks.
 */

/** Combining marks that are accents on a base letter: Latin/Greek/Cyrillic diacritics, Hebrew points, Arabic harakat. */
const DIACRITICS =
  // Escaped ranges of marks, not marks combining with a neighbour in the class.
  // eslint-disable-next-line no-misleading-character-class
  /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed]/g;
/** Letters without a Unicode decomposition that readers still type without their stroke or ligature. */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const FOLDABLE_LETTERS = /[ßæœøłđðþı]/g;
const NON_ASCII = /[\u0080-\uffff]/;
/** A word: a run of letters, digits and (non-accent) marks, such as Devanagari vowel signs. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The most words of a query that take part in matching (the server's cap too). */
export const MAX_QUERY_WORDS = 12;

/** Folds `text` for matching. ASCII text only needs lower-casing, which keeps index builds fast. */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .normalize('NFKD')
    .replace(DIACRITICS, '')
    .normalize('NFC')
    .replace(FOLDABLE_LETTERS, (letter) => LETTER_FOLDS[letter] ?? letter);
}

/** The folded words of `text`, in order (duplicates kept). */
export function foldedWords(text: string): string[] {
  // Most text is ASCII: scan it by hand, which is several times faster than a Unicode regex.
  const lower = text.toLowerCase();
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 0x80) return foldText(text).match(WORD) ?? [];
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      words.push(lower.slice(start, i));
      start = -1;
    }
  }
  if (start !== -1) words.push(lower.slice(start));
  return words;
}

/** The words a query searches for: folded, at most {@link MAX_QUERY_WORDS}. */
export function queryWords(q: string): string[] {
  return foldedWords(q).slice(0, MAX_QUERY_WORDS);
}

/** The key names sort by, as the server's `sort_name`: NFKC, case-folded, compared by code units. */
export function nameSortKey(name: string): string {
  return name.normalize('NFKC').toLocaleLowerCase('en');
}
