import type { Prng } from './prng.js';

/**
 * Splits `total` in proportion to `weights` by largest remainder (Hamilton's method): the counts add
 * up to `total` exactly and each is within one of its ideal share.
 */
export function apportion(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  if (sum <= 0 || total <= 0) return weights.map(() => 0);
  const ideal = weights.map((weight) => (weight / sum) * total);
  const counts = ideal.map(Math.floor);
  let left = total - counts.reduce((acc, n) => acc + n, 0);
  // Ties go to the earlier entry, so the split is deterministic without consulting the PRNG.
  const byRemainder = ideal.map((value, i) => ({ i, remainder: value - Math.floor(value) }));
  byRemainder.sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left === 0) break;
    counts[i]!++;
    left--;
  }
  return counts;
}

/**
 * A shuffled sequence holding each value exactly its apportioned number of times. Drawing from a deck
 * instead of sampling independently keeps headline shares (type mix, tier pyramid) exact at any size.
 */
export function quotaDeck<T>(rng: Prng, entries: readonly (readonly [T, number])[], total: number): T[] {
  const counts = apportion(
    entries.map(([, weight]) => weight),
    total,
  );
  const deck: T[] = [];
  entries.forEach(([value], i) => {
    for (let n = 0; n < counts[i]!; n++) deck.push(value);
  });
  return rng.shuffle(deck);
}
