import { createHash } from 'node:crypto';
import { ProblemError } from '../http/problem-error.js';
import { canonicalJson } from '../http/canonical-json.js';

/**
 * Cursors are opaque to clients: base64url JSON holding the last row's sort key, the shuffle seed and
 * a hash of the query they belong to. Reusing one with other filters or another sort is a 400.
 */
export interface CursorPayload {
  /** Hash of the query (filters, q, sort, seed). */
  h: string;
  /** The seed in effect, so later pages keep the same shuffle even across midnight. */
  s: number;
  /** The last row's sort key values, in ORDER BY order. */
  k: (string | number)[];
}

export function queryHash(query: unknown): string {
  return createHash('sha256').update(canonicalJson(query)).digest('base64url').slice(0, 22);
}

export function encodeCursor(payload: CursorPayload): string {
  return Buffer.from(JSON.stringify(payload)).toString('base64url');
}

const invalid = (detail: string) =>
  new ProblemError('invalid_cursor', {
    detail,
    errors: [{ pointer: '#/query/cursor', code: 'invalid_value', message: detail }],
  });

/** Decodes a cursor and checks its shape against the sort key types it must hold. */
export function decodeCursor(cursor: string, keyTypes: readonly ('text' | 'bigint')[]): CursorPayload {
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid('The cursor is not one this API issued.');
  }
  const p = payload as Partial<CursorPayload> | null;
  if (
    !p ||
    typeof p.h !== 'string' ||
    !Number.isSafeInteger(p.s) ||
    !Array.isArray(p.k) ||
    p.k.length !== keyTypes.length ||
    !p.k.every((v, i) =>
      keyTypes[i] === 'text'
        ? typeof v === 'string' && v.length <= 200 && !v.includes('\u0000')
        : Number.isSafeInteger(v),
    )
  ) {
    throw invalid('The cursor is not one this API issued.');
  }
  return p as CursorPayload;
}

export function cursorMismatch(): ProblemError {
  return invalid(
    'This cursor belongs to a different query; start again without it when filters or sort change.',
  );
}
