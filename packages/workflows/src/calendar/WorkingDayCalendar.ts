import type { CalendarDayKind, CalendarDecree, LocalizedText, Weekday } from '@mpp-kit/schemas';
import type { CalendarLookup } from './resolveCalendar.js';
import type { MallTimeZone } from './toLocalDate.js';

/**
 * Units a term (an SLA, a step deadline) can be counted in: `working` days (*hari kerja*) or
 * `calendar` days (*hari kalender*).
 *
 * @example
 * ```ts
 * termUnits.includes('working'); // true
 * ```
 */
export const termUnits = ['working', 'calendar'] as const;

/**
 * A term's unit; see {@link termUnits}.
 *
 * @example
 * ```ts
 * const unit: TermUnit = 'working';
 * ```
 */
export type TermUnit = (typeof termUnits)[number];

/**
 * Why a day did not count toward a term: a weekend day, a holiday, a collective-leave day
 * (*cuti bersama*), a regional closure, or a day of suspension (the file was with the applicant).
 *
 * @example
 * ```ts
 * skipReasons.includes('suspension'); // true
 * ```
 */
export const skipReasons = [
  'weekend',
  'holiday',
  'collective-leave',
  'closure',
  'suspension',
] as const;

/**
 * A reason a day was skipped; see {@link skipReasons}.
 *
 * @example
 * ```ts
 * const reason: SkipReason = 'collective-leave';
 * ```
 */
export type SkipReason = (typeof skipReasons)[number];

/**
 * A period during which the clock is stopped (*berkas dikembalikan*): the file is back with the
 * applicant for correction. Both ends are inclusive local dates, and no day from `from` to `to`
 * counts. By convention `from` is the day the file is returned to the applicant and `to` the day
 * the complete file is received again (which, like any receipt day, does not count: counting
 * resumes on the next working day). Without `to` the file is still with the applicant, and a due
 * date reached after `from` cannot be computed ({@link ClockStoppedError}).
 *
 * @example
 * ```ts
 * const returned: Suspension = { from: '2025-05-08', to: '2025-05-20' };
 * const stillOut: Suspension = { from: '2025-05-08' };
 * ```
 */
export interface Suspension {
  /** First day of the suspension, `YYYY-MM-DD`. */
  readonly from: string;
  /** Last day of the suspension, `YYYY-MM-DD`; absent while the file is still with the applicant. */
  readonly to?: string;
}

/**
 * What a due date is computed from.
 *
 * @example
 * ```ts
 * const input: DueDateInput = { received: '2025-03-21', days: 10, unit: 'working' };
 * ```
 */
export interface DueDateInput {
  /** The local date the complete file was received, `YYYY-MM-DD` (see {@link toLocalDate}). */
  readonly received: string;
  /** Length of the term: a whole number, 0 or more. 0 means a same-day service. */
  readonly days: number;
  /** Whether `days` are working days or calendar days. */
  readonly unit: TermUnit;
  /** Periods during which the clock was stopped; see {@link Suspension}. */
  readonly suspensions?: readonly Suspension[];
}

/**
 * A day that did not count toward a term, and why. Holidays, collective leave and closures carry
 * the calendar entry's name and decree id. A suspended day is reported as `suspension` whatever
 * else it is.
 *
 * @example
 * ```ts
 * const day: SkippedDay = {
 *   date: '2025-08-18',
 *   reason: 'collective-leave',
 *   name: { id: 'Cuti Bersama Hari Kemerdekaan RI', en: 'Collective leave for Independence Day' },
 *   decree: 'skb-2025-amendment',
 * };
 * ```
 */
export interface SkippedDay {
  /** The day, `YYYY-MM-DD`. */
  readonly date: string;
  /** Why it did not count. */
  readonly reason: SkipReason;
  /** The holiday's, collective-leave day's or closure's name. */
  readonly name?: LocalizedText;
  /** Id of the decree that set the day. */
  readonly decree?: string;
}

/**
 * A due date with its explanation: the day the term started counting, the due date, and every day
 * between receipt and the due date that did not count, with its reason.
 *
 * @example
 * ```ts
 * const explanation: DueDateExplanation = calendar.explainDueDate({ received: '2025-08-15', days: 1, unit: 'working' });
 * // { received: '2025-08-15', days: 1, unit: 'working', start: '2025-08-19', due: '2025-08-19',
 * //   skipped: [ { date: '2025-08-16', reason: 'weekend' },
 * //              { date: '2025-08-17', reason: 'holiday', name: {...}, decree: 'skb-2025' },
 * //              { date: '2025-08-18', reason: 'collective-leave', name: {...}, decree: 'skb-2025-amendment' } ],
 * //   provisional: false }
 * ```
 */
export interface DueDateExplanation {
  /** The receipt date, as given. */
  readonly received: string;
  /** The length of the term, as given. */
  readonly days: number;
  /** The unit of the term, as given. */
  readonly unit: TermUnit;
  /**
   * The first day that counts (day 1 of the term). For a 0-day term, the due date; for a
   * calendar-day term, the first calendar day after receipt that is not suspended.
   */
  readonly start: string;
  /** The due date, `YYYY-MM-DD`: always a working day. */
  readonly due: string;
  /**
   * Calendar-day terms only: the day the term's last calendar day fell on. When it is not a
   * working day, `due` is the next working day and the days in between are in `skipped`.
   */
  readonly termEnd?: string;
  /**
   * Every day that did not count, in date order: for working-day terms every non-working or
   * suspended day after receipt up to the due date; for calendar-day terms the suspended days and
   * the roll-forward days from `termEnd`; for a 0-day term received on a non-working day, the
   * receipt day and the days up to the next working day.
   */
  readonly skipped: readonly SkippedDay[];
  /**
   * `true` when the due date lies on or after {@link WorkingDayCalendar.uncoveredFrom}: some of
   * the days counted are in a year no decree covers yet, so they were counted on the calendar's
   * weekly pattern (weekends only, no holiday guessed). The date may move when that year's
   * holidays and collective leave are added. Always check it before showing or storing `due`.
   */
  readonly provisional: boolean;
  /**
   * Present exactly when `provisional` is `true`: the first day no decree covers
   * (`'2027-01-01'` for a calendar whose last year is 2026).
   */
  readonly uncoveredFrom?: string;
}

/**
 * Where a term stopped: it reached a suspension with no end date (the file is back with the
 * applicant), so it has no due date yet. What {@link ClockStoppedError} carries.
 *
 * @example
 * ```ts
 * const stop: ClockStop = { stoppedSince: '2025-05-08', remaining: 8, unit: 'working' };
 * ```
 */
export interface ClockStop {
  /** The first day of the open suspension, `YYYY-MM-DD`. */
  readonly stoppedSince: string;
  /** Days of the term not yet used when the clock stopped, in `unit`. */
  readonly remaining: number;
  /** Unit of the term and of `remaining`. */
  readonly unit: TermUnit;
}

/**
 * What {@link WorkingDayCalendar.dueDateOrStop} answers: a due date, or where the clock stopped.
 *
 * @example
 * ```ts
 * const result: DueDateOrStop = calendar.dueDateOrStop(deadline);
 * const due = 'due' in result ? result.due : null;
 * ```
 */
export type DueDateOrStop = { readonly due: string } | ClockStop;

/**
 * What a calendar says about one date.
 *
 * @example
 * ```ts
 * calendar.describeDay('2025-03-31');
 * // { date: '2025-03-31', weekday: 'mon', working: false, reason: 'holiday', kind: 'holiday',
 * //   name: { id: 'Hari Raya Idulfitri 1446 Hijriah', en: 'Eid al-Fitr' }, decree: 'skb-2025' }
 * ```
 */
export interface DayDescription {
  /** The day, `YYYY-MM-DD`. */
  readonly date: string;
  /** Its day of the week. */
  readonly weekday: Weekday;
  /** `true` for a working day. */
  readonly working: boolean;
  /** Why the day is not a working day (absent for a working day). */
  readonly reason?: Exclude<SkipReason, 'suspension'>;
  /** The kind of the calendar entry for this date, if there is one (also `working` overrides). */
  readonly kind?: CalendarDayKind;
  /** The calendar entry's name. */
  readonly name?: LocalizedText;
  /** Id of the decree that set the entry. */
  readonly decree?: string;
  /**
   * Present (and `true`) for a day after the calendar's last covered year: `working` follows the
   * weekly pattern only, because no decree covers the day yet.
   */
  readonly provisional?: true;
}

/**
 * What a calendar does with days after its last covered year (see
 * {@link WorkingDayCalendarOptions.beyondCoverage}):
 *
 * - `provisional` (the default): count them on the weekly pattern (weekends only, no guessed
 *   holidays) and mark every result that reaches them as provisional.
 * - `error`: throw {@link CalendarRangeError}, as for a date before the first covered year.
 *
 * @example
 * ```ts
 * beyondCoverageModes.includes('provisional'); // true
 * ```
 */
export const beyondCoverageModes = ['provisional', 'error'] as const;

/**
 * One of {@link beyondCoverageModes}.
 *
 * @example
 * ```ts
 * const mode: BeyondCoverage = 'error'; // strict: every date must be covered by a decree
 * ```
 */
export type BeyondCoverage = (typeof beyondCoverageModes)[number];

/**
 * Options of {@link createWorkingDayCalendar}.
 *
 * @example
 * ```ts
 * const options: WorkingDayCalendarOptions = { timeZone: 'Asia/Jakarta', lookup: mall.calendars };
 * ```
 */
export interface WorkingDayCalendarOptions {
  /** The mall's time zone, used by {@link WorkingDayCalendar.toLocalDate}. */
  readonly timeZone: MallTimeZone;
  /** Resolves the `extends` of the (first) definition; without it, `extends` must already be merged. */
  readonly lookup?: CalendarLookup;
  /**
   * What happens after the last covered year: `provisional` (default) counts on the weekly
   * pattern and marks results provisional; `error` throws {@link CalendarRangeError}.
   */
  readonly beyondCoverage?: BeyondCoverage;
}

/**
 * A working-day calendar and deadline engine, built by {@link createWorkingDayCalendar}. Dates are
 * local dates (`YYYY-MM-DD`) in the mall's time zone. Pure: no I/O, never reads the clock.
 *
 * Legal conventions implemented:
 * - A **working day** is a day that is not a weekend day, holiday, collective-leave day or closure,
 *   or that the calendar declares `working`.
 * - **Working-day terms**: day 1 is the first working day *after* the day the complete file is
 *   received (received Friday, 1 working day: due Monday if Monday is a working day).
 * - **Calendar-day terms**: day 1 is the calendar day after receipt; every calendar day counts; if
 *   the last day is not a working day the term rolls forward to the next working day.
 * - **0-day terms** (same-day services): due on the day of receipt, or on the next working day if
 *   received on a non-working day.
 * - **Suspensions** (clock stop): suspended days never count, for either unit.
 *
 * Coverage (the years whose holidays are declared, always consecutive):
 * - **After the last covered year** (the next year's joint decree is not signed yet) the calendar
 *   does not stop: days follow the weekly pattern only — weekends are not working days, no holiday
 *   is guessed — and every result that reaches such a day is **provisional**: a date on or after
 *   {@link WorkingDayCalendar.uncoveredFrom}. `explainDueDate` says so (`provisional`,
 *   `uncoveredFrom`), `describeDay` marks the day, and {@link WorkingDayCalendar.isProvisional}
 *   answers for any date a computation returned. Recompute provisional dates once the year is
 *   added. With `beyondCoverage: 'error'` such a date throws {@link CalendarRangeError} instead.
 * - **Before the first covered year** every date is an error ({@link CalendarRangeError}): those
 *   decrees exist, they are only missing from the configuration, and a guess would silently change
 *   past deadlines that no later decree will correct.
 * - **Gaps** between covered years cannot occur: a definition must list consecutive years
 *   (`calendar_years_gap`), and a merged calendar covers the years all its definitions cover.
 *
 * @example
 * ```ts
 * const calendar = createWorkingDayCalendar(national, { timeZone: 'Asia/Jakarta' });
 * calendar.dueDate({ received: '2025-08-15', days: 1, unit: 'working' }); // '2025-08-19'
 * ```
 */
export interface WorkingDayCalendar {
  /** Id of the (merged) calendar. */
  readonly id: string;
  /** Name of the (merged) calendar. */
  readonly name: LocalizedText;
  /** The mall's time zone, used by `toLocalDate`. */
  readonly timeZone: MallTimeZone;
  /** Weekend days in effect. */
  readonly weekend: readonly Weekday[];
  /** The years covered, ascending and consecutive. */
  readonly years: readonly number[];
  /** The first day covered by a decree: 1 January of the first year (`'2025-01-01'`). */
  readonly coveredFrom: string;
  /**
   * The first day no decree covers: 1 January of the year after the last covered year
   * (`'2027-01-01'` for a calendar covering 2025 and 2026). Every date on or after it is counted
   * on the weekly pattern and is provisional.
   */
  readonly uncoveredFrom: string;
  /** What happens after the last covered year; see {@link BeyondCoverage}. */
  readonly beyondCoverage: BeyondCoverage;
  /** The decrees the calendar's days cite. */
  readonly decrees: readonly CalendarDecree[];

  /**
   * `true` when a date this calendar computed (a due date, the result of `addWorkingDays`) is
   * provisional: it lies on or after {@link WorkingDayCalendar.uncoveredFrom}, so the count
   * reached days no decree covers and the date may move when their year is added. Computations
   * start from covered days (a date before the first covered year is an error), so a result
   * before `uncoveredFrom` only ever counted decreed days.
   *
   * @throws {@link CalendarInputError} (`invalid_date`).
   * @example
   * ```ts
   * const due = calendar.dueDate({ received: '2026-12-20', days: 10, unit: 'working' }); // '2027-01-04'
   * calendar.isProvisional(due); // true: 2027 has no decree in this calendar yet
   * ```
   */
  isProvisional(date: string): boolean;

  /**
   * `true` when `date` is a working day.
   *
   * @throws {@link CalendarInputError} (`invalid_date`) or {@link CalendarRangeError}.
   * @example
   * ```ts
   * calendar.isWorkingDay('2025-08-18'); // false: collective leave added by SKB 933/2025
   * ```
   */
  isWorkingDay(date: string): boolean;

  /**
   * What the calendar says about `date`: weekday, working or not, and why.
   *
   * @throws {@link CalendarInputError} (`invalid_date`) or {@link CalendarRangeError}.
   * @example
   * ```ts
   * calendar.describeDay('2025-08-17').reason; // 'holiday'
   * ```
   */
  describeDay(date: string): DayDescription;

  /**
   * The `n`-th working day after `from` (`from` itself never counts); a negative `n` counts
   * backward (the `|n|`-th working day before `from`); `n = 0` returns `from` unchanged, working
   * day or not (a 0-day *term* is different: `dueDate` rolls it to a working day). Constant time:
   * a lookup in precomputed tables.
   *
   * @throws {@link CalendarInputError} (`invalid_date`, `invalid_term` for a non-integer `n`), or
   * {@link CalendarRangeError} when the count needs a day before the first covered year (or after
   * the last, with `beyondCoverage: 'error'`).
   * @example
   * ```ts
   * calendar.addWorkingDays('2025-03-21', 10); // '2025-04-15' (skips 28 Mar–7 Apr)
   * calendar.addWorkingDays('2025-04-15', -10); // '2025-03-21'
   * ```
   */
  addWorkingDays(from: string, n: number): string;

  /**
   * Working days after `fromExclusive` up to and including `toInclusive`. Inverse of
   * `addWorkingDays`: `countWorkingDays(d, addWorkingDays(d, n)) === n` for `n > 0`. Negative
   * when `toInclusive` is before `fromExclusive`.
   *
   * @throws {@link CalendarInputError} (`invalid_date`) or {@link CalendarRangeError}.
   * @example
   * ```ts
   * calendar.countWorkingDays('2025-03-21', '2025-04-15'); // 10
   * ```
   */
  countWorkingDays(fromExclusive: string, toInclusive: string): number;

  /**
   * The due date of a term; see {@link DueDateInput} and the conventions above.
   *
   * Check {@link WorkingDayCalendar.isProvisional} on the result, or use `explainDueDate`, which
   * says it: a due date that reaches a year no decree covers is provisional.
   *
   * @throws {@link CalendarInputError} for malformed input, {@link CalendarRangeError} when the
   * computation needs a date before the first covered year (or after the last, with
   * `beyondCoverage: 'error'`), {@link ClockStoppedError} when the term
   * reaches an open suspension.
   * @example
   * ```ts
   * calendar.dueDate({ received: '2025-01-10', days: 2, unit: 'calendar' }); // '2025-01-13' (Sunday rolls to Monday)
   * ```
   */
  dueDate(input: DueDateInput): string;

  /**
   * The due date of a term and why: every skipped day with its reason, name and decree, and
   * whether the date is provisional (it reaches a year no decree covers yet).
   *
   * @throws the same errors as `dueDate`.
   * @example
   * ```ts
   * calendar.explainDueDate({ received: '2025-08-15', days: 1, unit: 'working' }).skipped.map((d) => d.reason);
   * // ['weekend', 'holiday', 'collective-leave']
   * calendar.explainDueDate({ received: '2026-12-20', days: 10, unit: 'working' });
   * // { due: '2027-01-04', provisional: true, uncoveredFrom: '2027-01-01', skipped: [...], ... }
   * ```
   */
  explainDueDate(input: DueDateInput): DueDateExplanation;

  /**
   * `dueDate` for callers that expect the clock may be stopped: the due date, or, when the term
   * reaches an open suspension, what {@link ClockStoppedError} would carry (the day the clock
   * stopped and the days of the term left), returned instead of thrown. A lifecycle asks this
   * on every event of a file that is back with the applicant, where throwing would cost more
   * than the computation.
   *
   * @throws {@link CalendarInputError} or {@link CalendarRangeError}, as `dueDate`.
   * @example
   * ```ts
   * calendar.dueDateOrStop({ received: '2025-05-05', days: 10, unit: 'working', suspensions: [{ from: '2025-05-08' }] });
   * // { stoppedSince: '2025-05-08', remaining: 8, unit: 'working' }
   * calendar.dueDateOrStop({ received: '2025-01-10', days: 2, unit: 'calendar' }); // { due: '2025-01-13' }
   * ```
   */
  dueDateOrStop(input: DueDateInput): DueDateOrStop;

  /**
   * Working days a working-day term still has if the clock stops at the start of `asOf`: the
   * working days from `asOf` through `due`, both inclusive (0 when `asOf` is after `due`). To stop
   * the clock, store this number when the file is returned (`asOf` = the return day); when the
   * complete file is back on day `r`, the new due date is
   * `dueDate({ received: r, days: remaining, unit: 'working' })`, which equals the due date of the
   * original term with the suspension `{ from: asOf, to: r }` whenever `asOf` is after receipt
   * and not after the original due date.
   *
   * @throws {@link CalendarInputError} (`invalid_date`) or {@link CalendarRangeError}.
   * @example
   * ```ts
   * const due = calendar.dueDate({ received: '2025-05-05', days: 10, unit: 'working' }); // '2025-05-21'
   * const remaining = calendar.remainingWorkingDays(due, '2025-05-08'); // 8
   * calendar.dueDate({ received: '2025-05-20', days: remaining, unit: 'working' }); // '2025-06-03'
   * ```
   */
  remainingWorkingDays(due: string, asOf: string): number;

  /**
   * The local date of an instant in this calendar's time zone; see {@link toLocalDate}.
   *
   * @throws {@link CalendarInputError} (`invalid_instant`).
   * @example
   * ```ts
   * calendar.toLocalDate('2025-01-01T17:30:00Z'); // '2025-01-02' in WIB
   * ```
   */
  toLocalDate(instant: Date | string): string;
}
