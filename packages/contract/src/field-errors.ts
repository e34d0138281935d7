import type * as z from 'zod/mini';
import type { FieldError, FieldErrorCode } from './problem.js';

/** Escapes one JSON Pointer segment (RFC 6901). */
function segment(part: PropertyKey): string {
  return String(part).replaceAll('~', '~0').replaceAll('/', '~1');
}

/** The value at an issue's path in the parsed input (`undefined` when absent). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const part of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return node;
}

function codeOf(issue: z.core.$ZodIssue, input: unknown): FieldErrorCode {
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(input, issue.path) === undefined ? 'required' : 'invalid_type';
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array' ? 'too_short' : 'too_small';
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array' ? 'too_long' : 'too_big';
    case 'invalid_format':
      return 'invalid_format';
    case 'unrecognized_keys':
      return 'unknown_field';
    default:
      return 'invalid_value';
  }
}

function messageOf(issue: z.core.$ZodIssue, code: FieldErrorCode): string {
  switch (code) {
    case 'required':
      return 'Required.';
    case 'too_short':
      return issue.code === 'too_small' && Number(issue.minimum) <= 1
        ? 'Required.'
        : `Must be at least ${String((issue as z.core.$ZodIssueTooSmall).minimum)} characters.`;
    case 'too_long':
      return `Must be at most ${String((issue as z.core.$ZodIssueTooBig).maximum)} characters.`;
    case 'too_small':
      return `Must be at least ${String((issue as z.core.$ZodIssueTooSmall).minimum)}.`;
    case 'too_big':
      return `Must be at most ${String((issue as z.core.$ZodIssueTooBig).maximum)}.`;
    default:
      return issue.message.endsWith('.') ? issue.message : `${issue.message}.`;
  }
}

/**
 * Turns zod issues into API field errors with JSON Pointers (`#/email`, `#/query/limit`).
 * An unrecognized key becomes one error per key, pointing at the key itself. `input` is what was
 * parsed; it tells a missing field (`required`) from a present one of the wrong type.
 */
export function fieldErrorsFrom(error: z.core.$ZodError, input: unknown, base = '#'): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(segment).join('/');
    const pointer = path === '' ? base : `${base}/${path}`;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        errors.push({
          pointer: `${pointer}/${segment(key)}`,
          code: 'unknown_field',
          message: `Unknown field "${key}".`,
        });
      }
      continue;
    }
    const code = codeOf(issue, input);
    errors.push({ pointer, code, message: messageOf(issue, code) });
  }
  return errors;
}
