import * as z from 'zod/mini';
import { ContactRequest, ContactRequestCreate } from '../contact-request.js';
import { DealRegistrationForm } from '../deal-form.js';
import {
  DealCheckRequest,
  DealCheckResult,
  DealRegistration,
  DealRegistrationCreate,
  dealRegistrationHistory,
  dealRegistrationList,
  DealRegistrationEvent,
} from '../deal-registration.js';
import { Me } from '../embed-session.js';
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
  DealRegistrationForm,
  DealRegistrationCreate,
  DealRegistration,
  DealRegistrationList: dealRegistrationList,
  DealRegistrationEvent,
  DealRegistrationHistory: dealRegistrationHistory,
  DealCheckRequest,
  DealCheckResult,
  Me,
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

/** Schemas only the deal registration client needs: a module of their own, so directory pages never load them. */
const DEAL_SCHEMAS: readonly BrowserSchemaName[] = [
  'DealRegistrationForm',
  'DealRegistrationCreate',
  'DealRegistration',
  'DealRegistrationList',
  'DealRegistrationEvent',
  'DealRegistrationHistory',
  'DealCheckRequest',
  'DealCheckResult',
  'Me',
];

function declaration(name: BrowserSchemaName, schema: Json): { text: string; refs: string[] } {
  const refs: string[] = [];
  const body = JSON.stringify(schema, null, 2).replace(
    /\{\s*"\$ref": "#\/components\/schemas\/(\w+)"\s*\}/g,
    (_, ref: string) => {
      refs.push(ref);
      return ref;
    },
  );
  return { text: `export const ${name}: JsonSchema = ${body};`, refs };
}

const HEADER = `// Generated from the contract's zod schemas by \`pnpm openapi\`. Do not edit by hand.
import type { JsonSchema } from '../json-validation/json-schema.js';
`;

/**
 * The generated modules' sources: `src/generated/json-schemas.ts` (the directory's and the contact
 * form's) and `src/generated/deal-json-schemas.ts` (the deal registration client's). One exported
 * constant per schema, referring to each other by identifier, so a bundle keeps only what it uses.
 */
export function browserSchemaModules(): { main: string; deals: string } {
  const schemas = buildBrowserSchemas();
  const names = Object.keys(schemas) as BrowserSchemaName[];
  const main = names
    .filter((name) => !DEAL_SCHEMAS.includes(name))
    .map((name) => declaration(name, schemas[name]));
  const deals = DEAL_SCHEMAS.map((name) => declaration(name, schemas[name]));
  const imported = [
    ...new Set(
      deals.flatMap((d) => d.refs).filter((ref) => !DEAL_SCHEMAS.includes(ref as BrowserSchemaName)),
    ),
  ].sort();
  return {
    main: `${HEADER}\n${main.map((d) => d.text).join('\n\n')}\n`,
    deals: `${HEADER}${imported.length > 0 ? `import { ${imported.join(', ')} } from './json-schemas.js';\n` : ''}\n${deals
      .map((d) => d.text)
      .join('\n\n')}\n`,
  };
}
