import { FlywheelError } from './errors.js';

/**
 * A partner session (`ps_…`) obtained from the host's own backend through `fetchSession`: fetched on
 * first use, kept in memory only (never in storage, URLs or logs), and replaced once when the API
 * answers `401 session_expired`. Requests that meet the same expired session share one refresh.
 */
export class SessionCredential {
  private pending: Promise<string> | undefined;
  private current: string | undefined;

  constructor(
    private readonly fetchSession: () => Promise<string>,
    private readonly onRefresh: (() => void) | undefined,
  ) {}

  /** The session to send now (fetched on first use). */
  token(): Promise<string> {
    if (this.current !== undefined) return Promise.resolve(this.current);
    return (this.pending ??= this.fetch());
  }

  /** A new session after `expired` was refused; one fetch however many requests saw it expire. */
  refresh(expired: string): Promise<string> {
    if (this.current !== undefined && this.current !== expired) return Promise.resolve(this.current);
    if (this.current === expired) {
      this.current = undefined;
      this.pending = undefined;
      this.onRefresh?.();
    }
    return this.token();
  }

  private async fetch(): Promise<string> {
    let token: unknown;
    try {
      token = await this.fetchSession();
    } catch (cause) {
      this.pending = undefined;
      throw new FlywheelError({
        code: 'session_unavailable',
        message: 'Could not get a session from fetchSession.',
        cause,
      });
    }
    if (typeof token !== 'string' || !/^ps_\S+$/.test(token)) {
      this.pending = undefined;
      throw new FlywheelError({
        code: 'session_unavailable',
        message: 'fetchSession must resolve to a session client secret (ps_…).',
      });
    }
    this.current = token;
    this.pending = undefined;
    return token;
  }
}
