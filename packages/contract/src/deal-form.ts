import * as z from 'zod/mini';

export const CUSTOM_FIELD_TYPES = ['text', 'number', 'select', 'multi_select', 'date', 'checkbox'] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

const Option = z.object({ key: z.string(), label: z.string() });

/** A program-defined field of the deal form. */
export const CustomFieldDefinition = z.object({
  key: z.string(),
  type: z.union([z.enum(CUSTOM_FIELD_TYPES), z.string()]),
  label: z.string(),
  help: z.nullable(z.string()),
  required: z.boolean(),
  /** `select` and `multi_select`. */
  options: z.optional(z.array(Option)),
  /** `text`: at most this many characters. */
  max_length: z.optional(z.int()),
  /** `number`: bounds. */
  min: z.optional(z.number()),
  max: z.optional(z.number()),
});
export type CustomFieldDefinition = z.infer<typeof CustomFieldDefinition>;

/**
 * `GET /v1/deal_registration_form`: what the deal form shows and accepts — the standard fields with
 * their limits, the program's custom fields, currencies with their minor-unit exponents, stages,
 * products and the protection settings.
 */
export const DealRegistrationForm = z.object({
  object: z.literal('deal_registration_form'),
  standard_fields: z.array(
    z.object({ pointer: z.string(), required: z.boolean(), max_length: z.nullable(z.int()) }),
  ),
  custom_fields: z.array(CustomFieldDefinition),
  currencies: z.array(z.object({ code: z.string(), exponent: z.int() })),
  default_currency: z.string(),
  stages: z.array(z.object({ key: z.string(), label: z.string(), probability: z.number() })),
  products: z.array(Option),
  deal_types: z.array(z.string()),
  sourcing: z.array(z.string()),
  close_date: z.object({ max_months: z.int() }),
  protection: z.object({ days: z.int(), max_extensions: z.int(), extension_days: z.int() }),
});
export type DealRegistrationForm = z.infer<typeof DealRegistrationForm>;
