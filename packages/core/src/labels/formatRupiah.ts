import type { Locale } from '@mpp-kit/schemas';
import { cachedFormatter } from './intlLocale.js';

const moneyFormat = cachedFormatter(
  (locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }),
);
const numberFormat = cachedFormatter(
  (locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }),
);

/**
 * An amount in rupiah, as written in each language: `Rp120.000` in Indonesian, `Rp120,000` in
 * English (the same symbol, the language's separators). The one money formatter of the site, the
 * service standard and the exports.
 *
 * @example
 * ```ts
 * formatRupiah(1250000, 'id'); // 'Rp1.250.000'
 * formatRupiah(1250000, 'en'); // 'Rp1,250,000'
 * ```
 */
export function formatRupiah(amount: number, locale: Locale): string {
  return `Rp${moneyFormat(locale).format(amount)}`;
}

/**
 * A range of rupiah amounts (`Rp350.000–Rp650.000`), or one amount when both ends are equal.
 *
 * @example
 * ```ts
 * formatRupiahRange([650000, 350000, 950000], 'id'); // 'Rp350.000–Rp950.000'
 * ```
 */
export function formatRupiahRange(amounts: readonly number[], locale: Locale): string {
  if (amounts.length === 0) return '';
  const low = Math.min(...amounts);
  const high = Math.max(...amounts);
  return low === high
    ? formatRupiah(low, locale)
    : `${formatRupiah(low, locale)}–${formatRupiah(high, locale)}`;
}

/**
 * A plain number in the language's format (`1.250,5` / `1,250.5`).
 *
 * @example
 * ```ts
 * formatNumber(1250.5, 'id'); // '1.250,5'
 * ```
 */
export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(locale).format(value);
}
