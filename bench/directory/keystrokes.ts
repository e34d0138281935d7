/**
 * What a visitor types, one key at a time, as the successive values of the search field: a phrase
 * with one slip corrected by a backspace, then backspaces back to the empty field (which shows the
 * whole list again). Each phrase is 20 keystrokes.
 */

/** A phrase as keys: a character, or `\b` for Backspace. */
const PHRASES: readonly string[] = [
  'data n\bmigr', // "data migr", a slip on the "m"
  'nortw\bhwind', // "northwind", letters swapped: "nortw", Backspace, "hwind"
  'cloud crn\bm', // "cloud crm", a slip on the last letter
];

/** Typed before measuring (a different phrase, so the measured ones start cold in the search's caches). */
const WARM_UP = 'security\b\b\b\b\b\b\b\b';

/** The field's value after each key of `keys`, starting from the empty field. */
function values(keys: string): string[] {
  const out: string[] = [];
  let value = '';
  for (const key of keys) {
    value = key === '\b' ? value.slice(0, -1) : value + key;
    out.push(value);
  }
  return out;
}

/** One phrase, typed and then erased. */
function typedAndErased(phrase: string): string[] {
  const typed = values(phrase);
  const final = typed[typed.length - 1]!;
  const erased = Array.from({ length: final.length }, (_, i) => final.slice(0, final.length - 1 - i));
  return [...typed, ...erased];
}

/** The measured keystrokes: `rounds` × the phrases, each a separate burst of typing. */
export function typingScript(rounds: number): string[][] {
  return Array.from({ length: rounds }, () => PHRASES.map(typedAndErased)).flat();
}

export const warmUpScript = (): string[][] => [values(WARM_UP)];

/** The phrases as typed, for the results' meta. */
export const PHRASE_NAMES = ['data migr', 'northwind', 'cloud crm'] as const;
