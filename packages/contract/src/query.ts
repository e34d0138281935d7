import type * as z from 'zod/mini';
import type { FieldError } from './problem.js';
import { fieldErrorsFrom } from './field-errors.js';

/**
 * Query parameters are declared once, as a table, and that table drives the server's parser, the
 * SDK's serializer and the OpenAPI parameter list — so the three never disagree.
 */

type Decoder = 'string' | 'int' | 'boolean';

export interface QueryParam<T, M extends boolean> {
  readonly multi: M;
  readonly decoder: Decoder;
  readonly schema: z.ZodMiniType<T>;
  readonly description: string;
}

export type QueryTable = Record<string, QueryParam<unknown, boolean>>;

/** The typed values of a query table: `multi` params are arrays, all are optional. */
export type QueryValues<T extends QueryTable> = {
  -readonly [K in keyof T]?: T[K] extends QueryParam<infer V, infer M> ? (M extends true ? V[] : V) : never;
};

/** At most this many values per repeatable parameter, so a crafted URL cannot fan out a query. */
export const MAX_VALUES_PER_PARAM = 50;

export function single<T>(schema: z.ZodMiniType<T>, description: string, decoder: Decoder = 'string') {
  return { multi: false, decoder, schema, description } as const satisfies QueryParam<T, false>;
}

export function multi<T>(schema: z.ZodMiniType<T>, description: string) {
  return { multi: true, decoder: 'string', schema, description } as const satisfies QueryParam<T, true>;
}

function decode(raw: string, decoder: Decoder): unknown {
  if (decoder === 'int') return /^-?\d{1,15}$/.test(raw) ? Number(raw) : raw;
  if (decoder === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  return raw;
}

export type QueryParseResult<T extends QueryTable> =
  { ok: true; value: QueryValues<T> } | { ok: false; errors: FieldError[] };

/**
 * Parses URL search params against a table. Unknown parameters, repeated single parameters and
 * invalid values all become field errors pointing at `#/query/<name>`; nothing is silently ignored.
 * Repeatable parameters accept both `a=x&a=y` and `a=x,y`.
 */
export function parseQuery<T extends QueryTable>(table: T, params: URLSearchParams): QueryParseResult<T> {
  const errors: FieldError[] = [];
  const value: Record<string, unknown> = {};
  const names = new Set(params.keys());
  for (const name of names) {
    const pointer = `#/query/${name}`;
    if (!Object.hasOwn(table, name)) {
      errors.push({ pointer, code: 'unknown_field', message: `Unknown query parameter "${name}".` });
      continue;
    }
    const param = table[name]!;
    const raws = params.getAll(name);
    if (!param.multi) {
      if (raws.length > 1) {
        errors.push({ pointer, code: 'repeated', message: `"${name}" may appear only once.` });
        continue;
      }
      const decoded = decode(raws[0]!, param.decoder);
      const result = param.schema.safeParse(decoded);
      if (result.success) value[name] = result.data;
      else errors.push(...fieldErrorsFrom(result.error, decoded, pointer));
      continue;
    }
    const items = [
      ...new Set(
        raws
          .flatMap((raw) => raw.split(','))
          .map((item) => item.trim())
          .filter((item) => item !== ''),
      ),
    ];
    if (items.length > MAX_VALUES_PER_PARAM) {
      errors.push({
        pointer,
        code: 'too_big',
        message: `At most ${MAX_VALUES_PER_PARAM} values for "${name}".`,
      });
      continue;
    }
    const parsed: unknown[] = [];
    items.forEach((item, index) => {
      const decoded = decode(item, param.decoder);
      const result = param.schema.safeParse(decoded);
      if (result.success) parsed.push(result.data);
      else errors.push(...fieldErrorsFrom(result.error, decoded, `${pointer}/${index}`));
    });
    if (parsed.length > 0) value[name] = parsed;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: value as QueryValues<T> };
}

/** Serializes typed values in table order; arrays become repeated parameters. */
export function encodeQuery<T extends QueryTable>(table: T, values: QueryValues<T>): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of Object.keys(table)) {
    const v = (values as Record<string, string | number | boolean | (string | number)[] | undefined>)[name];
    if (v === undefined) continue;
    if (Array.isArray(v)) for (const item of v) params.append(name, String(item));
    else params.append(name, String(v));
  }
  return params;
}
