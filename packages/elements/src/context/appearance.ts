import * as z from 'zod/mini';

const color = z
  .string()
  .check(
    z.regex(
      /^(#[0-9a-f]{3,8}|(rgb|rgba|hsl|hsla|hwb|lab|lch|oklab|oklch|color)\([^;{}()]{1,80}\)|[a-z]{3,30})$/i,
      'Expected a CSS color',
    ),
  );
const length = z
  .string()
  .check(z.regex(/^\d{1,4}(\.\d{1,3})?(px|rem|em|%)$/, 'Expected a CSS length like 8px or 0.5rem'));
const fontFamily = z.string().check(z.regex(/^[\w\s,'"-]{1,200}$/, 'Expected a CSS font family list'));

/**
 * The brand tokens a host may set from JavaScript; each maps one to one to a CSS custom property
 * (`colorPrimary` → `--fw-color-primary`), which can also be set from CSS. Values are validated
 * before they reach CSS, so an appearance object cannot inject rules.
 */
export const Appearance = z.partial(
  z.strictObject({
    colorPrimary: color,
    colorOnPrimary: color,
    colorBackground: color,
    colorSurface: color,
    colorText: color,
    colorTextMuted: color,
    colorBorder: color,
    colorDanger: color,
    colorSuccess: color,
    colorFocusRing: color,
    fontFamily,
    fontSizeBase: length,
    borderRadius: length,
    spacingUnit: length,
  }),
);
export type Appearance = z.infer<typeof Appearance>;

/** `colorPrimary` → `--fw-color-primary`. */
export function tokenName(key: string): string {
  return `--fw-${key.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`)}`;
}

/** Validates an appearance object; invalid entries are reported and skipped, valid ones returned as CSS properties. */
export function appearanceProperties(input: unknown): { properties: [string, string][]; problems: string[] } {
  const result = Appearance.safeParse(input);
  if (result.success) {
    return {
      properties: Object.entries(result.data).map(([key, value]) => [tokenName(key), value]),
      problems: [],
    };
  }
  const problems = result.error.issues.map(
    (issue) => `${issue.path.join('.') || 'appearance'}: ${issue.message}`,
  );
  const bad = new Set(result.error.issues.map((issue) => String(issue.path[0])));
  const properties: [string, string][] = [];
  if (input && typeof input === 'object') {
    for (const [key, value] of Object.entries(input)) {
      if (!bad.has(key) && typeof value === 'string') properties.push([tokenName(key), value]);
    }
  }
  return { properties, problems };
}
