/**
 * Days of the week as they are written in a calendar's `weekend`, Monday first (ISO 8601 order).
 *
 * @example
 * ```ts
 * weekdayNames.indexOf('sat'); // 5
 * ```
 */
export const weekdayNames = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/**
 * A day of the week: `mon` … `sun`.
 *
 * @example
 * ```ts
 * const weekend: WeekdayName[] = ['sat', 'sun'];
 * ```
 */
export type WeekdayName = (typeof weekdayNames)[number];

/**
 * What a dated entry of a calendar declares.
 *
 * - `holiday`: a national or religious holiday (*hari libur nasional*).
 * - `collective-leave`: a *cuti bersama* day, not worked by civil servants, so not a working day.
 * - `closure`: a regional closure (a regional holiday or an office closure decreed by the regent).
 * - `working`: the day is a working day even though it would not be: a weekend day declared a
 *   working day, or (in a calendar that extends another) a weekday that cancels the base
 *   calendar's holiday on that date.
 *
 * @example
 * ```ts
 * calendarDayKinds.includes('collective-leave'); // true
 * ```
 */
export const calendarDayKinds = ['holiday', 'collective-leave', 'closure', 'working'] as const;

/**
 * The kind of a dated calendar entry; see {@link calendarDayKinds}.
 *
 * @example
 * ```ts
 * const kind: CalendarDayKind = 'holiday';
 * ```
 */
export type CalendarDayKind = (typeof calendarDayKinds)[number];

/**
 * Human text in a calendar: a plain (Indonesian) string, or `{ id, en? }` with an English version.
 *
 * @example
 * ```ts
 * const name: CalendarText = { id: 'Hari Raya Idulfitri 1446 H', en: 'Eid al-Fitr' };
 * ```
 */
export type CalendarText =
  | string
  | {
      /** The text in Indonesian (the authoritative version). */
      readonly id: string;
      /** The text in English. */
      readonly en?: string;
    };

/**
 * A decree that sets holidays: for Indonesia's national calendar, the joint decree (*SKB*) of the
 * Minister of Religious Affairs, the Minister of Manpower and the Minister for Administrative and
 * Bureaucratic Reform, issued each year and sometimes amended mid-year.
 *
 * @example
 * ```ts
 * const decree: CalendarDecree = {
 *   id: 'skb-2025-amendment',
 *   year: 2025,
 *   title: 'SKB 933/2025, 1/2025, 3/2025',
 *   amends: 'skb-2025',
 * };
 * ```
 */
export interface CalendarDecree {
  /** Lower-kebab-case id the calendar's days refer to. */
  readonly id: string;
  /** The year whose holidays the decree sets. */
  readonly year: number;
  /** The decree's title, as published. */
  readonly title: string;
  /** Id of the decree this one amends, if any. */
  readonly amends?: string;
}

/**
 * One dated entry of a calendar: a holiday, a collective-leave day, a closure or a working-day
 * override, with its name and the decree that set it.
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
export interface CalendarDay {
  /** The local date, `YYYY-MM-DD`. */
  readonly date: string;
  /** What the day is: holiday, collective leave, closure or working-day override. */
  readonly kind: CalendarDayKind;
  /** The day's name, as the decree gives it (for example `Hari Raya Idulfitri 1446 Hijriah`). */
  readonly name: CalendarText;
  /** Id of the {@link CalendarDecree} that set this day (its provenance). */
  readonly decree?: string;
}

/**
 * A working-day calendar as declared in configuration (`calendars:` in a mall's YAML).
 *
 * Holidays are data with provenance, never code: every year the calendar is used for must be
 * listed in `years`, which promises that its holidays, collective leave and closures are complete.
 * A date outside `years` is an error ({@link CalendarRangeError}), never a silent weekdays-only
 * guess.
 *
 * @example
 * ```ts
 * const national: CalendarDefinition = {
 *   id: 'id-national',
 *   name: { id: 'Kalender Nasional Indonesia', en: 'Indonesian national calendar' },
 *   weekend: ['sat', 'sun'],
 *   years: [2025],
 *   decrees: [{ id: 'skb-2025', year: 2025, title: 'SKB 1017/2024, 2/2024, 2/2024' }],
 *   days: [
 *     { date: '2025-01-01', kind: 'holiday', name: 'Tahun Baru 2025 Masehi', decree: 'skb-2025' },
 *   ],
 * };
 * ```
 */
export interface CalendarDefinition {
  /** Lower-kebab-case id, unique among a mall's calendars. */
  readonly id: string;
  /** The calendar's name. */
  readonly name: CalendarText;
  /**
   * Id of the calendar this one extends (for example a regency calendar extending `id-national`).
   * Resolve it with {@link resolveCalendar} or {@link mergeCalendars}, or pass a `lookup` to
   * {@link createWorkingDayCalendar}.
   */
  readonly extends?: string;
  /** Days of the week that are not working days. Defaults to `['sat', 'sun']`. */
  readonly weekend?: readonly WeekdayName[];
  /** The years whose data is complete. Any date outside them is an error. */
  readonly years: readonly number[];
  /** The decrees the days cite. */
  readonly decrees?: readonly CalendarDecree[];
  /** Dated entries: holidays, collective leave, closures and working-day overrides. */
  readonly days: readonly CalendarDay[];
}

/**
 * The weekend used when a calendar declares none: Saturday and Sunday.
 *
 * @example
 * ```ts
 * const weekend = definition.weekend ?? defaultWeekend;
 * ```
 */
export const defaultWeekend: readonly WeekdayName[] = ['sat', 'sun'];
