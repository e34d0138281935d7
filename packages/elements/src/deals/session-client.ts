import { createClient, type FlywheelClient } from '@flywheel/sdk';
import { safeUrl } from '../internal/url-guard.js';

export type SessionSource = string | (() => Promise<string>);

interface Entry {
  client: FlywheelClient;
  /** Widgets using it; the entry (and the session in it) is dropped when the last one leaves. */
  users: number;
  /** Told when the SDK replaces an expired session (each widget using the client listens). */
  listeners: Set<() => void>;
}

const entries = new Map<unknown, Map<string, Entry>>();

/**
 * Asks the host's own backend for a partner session: `POST session-url` (with the page's cookies)
 * answers `{ "client_secret": "ps_…" }`. The secret stays in memory; nothing is stored.
 */
export function sessionFromUrl(sessionUrl: string): () => Promise<string> {
  return async () => {
    const url = safeUrl(sessionUrl, { base: document.baseURI });
    if (!url) throw new Error(`session-url "${sessionUrl}" is not an http(s) URL.`);
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
    if (!response.ok) throw new Error(`The session endpoint answered ${response.status}.`);
    const body = (await response.json()) as { client_secret?: unknown };
    if (typeof body.client_secret !== 'string' || !body.client_secret.startsWith('ps_')) {
      throw new Error('The session endpoint did not return a client_secret (ps_…).');
    }
    return body.client_secret;
  };
}

/**
 * One client per (API base, session source, locale) per page, so a deal form and a deal list on one
 * page share one session and refresh it once. `onRefresh` is called when an expired session is
 * being replaced (the widget tells the host with `fw-session-expired`).
 */
export function sessionClient(
  apiBase: string,
  source: SessionSource,
  locale: string,
  onRefresh: () => void,
): { client: FlywheelClient; release: () => void } {
  let byKey = entries.get(source);
  if (!byKey) {
    byKey = new Map();
    entries.set(source, byKey);
  }
  const id = `${apiBase}\u0000${locale}`;
  let entry = byKey.get(id);
  if (!entry) {
    const listeners = new Set<() => void>();
    const client = createClient({
      apiBase,
      locale,
      fetchSession: typeof source === 'string' ? sessionFromUrl(source) : source,
      onSessionRefresh: () => {
        for (const listener of listeners) listener();
      },
    });
    entry = { client, users: 0, listeners };
    byKey.set(id, entry);
  }
  const used = entry;
  used.users++;
  used.listeners.add(onRefresh);
  let released = false;
  return {
    client: used.client,
    release: () => {
      if (released) return;
      released = true;
      used.listeners.delete(onRefresh);
      if (--used.users > 0) return;
      byKey.delete(id);
      if (byKey.size === 0) entries.delete(source);
    },
  };
}
