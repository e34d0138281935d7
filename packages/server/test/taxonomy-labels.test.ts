import { describe, it, expect } from 'vitest';
import { DEFAULT_VOCABULARIES, PROGRAM_VOCABULARIES, type ProgramVocabulary } from '@flywheel/contract';
import { LABEL_LOCALES, TAXONOMY_LABELS, type LabelLocale } from '../src/seed/taxonomy-labels.js';

/** The contract's keys for each program vocabulary. */
const CONTRACT_KEYS: { readonly [V in ProgramVocabulary]: readonly string[] } = DEFAULT_VOCABULARIES;

const MAX_LABEL_LENGTH = 48;

/**
 * Non-English labels that may equal the English one (case-insensitively) because that is the correct
 * wording in that language, as `locale:vocabulary.key`. Keep this list short and explicit.
 */
const ALLOWED_ENGLISH_COPIES = new Set([
  'de:tiers.gold', // "Gold" is German too
  'de:expertise.sales_enablement', // German B2B uses the English term
  'de:expertise.managed_services', // idem
  'fr:regions.europe', // "Europe" is French too
  'es:regions.global', // "Global" is Spanish too
  'pt-BR:regions.global', // and Portuguese
]);
const MAX_ENGLISH_COPIES_PER_LOCALE = 3;

const vocabularies = PROGRAM_VOCABULARIES;

function* labels(): Generator<{
  vocabulary: ProgramVocabulary;
  key: string;
  locale: LabelLocale;
  label: string;
}> {
  for (const vocabulary of vocabularies) {
    for (const [key, byLocale] of Object.entries(TAXONOMY_LABELS[vocabulary])) {
      for (const locale of LABEL_LOCALES) {
        yield { vocabulary, key, locale, label: byLocale[locale] };
      }
    }
  }
}

describe('taxonomy labels', () => {
  it('cover exactly the program vocabularies of the contract', () => {
    expect(Object.keys(TAXONOMY_LABELS).sort()).toEqual([...PROGRAM_VOCABULARIES].sort());
    expect(Object.keys(CONTRACT_KEYS).sort()).toEqual([...PROGRAM_VOCABULARIES].sort());
  });

  it('label every contract key in every locale, and no other key', () => {
    const problems: string[] = [];
    for (const vocabulary of vocabularies) {
      const labelled: Readonly<Record<string, Readonly<Record<string, unknown>> | undefined>> =
        TAXONOMY_LABELS[vocabulary];
      for (const key of CONTRACT_KEYS[vocabulary]) {
        const byLocale = labelled[key];
        if (byLocale === undefined) {
          problems.push(`${vocabulary}.${key}: no labels`);
          continue;
        }
        for (const locale of LABEL_LOCALES) {
          if (typeof byLocale[locale] !== 'string') problems.push(`${vocabulary}.${key}: no ${locale} label`);
        }
        for (const locale of Object.keys(byLocale)) {
          if (!(LABEL_LOCALES as readonly string[]).includes(locale)) {
            problems.push(`${vocabulary}.${key}: unexpected locale ${locale}`);
          }
        }
      }
      for (const key of Object.keys(labelled)) {
        if (!CONTRACT_KEYS[vocabulary].includes(key))
          problems.push(`${vocabulary}.${key}: not in the contract`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('are non-empty, trimmed, single-line and at most 48 characters', () => {
    const problems: string[] = [];
    for (const { vocabulary, key, locale, label } of labels()) {
      const where = `${locale}:${vocabulary}.${key} ${JSON.stringify(label)}`;
      if (label.length === 0) problems.push(`${where} is empty`);
      if (label !== label.trim()) problems.push(`${where} has leading or trailing whitespace`);
      if (/\s{2}|[\n\r\t]/u.test(label)) problems.push(`${where} has doubled or control whitespace`);
      if (label.length > MAX_LABEL_LENGTH) problems.push(`${where} is longer than ${MAX_LABEL_LENGTH}`);
    }
    expect(problems).toEqual([]);
  });

  it('are distinct within a vocabulary in each locale', () => {
    const problems: string[] = [];
    for (const vocabulary of vocabularies) {
      for (const locale of LABEL_LOCALES) {
        const seen = new Map<string, string>();
        for (const [key, byLocale] of Object.entries(TAXONOMY_LABELS[vocabulary])) {
          const label = byLocale[locale].toLocaleLowerCase(locale);
          const other = seen.get(label);
          if (other !== undefined)
            problems.push(`${locale}:${vocabulary}: ${other} and ${key} share a label`);
          seen.set(label, key);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('are translated rather than copied from English, apart from a short explicit list', () => {
    const problems: string[] = [];
    const copiesPerLocale = new Map<LabelLocale, number>();
    for (const vocabulary of vocabularies) {
      for (const [key, byLocale] of Object.entries(TAXONOMY_LABELS[vocabulary])) {
        const english = byLocale.en.toLocaleLowerCase('en');
        for (const locale of LABEL_LOCALES) {
          if (locale === 'en') continue;
          const id = `${locale}:${vocabulary}.${key}`;
          const copied = byLocale[locale].toLocaleLowerCase(locale) === english;
          if (copied) copiesPerLocale.set(locale, (copiesPerLocale.get(locale) ?? 0) + 1);
          if (copied && !ALLOWED_ENGLISH_COPIES.has(id)) {
            problems.push(`${id} copies the English label ${JSON.stringify(byLocale.en)}`);
          }
          if (!copied && ALLOWED_ENGLISH_COPIES.has(id)) {
            problems.push(`${id} is allow-listed as an English copy but is not one: remove it from the list`);
          }
        }
      }
    }
    for (const [locale, count] of copiesPerLocale) {
      if (count > MAX_ENGLISH_COPIES_PER_LOCALE) {
        problems.push(`${locale} copies ${count} English labels (at most ${MAX_ENGLISH_COPIES_PER_LOCALE})`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('use the expected script and punctuation conventions', () => {
    const problems: string[] = [];
    for (const { vocabulary, key, locale, label } of labels()) {
      const where = `${locale}:${vocabulary}.${key} ${JSON.stringify(label)}`;
      if (/[.。!！?？:：;；、,，]$/u.test(label)) problems.push(`${where} ends with punctuation`);
      if (locale === 'ja' && !/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(label)) {
        problems.push(`${where} has no Japanese script`);
      }
      if (locale === 'ar' && !/\p{Script=Arabic}/u.test(label))
        problems.push(`${where} has no Arabic script`);
      if (locale === 'en' && /^\p{Ll}/u.test(label)) problems.push(`${where} does not start with a capital`);
    }
    expect(problems).toEqual([]);
  });
});
