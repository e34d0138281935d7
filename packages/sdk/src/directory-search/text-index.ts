import type { PartnerIndexEntry } from '@flywheel/contract';
import { isNearPrefix } from './near-prefix.js';
import { TermDictionary } from './term-dictionary.js';

/** Where a term occurs, as bits of a posting: name, summary, extra text. */
const IN_NAME = 4;
const IN_SUMMARY = 2;
const IN_EXTRA = 1;
const FIELD_BITS = 3;
const ALL_FIELDS = IN_NAME | IN_SUMMARY | IN_EXTRA;
/** Relevance of one query word by the fields it occurs in: name ×4, summary ×2, extra text ×1. */
const FIELD_WEIGHT = Uint8Array.from(
  { length: 8 },
  (_, mask) => (mask & IN_NAME ? 4 : 0) + (mask & IN_SUMMARY ? 2 : 0) + (mask & IN_EXTRA ? 1 : 0),
);

/** Name bonuses, each above anything the weaker ones and the word weights can add up to. */
const EXACT_NAME_BONUS = 1 << 20;
const NAME_PREFIX_BONUS = 1 << 16;
const NAME_PHRASE_AT_WORD_BONUS = 1 << 9;
const NAME_PHRASE_BONUS = 1 << 8;

/** The shortest query word that may carry a typo. */
const MIN_TYPO_WORD_LENGTH = 4;

/** Entries matching a text query: ascending entry positions, and a score per entry position. */
export interface TextMatch {
  readonly entries: Int32Array;
  readonly count: number;
  /** Relevance by entry position (0 where the entry does not match). */
  readonly scores: Int32Array;
  /** Whether the match needed the one-typo fallback. */
  readonly fuzzy: boolean;
}

/** A run of postings to scan for one query word, keeping only occurrences in `fields`. */
interface PostingSpan {
  readonly from: number;
  readonly to: number;
  readonly fields: number;
}

/**
 * An inverted index over folded words: every distinct word (term) sorted by code units, so the
 * terms a query word is a prefix of form one contiguous range, and their postings one contiguous
 * slice of a single `Int32Array` (entry position << 3 | fields). Names are also kept as one joined
 * string for substring search (scripts written without spaces, such as Japanese).
 */
export class TextIndex {
  readonly size: number;
  private readonly terms: string[];
  /** Postings of term `t` are `postings[termStart[t] .. termStart[t + 1])`, ascending by entry. */
  private readonly termStart: Int32Array;
  private readonly postings: Int32Array;
  /** Terms that occur in some name: the candidates of the typo fallback. */
  private readonly nameTerms: Int32Array;
  /** "\n" + each entry's folded name words joined by " " + "\n"…, and where each name starts. */
  private readonly names: string;
  private readonly nameStart: Int32Array;
  // Scratch space reused by every search (a search allocates only its result).
  private readonly level: Uint8Array;
  private readonly wordFields: Uint8Array;
  private readonly touched: Int32Array;
  private readonly phraseHit: Uint8Array;

  /** Made by {@link TextIndexBuilder.finish}. */
  constructor(parts: TextIndexParts) {
    const n = parts.size;
    this.size = n;
    this.terms = parts.terms;
    this.termStart = parts.termStart;
    this.postings = parts.postings;
    this.nameTerms = parts.nameTerms;
    this.names = parts.names;
    this.nameStart = parts.nameStart;
    this.level = new Uint8Array(n);
    this.wordFields = new Uint8Array(n);
    this.touched = new Int32Array(n);
    this.phraseHit = new Uint8Array(n);
  }

  /**
   * Entries where every word is a prefix of a word of the name, summary or extra text, or whose
   * name contains the words as one phrase. When words match nothing, retries once allowing one typo
   * per word of {@link MIN_TYPO_WORD_LENGTH}+ characters against name words.
   */
  search(words: readonly string[]): TextMatch {
    const exact = this.run(
      words,
      words.map((word) => [this.prefixSpan(word)]),
    );
    if (exact.count > 0 || !words.some((word) => word.length >= MIN_TYPO_WORD_LENGTH)) return exact;
    return this.run(
      words,
      words.map((word) => this.fuzzySpans(word)),
      true,
    );
  }

  /** The postings of every term `word` is a prefix of. */
  private prefixSpan(word: string): PostingSpan {
    const lo = this.lowerBound(word);
    let hi = lo;
    const terms = this.terms;
    // Terms sharing the prefix are contiguous; gallop, then binary search the end.
    let step = 1;
    while (hi + step <= terms.length && terms[hi + step - 1]!.startsWith(word)) {
      hi += step;
      step *= 2;
    }
    let top = Math.min(terms.length, hi + step - 1);
    while (hi < top) {
      const mid = (hi + top) >>> 1;
      if (terms[mid]!.startsWith(word)) hi = mid + 1;
      else top = mid;
    }
    return { from: this.termStart[lo]!, to: this.termStart[hi]!, fields: ALL_FIELDS };
  }

  private lowerBound(word: string): number {
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.terms[mid]! < word) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Exact prefixes anywhere, plus name words within one typo of the word or of a prefix of it. */
  private fuzzySpans(word: string): PostingSpan[] {
    const spans = [this.prefixSpan(word)];
    if (word.length < MIN_TYPO_WORD_LENGTH) return spans;
    const first = word.charCodeAt(0);
    const second = word.charCodeAt(1);
    for (const t of this.nameTerms) {
      const term = this.terms[t]!;
      if (term.length < word.length - 1) continue;
      // One edit keeps the word's first or second character among the term's first two.
      const c0 = term.charCodeAt(0);
      const c1 = term.charCodeAt(1);
      if (c0 !== first && c0 !== second && c1 !== first && c1 !== second) continue;
      if (isNearPrefix(word, term)) {
        spans.push({ from: this.termStart[t]!, to: this.termStart[t + 1]!, fields: IN_NAME });
      }
    }
    return spans;
  }

  private run(words: readonly string[], spansPerWord: readonly PostingSpan[][], fuzzy = false): TextMatch {
    const n = this.size;
    const { level, wordFields, touched, phraseHit, postings } = this;
    const scores = new Int32Array(n);
    level.fill(0);
    phraseHit.fill(0);
    // Rarest word first: later words only revisit entries every earlier word matched.
    const order = spansPerWord
      .map((spans, index) => ({ spans, size: spans.reduce((sum, s) => sum + s.to - s.from, 0), index }))
      .sort((a, b) => a.size - b.size || a.index - b.index);
    let matchedAll = order.length > 0;
    for (let k = 0; k < order.length && matchedAll; k++) {
      let touchedCount = 0;
      for (const { from, to, fields } of order[k]!.spans) {
        for (let p = from; p < to; p++) {
          const posting = postings[p]!;
          const mask = posting & fields;
          if (mask === 0) continue;
          const e = posting >>> FIELD_BITS;
          const at = level[e]!;
          if (at === k) {
            level[e] = k + 1;
            wordFields[e] = mask;
            touched[touchedCount++] = e;
          } else if (at === k + 1) {
            wordFields[e]! |= mask;
          }
        }
      }
      for (let i = 0; i < touchedCount; i++) {
        const e = touched[i]!;
        scores[e]! += FIELD_WEIGHT[wordFields[e]!]!;
      }
      if (touchedCount === 0) matchedAll = false;
    }
    const target = matchedAll ? order.length : -1;
    if (!fuzzy) this.matchPhrase(words.join(' '), scores);

    const entries = new Int32Array(n);
    let count = 0;
    for (let e = 0; e < n; e++) {
      if (level[e] === target || phraseHit[e] === 1) entries[count++] = e;
      else scores[e] = 0;
    }
    return { entries: count === n ? entries : entries.slice(0, count), count, scores, fuzzy };
  }

  /** Marks names containing `phrase` and adds the name bonuses: exact, prefix, at a word, inside. */
  private matchPhrase(phrase: string, scores: Int32Array): void {
    if (phrase.length === 0) return;
    const { names, nameStart, phraseHit } = this;
    const spaced = ` ${phrase}`;
    // The next occurrence of the phrase at a word start; `at` only grows, so this cursor only grows.
    let spacedAt = -2;
    let e = 0;
    let at = names.indexOf(phrase, 1);
    while (at !== -1) {
      while (nameStart[e + 1]! <= at) e++;
      const start = nameStart[e]!;
      const end = nameStart[e + 1]! - 1; // the "\n" after the name
      let bonus: number;
      if (at === start) bonus = at + phrase.length === end ? EXACT_NAME_BONUS : NAME_PREFIX_BONUS;
      else {
        if (spacedAt !== -1 && spacedAt < at - 1) spacedAt = names.indexOf(spaced, at - 1);
        bonus =
          spacedAt !== -1 && spacedAt + spaced.length <= end ? NAME_PHRASE_AT_WORD_BONUS : NAME_PHRASE_BONUS;
      }
      phraseHit[e] = 1;
      scores[e]! += bonus;
      at = names.indexOf(phrase, end + 1);
    }
  }
}

/** A copy of `array` with room for `capacity` items. */
function grown(array: Int32Array, capacity: number): Int32Array<ArrayBuffer>;
function grown(array: Uint8Array, capacity: number): Uint8Array<ArrayBuffer>;
function grown(
  array: Int32Array | Uint8Array,
  capacity: number,
): Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer> {
  const copy = array instanceof Int32Array ? new Int32Array(capacity) : new Uint8Array(capacity);
  copy.set(array);
  return copy;
}

/** What {@link TextIndexBuilder} hands to the index. */
interface TextIndexParts {
  readonly size: number;
  readonly terms: string[];
  readonly termStart: Int32Array;
  readonly postings: Int32Array;
  readonly nameTerms: Int32Array;
  readonly names: string;
  readonly nameStart: Int32Array;
}

/**
 * Indexes each entry's name, summary and `extraText`: reads the entries all at once (`finish`) or a
 * slice at a time (`read`), so a large index can be read between other work; `finish` then sorts the
 * terms and lays out the postings.
 */
export class TextIndexBuilder {
  /** The next entry to read. */
  private next = 0;
  private readonly dictionary = new TermDictionary();
  private lastEntry = new Int32Array(1024); // per term: the last entry that used it, + 1
  private fieldsOf = new Uint8Array(1024); // per term: the fields it occurs in for that entry
  private pairTerms = new Int32Array(16_384);
  private pairValues = new Int32Array(16_384);
  private pairs = 0;
  private readonly nameParts: string[] = [];
  private readonly nameStart: Int32Array;
  private offset = 1;
  private readonly words: number[] = [];
  /** The terms by code units, and each term's rank there (set by {@link sortTerms}). */
  private sorted: { order: number[]; rankOf: Int32Array } | undefined;

  constructor(
    private readonly entries: readonly PartnerIndexEntry[],
    private readonly extraText?: (entry: PartnerIndexEntry) => string,
  ) {
    this.nameStart = new Int32Array(entries.length + 1);
  }

  /** Whether every entry has been read. */
  get done(): boolean {
    return this.next >= this.entries.length;
  }

  /** Reads up to `count` more entries. */
  read(count: number): void {
    const { entries, extraText, dictionary, nameParts, nameStart, words } = this;
    const terms = dictionary.terms;
    let { lastEntry, fieldsOf, pairTerms, pairValues, pairs, offset } = this;
    const end = Math.min(entries.length, this.next + count);
    for (let e = this.next; e < end; e++) {
      const entry = entries[e]!;
      words.length = 0;
      dictionary.read(entry.name, words);
      const nameWords = words.length;
      dictionary.read(entry.summary, words);
      const summaryWords = words.length;
      if (extraText) dictionary.read(extraText(entry), words);
      if (terms.length > lastEntry.length) {
        const capacity = Math.max(lastEntry.length * 2, terms.length);
        lastEntry = grown(lastEntry, capacity);
        fieldsOf = grown(fieldsOf, capacity);
      }
      if (pairs + words.length > pairTerms.length) {
        const capacity = Math.max(pairTerms.length * 2, pairs + words.length);
        pairTerms = grown(pairTerms, capacity);
        pairValues = grown(pairValues, capacity);
      }
      // One posting per distinct term of the entry, with the fields it occurs in.
      const first = pairs;
      for (let w = 0; w < words.length; w++) {
        const id = words[w]!;
        const field = w < nameWords ? IN_NAME : w < summaryWords ? IN_SUMMARY : IN_EXTRA;
        if (lastEntry[id] !== e + 1) {
          lastEntry[id] = e + 1;
          fieldsOf[id] = field;
          pairTerms[pairs++] = id;
        } else {
          fieldsOf[id]! |= field;
        }
      }
      for (let i = first; i < pairs; i++) pairValues[i] = (e << FIELD_BITS) | fieldsOf[pairTerms[i]!]!;

      let name = '';
      for (let w = 0; w < nameWords; w++) name += w === 0 ? terms[words[w]!]! : ` ${terms[words[w]!]!}`;
      nameStart[e] = offset;
      nameParts.push(name);
      offset += name.length + 1;
    }
    this.lastEntry = lastEntry;
    this.fieldsOf = fieldsOf;
    this.pairTerms = pairTerms;
    this.pairValues = pairValues;
    this.pairs = pairs;
    this.offset = offset;
    this.next = end;
  }

  /** Whether {@link sortTerms} has run (a step of its own, as it costs as much as many reads). */
  get termsSorted(): boolean {
    return this.sorted !== undefined;
  }

  /** Reads what is left and sorts the terms by code units. */
  sortTerms(): void {
    if (this.sorted) return;
    this.read(Infinity);
    const terms = this.dictionary.terms;
    const order = terms
      .map((_, id) => id)
      .sort((a, b) => {
        const x = terms[a]!;
        const y = terms[b]!;
        return x < y ? -1 : x > y ? 1 : 0;
      });
    const rankOf = new Int32Array(order.length);
    order.forEach((id, rank) => (rankOf[id] = rank));
    this.sorted = { order, rankOf };
  }

  /** Reads what is left, sorts the terms and returns the index: postings placed by term rank. */
  finish(): TextIndex {
    this.sortTerms();
    const { pairTerms, pairValues, pairs, nameStart } = this;
    const { order, rankOf } = this.sorted!;
    const terms = this.dictionary.terms;
    const n = this.entries.length;
    nameStart[n] = this.offset;

    // Place every posting by a counting sort on its term's rank.
    const termStart = new Int32Array(order.length + 1);
    for (let i = 0; i < pairs; i++) termStart[rankOf[pairTerms[i]!]! + 1]!++;
    for (let t = 0; t < order.length; t++) termStart[t + 1]! += termStart[t]!;
    const fill = termStart.slice(0, order.length);
    const postings = new Int32Array(pairs);
    const nameTerms: number[] = [];
    for (let i = 0; i < pairs; i++) {
      const rank = rankOf[pairTerms[i]!]!;
      postings[fill[rank]!++] = pairValues[i]!;
    }
    for (let t = 0; t < order.length; t++) {
      for (let p = termStart[t]!; p < termStart[t + 1]!; p++) {
        if (postings[p]! & IN_NAME) {
          nameTerms.push(t);
          break;
        }
      }
    }
    return new TextIndex({
      size: n,
      terms: order.map((id) => terms[id]!),
      termStart,
      postings,
      nameTerms: Int32Array.from(nameTerms),
      names: `\n${this.nameParts.join('\n')}\n`,
      nameStart,
    });
  }
}
