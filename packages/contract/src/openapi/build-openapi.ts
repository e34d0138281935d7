import * as z from 'zod/mini';
import { PROBLEM_STATUS, PROBLEM_TITLES, type ProblemCode } from '../problem.js';
import type { QueryTable } from '../query.js';
import { components } from './components.js';
import { operations, type Operation } from './operations.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export const API_VERSION = '1.0.0';

const SAFE_INT = 9007199254740991;

/** Drops generator noise that says nothing to a reader: `$schema`, `$id`, safe-integer bounds, date regexes. */
function tidy(node: Json): Json {
  if (Array.isArray(node)) return node.map(tidy);
  if (node === null || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$schema' || key === '$id') continue;
    if ((key === 'minimum' && value === -SAFE_INT) || (key === 'maximum' && value === SAFE_INT)) continue;
    if (key === 'pattern' && (node.format === 'date-time' || node.format === 'date')) continue;
    out[key] = tidy(value);
  }
  return out;
}

function schemaComponents(): JsonObject {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(components)) registry.add(schema, { id });
  // `input`: documents what a client or server *accepts* — response objects tolerate extra fields.
  const { schemas } = z.toJSONSchema(registry, {
    uri: (id) => `#/components/schemas/${id}`,
    io: 'input',
    target: 'draft-2020-12',
  }) as { schemas: Record<string, Json> };
  const out: JsonObject = {};
  for (const id of Object.keys(components)) out[id] = tidy(schemas[id] ?? null);
  return out;
}

function queryParameters(table: QueryTable): Json[] {
  return Object.entries(table).map(([name, param]) => {
    const item = tidy(z.toJSONSchema(param.schema, { io: 'input', target: 'draft-2020-12' }) as Json);
    return {
      name,
      in: 'query',
      description: param.description,
      required: false,
      ...(param.multi
        ? { schema: { type: 'array', items: item }, style: 'form', explode: true }
        : { schema: item }),
    };
  });
}

function problemResponses(codes: readonly ProblemCode[]): JsonObject {
  const byStatus = new Map<number, ProblemCode[]>();
  for (const code of codes) {
    const status = PROBLEM_STATUS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const out: JsonObject = {};
  for (const status of [...byStatus.keys()].sort((a, b) => a - b)) {
    const list = byStatus.get(status)!;
    out[String(status)] = {
      description: list.map((code) => `\`${code}\`: ${PROBLEM_TITLES[code]}`).join(' '),
      headers: { 'Request-Id': { $ref: '#/components/headers/RequestId' } },
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
    };
  }
  return out;
}

function successResponse(op: Operation): JsonObject {
  const headers: JsonObject = { 'Request-Id': { $ref: '#/components/headers/RequestId' } };
  if (op.conditional) headers.ETag = { $ref: '#/components/headers/ETag' };
  if (op.credentials.length > 0) {
    headers.RateLimit = { $ref: '#/components/headers/RateLimit' };
    headers['RateLimit-Policy'] = { $ref: '#/components/headers/RateLimitPolicy' };
  }
  if (op.response.schema === 'none') {
    return { [String(op.response.status)]: { description: op.summary, headers } };
  }
  const content: JsonObject =
    op.response.schema === 'svg'
      ? { 'image/svg+xml': { schema: { type: 'string' } } }
      : { 'application/json': { schema: { $ref: `#/components/schemas/${op.response.schema}` } } };
  const out: JsonObject = { [String(op.response.status)]: { description: op.summary, headers, content } };
  if (op.conditional)
    out['304'] = { description: 'Not modified: the `If-None-Match` validator still matches.' };
  return out;
}

function operationObject(op: Operation): JsonObject {
  const parameters: Json[] = [];
  for (const [name, description] of Object.entries(op.pathParams ?? {})) {
    parameters.push({ name, in: 'path', required: true, description, schema: { type: 'string' } });
  }
  if (op.query) parameters.push(...queryParameters(op.query));
  if (op.idempotency) parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });
  if (op.conditional) parameters.push({ $ref: '#/components/parameters/IfNoneMatch' });
  if (op.localized) parameters.push({ $ref: '#/components/parameters/AcceptLanguage' });
  const out: JsonObject = {
    operationId: op.id,
    summary: op.summary,
    description: op.description,
    tags: [op.tag],
    security: op.credentials.length === 0 ? [] : op.credentials.map((name) => ({ [name]: [] })),
    'x-scopes': [...op.scopes],
    parameters,
    responses: { ...successResponse(op), ...problemResponses(op.problems) },
  };
  if (op.idempotency) {
    out['x-idempotency'] = op.idempotency;
  }
  if (op.requestBody) {
    out.requestBody = {
      required: true,
      content: { 'application/json': { schema: { $ref: `#/components/schemas/${op.requestBody}` } } },
    };
  }
  return out;
}

/** The OpenAPI 3.1 document of API v1, generated from the contract's schemas and operation table. */
export function buildOpenApiDocument(): JsonObject {
  const paths: JsonObject = {};
  for (const op of operations as readonly Operation[]) {
    const item = (paths[op.path] ??= {}) as JsonObject;
    item[op.method] = operationObject(op);
  }
  const tags = [...new Set((operations as readonly Operation[]).map((op) => op.tag))].map((name) => ({
    name,
  }));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Flywheel Partner API',
      version: API_VERSION,
      description:
        'The partner-program API behind the Flywheel widgets. snake_case JSON, prefixed ids, integer minor-unit money, cursor lists, RFC 9457 problem+json errors with a stable `code`, `Idempotency-Key` on creates, rate limits with `Retry-After`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: 'http://localhost:4010', description: 'The reference server (`pnpm server`).' }],
    tags,
    paths,
    components: {
      schemas: schemaComponents(),
      securitySchemes: {
        publishableKey: {
          type: 'http',
          scheme: 'bearer',
          description:
            '`pk_…`: public reads and contact requests, bound to an origin allow-list. Safe in a web page.',
        },
        secretKey: {
          type: 'http',
          scheme: 'bearer',
          description:
            '`sk_…`: the platform’s server only. Refused when a browser `Origin` header is present.',
        },
        partnerKey: {
          type: 'http',
          scheme: 'bearer',
          description:
            '`sk_partner_…`: one partner’s portal backend; mints partner sessions for that partner only. A secret: refused from a browser.',
        },
        partnerSession: {
          type: 'http',
          scheme: 'bearer',
          description:
            '`ps_…`: a partner session minted for an embedded widget. Short-lived (15 min by default), scoped, and usable only from the origins it was minted for; an expired one answers `401 session_expired`.',
        },
      },
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: true,
          description:
            'One key per user action, reused across retries. Replays return the first response with `Idempotent-Replayed: true`.',
          schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[A-Za-z0-9_:-]+$' },
        },
        IfNoneMatch: {
          name: 'If-None-Match',
          in: 'header',
          required: false,
          description: 'An `ETag` from an earlier response; answers `304` when unchanged.',
          schema: { type: 'string' },
        },
        AcceptLanguage: {
          name: 'Accept-Language',
          in: 'header',
          required: false,
          description: 'Selects the language of labels (en, de, fr, es, ja, pt-BR, ar); English otherwise.',
          schema: { type: 'string' },
        },
      },
      headers: {
        RequestId: {
          description: 'Identifies the request in logs and support; echoed as `request_id` in problems.',
          schema: { type: 'string' },
        },
        ETag: { description: 'Validator for `If-None-Match`.', schema: { type: 'string' } },
        RateLimit: {
          description: 'Remaining quota and seconds to reset: `"public";r=287;t=42`. Advisory.',
          schema: { type: 'string' },
        },
        RateLimitPolicy: { description: 'Quota policy: `"public";q=300;w=60`.', schema: { type: 'string' } },
      },
    },
  };
}
