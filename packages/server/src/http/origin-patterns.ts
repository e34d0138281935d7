/**
 * Origin allow-lists. A pattern is an exact origin (`https://www.vendor.example`), an origin with
 * any port (`http://localhost:*`), or any subdomain of a host (`https://*.vendor.example`).
 * Matching is on the parsed origin, never on string prefixes, so `https://vendor.example.evil.test`
 * cannot pass for `https://vendor.example`.
 */

interface ParsedPattern {
  protocol: string;
  host: string;
  anySubdomain: boolean;
  /** `null`: any port; `''`: the protocol's default port. */
  port: string | null;
}

const PATTERN = /^(https?):\/\/(\*\.)?([a-z0-9.-]+|\[[0-9a-f:]+\])(?::(\*|\d{1,5}))?$/i;

export function parseOriginPattern(pattern: string): ParsedPattern | null {
  const match = PATTERN.exec(pattern.trim());
  if (!match) return null;
  const [, protocol, wildcard, host, port] = match;
  return {
    protocol: `${protocol!.toLowerCase()}:`,
    host: host!.toLowerCase(),
    anySubdomain: wildcard !== undefined,
    port: port === '*' ? null : defaultPortless(protocol!.toLowerCase(), port ?? ''),
  };
}

function defaultPortless(protocol: string, port: string): string {
  if ((protocol === 'http' && port === '80') || (protocol === 'https' && port === '443')) return '';
  return port;
}

/** Whether a browser-sent `Origin` value is allowed by any of the patterns. `null` origins never are. */
export function originAllowed(patterns: readonly string[], origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.origin === 'null' || url.origin !== origin.replace(/\/$/, '').toLowerCase()) return false;
  return patterns.some((raw) => {
    const pattern = parseOriginPattern(raw);
    if (!pattern || pattern.protocol !== url.protocol) return false;
    if (pattern.port !== null && pattern.port !== url.port) return false;
    const host = url.hostname;
    return pattern.anySubdomain ? host.endsWith(`.${pattern.host}`) : host === pattern.host;
  });
}

/** The origin a browser request comes from: `Origin`, else the origin of `Referer`, else none. */
export function requestOrigin(headers: { get(name: string): string | null | undefined }): string | undefined {
  const origin = headers.get('origin');
  if (origin) return origin;
  const referer = headers.get('referer');
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return 'null';
  }
}
