/**
 * ULID encoding (https://github.com/ulid/spec): 48-bit millisecond time + 80 random bits, written as
 * 26 Crockford base32 characters. Randomness is passed in, so the seed generator can feed its PRNG and
 * the server can feed `crypto.getRandomValues` through the same code.
 */

export const ULID_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const ULID_RANDOM_BYTES = 10;
export const ULID_PATTERN = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/;

const MAX_TIME_MS = 2 ** 48 - 1;
const TIME_CHARS = 10;
const ULID_LENGTH = 26;
const ALPHABET_CODES = Array.from(ULID_ALPHABET, (char) => char.charCodeAt(0));

export function encodeUlid(timeMs: number, randomBytes: Uint8Array): string {
  if (!Number.isInteger(timeMs) || timeMs < 0 || timeMs > MAX_TIME_MS) {
    throw new RangeError(`ULID time must be an integer between 0 and 2^48-1, got ${timeMs}`);
  }
  if (randomBytes.length !== ULID_RANDOM_BYTES) {
    throw new RangeError(`ULID needs exactly ${ULID_RANDOM_BYTES} random bytes, got ${randomBytes.length}`);
  }
  // Character codes first, one string at the end: appending char by char builds a rope of string
  // fragments, which costs several times the memory when 100,000 ids are kept.
  const codes = new Array<number>(ULID_LENGTH);
  encodeTime(timeMs, codes);
  encodeRandom(randomBytes, codes);
  return String.fromCharCode(...codes);
}

/** The creation time a ULID carries, in ms since the epoch. */
export function decodeUlidTime(ulid: string): number {
  if (!ULID_PATTERN.test(ulid)) throw new RangeError(`Not a ULID: ${ulid}`);
  let time = 0;
  for (let i = 0; i < TIME_CHARS; i++) {
    // Multiplication, not shifts: 48 bits overflow JavaScript's 32-bit bitwise operators.
    time = time * 32 + ULID_ALPHABET.indexOf(ulid.charAt(i));
  }
  return time;
}

function encodeTime(timeMs: number, codes: number[]): void {
  let rest = timeMs;
  for (let i = TIME_CHARS - 1; i >= 0; i--) {
    const digit = rest % 32;
    codes[i] = ALPHABET_CODES[digit]!;
    rest = (rest - digit) / 32;
  }
}

/** 80 bits → 16 characters, 5 bits at a time, most significant first. */
function encodeRandom(bytes: Uint8Array, codes: number[]): void {
  let position = TIME_CHARS;
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xfff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      codes[position++] = ALPHABET_CODES[(buffer >> bits) & 31]!;
    }
  }
}
