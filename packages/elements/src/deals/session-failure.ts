import { isFlywheelError } from '@flywheel/sdk';

/**
 * The partner session is gone and could not be renewed (the portal must sign the partner in again):
 * expired and not replaced, revoked, or the host's session endpoint failed. Widgets answer it with
 * `fw-session-expired { recovered: false }` and keep what was typed.
 */
export function isSessionFailure(error: unknown): boolean {
  if (!isFlywheelError(error)) return false;
  return (
    error.code === 'session_unavailable' ||
    error.code === 'session_expired' ||
    error.code === 'unauthenticated' ||
    error.status === 401
  );
}

/** The session may not do this here (scope, origin): the portal's set-up, not the partner's input. */
export function isNotPermitted(error: unknown): boolean {
  return isFlywheelError(error) && error.status === 403;
}
