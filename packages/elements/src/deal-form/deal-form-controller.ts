import {
  dealRuleErrors,
  dealSchemas,
  validateJson,
  type DealCheckRequest,
  type DealCheckResult,
  type DealRegistration,
  type DealRegistrationForm,
  type FieldError,
} from '@flywheel/contract/browser';
import { isFlywheelError, newIdempotencyKey, type FlywheelError } from '@flywheel/sdk';
import type { DealRegistrationsResource } from '@flywheel/sdk/deals';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { todayUtc } from '../deals/deal-format.js';
import { isNotPermitted, isSessionFailure } from '../deals/session-failure.js';
import { DealDraftStore, type PendingSubmission } from './deal-draft-store.js';
import {
  CUSTOM,
  STANDARD_KEYS,
  emptyValues,
  fieldOfPointer,
  toBody,
  valuesOf,
  type DealFormValues,
  type FieldValue,
} from './deal-form-values.js';
import { DealPrecheck } from './deal-precheck.js';

export type DealFormPhase = 'loading' | 'ready' | 'submitting' | 'submitted' | 'load_error' | 'not_allowed';

/** Why the last submission did not go through (the typed values are always kept). */
export type DealFailure =
  'network' | 'server' | 'rate_limited' | 'duplicate' | 'changed' | 'forbidden' | 'session' | undefined;

/** What the controller tells the element (which turns it into DOM events and focus). */
export interface DealFormCallbacks {
  draftSaved(savedAt: string): void;
  /** Return false to stop the submission (the `fw-deal-submit` event was cancelled). */
  beforeSubmit(detail: { registrationId: string | undefined; idempotencyKey: string }): boolean;
  submitted(registration: DealRegistration): void;
  conflict(result: { status: string; reasons: string[]; existingId: string | null }): void;
  sessionLost(): void;
  failed(error: FlywheelError): void;
  /** After a submit attempt that found errors: the field to focus. */
  focusField(key: string): void;
  /** After a submission that did not settle: the submit ("Try again") button. */
  focusSubmit(): void;
}

/** Saving on every keystroke would write the draft dozens of times a second; this is often enough. */
const DRAFT_DELAY_MS = 400;

/**
 * The deal form's state: the server-described form, what the partner typed (kept in a draft on this
 * device), field errors from the contract's own schema and rules (the server answers the same), the
 * customer pre-check, and a submission sent exactly once (see PendingSubmission).
 */
export class DealFormController implements ReactiveController {
  phase: DealFormPhase = 'loading';
  form: DealRegistrationForm | undefined;
  /** Editing after "needs info": the registration as loaded. */
  registration: DealRegistration | undefined;
  values: DealFormValues = {};
  /** Errors of every field, shown for fields the partner left (or all after a submit attempt). */
  private allErrors: Record<string, FieldError> = {};
  /** Errors the server answered, shown until the field changes. */
  private serverErrors: Record<string, FieldError> = {};
  private touched = new Set<string>();
  private showAll = false;
  failure: DealFailure;
  /** The registration number a duplicate refers to. */
  duplicateNumber: string | undefined;
  /** When a draft was restored: when it was saved (the notice shows it until dismissed or sent). */
  restoredAt: string | undefined;
  /** A submission from before a reload is being finished. */
  resuming = false;
  result: DealRegistration | undefined;
  readonly precheck: DealPrecheck;
  private submission: PendingSubmission | undefined;
  /** A request of the submission is on its way (a reconnect must not send it a second time). */
  private sending = false;
  private drafts: DealDraftStore | undefined;
  private draftTimer: ReturnType<typeof setTimeout> | undefined;
  private abort: AbortController | undefined;
  private loadedFor: unknown;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: () => {
      deals: DealRegistrationsResource | undefined;
      registrationId: string | undefined;
    },
    private readonly callbacks: DealFormCallbacks,
  ) {
    this.precheck = new DealPrecheck(
      (input, signal) => this.deals!.check(input, { signal }),
      (result) => {
        this.precheckNumber = undefined;
        if (result?.status === 'duplicate' && result.existing_id) void this.lookUpNumber(result.existing_id);
        if (result && result.status !== 'clear') {
          this.callbacks.conflict({
            status: result.status,
            reasons: result.reasons,
            existingId: result.existing_id,
          });
        }
        this.host.requestUpdate();
      },
    );
    host.addController(this);
  }

  private deals: DealRegistrationsResource | undefined;
  /** The number of the partner's own registration the pre-check found (`duplicate`). */
  precheckNumber: string | undefined;

  /** A registration's number (for messages), if it can be read. */
  private async numberOf(id: string): Promise<string | undefined> {
    return this.deals?.get(id).then(
      (existing) => existing.number,
      () => undefined,
    );
  }

  private async lookUpNumber(id: string): Promise<void> {
    const number = await this.numberOf(id);
    if (this.precheck.result?.existing_id !== id) return;
    this.precheckNumber = number;
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    const { deals, registrationId } = this.source();
    if (deals === this.deals && registrationId === this.loadedFor) return;
    this.deals = deals;
    this.loadedFor = registrationId;
    void this.load(registrationId);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.precheck.stop();
    this.flushDraft();
    this.deals = undefined;
    this.loadedFor = undefined;
  }

  retryLoad(): void {
    void this.load(this.loadedFor as string | undefined);
  }

  private async load(registrationId: string | undefined): Promise<void> {
    this.abort?.abort();
    const deals = this.deals;
    if (!deals) {
      this.phase = 'not_allowed';
      this.host.requestUpdate();
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    this.phase = 'loading';
    this.host.requestUpdate();
    try {
      const signal = abort.signal;
      const [form, me, registration] = await Promise.all([
        deals.form({ signal }),
        deals.me({ signal }),
        registrationId ? deals.get(registrationId, { signal }) : undefined,
      ]);
      if (signal.aborted) return;
      this.form = form;
      if (this.result && (registrationId === undefined || this.result.id === registrationId)) {
        // Submitted while this load was on its way (the element was moved mid-submit): keep the result.
        this.phase = 'submitted';
        this.host.requestUpdate();
        return;
      }
      this.registration = registration;
      this.drafts =
        me.partner_id && me.partner_user
          ? new DealDraftStore({
              programId: me.program_id,
              partnerId: me.partner_id,
              userId: me.partner_user.external_id,
              registrationId,
            })
          : undefined;
      this.reset(registration ? valuesOf(registration, form) : emptyValues(form));
      this.restoreDraft(form);
      this.phase = 'ready';
      this.host.requestUpdate();
      // A submission from before a reload (or a reconnect) is finished, unless it is still on its way.
      if (this.submission && !this.sending) {
        this.resuming = true;
        void this.send(this.submission);
      }
    } catch (error) {
      if (abort.signal.aborted) return;
      const session = isSessionFailure(error);
      this.phase = session || isNotPermitted(error) ? 'not_allowed' : 'load_error';
      if (session) this.callbacks.sessionLost();
      else if (isFlywheelError(error)) this.callbacks.failed(error);
      this.host.requestUpdate();
    }
  }

  private reset(values: DealFormValues): void {
    this.values = values;
    this.touched.clear();
    this.showAll = false;
    this.serverErrors = {};
    this.failure = undefined;
    this.restoredAt = undefined;
    this.submission = undefined;
    this.validate();
    this.schedulePrecheck();
  }

  /** A saved draft wins over the empty (or stored) values; unknown fields of an older form are dropped. */
  private restoreDraft(form: DealRegistrationForm): void {
    const draft = this.drafts?.load();
    if (!draft) return;
    const keys = new Set([...STANDARD_KEYS, ...form.custom_fields.map((field) => CUSTOM + field.key)]);
    for (const [key, value] of Object.entries(draft.values)) {
      if (keys.has(key) && typeof value === typeof this.values[key]) this.values[key] = value;
    }
    this.restoredAt = draft.savedAt;
    this.submission = draft.submission;
    this.validate();
    this.schedulePrecheck();
  }

  /** The error to show on a field, if any. */
  errorOf(key: string): FieldError | undefined {
    return (
      this.serverErrors[key] ?? (this.showAll || this.touched.has(key) ? this.allErrors[key] : undefined)
    );
  }

  get visibleErrorCount(): number {
    return this.fieldKeys().filter((key) => this.errorOf(key)).length;
  }

  fieldKeys(): string[] {
    return [...STANDARD_KEYS, ...(this.form?.custom_fields ?? []).map((field) => CUSTOM + field.key)];
  }

  /**
   * A submission was sent and its outcome is not known yet (no answer, a 5xx, a lost session): the
   * fields are read-only until it is settled, so "Try again" — now or after a reload — repeats exactly
   * the request that may already have been registered, never a different one.
   */
  get locked(): boolean {
    return this.phase === 'submitting' || this.submission !== undefined;
  }

  /** The partner pressed submit at least once (the error summary speaks from then on). */
  get attempted(): boolean {
    return this.showAll;
  }

  update(key: string, value: FieldValue): void {
    if (this.locked) return;
    this.values = { ...this.values, [key]: value };
    if (this.serverErrors[key])
      this.serverErrors = Object.fromEntries(
        Object.entries(this.serverErrors).filter(([field]) => field !== key),
      );
    if (this.failure !== 'network' && this.failure !== 'server') this.failure = undefined;
    this.validate();
    this.schedulePrecheck();
    this.scheduleDraft();
    this.host.requestUpdate();
  }

  blur(key: string): void {
    if (this.touched.has(key)) return;
    this.touched.add(key);
    this.host.requestUpdate();
  }

  discardDraft(): void {
    if (!this.form || this.locked) return;
    this.drafts?.clear();
    this.reset(this.registration ? valuesOf(this.registration, this.form) : emptyValues(this.form));
    this.host.requestUpdate();
  }

  /**
   * Gives up a pending submission so the partner can change the registration. Safe against a second
   * registration: if the first attempt did arrive, the changed one is refused as a duplicate (rule D1)
   * and the form names the registration that exists.
   */
  unlockForEditing(): void {
    if (this.phase !== 'ready' || !this.submission) return;
    this.submission = undefined;
    this.failure = undefined;
    this.saveDraft();
    this.host.requestUpdate();
  }

  dismissRestored(): void {
    this.restoredAt = undefined;
  }

  /** Back to an empty form after a success. */
  registerAnother(): void {
    if (!this.form) return;
    this.result = undefined;
    this.reset(emptyValues(this.form));
    this.phase = 'ready';
    this.host.requestUpdate();
  }

  private validate(): void {
    const form = this.form;
    if (!form) return;
    const { body, typingErrors } = toBody(this.values, form);
    const errors = [
      ...typingErrors,
      ...validateJson(dealSchemas.DealRegistrationCreate, body),
      ...dealRuleErrors(
        body,
        {
          currencies: form.currencies.map((currency) => currency.code),
          stages: form.stages.map((stage) => stage.key),
          products: form.products.map((product) => product.key),
          customFields: form.custom_fields,
        },
        todayUtc(),
      ),
    ];
    this.allErrors = this.byField(errors);
  }

  private byField(errors: readonly FieldError[]): Record<string, FieldError> {
    const keys = this.fieldKeys();
    const out: Record<string, FieldError> = {};
    for (const error of errors) {
      const key = fieldOfPointer(error.pointer, keys);
      if (key) out[key] ??= error;
    }
    return out;
  }

  /** The customer as far as typed, once it is complete enough to check (else undefined). */
  private customerToCheck(): DealCheckRequest | undefined {
    const v = this.values;
    const company = String(v['customer/company_name'] ?? '').trim();
    const country = String(v['customer/country'] ?? '');
    const noWebsite = v['customer/no_website'] === true;
    const domain = String(v['customer/domain'] ?? '').trim();
    const email = String(v['contact/email'] ?? '').trim();
    if (!company || !country) return undefined;
    if (!noWebsite && (!domain || this.allErrors['customer/domain'])) return undefined;
    return {
      company_name: company,
      country,
      ...(noWebsite ? {} : { domain }),
      ...(email && !this.allErrors['contact/email'] ? { contact_email: email } : {}),
    };
  }

  private schedulePrecheck(): void {
    if (this.registration || !this.deals) return; // a stored registration was checked when submitted
    this.precheck.schedule(this.customerToCheck());
  }

  private scheduleDraft(): void {
    clearTimeout(this.draftTimer);
    this.draftTimer = setTimeout(() => {
      this.saveDraft();
    }, DRAFT_DELAY_MS);
  }

  private flushDraft(): void {
    if (this.draftTimer === undefined) return;
    clearTimeout(this.draftTimer);
    this.draftTimer = undefined;
    if (this.phase === 'ready' || this.phase === 'submitting') this.saveDraft();
  }

  private saveDraft(): void {
    this.draftTimer = undefined;
    if (!this.drafts) return;
    const savedAt = new Date().toISOString();
    const saved = this.drafts.save({
      savedAt,
      values: this.values,
      ...(this.submission ? { submission: this.submission } : {}),
    });
    if (saved) this.callbacks.draftSaved(savedAt);
  }

  /** Validates everything; sends when valid (once, whatever happens next). */
  async submit(): Promise<void> {
    const form = this.form;
    if (!form || this.phase !== 'ready') return;
    this.showAll = true;
    this.validate();
    const invalid = this.fieldKeys().find((key) => this.errorOf(key));
    if (invalid) {
      this.host.requestUpdate();
      this.callbacks.focusField(invalid);
      return;
    }
    // A pending submission is repeated as it was (the fields were read-only since); else a new one.
    const submission: PendingSubmission = this.submission ?? {
      body: JSON.stringify(toBody(this.values, form).body),
      key: newIdempotencyKey(),
      ...(this.registration ? { submitKey: newIdempotencyKey(), version: this.registration.version } : {}),
    };
    if (
      !this.callbacks.beforeSubmit({ registrationId: this.registration?.id, idempotencyKey: submission.key })
    )
      return;
    this.submission = submission;
    // Stored before the request leaves: a reload from here on finishes this submission, not a new one.
    clearTimeout(this.draftTimer);
    this.saveDraft();
    await this.send(submission);
  }

  private async send(submission: PendingSubmission): Promise<void> {
    const deals = this.deals;
    if (!deals || this.sending) return;
    this.sending = true;
    const sentBefore = submission.sent === true;
    if (!sentBefore) {
      submission.sent = true;
      this.saveDraft();
    }
    this.phase = 'submitting';
    this.failure = undefined;
    this.host.requestUpdate();
    const body = JSON.parse(submission.body) as Parameters<DealRegistrationsResource['create']>[0];
    const id = this.registration?.id;
    try {
      let registration: DealRegistration;
      if (id === undefined) {
        registration = await deals.create({ ...body, submit: true }, { idempotencyKey: submission.key });
      } else {
        const patched = await deals.update(id, submission.version ?? 0, body, {
          idempotencyKey: submission.key,
        });
        // The edit is stored: a refused submit below is retried on top of it, with its version.
        this.registration = patched;
        registration = await deals.submit(id, {
          idempotencyKey: submission.submitKey ?? newIdempotencyKey(),
        });
      }
      this.drafts?.clear();
      this.submission = undefined;
      this.restoredAt = undefined;
      this.resuming = false;
      this.result = registration;
      this.phase = 'submitted';
      this.host.requestUpdate();
      this.callbacks.submitted(registration);
    } catch (error) {
      this.resuming = false;
      this.phase = 'ready';
      // Rendered enabled again before anything is focused.
      this.host.requestUpdate();
      await this.failedWith(error, sentBefore);
      this.host.requestUpdate();
    } finally {
      this.sending = false;
    }
  }

  private async failedWith(error: unknown, sentBefore: boolean): Promise<void> {
    if (!isFlywheelError(error)) {
      this.failure = 'server';
      return;
    }
    const refused = () => {
      // The server refused this body: nothing was created, and the same key would only replay the refusal.
      this.submission = undefined;
      this.saveDraft();
    };
    if (error.errors.length > 0 && (error.status === 422 || error.status === 400)) {
      refused();
      this.serverErrors = this.byField(error.errors);
      this.showAll = true;
      const first = this.fieldKeys().find((key) => this.errorOf(key));
      if (first) {
        this.host.requestUpdate();
        this.callbacks.focusField(first);
        return;
      }
    }
    if (isSessionFailure(error)) {
      // The submission (and its key) stays with the draft: sent again once the partner is back.
      this.failure = 'session';
      this.callbacks.sessionLost();
      return;
    }
    if (isNotPermitted(error)) {
      refused();
      this.failure = 'forbidden';
      this.callbacks.failed(error);
      return;
    }
    switch (error.code) {
      case 'duplicate_registration': {
        refused();
        const existingId = typeof error.problem?.existing_id === 'string' ? error.problem.existing_id : null;
        // Sent before, with no answer, and now "already registered": after the server forgot the
        // key (24 h), the earlier attempt is that registration. It is this submission's result.
        const earlier =
          sentBefore && existingId ? await this.deals?.get(existingId).catch(() => undefined) : undefined;
        if (earlier) {
          this.drafts?.clear();
          this.restoredAt = undefined;
          this.result = earlier;
          this.phase = 'submitted';
          this.callbacks.submitted(earlier);
          return;
        }
        this.failure = 'duplicate';
        this.callbacks.conflict({ status: 'duplicate', reasons: ['domain'], existingId });
        this.duplicateNumber = existingId ? await this.numberOf(existingId) : undefined;
        return;
      }
      case 'precondition_failed': {
        refused();
        this.failure = 'changed';
        const id = this.registration?.id;
        const deals = this.deals;
        if (id && deals) this.registration = await deals.get(id).catch(() => this.registration);
        return;
      }
      case 'rate_limited':
        this.failure = 'rate_limited';
        return;
      default:
        this.failure =
          error.status === 0 || error.code === 'idempotency_request_in_progress' ? 'network' : 'server';
        this.callbacks.failed(error);
    }
    // The controls were disabled while sending: focus goes to the button that settles it.
    this.callbacks.focusSubmit();
  }
}

export type { DealCheckResult };
