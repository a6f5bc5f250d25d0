import type { LegalBasis, MallConfig } from '@mpp-kit/schemas';
import type { SiteLocale } from './_siteText.js';
import { vocabulary } from './_siteText.js';

type OpeningHours = MallConfig['mall']['openingHours'];
type Period = NonNullable<MallConfig['counters'][number]['active']>[number];
type Weekday = keyof typeof vocabulary.weekday;

const weekdayOrder: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Rupiah: "Rp650.000" (id) or "Rp650,000" (en). */
export function formatRupiah(amount: number, locale: SiteLocale): string {
  return `Rp${new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2 }).format(amount)}`;
}

/** A plain number in the locale's format. */
export function formatNumber(value: number, locale: SiteLocale): string {
  return new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    maximumFractionDigits: 6,
  }).format(value);
}

/** A `YYYY-MM-DD` date in words: "23 Januari 2020" / "23 January 2020". */
export function formatDate(date: string, locale: SiteLocale): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(parsed);
}

/** Days as a range when consecutive ("Senin–Kamis"), else a list. */
export function formatDays(days: readonly Weekday[], locale: SiteLocale): string {
  const sorted = [...new Set(days)].sort(
    (a, b) => weekdayOrder.indexOf(a) - weekdayOrder.indexOf(b),
  );
  const name = (day: Weekday) => vocabulary.weekday[day][locale];
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return '';
  const consecutive =
    weekdayOrder.indexOf(last) - weekdayOrder.indexOf(first) === sorted.length - 1;
  if (sorted.length >= 3 && consecutive) return `${name(first)}–${name(last)}`;
  return sorted.map(name).join(', ');
}

/** Opening hours as lines "Senin–Kamis 08:00–15:00". */
export function formatOpeningHours(hours: OpeningHours, locale: SiteLocale): string[] {
  return hours.map((entry) => `${formatDays(entry.days, locale)} ${entry.open}–${entry.close}`);
}

/** An active period: "sejak 23 Januari 2020" or "23 Januari 2020 – 31 Maret 2020". */
export function formatPeriod(period: Period, locale: SiteLocale): string {
  if (period.to === undefined)
    return `${locale === 'id' ? 'sejak' : 'since'} ${formatDate(period.from, locale)}`;
  return `${formatDate(period.from, locale)} – ${formatDate(period.to, locale)}`;
}

const kindPrefix: Record<LegalBasis['kind'], string> = {
  uu: 'UU',
  pp: 'PP',
  perpres: 'Perpres',
  permen: 'Permen',
  perda: 'Perda',
  perbup: 'Perbup',
  keputusan: 'Keputusan',
  skb: 'SKB',
  other: '',
};

/** The short citation of a regulation: "UU 25/2009", "PP 16/2021", or "" when it has no number. */
export function citation(basis: LegalBasis): string {
  const number =
    basis.number === undefined
      ? ''
      : basis.year === undefined
        ? basis.number
        : `${basis.number}/${basis.year}`;
  if (number === '')
    return basis.year === undefined ? '' : `${kindPrefix[basis.kind]} (${basis.year})`.trim();
  return `${kindPrefix[basis.kind]} ${number}`.trim();
}
