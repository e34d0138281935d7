import type { Queryable } from '../db/database.js';
import type { Credential } from '../middleware/authenticate.js';
import { buildPartnerIndex, type BuiltPartnerIndex } from './partner-index-builder.js';
import { PUBLIC_PARTNER } from './partner-row.js';
import { loadProgramTaxonomy, type ProgramTaxonomy } from './program-taxonomy.js';
import { RevisionCache } from './revision-cache.js';

/** A program's vocabularies, plus the languages and countries its listed partners use. */
export interface CatalogVocabulary {
  readonly taxonomy: ProgramTaxonomy;
  readonly languages: readonly string[];
  readonly countries: readonly string[];
}

async function loadVocabulary(db: Queryable, programId: string): Promise<CatalogVocabulary> {
  const taxonomy = await loadProgramTaxonomy(db, programId);
  const { rows } = await db.query<{ kind: 'language' | 'country'; value: string }>(
    `SELECT DISTINCT 'language' AS kind, unnest(p.languages) AS value FROM partners p
      WHERE p.program_id = $1 AND ${PUBLIC_PARTNER}
     UNION
     SELECT DISTINCT 'country', unnest(array_append(p.countries_served, p.hq_country)) FROM partners p
      WHERE p.program_id = $1 AND ${PUBLIC_PARTNER}`,
    [programId],
  );
  const values = (kind: string) =>
    rows
      .filter((row) => row.kind === kind)
      .map((row) => row.value)
      .sort();
  return { taxonomy, languages: values('language'), countries: values('country') };
}

/** What the server derives from catalogs, cached per catalog revision (see RevisionCache). */
export class CatalogCaches {
  private readonly indexes = new RevisionCache<BuiltPartnerIndex>();
  private readonly vocabularies = new RevisionCache<CatalogVocabulary>();

  partnerIndex(
    db: Queryable,
    credential: Credential,
    publicUrl: string,
    now: Date,
  ): Promise<BuiltPartnerIndex> {
    return this.indexes.get(credential.programId, credential.catalogRevision, publicUrl, () =>
      buildPartnerIndex(db, credential.programId, publicUrl, now),
    );
  }

  vocabulary(db: Queryable, credential: Credential): Promise<CatalogVocabulary> {
    return this.vocabularies.get(credential.programId, credential.catalogRevision, '', () =>
      loadVocabulary(db, credential.programId),
    );
  }
}
