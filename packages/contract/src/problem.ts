import * as z from 'zod/mini';
import { PROBLEM_CODES } from './problem-codes.js';

export * from './problem-codes.js';

/** One field-level error: `pointer` is a JSON Pointer into the body (`#/email`) or `#/query/<param>`. */
export const FieldError = z.object({
  pointer: z.string(),
  code: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

export const Problem = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  code: z.union([z.enum(PROBLEM_CODES), z.string()]),
  request_id: z.optional(z.string()),
  errors: z.optional(z.array(FieldError)),
  /** Seconds; present on `rate_limited`, `service_unavailable` and `idempotency_request_in_progress`. */
  retry_after: z.optional(z.int().check(z.minimum(0))),
  required_scopes: z.optional(z.array(z.string())),
  allowed_actions: z.optional(z.array(z.string())),
  existing_id: z.optional(z.string()),
});
export type Problem = z.infer<typeof Problem>;
