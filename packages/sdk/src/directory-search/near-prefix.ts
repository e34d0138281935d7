/** Whether `query`, from offset `qi`, is a prefix of `word` from offset `wi`. */
function restIsPrefix(query: string, qi: number, word: string, wi: number): boolean {
  if (query.length - qi > word.length - wi) return false;
  for (; qi < query.length; qi++, wi++) if (query.charCodeAt(qi) !== word.charCodeAt(wi)) return false;
  return true;
}

/**
 * Whether `query` is within Damerau–Levenshtein distance 1 (one substitution, insertion, deletion
 * or swap of neighbours) of `word` or of one of its prefixes — typing "nortwin" still finds
 * "northwind". Linear in the query's length, no allocation.
 */
export function isNearPrefix(query: string, word: string): boolean {
  const n = query.length;
  const m = word.length;
  let i = 0;
  while (i < n && i < m && query.charCodeAt(i) === word.charCodeAt(i)) i++;
  if (i === n) return true; // an exact prefix
  // A character too many in the query.
  if (restIsPrefix(query, i + 1, word, i)) return true;
  if (i === m) return false;
  return (
    // A wrong character.
    restIsPrefix(query, i + 1, word, i + 1) ||
    // A character missing from the query.
    restIsPrefix(query, i, word, i + 1) ||
    // Two neighbours swapped.
    (i + 1 < n &&
      i + 1 < m &&
      query.charCodeAt(i) === word.charCodeAt(i + 1) &&
      query.charCodeAt(i + 1) === word.charCodeAt(i) &&
      restIsPrefix(query, i + 2, word, i + 2))
  );
}
