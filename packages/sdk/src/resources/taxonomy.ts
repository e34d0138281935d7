import { schemas, type Taxonomy } from '@flywheel/contract/browser';
import type { ClientCore, RequestOptions } from '../client-core.js';
import { validateResponse } from '../validate.js';

/** `GET /v1/taxonomy`: vocabularies labelled in the client's locale. */
export class TaxonomyResource {
  constructor(private readonly core: ClientCore) {}

  get(options: RequestOptions = {}): Promise<Taxonomy> {
    return this.core.read(
      '/v1/taxonomy',
      undefined,
      (response) => validateResponse<Taxonomy>(schemas.Taxonomy, response.body, 'taxonomy', response),
      options,
    );
  }
}
