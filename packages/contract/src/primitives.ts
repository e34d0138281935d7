import * as z from 'zod/mini';

/**
 * Building blocks shared by every resource. Response schemas are tolerant (unknown enum values and
 * extra fields pass, so older widgets survive newer servers); request schemas are strict.
 */

/** A vocabulary key such as a partner type, tier, region or industry: `snake_case`, program-extensible. */
export const Key = z.string().check(z.regex(/^[a-z][a-z0-9_]{0,63}$/, 'Expected a snake_case key'));

/**
 * A forward-compatible enum: known values are typed, unknown strings still parse, so a newer server
 * adding a value never breaks an older client. Components render unknown values generically.
 */
export function openEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.union([z.enum(values), z.string()]);
}

/** RFC 3339 UTC timestamp with milliseconds, e.g. `2026-05-01T12:00:00.000Z`. */
export const Timestamp = z.iso.datetime();
/** A calendar date without time, `YYYY-MM-DD`. */
export const DateOnly = z.iso.date();

/** ISO 3166-1 alpha-2 country code, upper case. */
export const CountryCode = z.string().check(z.regex(/^[A-Z]{2}$/, 'Expected an ISO 3166-1 alpha-2 code'));

/** A BCP 47 language tag as used by partners (`en`, `pt-BR`, `zh-Hans`). */
export const LanguageTag = z
  .string()
  .check(z.regex(/^[a-z]{2,3}(-[A-Za-z]{4})?(-([A-Z]{2}|\d{3}))?$/, 'Expected a BCP 47 language tag'));

/** ISO 4217 currency code, upper case. */
export const Currency = z.string().check(z.regex(/^[A-Z]{3}$/, 'Expected an ISO 4217 currency code'));

/** Money in integer minor units of its currency (USD cents, JPY yen, KWD fils). Never a float. */
export const Money = z.object({
  amount: z.int(),
  currency: Currency,
});
export type Money = z.infer<typeof Money>;

/** A URL that may reach `href`/`src`: only `https:` and `http:` are accepted. */
export const WebUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.hostname });

/** Unique, URL-safe partner/listing handle. */
export const Slug = z
  .string()
  .check(z.regex(/^[a-z0-9-]{3,64}$/, 'Expected 3–64 lower-case letters, digits or dashes'));

/** A prefixed id (`ptr_…`, `lst_…`): the prefix names the type, the rest is a ULID. */
export function prefixedId(prefix: string) {
  return z
    .string()
    .check(z.regex(new RegExp(`^${prefix}_[0-9A-HJKMNP-TV-Z]{26}$`), `Expected a ${prefix}_ id`));
}

export const PartnerId = prefixedId('ptr');

/** Whether a path segment can name a partner at all (`ptr_…` id or slug); anything else is a 404. */
export function isPartnerIdOrSlug(value: string): boolean {
  return PartnerId.safeParse(value).success || Slug.safeParse(value).success;
}
export const ListingId = prefixedId('lst');
export const ContactRequestId = prefixedId('creq');

/** The `{ average, count }` shape of public ratings. */
export const Rating = z.object({
  average: z.number().check(z.minimum(0), z.maximum(5)),
  count: z.int().check(z.minimum(0)),
});
export type Rating = z.infer<typeof Rating>;
