import { describe, expect, it } from 'vitest';
import { messages as ar } from './locales/ar.js';
import { messages as de } from './locales/de.js';
import { messages as es } from './locales/es.js';
import { messages as fr } from './locales/fr.js';
import { messages as ja } from './locales/ja.js';
import { messages as ptBR } from './locales/pt-BR.js';
import { englishMessages } from './english-messages.js';
import type { Messages, Plural } from './messages.js';

const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
type Category = (typeof CATEGORIES)[number];

const english: Record<string, string | Plural> = englishMessages;
const catalogs: Record<string, Messages> = { de, fr, es, ja, 'pt-BR': ptBR, ar };

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
}

function isPlural(message: unknown): message is Plural {
  return typeof message === 'object' && message !== null;
}

/** The forms of a message: one unnamed form for a string, one per category for a plural. */
function formsOf(message: string | Plural): [Category | undefined, string][] {
  if (!isPlural(message)) return [[undefined, message]];
  return Object.entries(message).map(([category, text]) => [category as Category, text]);
}

/** Forms that may leave out `{count}` because the wording itself carries the number. */
function mayOmitCount(locale: string, category: Category | undefined): boolean {
  if (category === 'zero' || category === 'one') return true;
  // Arabic says "two partners" with the dual noun alone (شريكان), as CLDR's own Arabic patterns do.
  return locale === 'ar' && category === 'two';
}

function problemsOf(locale: string, catalog: Messages): string[] {
  const problems: string[] = [];
  const translated: Record<string, unknown> = catalog;
  const englishKeys = Object.keys(english);
  const keys = Object.keys(translated);
  for (const key of englishKeys) if (!(key in translated)) problems.push(`${key}: missing`);
  for (const key of keys) if (!(key in english)) problems.push(`${key}: not in the English catalog`);

  for (const key of englishKeys) {
    const source = english[key]!;
    const message = translated[key];
    if (message === undefined) continue;
    if (isPlural(source) !== isPlural(message) || (!isPlural(message) && typeof message !== 'string')) {
      problems.push(`${key}: must be ${isPlural(source) ? 'a plural object' : 'a string'}`);
      continue;
    }
    if (isPlural(message)) {
      if (typeof message.other !== 'string') problems.push(`${key}: plural lacks "other"`);
      for (const category of Object.keys(message)) {
        if (!(CATEGORIES as readonly string[]).includes(category)) {
          problems.push(`${key}: unknown plural category "${category}"`);
        }
      }
      if (locale === 'ar') {
        for (const category of CATEGORIES) {
          if (typeof message[category] !== 'string')
            problems.push(`${key}: Arabic plural lacks "${category}"`);
        }
      }
    }

    const allowed = new Set(formsOf(source).flatMap(([, text]) => placeholders(text)));
    for (const [category, text] of formsOf(message)) {
      const where = category ? `${key}.${category}` : key;
      if (typeof text !== 'string') {
        problems.push(`${where}: not a string`);
        continue;
      }
      if (text.length === 0) problems.push(`${where}: empty`);
      if (text.trim() !== text) problems.push(`${where}: leading or trailing whitespace`);
      if (/[{}]/.test(text.replace(/\{\w+\}/g, ''))) problems.push(`${where}: malformed placeholder braces`);

      const used = new Set(placeholders(text));
      for (const name of used) {
        if (!allowed.has(name))
          problems.push(`${where}: placeholder {${name}} is not in the English message`);
      }
      const reference = isPlural(source) ? (source[category ?? 'other'] ?? source.other) : source;
      for (const name of placeholders(reference)) {
        if (used.has(name)) continue;
        if (name === 'count' && mayOmitCount(locale, category)) continue;
        problems.push(`${where}: lacks placeholder {${name}}`);
      }
    }
  }
  return problems;
}

function allStrings(catalog: Messages): [string, string][] {
  return Object.entries(catalog as Record<string, string | Plural>).flatMap(([key, message]) =>
    formsOf(message).map(([category, text]): [string, string] => [
      category ? `${key}.${category}` : key,
      text,
    ]),
  );
}

describe('locale catalogs', () => {
  it.each(Object.entries(catalogs))('%s matches the English catalog', (locale, catalog) => {
    expect(problemsOf(locale, catalog)).toEqual([]);
  });

  it('catches what it should', () => {
    const broken = {
      ...de,
      extraKey: 'x',
      showMore: 'Mehr anzeigen',
      contactHeading: '{nmae} kontaktieren',
      back: ' Zurück',
      retry: '',
      resultsCount: { one: 'ein Partner' },
    } as unknown as Messages;
    delete (broken as Partial<Messages>).about;
    const problems = problemsOf('de', broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        'about: missing',
        'extraKey: not in the English catalog',
        'showMore: lacks placeholder {count}',
        'contactHeading: placeholder {nmae} is not in the English message',
        'contactHeading: lacks placeholder {name}',
        'back: leading or trailing whitespace',
        'retry: empty',
        'resultsCount: plural lacks "other"',
      ]),
    );
    expect(problemsOf('ar', { ...ar, resultsCount: { one: 'شريك واحد', other: '{count} شريك' } })).toEqual([
      'resultsCount: Arabic plural lacks "zero"',
      'resultsCount: Arabic plural lacks "two"',
      'resultsCount: Arabic plural lacks "few"',
      'resultsCount: Arabic plural lacks "many"',
    ]);
    expect(problemsOf('de', { ...de, resultsCount: { one: '{count} Partner', other: 'Partner' } })).toEqual([
      'resultsCount.other: lacks placeholder {count}',
    ]);
  });

  it('French uses ’ and a narrow no-break space (U+202F) before : ; ? !', () => {
    const problems: string[] = [];
    for (const [where, text] of allStrings(fr)) {
      if (text.includes("'")) problems.push(`${where}: straight apostrophe`);
      if (/(^|[^\u202F])[:;?!]/u.test(text)) problems.push(`${where}: : ; ? ! need U+202F before them`);
    }
    expect(problems).toEqual([]);
  });
});
