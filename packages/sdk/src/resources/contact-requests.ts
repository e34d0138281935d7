import {
  schemas,
  validateJson,
  type ContactRequest,
  type ContactRequestCreate,
} from '@flywheel/contract/browser';
import { FlywheelError } from '../errors.js';
import { newIdempotencyKey } from '../idempotency-key.js';
import type { ClientCore } from '../client-core.js';
import { validateResponse } from '../validate.js';

export interface CreateOptions {
  signal?: AbortSignal;
  /**
   * One key per user action. Pass the same key again after a reload to make the retry land on the
   * first request; by default a new key is made for this call and reused for its own retries.
   */
  idempotencyKey?: string;
}

/** `POST /v1/partners/{id}/contact_requests`: a visitor asks a partner to get in touch. */
export class ContactRequestsResource {
  constructor(private readonly core: ClientCore) {}

  /**
   * Validates with the schema the server uses (so errors arrive before a round trip, with the same
   * pointers and codes), then sends it exactly once however often the network makes it retry.
   */
  create(
    partnerIdOrSlug: string,
    input: ContactRequestCreate,
    options: CreateOptions = {},
  ): Promise<ContactRequest> {
    const errors = validateJson(schemas.ContactRequestCreate, input);
    if (errors.length > 0) {
      return Promise.reject(
        new FlywheelError({
          code: 'validation_failed',
          message: 'Some fields are invalid.',
          status: 422,
          errors,
        }),
      );
    }
    return this.core.create(
      `/v1/partners/${encodeURIComponent(partnerIdOrSlug)}/contact_requests`,
      input,
      options.idempotencyKey ?? newIdempotencyKey(),
      (response) =>
        validateResponse<ContactRequest>(schemas.ContactRequest, response.body, 'contact request', response),
      options.signal,
    );
  }
}
