import { abortError, attemptSignal, sleep } from './abortable.js';
import { FlywheelError } from './errors.js';
import { loadValidation } from './load-validation.js';
import type { SessionSource } from './lazy-session.js';
import { isRetryable, retryDelay, type ResolvedRetryOptions } from './retry-policy.js';

/** Told before each retry: for logs and tests (no telemetry is ever sent anywhere). */
export interface RetryInfo {
  method: string;
  path: string;
  /** 1 for the first retry. */
  retry: number;
  delayMs: number;
  error: FlywheelError;
}

export interface TransportConfig {
  apiBase: string;
  /** The bearer key (`pk_…`/`sk_…`), if any. */
  credential: () => string | undefined;
  /** With `fetchSession`: the partner session, sent instead of a key and refreshed when it expires. */
  session?: SessionSource | undefined;
  /** Names the credential in cache keys (a key, or `session`): never a session's secret. */
  identity: string;
  locale: string | undefined;
  fetch: typeof fetch;
  timeoutMs: number;
  retry: ResolvedRetryOptions;
  onRetry: ((info: RetryInfo) => void) | undefined;
  random: () => number;
}

export interface RequestSpec {
  method: 'GET' | 'POST' | 'PATCH';
  /** Path below the API base, e.g. `/v1/partners`. */
  path: string;
  query?: URLSearchParams | undefined;
  body?: unknown;
  idempotencyKey?: string | undefined;
  ifNoneMatch?: string | undefined;
  /** `If-Match` for conditional writes (`PATCH`). */
  ifMatch?: string | undefined;
  signal?: AbortSignal | undefined;
}

export interface TransportResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON; `undefined` for 304. */
  body: unknown;
}

/** One attempt: send, read the whole body, parse JSON. Every failure becomes a FlywheelError. */
async function attempt(
  config: TransportConfig,
  spec: RequestSpec,
  credential: string | undefined,
): Promise<TransportResponse> {
  const url = new URL(`${config.apiBase}${spec.path}`);
  if (spec.query) url.search = spec.query.toString();
  const headers: Record<string, string> = { accept: 'application/json' };
  if (credential) headers.authorization = `Bearer ${credential}`;
  if (config.locale) headers['accept-language'] = config.locale;
  if (spec.idempotencyKey) headers['idempotency-key'] = spec.idempotencyKey;
  if (spec.ifNoneMatch) headers['if-none-match'] = spec.ifNoneMatch;
  if (spec.ifMatch) headers['if-match'] = spec.ifMatch;
  let body: string | undefined;
  if (spec.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(spec.body);
  }

  const timing = attemptSignal(config.timeoutMs, spec.signal);
  let response: Response | undefined;
  let text: string;
  try {
    response = await config.fetch(url, { method: spec.method, headers, body, signal: timing.signal });
    text = await response.text();
  } catch (cause) {
    const status = response?.status ?? 0;
    if (spec.signal?.aborted) throw abortError(spec.signal);
    if (timing.timedOut()) {
      throw new FlywheelError({
        code: 'timeout',
        message: `No answer within ${config.timeoutMs} ms.`,
        status,
        cause,
      });
    }
    throw new FlywheelError({
      code: 'network_error',
      message: 'The network request failed (offline, blocked by CORS, or the connection dropped).',
      status,
      cause,
    });
  } finally {
    timing.dispose();
  }

  const { status, headers: responseHeaders } = response;
  const requestId = responseHeaders.get('request-id') ?? undefined;
  if (status === 304) return { status, headers: responseHeaders, body: undefined };
  if (status < 200 || status >= 300) {
    // Reading a problem+json body takes the validator, loaded on demand (error answers are rare).
    throw await loadValidation().then(
      (validation) => validation.errorFromResponse(status, responseHeaders, text),
      () =>
        new FlywheelError({
          code: 'http_error',
          message: `The server answered HTTP ${status}.`,
          status,
          requestId,
        }),
    );
  }
  try {
    return { status, headers: responseHeaders, body: text === '' ? undefined : JSON.parse(text) };
  } catch (cause) {
    throw new FlywheelError({
      code: 'invalid_response',
      message: 'The response body is not valid JSON.',
      status,
      requestId,
      cause,
    });
  }
}

/**
 * Sends a request, retrying transient failures: reads always, POSTs only with an Idempotency-Key
 * (the same key on every attempt). Waits follow `Retry-After` up to a cap, else full jitter. A
 * `401 session_expired` (refused before anything happened) gets a new session and is sent again,
 * once, whatever the method.
 */
export async function send(config: TransportConfig, spec: RequestSpec): Promise<TransportResponse> {
  const idempotent = spec.method === 'GET' || spec.idempotencyKey !== undefined;
  let refreshed = false;
  for (let retry = 1; ; retry++) {
    const credential = config.session ? await config.session.token() : config.credential();
    try {
      return await attempt(config, spec, credential);
    } catch (error) {
      if (!(error instanceof FlywheelError)) throw error;
      if (error.code === 'session_expired' && config.session && credential && !refreshed) {
        refreshed = true;
        retry--;
        await config.session.refresh(credential);
        continue;
      }
      if (retry > config.retry.limit || !isRetryable(error, idempotent)) throw error;
      const delayMs = retryDelay(retry, error, config.retry, config.random);
      if (delayMs === undefined) throw error;
      config.onRetry?.({ method: spec.method, path: spec.path, retry, delayMs, error });
      await sleep(delayMs, spec.signal);
    }
  }
}
