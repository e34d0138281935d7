import type { ContactRequest, ContactRequestCreate } from '@flywheel/contract/browser';
import type { ClientCore } from '../client-core.js';
import { onDemand } from '../on-demand.js';

export interface CreateOptions {
  signal?: AbortSignal;
  /**
   * One key per user action. Pass the same key again after a reload to make the retry land on the
   * first request; by default a new key is made for this call and reused for its own retries.
   */
  idempotencyKey?: string;
}

const loadSender = onDemand(() => import('./send-contact-request.js'), 'contact requests');

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
    const { sendContactRequest } = await loadSender();
    return sendContactRequest(this.core, partnerIdOrSlug, input, options);
  }
}
