import type { DealCheckRequest, DealCheckResult } from '@flywheel/contract/browser';

export type PrecheckStatus =
  'idle' | 'checking' | 'clear' | 'possible_duplicate' | 'conflict' | 'duplicate' | 'unavailable';

/** How long typing must pause before the customer is checked. */
export const PRECHECK_DEBOUNCE_MS = 450;

/**
 * The duplicate and conflict pre-check while the partner types: debounced, one request at a time
 * (a newer customer aborts the older check), never blocking typing, and each customer checked once.
 * Only the kind of match comes back (api-v1), so nothing about other partners can show.
 */
export class DealPrecheck {
  status: PrecheckStatus = 'idle';
  result: DealCheckResult | undefined;
  private checkedKey: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private abort: AbortController | undefined;

  constructor(
    private readonly check: (input: DealCheckRequest, signal: AbortSignal) => Promise<DealCheckResult>,
    private readonly changed: (result: DealCheckResult | undefined) => void,
  ) {}

  /** Called with the customer as typed; `undefined` while it is not complete enough to check. */
  schedule(input: DealCheckRequest | undefined): void {
    const key = input ? JSON.stringify(input) : undefined;
    if (key === this.checkedKey) return;
    clearTimeout(this.timer);
    this.abort?.abort();
    this.checkedKey = key;
    if (!input) {
      this.status = 'idle';
      this.result = undefined;
      this.changed(undefined);
      return;
    }
    this.timer = setTimeout(() => {
      void this.run(input);
    }, PRECHECK_DEBOUNCE_MS);
  }

  private async run(input: DealCheckRequest): Promise<void> {
    const abort = new AbortController();
    this.abort = abort;
    this.status = 'checking';
    this.changed(undefined);
    try {
      const result = await this.check(input, abort.signal);
      if (abort.signal.aborted) return;
      this.result = result;
      this.status = (
        ['clear', 'possible_duplicate', 'conflict', 'duplicate'].includes(result.status)
          ? result.status
          : 'clear'
      ) as PrecheckStatus;
      this.changed(result);
    } catch {
      if (abort.signal.aborted) return;
      // Rate limited, offline, session trouble: the check is advice, never a gate. It runs again when
      // the customer changes (not on every keystroke elsewhere, which would only meet the limit again).
      this.status = 'unavailable';
      this.result = undefined;
      this.changed(undefined);
    }
  }

  /** Stops any check (the element left the page); the next customer scheduled is checked afresh. */
  stop(): void {
    clearTimeout(this.timer);
    this.abort?.abort();
    this.checkedKey = undefined;
    this.status = 'idle';
    this.result = undefined;
  }
}
