const formats = new Map<string, Intl.NumberFormat>();

/**
 * A cached `Intl.NumberFormat`: building one costs far more than formatting with it, and the
 * directory formats dozens of counts on every keystroke.
 */
export function numberFormat(locale: string, fractionDigits?: number): Intl.NumberFormat {
  const id = `${locale}|${fractionDigits ?? ''}`;
  let format = formats.get(id);
  if (!format) {
    format = new Intl.NumberFormat(
      locale,
      fractionDigits === undefined
        ? undefined
        : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits },
    );
    formats.set(id, format);
  }
  return format;
}
