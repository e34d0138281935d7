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
  // The promise is kept, not the instance: requests that start together (a form's first reads) must
  // share one credential, or each would fetch a session of its own.
  let session: Promise<SessionCredential> | undefined;
  const get = () =>
    (session ??= loadSessions().then(
      (module) => new module.SessionCredential(fetchSession, onRefresh),
      (error: unknown) => {
        session = undefined; // a chunk that failed to load is tried again by the next request
        throw error;
      },
    ));
  return {
    token: async () => (await get()).token(),
    refresh: async (expired) => (await get()).refresh(expired),
  };
}
