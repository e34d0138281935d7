import type { ContactRequest, ContactRequestCreate } from '@flywheel/contract/browser';
import type { ClientCore } from '../client-core.js';
import { FlywheelError } from '../errors.js';
import { newIdempotencyKey } from '../idempotency-key.js';
import { loadValidation } from '../load-validation.js';
import type { CreateOptions } from './contact-requests.js';

/**
 * The body of `contactRequests.create`, loaded on first use (only a profile's contact form sends one):
 * validates with the schema the server uses, then sends once with an Idempotency-Key.
 */
export async function sendContactRequest(
  core: ClientCore,
  partnerIdOrSlug: string,
  input: ContactRequestCreate,
  options: CreateOptions,
): Promise<ContactRequest> {
  const { schemas, validateJson, validateResponse } = await loadValidation();
  const errors = validateJson(schemas.ContactRequestCreate, input);
  if (errors.length > 0) {
    throw new FlywheelError({
      code: 'validation_failed',
      message: 'Some fields are invalid.',
      status: 422,
      errors,
    });
  }
  return core.create(
    `/v1/partners/${encodeURIComponent(partnerIdOrSlug)}/contact_requests`,
    input,
    options.idempotencyKey ?? newIdempotencyKey(),
    (response) =>
      validateResponse<ContactRequest>(schemas.ContactRequest, response.body, 'contact request', response),
    options.signal,
  );
}
