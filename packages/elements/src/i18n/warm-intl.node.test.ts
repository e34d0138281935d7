import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatMessage } from './format-message.js';
import { numberFormat } from './number-format.js';
import { warmIntl } from './warm-intl.js';

describe('warmIntl', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('builds ahead what a count message and a rating build otherwise', () => {
    warmIntl('fr');
    const numberFormats = vi.spyOn(Intl, 'NumberFormat');
    const pluralRules = vi.spyOn(Intl, 'PluralRules');
    const count = formatMessage(
      { one: '{count} partenaire', other: '{count} partenaires' },
      { count: 1234 },
      'fr',
    );
    const rating = numberFormat('fr', 1).format(4.5);
    expect([count, rating]).toEqual(['1\u202f234 partenaires', '4,5']);
    expect(numberFormats).not.toHaveBeenCalled();
    expect(pluralRules).not.toHaveBeenCalled();
  });

  it('leaves other locales to be built when first used', () => {
    warmIntl('fr');
    const numberFormats = vi.spyOn(Intl, 'NumberFormat');
    numberFormat('es');
    expect(numberFormats).toHaveBeenCalledTimes(1);
  });
});
