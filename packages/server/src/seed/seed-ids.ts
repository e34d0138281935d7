import { flatten } from './flat-string.js';
import type { Prng } from './prng.js';
import { ULID_RANDOM_BYTES, encodeUlid } from './ulid.js';

/** Reused for every id: encodeUlid copies what it needs before returning. */
const scratch = new Uint8Array(ULID_RANDOM_BYTES);

/** A prefixed id whose ULID time is the record's `created_at` and whose random part comes from the seed. */
export function seedId(prefix: 'ptr' | 'lst', createdAtMs: number, rng: Prng): string {
  return flatten(`${prefix}_${encodeUlid(createdAtMs, rng.fillBytes(scratch))}`);
}
