/**
 * The brand tokens a host may set from JavaScript; each maps one to one to a CSS custom property
 * (`colorPrimary` → `--fw-color-primary`), which can also be set from CSS. Values are checked before
 * they reach CSS, so an appearance object cannot inject rules.
 */
const COLOR =
  /^(#[0-9a-f]{3,8}|(rgb|rgba|hsl|hsla|hwb|lab|lch|oklab|oklch|color)\([^;{}()]{1,80}\)|[a-z]{3,30})$/i;
const LENGTH = /^\d{1,4}(\.\d{1,3})?(px|rem|em|%)$/;
const FONT_FAMILY = /^[\w\s,'"-]{1,200}$/;

const TOKENS = {
  colorPrimary: COLOR,
  colorOnPrimary: COLOR,
  colorBackground: COLOR,
  colorSurface: COLOR,
  colorText: COLOR,
  colorTextMuted: COLOR,
  colorBorder: COLOR,
  colorDanger: COLOR,
  colorSuccess: COLOR,
  colorFocusRing: COLOR,
  fontFamily: FONT_FAMILY,
  fontSizeBase: LENGTH,
  borderRadius: LENGTH,
  spacingUnit: LENGTH,
} as const;

export type Appearance = Partial<Record<keyof typeof TOKENS, string>>;

/** `colorPrimary` → `--fw-color-primary`. */
export function tokenName(key: string): string {
  return `--fw-${key.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`)}`;
}

/** Checks an appearance object: valid entries become CSS properties, the others are reported and skipped. */
export function appearanceProperties(input: unknown): { properties: [string, string][]; problems: string[] } {
  const properties: [string, string][] = [];
  const problems: string[] = [];
  if (input === null || typeof input !== 'object')
    return { properties, problems: ['appearance: expected an object'] };
  for (const [key, value] of Object.entries(input)) {
    const rule = Object.hasOwn(TOKENS, key) ? TOKENS[key as keyof typeof TOKENS] : undefined;
    if (!rule) problems.push(`${key}: unknown token`);
    else if (typeof value !== 'string' || !rule.test(value.trim()))
      problems.push(`${key}: not a valid value (${String(value)})`);
    else properties.push([tokenName(key), value.trim()]);
  }
  return { properties, problems };
}
