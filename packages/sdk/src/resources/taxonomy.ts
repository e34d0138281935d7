import type { Taxonomy } from '@flywheel/contract/browser';
import type { ClientCore, RequestOptions } from '../client-core.js';
import { loadValidation } from '../load-validation.js';

/** `GET /v1/taxonomy`: vocabularies labelled in the client's locale. */
export class TaxonomyResource {
  constructor(private readonly core: ClientCore) {}

  get(options: RequestOptions = {}): Promise<Taxonomy> {
    const validation = loadValidation();
    return this.core.read(
      '/v1/taxonomy',
      undefined,
      async (response) => {
        const { schemas, validateResponse } = await validation;
        return validateResponse<Taxonomy>(schemas.Taxonomy, response.body, 'taxonomy', response);
      },
      options,
    );
  }
}
