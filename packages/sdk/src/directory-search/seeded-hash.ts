/** 32-bit FNV-1a of a string's code units: computed once per entry id. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * The fair-shuffle position of an entry for `seed` (murmur3's finalizer over the id hash mixed with
 * the seed): the same seed always yields the same order, another seed another order.
 */
export function seededHash(seed: number, idHash: number): number {
  let x = (idHash ^ Math.imul(seed | 0, 0x9e3779b1)) >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}
