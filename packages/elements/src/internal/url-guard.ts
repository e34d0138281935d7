/**
 * The one allow-list every URL passes before it reaches an `href` or `src` (DESIGN.md, security
 * rules). Parsing is left to the platform's `new URL()` (the same WHATWG parser the browser will use
 * when it follows the link); the result is only accepted for `http:`/`https:` (and `mailto:` when
 * asked), without credentials, and is returned normalized (`url.href`), never as the raw input.
 */

export interface SafeUrlOptions {
  /** Resolve relative URLs against this absolute URL. Without it, relative URLs are rejected. */
  base?: string;
  /** Also accept `mailto:` URLs. */
  allowMailto?: boolean;
}

/**
 * C0 controls (tab, newline included), DEL and C1 controls. The URL parser would silently drop tabs
 * and newlines ("java\tscript:"); we refuse such input instead of guessing what was meant.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Returns `value` as a normalized absolute URL string if it is an `http:`/`https:` URL (or `mailto:`
 * with `allowMailto`) without `user:pass@` credentials; otherwise `undefined`. Rejects
 * `javascript:`, `data:`, `blob:`, `file:`, `vbscript:`, any other scheme, control characters
 * anywhere, relative and protocol-relative URLs (unless `base` is given), and anything `new URL()`
 * cannot parse.
 */
export function safeUrl(value: string | null | undefined, options: SafeUrlOptions = {}): string | undefined {
  if (typeof value !== 'string') return undefined;
  const input = value.trim();
  if (!input || CONTROL.test(input)) return undefined;
  let url: URL;
  try {
    url = new URL(input, options.base);
  } catch {
    return undefined;
  }
  const { protocol } = url;
  const allowed =
    protocol === 'https:' || protocol === 'http:' || (options.allowMailto === true && protocol === 'mailto:');
  return allowed && !url.username && !url.password ? url.href : undefined;
}
