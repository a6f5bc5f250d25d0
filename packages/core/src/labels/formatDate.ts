import type { Locale, OpeningHours, TimeZone, Weekday } from '@mpp-kit/schemas';
import { weekdays } from '@mpp-kit/schemas';
import { cachedFormatter, intlLocale } from './intlLocale.js';
import { vocabularyLabels } from './vocabularyLabels.js';

const dateFormat = cachedFormatter(
  (locale) =>
    new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }),
);

/**
 * A `YYYY-MM-DD` date in words (`23 Januari 2020` / `23 January 2020`); the text itself when it
 * is not a date.
 *
 * @example
 * ```ts
 * formatDate('2020-01-23', 'id'); // '23 Januari 2020'
 * ```
 */
export function formatDate(date: string, locale: Locale): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(parsed.getTime())) return date;
  return dateFormat(locale).format(parsed);
}

/** What stands between hours and minutes: `14.05` in Indonesian, `14:05` in English. */
const clockSeparator: Readonly<Record<Locale, string>> = { id: '.', en: ':' };

/** The abbreviations Indonesians use for their three time zones, in both languages. */
const zoneNames: Readonly<Record<TimeZone, string>> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/**
 * An instant as a local date and time in the mall's time zone, with the zone's name
 * (`4 Desember 2026 14.05 WIB` / `4 December 2026 14:05 WIB`).
 *
 * @example
 * ```ts
 * formatDateTime('2026-12-04T07:05:00Z', 'Asia/Jakarta', 'en'); // '4 December 2026 14:05 WIB'
 * ```
 */
export function formatDateTime(instant: string | Date, timeZone: TimeZone, locale: Locale): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return String(instant);
  const parts = new Intl.DateTimeFormat(intlLocale[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((entry) => entry.type === type)?.value ?? '';
  return `${part('day')} ${part('month')} ${part('year')} ${part('hour')}${clockSeparator[locale]}${part('minute')} ${zoneNames[timeZone]}`;
}

/**
 * Weekdays as a range when they follow each other (`Senin–Kamis`), else as a list.
 *
 * @example
 * ```ts
 * formatWeekdays(['mon', 'tue', 'wed', 'thu'], 'id'); // 'Senin–Kamis'
 * formatWeekdays(['sat', 'mon'], 'en'); // 'Monday, Saturday'
 * ```
 */
export function formatWeekdays(days: readonly Weekday[], locale: Locale): string {
  const sorted = [...new Set(days)].sort((a, b) => weekdays.indexOf(a) - weekdays.indexOf(b));
  const name = (day: Weekday) => vocabularyLabels.weekday[day][locale];
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return '';
  const consecutive = weekdays.indexOf(last) - weekdays.indexOf(first) === sorted.length - 1;
  if (sorted.length >= 3 && consecutive) return `${name(first)}–${name(last)}`;
  return sorted.map(name).join(', ');
}

/**
 * Opening hours as one line per group of days (`Senin–Kamis 08.00–15.00` /
 * `Monday–Thursday 08:00–15:00`).
 *
 * @example
 * ```ts
 * formatOpeningHours([{ days: ['fri'], open: '08:00', close: '11:00' }], 'id'); // ['Jumat 08.00–11.00']
 * ```
 */
export function formatOpeningHours(hours: OpeningHours, locale: Locale): string[] {
  const clock = (time: string) => time.replace(':', clockSeparator[locale]);
  return hours.map(
    (entry) => `${formatWeekdays(entry.days, locale)} ${clock(entry.open)}–${clock(entry.close)}`,
  );
}
