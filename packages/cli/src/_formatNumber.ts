/** The CLI's one number format for tables and summaries. */
import type { Locale } from '@mpp-kit/schemas/issues';

/**
 * A number the way the reader's language writes it (`12.345,6` in Indonesian, `12,345.6` in
 * English), with exactly `digits` decimals when given; `–` when there is no value. A `Locale`
 * (`id`, `en`) is itself a BCP 47 language tag, so `Intl` takes it as it is. (Core's
 * `formatNumber` is not used: it has no fixed decimals, and loading core would slow every `mpp`
 * start for a helper of four commands.)
 */
export function formatNumber(value: number | null, locale: Locale, digits?: number): string {
  if (value === null) return '–';
  const options =
    digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits };
  return new Intl.NumberFormat(locale, options).format(value);
}
