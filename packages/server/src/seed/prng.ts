/**
 * A small seeded PRNG (sfc32, seeded through splitmix32) with the sampling helpers the seed needs.
 * Math.random is never used: the same seed must give byte-identical catalogs everywhere.
 */

export interface WeightedTable<T> {
  readonly values: readonly T[];
  /** Running totals of the weights, for a binary search on each pick. */
  readonly cumulative: Float64Array;
  readonly total: number;
}

/** Builds a reusable table once, so hot loops pick in O(log n) without re-summing weights. */
export function weightedTable<T>(entries: readonly (readonly [T, number])[]): WeightedTable<T> {
  const values: T[] = [];
  const cumulative = new Float64Array(entries.length);
  let total = 0;
  entries.forEach(([value, weight], i) => {
    if (!(weight >= 0) || !Number.isFinite(weight)) throw new RangeError(`Bad weight ${weight}`);
    total += weight;
    values.push(value);
    cumulative[i] = total;
  });
  if (total <= 0) throw new RangeError('A weighted table needs a positive total weight');
  return { values, cumulative, total };
}

/** 32-bit FNV-1a, to turn stream names into seed material. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spareNormal: number | null = null;

  /**
   * `stream` names an independent sequence for the same seed, so adding draws to one generator
   * (listings, say) never shifts the values another one (partners) sees.
   */
  constructor(seed: number, stream = '') {
    if (!Number.isSafeInteger(seed)) throw new RangeError(`Seed must be a safe integer, got ${seed}`);
    const low = seed >>> 0;
    const high = Math.floor(seed / 2 ** 32) >>> 0;
    let state = (low ^ Math.imul(high, 0x9e3779b9) ^ hashString(stream)) >>> 0;
    const splitmix = (): number => {
      state = (state + 0x9e3779b9) | 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = splitmix();
    this.b = splitmix();
    this.c = splitmix();
    this.d = splitmix();
    // sfc32's first outputs are weakly mixed; discarding a few is the customary warm-up.
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform in [min, max). */
  between(min: number, max: number): number {
    return min + (max - min) * this.float();
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Cannot pick from an empty list');
    return items[Math.floor(this.float() * items.length)]!;
  }

  weighted<T>(table: WeightedTable<T>): T {
    return table.values[this.weightedIndex(table)]!;
  }

  weightedIndex(table: WeightedTable<unknown>): number {
    const target = this.float() * table.total;
    const { cumulative } = table;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (cumulative[mid]! > target) high = mid;
      else low = mid + 1;
    }
    return low;
  }

  /** Up to `count` distinct values, likelier ones first more often (weighted, without replacement). */
  weightedSample<T>(table: WeightedTable<T>, count: number): T[] {
    const wanted = Math.min(count, table.values.length);
    // Wanted counts are small (≤ 12), so a linear `includes` beats a Set and allocates less.
    const chosen: number[] = [];
    // Rejection is cheap while the wanted share is small; fall back to a scan so a tiny table
    // dominated by one weight cannot loop for long.
    for (let attempts = 0; chosen.length < wanted && attempts < wanted * 20; attempts++) {
      const index = this.weightedIndex(table);
      if (!chosen.includes(index)) chosen.push(index);
    }
    for (let i = 0; chosen.length < wanted; i++) {
      if (!chosen.includes(i)) chosen.push(i);
    }
    return chosen.map((i) => table.values[i]!);
  }

  /** Fisher–Yates on a copy. */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.float() * (i + 1));
      const tmp = out[i]!;
      out[i] = out[j]!;
      out[j] = tmp;
    }
    return out;
  }

  /** `count` distinct items in random order (partial Fisher–Yates). */
  sample<T>(items: readonly T[], count: number): T[] {
    const out = items.slice();
    const wanted = Math.min(count, out.length);
    for (let i = 0; i < wanted; i++) {
      const j = i + Math.floor(this.float() * (out.length - i));
      const tmp = out[i]!;
      out[i] = out[j]!;
      out[j] = tmp;
    }
    return out.slice(0, wanted);
  }

  /** Standard normal by Box–Muller, keeping the second value for the next call. */
  normal(mean = 0, sd = 1): number {
    if (this.spareNormal !== null) {
      const spare = this.spareNormal;
      this.spareNormal = null;
      return mean + sd * spare;
    }
    const u = 1 - this.float(); // (0, 1]: log(0) would be -Infinity
    const v = this.float();
    const radius = Math.sqrt(-2 * Math.log(u));
    this.spareNormal = radius * Math.sin(2 * Math.PI * v);
    return mean + sd * radius * Math.cos(2 * Math.PI * v);
  }

  /** Lognormal given its median and the sd of its logarithm. */
  lognormal(median: number, sigma: number): number {
    return median * Math.exp(this.normal(0, sigma));
  }

  /** Fills `target` with random bytes (callers reuse one buffer rather than allocating per id). */
  fillBytes(target: Uint8Array): Uint8Array {
    for (let i = 0; i < target.length; i += 4) {
      const word = this.nextUint32();
      for (let k = 0; k < 4 && i + k < target.length; k++) target[i + k] = (word >>> (8 * k)) & 0xff;
    }
    return target;
  }
}
