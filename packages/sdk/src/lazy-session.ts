import { onDemand } from './on-demand.js';
import type { SessionCredential } from './session-credential.js';

/** What the transport needs of a partner session. */
export interface SessionSource {
  token(): Promise<string>;
  refresh(expired: string): Promise<string>;
}

const loadSessions = onDemand(() => import('./session-credential.js'), 'sessions');

/**
 * The session handling (`session-credential.ts`) loads with the first request of a client made with
 * `fetchSession`, so pages that use keys only (the directory) never download it.
 */
export function lazySession(fetchSession: () => Promise<string>, onRefresh?: () => void): SessionSource {
  let session: SessionCredential | undefined;
  const get = async () => (session ??= new (await loadSessions()).SessionCredential(fetchSession, onRefresh));
  return {
    token: async () => (await get()).token(),
    refresh: async (expired) => (await get()).refresh(expired),
  };
}
