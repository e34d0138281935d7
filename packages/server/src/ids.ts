import { randomBytes } from 'node:crypto';
import { ULID_RANDOM_BYTES, encodeUlid } from './seed/ulid.js';

/** A new prefixed id (`creq_…`, `req_…`): the prefix names the type, the ULID sorts by creation time. */
export function newId(prefix: string, now: Date = new Date()): string {
  return `${prefix}_${encodeUlid(now.getTime(), randomBytes(ULID_RANDOM_BYTES))}`;
}
