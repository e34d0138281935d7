import type { DealRegistration, DealRegistrationForm, DealStatus } from '@flywheel/contract/browser';
import { isFlywheelError, newIdempotencyKey, type FlywheelError } from '@flywheel/sdk';
import type { DealRegistrationEvent, DealRegistrationsResource } from '@flywheel/sdk/deals';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isNotPermitted, isSessionFailure } from '../deals/session-failure.js';

export type DealListPhase = 'loading' | 'ready' | 'error' | 'not_allowed';

export const PAGE_SIZE = 20;
const SEARCH_DELAY_MS = 300;

export interface DealListCallbacks {
  failed(error: FlywheelError): void;
  sessionLost(): void;
  withdrawn(registration: DealRegistration): void;
  /** Focus moves into the detail (opened), back to its row (closed), or within the withdraw panel. */
  focus(
    target: { detail: true } | { row: string } | { withdrawReason: true } | { withdrawButton: true },
  ): void;
}

/**
 * The partner's registrations: a page at a time (server cursors), filtered by status and a search the
 * server runs; one registration's detail with its history; withdrawing with a reason (sent once,
 * whatever the network does).
 */
export class DealListController implements ReactiveController {
  phase: DealListPhase = 'loading';
  rows: DealRegistration[] = [];
  total = 0;
  hasMore = false;
  /** The search as typed; `appliedQuery` is what the shown page was asked with (set after the pause). */
  query = '';
  private appliedQuery = '';
  status: DealStatus | '' = '';
  /** Cursors of the pages visited: `[undefined, c2, c3…]`; the last is the current page's. */
  private cursors: (string | undefined)[] = [undefined];
  private nextCursor: string | undefined;
  selected: DealRegistration | undefined;
  history: DealRegistrationEvent[] | undefined;
  historyFailed = false;
  editing = false;
  withdrawOpen = false;
  withdrawReason = '';
  withdrawBusy = false;
  withdrawFailed = false;
  /** The last thing done, announced politely (e.g. "Registration R-… was withdrawn."). */
  announcement: { key: 'dealWithdrawn'; number: string } | undefined;
  private withdrawKey: string | undefined;
  private form: Promise<DealRegistrationForm | undefined> | undefined;
  /** Labels of products and custom fields for the detail (keys are shown until it arrives). */
  formDescription: DealRegistrationForm | undefined;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private abort: AbortController | undefined;
  private deals: DealRegistrationsResource | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: () => DealRegistrationsResource | undefined,
    private readonly callbacks: DealListCallbacks,
  ) {
    host.addController(this);
  }

  get page(): number {
    return this.cursors.length;
  }

  hostUpdate(): void {
    const deals = this.source();
    if (deals === this.deals) return;
    this.deals = deals;
    this.form = undefined; // another program's or language's labels
    this.cursors = [undefined];
    void this.load();
  }

  hostDisconnected(): void {
    this.abort?.abort();
    clearTimeout(this.searchTimer);
    this.deals = undefined;
  }

  retry(): void {
    void this.load();
  }

  search(text: string): void {
    this.query = text;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => {
      this.appliedQuery = text.trim();
      this.cursors = [undefined];
      void this.load();
    }, SEARCH_DELAY_MS);
  }

  filterStatus(status: DealStatus | ''): void {
    this.status = status;
    this.cursors = [undefined];
    void this.load();
  }

  nextPage(): void {
    if (!this.hasMore || !this.nextCursor) return;
    this.cursors = [...this.cursors, this.nextCursor];
    void this.load();
  }

  previousPage(): void {
    if (this.cursors.length < 2) return;
    this.cursors = this.cursors.slice(0, -1);
    void this.load();
  }

  private async load(): Promise<void> {
    this.abort?.abort();
    const deals = this.deals;
    if (!deals) {
      this.phase = 'not_allowed';
      this.host.requestUpdate();
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    if (this.phase !== 'ready') this.phase = 'loading';
    this.host.requestUpdate();
    try {
      const cursor = this.cursors[this.cursors.length - 1];
      // The search the cursors belong to: typing that has not settled yet does not mix with them.
      const query = this.appliedQuery;
      const list = await deals.list(
        {
          limit: PAGE_SIZE,
          ...(this.status ? { status: [this.status] } : {}),
          ...(query ? { q: query } : {}),
          ...(cursor ? { cursor } : {}),
        },
        { signal: abort.signal },
      );
      if (abort.signal.aborted) return;
      this.rows = list.data;
      this.total = list.total_count;
      this.hasMore = list.has_more;
      this.nextCursor = list.next_cursor ?? undefined;
      this.phase = 'ready';
    } catch (error) {
      if (abort.signal.aborted) return;
      this.phase = this.failed(error) ? 'not_allowed' : 'error';
    }
    this.host.requestUpdate();
  }

  /** Reports a failure; true when it means "no usable session". */
  private failed(error: unknown): boolean {
    if (isSessionFailure(error)) {
      this.callbacks.sessionLost();
      return true;
    }
    if (isFlywheelError(error)) this.callbacks.failed(error);
    return isNotPermitted(error);
  }

  async open(id: string): Promise<void> {
    const deals = this.deals;
    if (!deals) return;
    const row = this.rows.find((candidate) => candidate.id === id);
    this.selected = row;
    this.history = undefined;
    this.historyFailed = false;
    this.editing = false;
    // A withdrawal started on another registration (its reason, its key) does not follow.
    this.withdrawOpen = false;
    this.withdrawFailed = false;
    this.withdrawKey = undefined;
    this.withdrawReason = '';
    this.announcement = undefined;
    this.host.requestUpdate();
    this.callbacks.focus({ detail: true });
    // The program's form names the products and custom fields of the detail (the first open loads it).
    this.form ??= deals.form().catch(() => undefined);
    void this.form.then((form) => {
      this.formDescription = form;
      this.host.requestUpdate();
    });
    try {
      const [registration, history] = await Promise.all([deals.get(id), deals.history(id)]);
      if (this.selected?.id !== id) return;
      this.selected = registration;
      this.history = history.data;
    } catch (error) {
      if (this.selected?.id !== id) return;
      this.historyFailed = true;
      this.failed(error);
    }
    this.host.requestUpdate();
  }

  close(): void {
    const id = this.selected?.id;
    this.selected = undefined;
    this.editing = false;
    this.host.requestUpdate();
    if (id) this.callbacks.focus({ row: id });
  }

  startEditing(on: boolean): void {
    this.editing = on;
    this.host.requestUpdate();
  }

  /** After the form resubmitted the registration: show its new state, in the list too. */
  async resubmitted(id: string): Promise<void> {
    this.editing = false;
    await this.open(id);
    void this.load();
  }

  openWithdraw(open: boolean): void {
    const wasOpen = this.withdrawOpen;
    this.withdrawOpen = open;
    this.withdrawFailed = false;
    if (!open) this.withdrawKey = undefined;
    this.host.requestUpdate();
    if (open !== wasOpen) this.callbacks.focus(open ? { withdrawReason: true } : { withdrawButton: true });
  }

  setWithdrawReason(reason: string): void {
    this.withdrawReason = reason;
    // Another reason is another request: it gets its own key.
    this.withdrawKey = undefined;
  }

  async withdraw(): Promise<void> {
    const deals = this.deals;
    const registration = this.selected;
    if (!deals || !registration || this.withdrawBusy) return;
    this.withdrawKey ??= newIdempotencyKey();
    this.withdrawBusy = true;
    this.withdrawFailed = false;
    this.host.requestUpdate();
    try {
      const reason = this.withdrawReason.trim();
      const updated = await deals.withdraw(registration.id, reason || undefined, {
        idempotencyKey: this.withdrawKey,
      });
      this.rows = this.rows.map((row) => (row.id === updated.id ? updated : row));
      this.callbacks.withdrawn(updated);
      // The partner may have opened another registration meanwhile: that one stays as it is.
      if (this.selected?.id !== updated.id) return;
      this.selected = updated;
      this.withdrawOpen = false;
      this.withdrawReason = '';
      this.withdrawKey = undefined;
      this.announcement = { key: 'dealWithdrawn', number: updated.number };
      this.callbacks.focus({ detail: true });
      void deals.history(updated.id).then(
        (history) => {
          if (this.selected?.id !== updated.id) return;
          this.history = history.data;
          this.host.requestUpdate();
        },
        () => undefined, // the history stays as it was; the status above is already current
      );
    } catch (error) {
      if (this.selected?.id === registration.id) this.withdrawFailed = true;
      this.failed(error);
    } finally {
      this.withdrawBusy = false;
      this.host.requestUpdate();
    }
  }
}
