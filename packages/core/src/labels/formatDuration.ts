import type { Locale, LocalizedMessage, SlaUnit } from '@mpp-kit/schemas';

const dayWords: Readonly<Record<SlaUnit, LocalizedMessage<number>>> = {
  working: {
    id: (n) => `${n} hari kerja`,
    en: (n) => `${n} working ${n === 1 ? 'day' : 'days'}`,
  },
  calendar: {
    id: (n) => `${n} hari kalender`,
    en: (n) => `${n} calendar ${n === 1 ? 'day' : 'days'}`,
  },
};

/**
 * A number of working or calendar days in words.
 *
 * @example
 * ```ts
 * formatDayCount(5, 'working', 'id'); // '5 hari kerja'
 * formatDayCount(1, 'calendar', 'en'); // '1 calendar day'
 * ```
 */
export function formatDayCount(days: number, unit: SlaUnit, locale: Locale): string {
  return dayWords[unit][locale](days);
}

const sameDay: Readonly<Record<Locale, string>> = {
  id: 'Selesai pada hari yang sama',
  en: 'Done the same day',
};

/**
 * A service's completion time in words: the days, or "the same day" for zero.
 *
 * @example
 * ```ts
 * formatCompletionTime({ days: 0, unit: 'working' }, 'id'); // 'Selesai pada hari yang sama'
 * formatCompletionTime({ days: 28, unit: 'working' }, 'en'); // '28 working days'
 * ```
 */
export function formatCompletionTime(
  sla: { readonly days: number; readonly unit: SlaUnit },
  locale: Locale,
): string {
  return sla.days === 0 ? sameDay[locale] : formatDayCount(sla.days, sla.unit, locale);
}
