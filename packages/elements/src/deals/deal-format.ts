/**
 * Money, dates and relative times of deal registrations, for the partner's locale. Amounts are
 * integers of minor units (api-v1): converting to and from what a person types is done on strings,
 * never through floating point, so 0.1 + 0.2 cannot turn into 0.30000000000000004 of anything.
 */

const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(
  id: string,
  make: () => T,
): T {
  let format = formats.get(id) as T | undefined;
  if (!format) {
    format = make();
    formats.set(id, format);
  }
  return format;
}

/** `12.5` typed for USD (exponent 2) → 1250; `undefined` when it is not a positive amount with at most `exponent` decimals. */
export function parseAmount(text: string, exponent: number): number | undefined {
  const match = /^(\d+)(?:[.,](\d+))?$/.exec(text.replace(/\s/g, ''));
  if (!match) return undefined;
  const whole = match[1] ?? '';
  const fraction = match[2] ?? '';
  if (fraction.length > exponent) return undefined;
  const minor = Number(whole + fraction.padEnd(exponent, '0'));
  return Number.isSafeInteger(minor) && minor > 0 ? minor : undefined;
}

/** 1250 minor units at exponent 2 → `12.50` (what the amount field shows when editing). */
export function amountText(minor: number, exponent: number): string {
  if (exponent === 0) return String(minor);
  const digits = String(minor).padStart(exponent + 1, '0');
  return `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

/** A localized amount with its currency, with exactly the currency's minor digits. */
export function formatMoney(minor: number, currency: string, exponent: number, locale: string): string {
  const format = cached(
    `m|${locale}|${currency}|${exponent}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        minimumFractionDigits: exponent,
        maximumFractionDigits: exponent,
      }),
  );
  return format.format(minor / 10 ** exponent);
}

/** A date (`YYYY-MM-DD`, shown as that calendar day) or a timestamp, in the locale's medium style. */
export function formatDate(value: string, locale: string, withTime = false): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const format = cached(
    `d|${locale}|${dateOnly}|${withTime}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        dateStyle: 'medium',
        ...(withTime && !dateOnly ? { timeStyle: 'short' } : {}),
        ...(dateOnly ? { timeZone: 'UTC' } : {}),
      }),
  );
  return format.format(new Date(dateOnly ? `${value}T00:00:00Z` : value));
}

const DAY = 86_400_000;

/** "in 12 days", "tomorrow", "3 hours ago" — for protection periods. */
export function relativeTime(value: string, now: number, locale: string): string {
  const format = cached(`r|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  const delta = Date.parse(value) - now;
  if (Math.abs(delta) < DAY) return format.format(Math.round(delta / 3_600_000), 'hour');
  return format.format(Math.round(delta / DAY), 'day');
}

/** Protection ending within this many days is marked "expiring soon". */
export const EXPIRING_SOON_DAYS = 14;

export function isExpiringSoon(expiresAt: string, now: number): boolean {
  const left = Date.parse(expiresAt) - now;
  return left > 0 && left <= EXPIRING_SOON_DAYS * DAY;
}

/** Today as `YYYY-MM-DD` in UTC: the day the API's close-date rule compares with. */
export function todayUtc(now = Date.now()): string {
  return new Date(now).toISOString().slice(0, 10);
}
