import {
  schemas,
  validateJson,
  type ContactRequestCreate,
  type FieldError,
} from '@flywheel/contract/browser';
import { isFlywheelError, newIdempotencyKey, type FlywheelClient } from '@flywheel/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export const CONTACT_FIELDS = ['name', 'email', 'company', 'phone', 'message', 'consent'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

export interface ContactValues {
  name: string;
  email: string;
  company: string;
  phone: string;
  message: string;
  consent: boolean;
}

export type ContactStatus = 'editing' | 'submitting' | 'success';
/** A form-level failure, shown above the submit button; the fields keep what was typed. */
export type ContactFailure = 'network' | 'server' | 'rate_limited' | undefined;

const EMPTY: ContactValues = { name: '', email: '', company: '', phone: '', message: '', consent: false };

/**
 * The contact form's state: values, field errors from the same schema the server validates with,
 * server field errors on the right fields, and an Idempotency-Key made when the visitor first
 * presses send and kept until it succeeds — a retry after a network fault cannot create a second lead.
 */
export class ContactFormController implements ReactiveController {
  values: ContactValues = { ...EMPTY };
  errors: Partial<Record<ContactField, FieldError>> = {};
  touched = new Set<ContactField>();
  status: ContactStatus = 'editing';
  failure: ContactFailure;
  private idempotencyKey: string | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing to set up: the form starts empty.
  }

  /** The body the API expects: optional fields omitted when blank. */
  private body(): Record<string, unknown> {
    const { name, email, company, phone, message, consent } = this.values;
    return {
      name,
      email,
      ...(company.trim() ? { company } : {}),
      ...(phone.trim() ? { phone } : {}),
      message,
      consent,
    };
  }

  private validate(): Partial<Record<ContactField, FieldError>> {
    return this.byField(validateJson(schemas.ContactRequestCreate, this.body()));
  }

  private byField(errors: readonly FieldError[]): Partial<Record<ContactField, FieldError>> {
    const out: Partial<Record<ContactField, FieldError>> = {};
    for (const error of errors) {
      const field = error.pointer.replace(/^#\//, '').split('/')[0] as ContactField;
      if ((CONTACT_FIELDS as readonly string[]).includes(field)) out[field] ??= error;
    }
    return out;
  }

  update(field: ContactField, value: string | boolean): void {
    this.values = { ...this.values, [field]: value };
    this.failure = undefined;
    // A changed request is a new user action: it gets its own key when sent.
    this.idempotencyKey = undefined;
    // Errors follow typing only for fields already visited, so nobody is scolded mid-word.
    if (this.touched.has(field)) this.errors = { ...this.errors, [field]: this.validate()[field] };
    this.host.requestUpdate();
  }

  blur(field: ContactField): void {
    this.touched.add(field);
    this.errors = { ...this.errors, [field]: this.validate()[field] };
    this.host.requestUpdate();
  }

  /** Validates and sends. Returns the first invalid field (to focus) or undefined. */
  async submit(client: FlywheelClient, partnerId: string): Promise<{ invalid?: ContactField; id?: string }> {
    for (const field of CONTACT_FIELDS) this.touched.add(field);
    this.errors = this.validate();
    const invalid = CONTACT_FIELDS.find((field) => this.errors[field]);
    if (invalid) {
      this.host.requestUpdate();
      return { invalid };
    }
    this.idempotencyKey ??= newIdempotencyKey();
    this.status = 'submitting';
    this.failure = undefined;
    this.host.requestUpdate();
    try {
      const created = await client.contactRequests.create(
        partnerId,
        this.body() as unknown as ContactRequestCreate,
        { idempotencyKey: this.idempotencyKey },
      );
      this.status = 'success';
      this.idempotencyKey = undefined;
      this.host.requestUpdate();
      return { id: created.id };
    } catch (error) {
      this.status = 'editing';
      if (isFlywheelError(error) && error.errors.length > 0) {
        this.errors = this.byField(error.errors);
        this.host.requestUpdate();
        return { invalid: CONTACT_FIELDS.find((field) => this.errors[field]) ?? 'name' };
      }
      this.failure = !isFlywheelError(error)
        ? 'server'
        : error.code === 'rate_limited'
          ? 'rate_limited'
          : error.status === 0
            ? 'network'
            : 'server';
      this.host.requestUpdate();
      throw error;
    }
  }

  /** Back to an empty form (after a success). */
  reset(): void {
    this.values = { ...EMPTY };
    this.errors = {};
    this.touched.clear();
    this.status = 'editing';
    this.failure = undefined;
    this.host.requestUpdate();
  }
}
