import type { ContactRequest, ContactRequestCreate } from '@flywheel/contract/browser';
import type { ClientCore } from '../client-core.js';
import { FlywheelError } from '../errors.js';

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
  async create(
    partnerIdOrSlug: string,
    input: ContactRequestCreate,
    options: CreateOptions = {},
  ): Promise<ContactRequest> {
    const { sendContactRequest } = await import('./send-contact-request.js').catch((cause: unknown) => {
      throw new FlywheelError({
        code: 'network_error',
        message: 'Part of the Flywheel SDK (contact requests) could not be loaded.',
        cause,
      });
    });
    return sendContactRequest(this.core, partnerIdOrSlug, input, options);
  }
}
