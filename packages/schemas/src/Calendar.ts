import { z } from 'zod';
import { doc, idOf } from './_text.js';
import { localizedText } from './LocalizedText.js';
import { isoDate, ref } from './_common.js';
import { calendarDayKinds, weekdays, type Weekday } from './vocabularies.js';

/**
 * The weekend of a calendar that declares none: Saturday and Sunday.
 *
 * @example
 * ```ts
 * const weekend = definition.weekend ?? defaultWeekend;
 * ```
 */
export const defaultWeekend: readonly Weekday[] = Object.freeze(['sat', 'sun']);

/** A decree that sets a year's holidays and collective leave (SKB of three ministers). */
export const calendarDecree = z.strictObject({
  id: idOf('Id keputusan, unik dalam kalender.', 'Decree id, unique within the calendar.'),
  year: doc(z.number().int().min(1945).max(2100), 'Tahun yang diatur.', 'The year it sets.'),
  title: doc(z.string().min(1), 'Judul dan nomor keputusan.', 'Title and number of the decree.'),
  amends: doc(z.string().optional(), 'Id keputusan yang diubah.', 'Id of the decree it amends.'),
});

/** One non-working (or working-override) day of a calendar. */
export const calendarDay = z.strictObject({
  date: doc(isoDate, 'Tanggal (YYYY-MM-DD).', 'Date (YYYY-MM-DD).'),
  kind: doc(
    z.enum(calendarDayKinds),
    'Jenis hari: holiday (hari libur nasional), collective-leave (cuti bersama), closure (penutupan daerah), working (hari kerja pengganti pada akhir pekan).',
    'Kind of day: holiday (national holiday), collective-leave, closure (regional closure), working (a weekend day declared working).',
  ),
  name: doc(localizedText, 'Nama hari.', 'Name of the day.'),
  decree: doc(
    z.string().optional(),
    'Id keputusan yang menetapkannya.',
    'Id of the decree that sets it.',
  ),
});

/**
 * A working-day calendar: weekend, the years whose data is complete, and its dated days with their
 * decree. After the last covered year days follow the weekly pattern and due dates are provisional;
 * before the first one a date is an error. No holiday is ever guessed.
 *
 * @example
 * ```yaml
 * calendars:
 *   - id: id-national
 *     name: Kalender Nasional Indonesia
 *     weekend: [sat, sun]
 *     years: [2026]
 *     decrees: [{ id: skb-2026, year: 2026, title: "SKB 1497/2025, 2/2025, 5/2025" }]
 *     days:
 *       - { date: 2026-01-01, kind: holiday, name: Tahun Baru 2026 Masehi, decree: skb-2026 }
 * ```
 */
export const calendar = z.strictObject({
  id: idOf('Id kalender, unik.', 'Calendar id, unique.'),
  name: doc(localizedText, 'Nama kalender.', 'Calendar name.'),
  extends: doc(
    ref(
      'Id kalender dasar yang diperluas (misalnya kalender nasional).',
      'Id of the base calendar this one extends (for example the national one).',
    ).optional(),
    'Kalender dasar.',
    'Base calendar.',
  ),
  weekend: doc(
    z.array(z.enum(weekdays)).default(() => [...defaultWeekend]),
    'Hari libur akhir pekan (bawaan: sat, sun).',
    'Weekend days (default: sat, sun).',
  ),
  years: doc(
    z.array(z.number().int().min(1945).max(2100)).min(1),
    'Tahun yang datanya lengkap, berurutan. Setelah tahun terakhir, tenggat dihitung hanya dengan akhir pekan dan ditandai sementara sampai tahun itu ditambahkan; tanggal sebelum tahun pertama adalah galat.',
    'Years whose data is complete, consecutive. After the last one, due dates are counted on weekends only and marked provisional until that year is added; a date before the first one is an error.',
  ),
  decrees: doc(
    z.array(calendarDecree).default([]),
    'Keputusan yang menjadi dasar.',
    'Decrees the days come from.',
  ),
  days: doc(
    z.array(calendarDay).default([]),
    'Hari libur, cuti bersama, penutupan, dan hari kerja pengganti.',
    'Holidays, collective leave, closures and working overrides.',
  ),
});
/**
 * A working-day calendar as loaded from configuration (defaults applied: `weekend`, `decrees` and
 * `days` are always there).
 *
 * @example
 * ```ts
 * const national: Calendar = mall.calendars[0];
 * ```
 */
export type Calendar = z.infer<typeof calendar>;

/**
 * A working-day calendar as a program may write it: {@link Calendar} before defaults, so `weekend`
 * (Saturday and Sunday), `decrees` and `days` (none) may be left out. The calendar engine of
 * `@mpp-kit/workflows` (`createWorkingDayCalendar`) takes it; the zod schema `calendar` is its
 * only definition, and `validateCalendarDefinition` of `@mpp-kit/workflows` its only set of rules
 * beyond the schema.
 *
 * @example
 * ```ts
 * const national: CalendarDefinition = {
 *   id: 'id-national',
 *   name: { id: 'Kalender Nasional Indonesia', en: 'Indonesian national calendar' },
 *   years: [2026],
 *   decrees: [{ id: 'skb-2026', year: 2026, title: 'SKB 1497/2025, 2/2025, 5/2025' }],
 *   days: [{ date: '2026-01-01', kind: 'holiday', name: 'Tahun Baru 2026 Masehi', decree: 'skb-2026' }],
 * };
 * ```
 */
export type CalendarDefinition = z.input<typeof calendar>;

/**
 * One dated entry of a calendar: a holiday, a collective-leave day (*cuti bersama*), a regional
 * closure or a working-day override, with its name and the decree that set it.
 *
 * @example
 * ```ts
 * const day: CalendarDay = {
 *   date: '2025-08-18',
 *   kind: 'collective-leave',
 *   name: { id: 'Cuti Bersama Hari Kemerdekaan RI', en: 'Collective leave for Independence Day' },
 *   decree: 'skb-2025-amendment',
 * };
 * ```
 */
export type CalendarDay = z.infer<typeof calendarDay>;

/**
 * A decree that sets a year's holidays: for the national calendar, the joint decree (*SKB*) of the
 * Ministers of Religious Affairs, of Manpower and for Administrative and Bureaucratic Reform,
 * issued each year and sometimes amended mid-year.
 *
 * @example
 * ```ts
 * const decree: CalendarDecree = { id: 'skb-2025-amendment', year: 2025, title: 'SKB 933/2025, 1/2025, 3/2025', amends: 'skb-2025' };
 * ```
 */
export type CalendarDecree = z.infer<typeof calendarDecree>;
