import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError } from '../http/problem-error.js';

export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Reads a JSON object body: `415` unless `Content-Type` is JSON, `413` past 64 KiB, `400` for
 * malformed JSON or a non-object. The parsed value is stored as `body`; schemas validate it later.
 * With `optional`, a request without a body (no type, no length) counts as `{}`.
 */
export function jsonBody(options: { optional?: boolean } = {}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const type = c.req.header('content-type') ?? '';
    // Action endpoints take an optional body: none at all is an empty object.
    if (options.optional && type === '' && (c.req.header('content-length') ?? '0') === '0') {
      c.set('body', {});
      await next();
      return;
    }
    if (!/^application\/([a-z.+-]*\+)?json\s*(;|$)/i.test(type)) {
      throw new ProblemError('unsupported_media_type', {
        detail: 'Send the body as `Content-Type: application/json`.',
      });
    }
    const declared = Number(c.req.header('content-length') ?? '0');
    if (declared > MAX_BODY_BYTES) throw tooLarge();
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.byteLength > MAX_BODY_BYTES) throw tooLarge();
    let body: unknown;
    try {
      body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch (error) {
      throw new ProblemError('invalid_request', {
        detail: `The body is not valid JSON: ${error instanceof Error ? error.message : 'parse error'}.`,
      });
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw new ProblemError('invalid_request', { detail: 'The body must be a JSON object.' });
    }
    c.set('body', body);
    await next();
  };
}

const tooLarge = () =>
  new ProblemError('payload_too_large', { detail: `The body may be at most ${MAX_BODY_BYTES} bytes.` });
