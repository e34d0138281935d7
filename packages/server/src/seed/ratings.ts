import {
  RATING_MAX,
  RATING_MEAN,
  RATING_MIN,
  RATING_SD,
  REVIEW_COUNT_MEDIAN,
  REVIEW_COUNT_SIGMA,
} from './distributions.js';
import type { Prng } from './prng.js';

/** A review summary for partners and listings alike: mean 4.3, sd 0.4, clamped, one decimal. */
export function randomRating(rng: Prng): { average: number; count: number } {
  const raw = Math.min(RATING_MAX, Math.max(RATING_MIN, rng.normal(RATING_MEAN, RATING_SD)));
  return {
    average: Math.round(raw * 10) / 10,
    count: Math.max(1, Math.round(rng.lognormal(REVIEW_COUNT_MEDIAN, REVIEW_COUNT_SIGMA))),
  };
}
