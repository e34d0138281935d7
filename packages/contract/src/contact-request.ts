import * as z from 'zod/mini';
import { ContactRequestId, CountryCode, PartnerId, Timestamp } from './primitives.js';

/** Trimmed, non-empty text of at most `max` characters, without NUL (which no database stores). */
function text(max: number) {
  return z.string().check(
    z.trim(),
    z.minLength(1, 'Required'),
    z.maxLength(max),
    // A pattern, not a refinement, so the generated browser schema carries the rule too.
    // eslint-disable-next-line no-control-regex
    z.regex(/^[^\u0000]*$/, 'Contains a NUL character'),
  );
}

/**
 * `POST /v1/partners/{id}/contact_requests` body: a visitor asks a partner to get in touch (a lead).
 * Strict: unknown fields are refused, so nothing unexpected is ever stored.
 */
export const ContactRequestCreate = z.strictObject({
  name: text(120),
  email: z.email().check(z.maxLength(254)),
  company: z.optional(text(200)),
  phone: z.optional(
    z.string().check(z.regex(/^\+[1-9]\d{6,14}$/, 'Expected an E.164 number such as +14155550100')),
  ),
  country: z.optional(CountryCode),
  message: text(2000),
  /** The visitor agreed that the partner may contact them. Must be `true`. */
  consent: z.literal(true),
});
export type ContactRequestCreate = z.input<typeof ContactRequestCreate>;

/** The stored request as returned to the visitor. Personal data is not echoed back. */
export const ContactRequest = z.object({
  id: ContactRequestId,
  object: z.literal('contact_request'),
  partner_id: PartnerId,
  status: z.union([z.enum(['received']), z.string()]),
  created_at: Timestamp,
});
export type ContactRequest = z.infer<typeof ContactRequest>;
