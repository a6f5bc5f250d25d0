import { MppError, renderEveryLocale } from '@mpp-kit/schemas';
import { calendarMessages } from './_calendarMessages.js';

/**
 * Thrown when a date, or any date a computation must walk through, lies outside the years a
 * calendar covers. The engine never guesses a year's holidays: the fix is to add that year's
 * holidays and collective leave (from the joint ministerial decree, *SKB*) to the calendar.
 *
 * `message` is English; `messageId` is the same message in Indonesian.
 *
 * @example
 * ```ts
 * try {
 *   calendar.addWorkingDays('2026-12-30', 5);
 * } catch (error) {
 *   if (error instanceof CalendarRangeError) {
 *     error.code; // 'calendar_range'
 *     error.date; // '2027-01-01'
 *     error.years; // [2025, 2026]
 *   }
 * }
 * ```
 */
export class CalendarRangeError extends MppError {
  /** Always `'CalendarRangeError'`. */
  override readonly name = 'CalendarRangeError';
  /** Stable error code. */
  declare readonly code: 'calendar_range';
  /** The first date outside the calendar's years that was needed, `YYYY-MM-DD`. */
  readonly date: string;
  /** The year that is missing. */
  readonly year: number;
  /** Id of the calendar. */
  readonly calendarId: string;
  /** The years the calendar covers, ascending. */
  readonly years: readonly number[];

  /**
   * @param details - the missing date and year, the calendar id and the years it covers.
   * @throws never
   * @example
   * ```ts
   * new CalendarRangeError({ date: '2027-01-04', year: 2027, calendarId: 'id-national', years: [2025, 2026] });
   * ```
   */
  constructor(details: {
    date: string;
    year: number;
    calendarId: string;
    years: readonly number[];
  }) {
    const text = renderEveryLocale(calendarMessages.calendar_range, details);
    super('calendar_range', text);
    this.date = details.date;
    this.year = details.year;
    this.calendarId = details.calendarId;
    this.years = Object.freeze([...details.years]);
  }
}
