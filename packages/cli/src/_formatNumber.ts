/** The CLI's one number format for tables and summaries. */
import type { Locale } from '@mpp-kit/schemas/issues';

/**
 * A number the way the reader's language writes it (`12.345,6` in Indonesian, `12,345.6` in
 * English), with exactly `digits` decimals when given; `–` when there is no value.
 */
export function formatNumber(value: number | null, locale: Locale, digits?: number): string {
  if (value === null) return '–';
  const options =
    digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits };
  return new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-US', options).format(value);
}
