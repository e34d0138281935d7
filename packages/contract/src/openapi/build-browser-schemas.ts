import * as z from 'zod/mini';
import { ContactRequest, ContactRequestCreate } from '../contact-request.js';
import { ListingSummary } from '../listing.js';
import { FacetValue } from '../list.js';
import { Partner, PartnerSummary } from '../partner.js';
import { PartnerIndex, PartnerIndexEntry } from '../partner-index.js';
import {
  CountryCode,
  DateOnly,
  Key,
  LanguageTag,
  Money,
  Rating,
  Slug,
  Timestamp,
  WebUrl,
} from '../primitives.js';
import { FieldError, Problem } from '../problem.js';
import { partnerList } from '../responses.js';
import { Taxonomy } from '../taxonomy.js';

/**
 * Schemas the browser validates with `validateJson` instead of zod (decision 0006). Primitives are
 * named too, so the long patterns (timestamps) appear once in the generated module.
 */
const browserSchemas = {
  Timestamp,
  DateOnly,
  WebUrl,
  Key,
  Slug,
  CountryCode,
  LanguageTag,
  Rating,
  Money,
  FieldError,
  Problem,
  FacetValue,
  ListingSummary,
  PartnerSummary,
  PartnerList: partnerList,
  Partner,
  PartnerIndexEntry,
  PartnerIndex,
  Taxonomy,
  ContactRequestCreate,
  ContactRequest,
} satisfies Record<string, z.core.$ZodType>;

export type BrowserSchemaName = keyof typeof browserSchemas;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const SAFE_INT = 9007199254740991;

function tidy(node: Json): Json {
  if (Array.isArray(node)) return node.map(tidy);
  if (node === null || typeof node !== 'object') return node;
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$schema' || key === '$id' || key === 'description') continue;
    if ((key === 'minimum' && value === -SAFE_INT) || (key === 'maximum' && value === SAFE_INT)) continue;
    out[key] = tidy(value);
  }
  return out;
}

/** JSON Schemas of the browser-validated types, with `x-trim` where zod trims before checking. */
export function buildBrowserSchemas(): Record<BrowserSchemaName, Json> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(browserSchemas)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    uri: (id) => `#/components/schemas/${id}`,
    // What a client accepts: response objects tolerate extra fields; request objects are strict.
    io: 'input',
    target: 'draft-2020-12',
    override: (ctx) => {
      const checks =
        (ctx.zodSchema._zod.def as { checks?: { _zod: { def: { check: string } } }[] }).checks ?? [];
      if (checks.some((check) => check._zod.def.check === 'overwrite')) {
        (ctx.jsonSchema as Record<string, unknown>)['x-trim'] = true;
      }
    },
  }) as { schemas: Record<string, Json> };
  const out = {} as Record<BrowserSchemaName, Json>;
  for (const id of Object.keys(browserSchemas) as BrowserSchemaName[]) out[id] = tidy(schemas[id] ?? null);
  return out;
}

/**
 * The generated module's source (src/generated/json-schemas.ts): one exported constant per schema,
 * referring to each other by identifier, so a bundle keeps only the schemas it validates with.
 */
export function browserSchemasModule(): string {
  const schemas = buildBrowserSchemas();
  const declarations = (Object.keys(schemas) as BrowserSchemaName[]).map((name) => {
    const body = JSON.stringify(schemas[name], null, 2).replace(
      /\{\s*"\$ref": "#\/components\/schemas\/(\w+)"\s*\}/g,
      (_, ref: string) => ref,
    );
    return `export const ${name}: JsonSchema = ${body};`;
  });
  return `// Generated from the contract's zod schemas by \`pnpm openapi\`. Do not edit by hand.
import type { JsonSchema } from '../json-validation/json-schema.js';

${declarations.join('\n\n')}
`;
}
