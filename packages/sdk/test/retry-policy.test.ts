import { describe, expect, it } from 'vitest';
import { FlywheelError } from '../src/errors.js';
import { DEFAULT_RETRY, isRetryable, retryDelay } from '../src/retry-policy.js';

const error = (
  status: number,
  code = 'http_error',
  extra: Partial<ConstructorParameters<typeof FlywheelError>[0]> = {},
) => new FlywheelError({ code, message: 'x', status, ...extra });

describe('retry policy', () => {
  it('retries transient failures of idempotent requests only', () => {
    for (const status of [408, 429, 500, 502, 503, 504])
      expect(isRetryable(error(status), true), String(status)).toBe(true);
    for (const status of [400, 401, 403, 404, 412, 422])
      expect(isRetryable(error(status), true), String(status)).toBe(false);
    expect(isRetryable(error(0, 'network_error'), true)).toBe(true);
    expect(isRetryable(error(0, 'timeout'), true)).toBe(true);
    expect(isRetryable(error(503), false)).toBe(false);
    expect(isRetryable(error(0, 'network_error'), false)).toBe(false);
  });

  it('retries a 409 only while the first request with the key is in progress', () => {
    expect(isRetryable(error(409, 'idempotency_request_in_progress'), true)).toBe(true);
    expect(isRetryable(error(409, 'invalid_state_transition'), true)).toBe(false);
  });

  it('retries corrupted bodies, not bodies of the wrong shape', () => {
    expect(isRetryable(error(200, 'invalid_response', { cause: new SyntaxError('x') }), true)).toBe(true);
    expect(isRetryable(error(200, 'invalid_response'), true)).toBe(false);
  });

  it('waits full jitter below a doubling, capped ceiling', () => {
    const options = { ...DEFAULT_RETRY, baseDelayMs: 100, maxDelayMs: 1000 };
    expect(retryDelay(1, error(503), options, () => 0.999)).toBe(99);
    expect(retryDelay(3, error(503), options, () => 0.5)).toBe(200);
    expect(retryDelay(10, error(503), options, () => 0.999)).toBe(999);
    expect(retryDelay(2, error(503), options, () => 0)).toBe(0);
  });

  it('follows Retry-After up to the cap', () => {
    expect(retryDelay(1, error(429, 'rate_limited', { retryAfter: 3 }), DEFAULT_RETRY)).toBe(3000);
    expect(retryDelay(1, error(429, 'rate_limited', { retryAfter: 3600 }), DEFAULT_RETRY)).toBeUndefined();
  });
});
