import { PROGRAM_VOCABULARIES, type ProgramVocabulary, type TaxonomyTerm } from '@flywheel/contract';
import type { Queryable } from '../db/database.js';
import type { LabelLocale } from '../seed/taxonomy-labels.js';

interface TermRow {
  vocabulary: ProgramVocabulary;
  key: string;
  position: number;
  labels: Partial<Record<string, string>>;
}

/** One program's vocabularies with their labels: the source of truth for which filter values exist. */
export class ProgramTaxonomy {
  private readonly byVocabulary = new Map<ProgramVocabulary, TermRow[]>();
  private readonly index = new Map<string, TermRow>();

  constructor(rows: readonly TermRow[]) {
    for (const vocabulary of PROGRAM_VOCABULARIES) this.byVocabulary.set(vocabulary, []);
    for (const row of [...rows].sort((a, b) => a.position - b.position)) {
      this.byVocabulary.get(row.vocabulary)?.push(row);
      this.index.set(`${row.vocabulary}\u0000${row.key}`, row);
    }
  }

  keys(vocabulary: ProgramVocabulary): string[] {
    return (this.byVocabulary.get(vocabulary) ?? []).map((row) => row.key);
  }

  has(vocabulary: ProgramVocabulary, key: string): boolean {
    return this.index.has(`${vocabulary}\u0000${key}`);
  }

  /** Position in the vocabulary; for tiers, the rank. */
  position(vocabulary: ProgramVocabulary, key: string): number | undefined {
    return this.index.get(`${vocabulary}\u0000${key}`)?.position;
  }

  /** The label in `locale`, else English, else the key itself (never empty). */
  label(vocabulary: ProgramVocabulary, key: string, locale: LabelLocale): string {
    const labels = this.index.get(`${vocabulary}\u0000${key}`)?.labels;
    return labels?.[locale] ?? labels?.en ?? key;
  }

  terms(vocabulary: ProgramVocabulary, locale: LabelLocale): TaxonomyTerm[] {
    return this.keys(vocabulary).map((key) => ({ key, label: this.label(vocabulary, key, locale) }));
  }
}

export async function loadProgramTaxonomy(db: Queryable, programId: string): Promise<ProgramTaxonomy> {
  const { rows } = await db.query<TermRow>(
    'SELECT vocabulary, key, position, labels FROM taxonomy_terms WHERE program_id = $1',
    [programId],
  );
  return new ProgramTaxonomy(rows);
}
