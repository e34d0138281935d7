import type { SqlParams } from './sql-params.js';

/** Words of a query: letters and digits only, lower-cased, so they are safe inside a tsquery. */
export function queryWords(q: string): string[] {
  return (
    q
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, 12) ?? []
  );
}

/** How close a misspelt name must be to still match (pg_trgm word similarity, 0–1). */
const TYPO_SIMILARITY = 0.5;
/** Weights of {D: description, C: expertise/industry labels, B: summary, A: name}: name ×4, summary ×2. */
const RANK_WEIGHTS = '{0.25,0.25,0.5,1.0}';

export interface TextSearch {
  /** Condition a partner must meet to match. */
  match: string;
  /** An integer relevance score, higher is better (an integer so cursors compare exactly). */
  score: string;
}

/**
 * Full-text search over the weighted search document with prefix matching on every word, plus
 * typo tolerance on names through trigram word similarity, plus substring matching on names
 * (for scripts without spaces, such as Japanese).
 */
export function textSearch(q: string, sql: SqlParams): TextSearch | null {
  const words = queryWords(q);
  if (words.length === 0) return null;
  const tsquery = sql.add(words.map((word) => `${word}:*`).join(' & '));
  const phrase = sql.add(words.join(' '));
  const like = sql.add(`%${words.join(' ').replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
  const prefix = sql.add(`${words.join(' ')}%`);
  return {
    match: `(p.search_document @@ to_tsquery('simple', ${tsquery})
      OR p.sort_name LIKE ${like}
      OR word_similarity(${phrase}, p.sort_name) >= ${TYPO_SIMILARITY})`,
    score: `((ts_rank('${RANK_WEIGHTS}', p.search_document, to_tsquery('simple', ${tsquery})) * 1000000)::bigint
      + (word_similarity(${phrase}, p.sort_name) * 500000)::bigint
      + CASE WHEN p.sort_name LIKE ${prefix} THEN 1000000 ELSE 0 END)`,
  };
}
