import * as z from 'zod/mini';

/** One value of a facet with its count; `selected` when the request filtered on it. */
export const FacetValue = z.object({
  value: z.string(),
  label: z.string(),
  count: z.int().check(z.minimum(0)),
  selected: z.boolean(),
});
export type FacetValue = z.infer<typeof FacetValue>;

export const Facets = z.record(z.string(), z.array(FacetValue));
export type Facets = z.infer<typeof Facets>;

/**
 * The cursor list envelope. `total_count` is exact up to 10,000, then `total_count_approximate`
 * is true.
 */
export function List<T extends z.core.$ZodType>(item: T) {
  return z.object({
    object: z.literal('list'),
    data: z.array(item),
    has_more: z.boolean(),
    next_cursor: z.nullable(z.string()),
    total_count: z.optional(z.int().check(z.minimum(0))),
    total_count_approximate: z.optional(z.boolean()),
    facets: z.optional(Facets),
  });
}
