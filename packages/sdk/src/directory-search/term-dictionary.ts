import { foldedWords } from './fold-text.js';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** ASCII lower-casing of one code unit. */
const lower = (c: number) => (c >= 0x41 && c <= 0x5a ? c | 0x20 : c);

/**
 * Distinct folded words (terms) with dense ids. ASCII text is read in place: each word is
 * lower-cased and hashed while scanning and found in an open-addressing table, so reading allocates
 * nothing but new terms — which keeps index builds of 100,000 entries out of the garbage collector.
 * Other text goes through the full Unicode fold first.
 */
export class TermDictionary {
  readonly terms: string[] = [];
  private hashes = new Int32Array(1024);
  private slots = new Int32Array(2048); // term id + 1; 0 = empty
  private mask = 2047;

  /** Appends the term id of every word of `text`, in order, to `out`. */
  read(text: string, out: number[]): void {
    const first = out.length;
    const length = text.length;
    let start = -1;
    let hash = FNV_OFFSET;
    for (let i = 0; i <= length; i++) {
      const c = i < length ? lower(text.charCodeAt(i)) : 0;
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
        if (start === -1) {
          start = i;
          hash = FNV_OFFSET;
        }
        hash = Math.imul(hash ^ c, FNV_PRIME);
      } else if (c >= 0x80) {
        out.length = first;
        this.readFolded(text, out);
        return;
      } else if (start !== -1) {
        out.push(this.lookup(text, start, i, hash));
        start = -1;
      }
    }
  }

  /** Text beyond ASCII: the full fold (diacritics, Unicode letters), then a lookup per word. */
  private readFolded(text: string, out: number[]): void {
    for (const word of foldedWords(text)) {
      let hash = FNV_OFFSET;
      for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
      out.push(this.lookup(word, 0, word.length, hash));
    }
  }

  /** The id of `source[start, end)` lower-cased (ASCII), added if new. */
  private lookup(source: string, start: number, end: number, hash: number): number {
    const { terms, hashes, slots, mask } = this;
    const length = end - start;
    let slot = hash & mask;
    for (let stored = slots[slot]!; stored !== 0; stored = slots[slot]!) {
      const id = stored - 1;
      if (hashes[id] === hash) {
        const term = terms[id]!;
        if (term.length === length) {
          let i = 0;
          while (i < length && lower(source.charCodeAt(start + i)) === term.charCodeAt(i)) i++;
          if (i === length) return id;
        }
      }
      slot = (slot + 1) & mask;
    }
    const id = terms.length;
    terms.push(source.slice(start, end).toLowerCase());
    if (id === hashes.length) {
      const grown = new Int32Array(hashes.length * 2);
      grown.set(hashes);
      this.hashes = grown;
    }
    this.hashes[id] = hash;
    slots[slot] = id + 1;
    if (terms.length * 2 > mask) this.rehash();
    return id;
  }

  private rehash(): void {
    const size = this.slots.length * 2;
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let id = 0; id < this.terms.length; id++) {
      let slot = this.hashes[id]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }
}
