import { PROBLEM_STATUS, PROBLEM_TITLES } from '../problem.js';
import { buildOpenApiDocument } from './build-openapi.js';
import { operations, type Operation } from './operations.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Text of a JSON value for a table cell. */
const text = (value: Json | undefined): string =>
  typeof value === 'string' ? value : JSON.stringify(value ?? '');

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A one-line type for a JSON Schema node: `string`, `integer ≥ 0`, `Money`, `"a" | "b" | string`… */
function typeOf(node: Json | undefined): string {
  if (!isObject(node)) return 'any';
  if (typeof node.$ref === 'string')
    return `[${node.$ref.split('/').pop()!}](#${node.$ref.split('/').pop()!.toLowerCase()})`;
  if (Array.isArray(node.anyOf)) return node.anyOf.map(typeOf).join(' \\| ');
  if (node.const !== undefined) return `\`${JSON.stringify(node.const)}\``;
  if (Array.isArray(node.enum)) return node.enum.map((v) => `\`${text(v)}\``).join(' \\| ');
  if (node.type === 'array') return `array of ${typeOf(node.items)}`;
  if (node.type === 'object' && isObject(node.properties)) return 'object';
  if (node.type === 'object') return 'map';
  const bits: string[] = [text(node.type ?? 'any')];
  if (typeof node.format === 'string') bits.push(`(${node.format})`);
  if (typeof node.pattern === 'string' && node.format === undefined) {
    bits.push(`matching \`${node.pattern.replaceAll('|', '\\|')}\``);
  }
  if (typeof node.minimum === 'number') bits.push(`≥ ${node.minimum}`);
  if (typeof node.maximum === 'number') bits.push(`≤ ${node.maximum}`);
  if (typeof node.maxLength === 'number') bits.push(`≤ ${node.maxLength} chars`);
  return bits.join(' ');
}

function fieldRows(schema: JsonObject, prefix = ''): string[] {
  const properties = isObject(schema.properties) ? schema.properties : {};
  const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
  const rows: string[] = [];
  for (const [name, node] of Object.entries(properties)) {
    const description = isObject(node) && typeof node.description === 'string' ? node.description : '';
    rows.push(
      `| \`${prefix}${name}\` | ${typeOf(node)} | ${required.has(name) ? 'yes' : ''} | ${description} |`,
    );
    const inner =
      isObject(node) && Array.isArray(node.anyOf)
        ? node.anyOf.find((n) => isObject(n) && n.type === 'object')
        : node;
    if (isObject(inner) && inner.type === 'object' && isObject(inner.properties))
      rows.push(...fieldRows(inner, `${prefix}${name}.`));
    if (
      isObject(inner) &&
      inner.type === 'array' &&
      isObject(inner.items) &&
      isObject(inner.items.properties)
    ) {
      rows.push(...fieldRows(inner.items, `${prefix}${name}[].`));
    }
  }
  return rows;
}

function operationSection(op: Operation, doc: JsonObject): string {
  const lines = [
    `### ${op.summary}`,
    '',
    `\`${op.method.toUpperCase()} ${op.path}\` — ${op.description}`,
    '',
  ];
  lines.push(
    `- **Credentials:** ${op.credentials.length === 0 ? 'none (public)' : op.credentials.join(', ')}${op.scopes.length ? `; scope ${op.scopes.map((s) => `\`${s}\``).join(', ')}` : ''}`,
  );
  if (op.idempotency) lines.push(`- **Idempotency-Key:** ${op.idempotency}`);
  if (op.conditional) lines.push('- **Conditional:** `ETag` / `If-None-Match` → `304`');
  if (op.localized) lines.push('- **Localized:** labels follow `Accept-Language`');
  if (op.requestBody) lines.push(`- **Body:** [${op.requestBody}](#${op.requestBody.toLowerCase()})`);
  lines.push(
    `- **Success:** \`${op.response.status}\` ${op.response.schema === 'svg' ? 'SVG image' : op.response.schema === 'none' ? 'no content' : `[${op.response.schema}](#${op.response.schema.toLowerCase()})`}`,
  );
  lines.push(
    `- **Problems:** ${op.problems.map((code) => `\`${PROBLEM_STATUS[code]} ${code}\``).join(', ')}`,
  );
  const path = (doc.paths as JsonObject)[op.path] as JsonObject;
  const parameters = ((path[op.method] as JsonObject).parameters as JsonObject[]).filter(
    (p) => p.in === 'query',
  );
  if (parameters.length > 0) {
    lines.push('', '| query parameter | type | meaning |', '| --- | --- | --- |');
    for (const p of parameters)
      lines.push(`| \`${text(p.name)}\` | ${typeOf(p.schema)} | ${text(p.description ?? '')} |`);
  }
  return lines.join('\n');
}

/** The Markdown API reference (docs/api-reference.md), generated from the same contract as openapi.json. */
export function buildApiReference(): string {
  const doc = buildOpenApiDocument();
  const schemas = (doc.components as JsonObject).schemas as JsonObject;
  const out = [
    '# Flywheel Partner API v1 — reference',
    '',
    '<!-- Generated from packages/contract by `pnpm openapi`. Do not edit by hand. -->',
    '',
    'Conventions: snake_case JSON, prefixed ids, integer minor-unit money, cursor lists, RFC 9457',
    'problem+json errors with a stable `code`, `Request-Id` on every response, `RateLimit`/`RateLimit-Policy`',
    'headers and `Retry-After` on 429. The machine-readable form is `packages/contract/openapi.json`.',
    '',
    '## Operations',
    '',
    ...(operations as readonly Operation[]).map((op) => `${operationSection(op, doc)}\n`),
    '## Problem codes',
    '',
    '| status | code | meaning |',
    '| --- | --- | --- |',
    ...Object.entries(PROBLEM_TITLES).map(
      ([code, title]) =>
        `| ${PROBLEM_STATUS[code as keyof typeof PROBLEM_STATUS]} | \`${code}\` | ${title} |`,
    ),
    '',
    '## Schemas',
    '',
  ];
  for (const [name, schema] of Object.entries(schemas)) {
    if (!isObject(schema)) continue;
    out.push(`### ${name}`, '');
    if (typeof schema.description === 'string') out.push(schema.description, '');
    if (isObject(schema.properties)) {
      out.push('| field | type | required | notes |', '| --- | --- | --- | --- |', ...fieldRows(schema), '');
    } else {
      out.push(typeOf(schema), '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
