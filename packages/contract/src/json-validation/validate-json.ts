import type { FieldError, FieldErrorCode } from '../problem.js';
import type { JsonSchema } from './json-schema.js';

const MAX_ERRORS = 20;
const patterns = new Map<string, RegExp>();

function regex(source: string): RegExp {
  let compiled = patterns.get(source);
  if (!compiled) {
    compiled = new RegExp(source, 'u');
    patterns.set(source, compiled);
  }
  return compiled;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

const typeIs = (type: string, actual: string) =>
  type === actual || (type === 'number' && actual === 'integer');

function typeMatches(expected: string | readonly string[], actual: string): boolean {
  if (typeof expected === 'string') return typeIs(expected, actual);
  return expected.some((type) => typeIs(type, actual));
}

/** `uri` means a web URL here: the contract's only URL type allows http: and https: alone. */
function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

const segment = (key: string | number) => String(key).replaceAll('~', '~0').replaceAll('/', '~1');

/**
 * One validation's state. The pointer of the value being visited is kept as a stack of keys and
 * only spelled out when an error is reported: most values are valid, and a 10,000-entry index has
 * hundreds of thousands of them.
 */
interface Walk {
  readonly errors: FieldError[];
  /** Errors kept; the walk stops once it has this many. */
  readonly limit: number;
  readonly base: string;
  readonly path: (string | number)[];
}

function add(walk: Walk, code: FieldErrorCode, message: string): void {
  if (walk.errors.length >= walk.limit) return;
  let pointer = walk.base;
  for (const key of walk.path) pointer += `/${segment(key)}`;
  walk.errors.push({ pointer, code, message });
}

/** A compiled schema: reports what is wrong with the data, at the walk's current pointer. */
type Check = (walk: Walk, data: unknown) => void;

/** Each schema is compiled once into plain closures (no code generation: strict-CSP safe). */
const compiled = new WeakMap<JsonSchema, Check>();

function compile(node: JsonSchema): Check {
  let check = compiled.get(node);
  if (!check) {
    check = build(node);
    compiled.set(node, check);
  }
  return check;
}

/** Whether the data is valid against the schema (an `anyOf` option): stops at the first error. */
function conforms(check: Check, data: unknown): boolean {
  const walk: Walk = { errors: [], limit: 1, base: '#', path: [] };
  check(walk, data);
  return walk.errors.length === 0;
}

/** The string checks of a schema, in zod's order; every one runs, so both report the same set. */
function stringChecks(node: JsonSchema): ((walk: Walk, text: string) => void)[] {
  const checks: ((walk: Walk, text: string) => void)[] = [];
  const { minLength, maxLength, pattern } = node;
  if (minLength !== undefined) {
    const message = minLength <= 1 ? 'Required.' : `Must be at least ${minLength} characters.`;
    checks.push((walk, text) => {
      if (text.length < minLength) add(walk, 'too_short', message);
    });
  }
  if (maxLength !== undefined) {
    checks.push((walk, text) => {
      if (text.length > maxLength) add(walk, 'too_long', `Must be at most ${maxLength} characters.`);
    });
  }
  if (pattern !== undefined) {
    const expression = regex(pattern);
    checks.push((walk, text) => {
      if (!expression.test(text)) add(walk, 'invalid_format', 'Invalid format.');
    });
  }
  if (node.format === 'uri') {
    checks.push((walk, text) => {
      if (!isWebUrl(text)) add(walk, 'invalid_format', 'Invalid URL.');
    });
  }
  return checks;
}

function numberChecks(node: JsonSchema): ((walk: Walk, value: number) => void)[] {
  const checks: ((walk: Walk, value: number) => void)[] = [];
  const { minimum, maximum } = node;
  if (minimum !== undefined) {
    checks.push((walk, value) => {
      if (value < minimum) add(walk, 'too_small', `Must be at least ${minimum}.`);
    });
  }
  if (maximum !== undefined) {
    checks.push((walk, value) => {
      if (value > maximum) add(walk, 'too_big', `Must be at most ${maximum}.`);
    });
  }
  return checks;
}

function arrayCheck(node: JsonSchema): ((walk: Walk, items: readonly unknown[]) => void) | undefined {
  const { minItems, maxItems } = node;
  const item = node.items && compile(node.items);
  if (minItems === undefined && maxItems === undefined && !item) return undefined;
  return (walk, items) => {
    if (minItems !== undefined && items.length < minItems) {
      add(walk, 'too_short', `Must have at least ${minItems} item${minItems === 1 ? '' : 's'}.`);
    }
    if (maxItems !== undefined && items.length > maxItems) {
      add(walk, 'too_long', `Must have at most ${maxItems} items.`);
    }
    if (!item) return;
    for (let index = 0; index < items.length; index++) {
      walk.path.push(index);
      item(walk, items[index]);
      walk.path.pop();
    }
  };
}

function objectCheck(node: JsonSchema): (walk: Walk, record: Record<string, unknown>) => void {
  const properties = node.properties ?? {};
  const declared = Object.entries(properties).map(([key, property]) => [key, compile(property)] as const);
  const required = new Set(node.required ?? []);
  const additional = node.additionalProperties;
  const additionalCheck = typeof additional === 'object' ? compile(additional) : undefined;
  const nameCheck = node.propertyNames && compile(node.propertyNames);
  return (walk, record) => {
    // Declared properties in schema order (as zod reports them), then the undeclared ones.
    for (const [key, check] of declared) {
      walk.path.push(key);
      if (Object.hasOwn(record, key) && record[key] !== undefined) check(walk, record[key]);
      else if (required.has(key)) add(walk, 'required', 'Required.');
      walk.path.pop();
    }
    if (additional !== false && !additionalCheck) return;
    for (const key of Object.keys(record)) {
      if (Object.hasOwn(properties, key)) continue;
      walk.path.push(key);
      if (!additionalCheck) add(walk, 'unknown_field', `Unknown field "${key}".`);
      else {
        nameCheck?.(walk, key);
        additionalCheck(walk, record[key]);
      }
      walk.path.pop();
    }
  };
}

function build(node: JsonSchema): Check {
  if (node.anyOf) {
    const options = node.anyOf.map(compile);
    return (walk, data) => {
      if (walk.errors.length >= walk.limit) return;
      if (!options.some((option) => conforms(option, data))) add(walk, 'invalid_value', 'Invalid value.');
    };
  }
  const { type, const: constant, enum: values } = node;
  const trim = node['x-trim'] === true;
  const strings = stringChecks(node);
  const numbers = numberChecks(node);
  const array = arrayCheck(node);
  const object = node.type === 'object' || node.properties || node.additionalProperties !== undefined;
  const objectChecks = object ? objectCheck(node) : undefined;
  return (walk, data) => {
    if (walk.errors.length >= walk.limit) return;
    const actual = typeOf(data);
    if (type !== undefined && !typeMatches(type, actual)) {
      add(walk, 'invalid_type', 'Invalid input.');
      return;
    }
    if (constant !== undefined && data !== constant) add(walk, 'invalid_value', 'Invalid value.');
    if (values && !values.includes(data)) add(walk, 'invalid_value', 'Invalid value.');
    if (typeof data === 'string' && strings.length > 0) {
      const text = trim ? data.trim() : data;
      for (const check of strings) check(walk, text);
    }
    if (typeof data === 'number') for (const check of numbers) check(walk, data);
    if (array && Array.isArray(data)) array(walk, data);
    if (objectChecks && actual === 'object') objectChecks(walk, data as Record<string, unknown>);
  };
}

/**
 * Validates JSON data against a schema generated from the contract's zod schemas, with the same
 * field-error pointers and codes as `fieldErrorsFrom` on the server. A few hundred bytes instead of
 * zod in the browser bundle; a differential test keeps the two in agreement.
 */
export function validateJson(schema: JsonSchema, value: unknown, base = '#'): FieldError[] {
  const walk: Walk = { errors: [], limit: MAX_ERRORS, base, path: [] };
  compile(schema)(walk, value);
  return walk.errors;
}
