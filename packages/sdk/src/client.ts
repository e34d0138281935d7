import { CLIENT_CORE, ClientCore } from './client-core.js';
import { FlywheelError } from './errors.js';
import { ResponseCache, DEFAULT_CACHE, type CacheOptions } from './response-cache.js';
import { ContactRequestsResource } from './resources/contact-requests.js';
import { PartnersResource } from './resources/partners.js';
import { TaxonomyResource } from './resources/taxonomy.js';
import { DEFAULT_RETRY, type RetryOptions } from './retry-policy.js';
import { lazySession } from './lazy-session.js';
import type { RetryInfo } from './transport.js';

export interface ClientOptions {
  /** The API origin (and path prefix, if any), without `/v1`: `https://api.partners.example`. */
  apiBase: string;
  /** `pk_…`: safe in web pages; public reads and contact requests from allowed origins. */
  publishableKey?: string;
  /** `sk_…` (or a partner key, `sk_partner_…`): server-side only. Refused in browsers. */
  secretKey?: string;
  /**
   * Instead of a key: resolves to a partner session's client secret (`ps_…`) minted by your backend.
   * Called on first use and again, once, when the API answers `401 session_expired`; the failed
   * request is then sent again with the new session (requests in flight share one refresh).
   */
  fetchSession?: () => Promise<string>;
  /** Told when an expired session is being replaced (e.g. to show "reconnecting…"). */
  onSessionRefresh?: () => void;
  /** BCP 47 locale for labels (`Accept-Language`), e.g. `de` or `pt-BR`. */
  locale?: string;
  /** A fetch implementation; defaults to the global one. */
  fetch?: typeof fetch;
  /** Per attempt. Default 15,000 ms. */
  timeoutMs?: number;
  retry?: RetryOptions;
  /** `false` keeps in-flight de-duplication but stores nothing. */
  cache?: CacheOptions | false;
  /** Called before each retry (for your logs; the SDK never sends telemetry). */
  onRetry?: (info: RetryInfo) => void;
}

export interface FlywheelClient {
  readonly partners: PartnersResource;
  readonly taxonomy: TaxonomyResource;
  readonly contactRequests: ContactRequestsResource;
  /** Drops cached responses. */
  clearCache(): void;
}

const inBrowser = () => typeof window !== 'undefined' && typeof document !== 'undefined';

function configError(message: string): FlywheelError {
  return new FlywheelError({ code: 'invalid_request', message });
}

function normalizeApiBase(apiBase: string): string {
  let url: URL | undefined;
  try {
    url = new URL(apiBase);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw configError(
      `apiBase must be an absolute http(s) URL such as https://api.partners.example, got "${apiBase}".`,
    );
  }
  if (url.search || url.hash) throw configError('apiBase must not have a query or fragment.');
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * Creates a client for the Flywheel Partner API. Works in browsers and Node (18+), with no DOM.
 *
 * ```ts
 * const flywheel = createClient({ apiBase: 'https://api.partners.example', publishableKey: 'pk_live_…' });
 * const page = await flywheel.partners.list({ q: 'crm', region: ['europe'], facets: ['type'] });
 * ```
 */
export function createClient(options: ClientOptions): FlywheelClient {
  const apiBase = normalizeApiBase(options.apiBase);
  if (options.secretKey !== undefined) {
    if (inBrowser()) {
      throw new FlywheelError({
        code: 'secret_key_in_browser',
        message: 'Secret keys belong on your server; in a web page use a publishable key.',
      });
    }
    if (!options.secretKey.startsWith('sk_')) throw configError('secretKey must start with sk_.');
  }
  if (options.publishableKey !== undefined && !options.publishableKey.startsWith('pk_')) {
    throw configError('publishableKey must start with pk_.');
  }
  const keys = [options.secretKey, options.publishableKey, options.fetchSession].filter(
    (k) => k !== undefined,
  );
  if (keys.length > 1) {
    throw configError('Give one credential: secretKey, publishableKey or fetchSession.');
  }
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const credential = options.secretKey ?? options.publishableKey;
  const session = options.fetchSession
    ? lazySession(options.fetchSession, options.onSessionRefresh)
    : undefined;
  const core = new ClientCore(
    {
      apiBase,
      credential: () => credential,
      session,
      identity: credential ?? (session ? 'session' : ''),
      locale: options.locale,
      fetch: fetchImpl,
      timeoutMs: options.timeoutMs ?? 15_000,
      retry: { ...DEFAULT_RETRY, ...options.retry },
      onRetry: options.onRetry,
      random: Math.random,
    },
    new ResponseCache(
      options.cache === false ? { ...DEFAULT_CACHE, maxEntries: 0 } : { ...DEFAULT_CACHE, ...options.cache },
    ),
  );
  const client: FlywheelClient = {
    partners: new PartnersResource(core),
    taxonomy: new TaxonomyResource(core),
    contactRequests: new ContactRequestsResource(core),
    clearCache: () => {
      core.cache.clear();
    },
  }; // Hidden: resources in their own entries (`@flywheel/sdk/deals`) reach the core through it.
  Object.defineProperty(client, CLIENT_CORE, { value: core });
  return client;
}
