import type { FlywheelError } from './errors.js';

export interface RetryOptions {
  /** Retries after the first attempt. Default 3. */
  limit?: number;
  /** First backoff ceiling in ms; doubles per retry. Default 300. */
  baseDelayMs?: number;
  /** Ceiling of any computed backoff in ms. Default 5,000. */
  maxDelayMs?: number;
  /** Longest `Retry-After` the client waits for; a longer one is surfaced as the error. Default 20,000. */
  maxRetryAfterMs?: number;
}

export type ResolvedRetryOptions = Required<RetryOptions>;

export const DEFAULT_RETRY: ResolvedRetryOptions = {
  limit: 3,
  baseDelayMs: 300,
  maxDelayMs: 5_000,
  maxRetryAfterMs: 20_000,
};

const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);
const TRANSIENT_CODES = new Set(['network_error', 'timeout']);

/**
 * Whether a failed attempt may be repeated. Reads are idempotent; a POST only when it carries an
 * `Idempotency-Key` (the server then runs it at most once). A 409 is retried only when the server
 * says the first request with the key is still running.
 */
export function isRetryable(error: FlywheelError, idempotent: boolean): boolean {
  if (!idempotent) return false;
  if (TRANSIENT_CODES.has(error.code)) return true;
  if (error.code === 'invalid_response' && error.status >= 200 && error.status < 300) {
    // A truncated or corrupted body: the bytes, not the server's answer, were wrong.
    return error.cause instanceof SyntaxError;
  }
  if (error.status === 409) return error.code === 'idempotency_request_in_progress';
  return RETRYABLE_STATUS.has(error.status);
}

/**
 * The wait before retry number `retry` (1-based): the server's `Retry-After` when it sent one
 * (or `undefined` when it exceeds the cap: then the caller gives up and reports it), otherwise full
 * jitter — a uniform random wait below an exponentially growing, capped ceiling.
 */
export function retryDelay(
  retry: number,
  error: FlywheelError,
  options: ResolvedRetryOptions,
  random: () => number = Math.random,
): number | undefined {
  if (error.retryAfter !== undefined) {
    const ms = error.retryAfter * 1000;
    return ms <= options.maxRetryAfterMs ? ms : undefined;
  }
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (retry - 1));
  return Math.floor(random() * ceiling);
}
