import type { Plural } from './messages.js';
import { numberFormat } from './number-format.js';
import { pluralRules } from './plural-rules.js';

export type MessageValues = Record<string, string | number>;

/**
 * Fills `{name}` placeholders; numbers are formatted for the locale. A plural message picks its form
 * from `values.count` (`zero` wins for 0 when the catalog has it, e.g. "No partners found").
 */
export function formatMessage(message: string | Plural, values: MessageValues, locale: string): string {
  let template: string;
  if (typeof message === 'string') {
    template = message;
  } else {
    const count = Number(values.count ?? 0);
    template =
      (count === 0 ? message.zero : undefined) ?? message[pluralRules(locale).select(count)] ?? message.other;
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberFormat(locale).format(value) : value;
  });
}
