/** Latency statistics over samples in milliseconds, by the nearest-rank method. */
export interface LatencySummary {
  readonly count: number;
  readonly min: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
}

/**
 * The nearest-rank percentile: the smallest sample such that at least `p` percent of the samples are
 * less than or equal to it (rank ⌈p/100 · n⌉ in the ascending order). No interpolation, so the result
 * is always a latency that was actually observed.
 */
export function percentile(sortedAscending: readonly number[], p: number): number {
  if (sortedAscending.length === 0) throw new Error('percentile of no samples');
  if (!(p > 0 && p <= 100)) throw new Error(`percentile must be in (0, 100], got ${p}`);
  const rank = Math.ceil((p / 100) * sortedAscending.length);
  return sortedAscending[rank - 1]!;
}

export function summarize(samplesMs: readonly number[]): LatencySummary {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return {
    count: sorted.length,
    min: sorted[0] ?? Number.NaN,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1]!,
    mean: sorted.reduce((sum, x) => sum + x, 0) / sorted.length,
  };
}

/** Rounds a figure for the results file: milliseconds to 0.001, rates to 0.1. */
export const round = (value: number, digits: number): number => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

/** A summary with every figure rounded to the microsecond, for the results file. */
export const roundSummary = (summary: LatencySummary): LatencySummary => ({
  count: summary.count,
  min: round(summary.min, 3),
  p50: round(summary.p50, 3),
  p95: round(summary.p95, 3),
  p99: round(summary.p99, 3),
  max: round(summary.max, 3),
  mean: round(summary.mean, 3),
});
