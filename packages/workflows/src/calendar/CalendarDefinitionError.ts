import { MppError, renderEveryLocale, type Issue } from '@mpp-kit/schemas';
import { calendarMessages } from './_calendarMessages.js';

/**
 * Thrown by {@link createWorkingDayCalendar}, {@link mergeCalendars} and {@link resolveCalendar}
 * when a calendar definition cannot be used: malformed or duplicate dates, days outside the
 * declared years, unknown decrees, an unresolved or cyclic `extends`. It carries every problem
 * found, as issues (the same codes the configuration validator reports).
 *
 * @example
 * ```ts
 * try {
 *   createWorkingDayCalendar(definition, { timeZone: 'Asia/Jakarta' });
 * } catch (error) {
 *   if (error instanceof CalendarDefinitionError) {
 *     for (const issue of error.issues) console.error(issue.path.join('.'), issue.message);
 *   }
 * }
 * ```
 */
export class CalendarDefinitionError extends MppError {
  /** Always `'CalendarDefinitionError'`. */
  override readonly name = 'CalendarDefinitionError';
  /** Stable error code. */
  declare readonly code: 'invalid_calendar';
  /** Id of the calendar the problems were found in. */
  readonly calendarId: string;
  /** Every problem found (at least one); `path` is relative to the calendar definition. */
  readonly issues: readonly Issue[];

  /**
   * @param calendarId - the calendar's id.
   * @param issues - the problems, in English (`messageId` renders them again in Indonesian).
   * @throws never
   * @example
   * ```ts
   * new CalendarDefinitionError('id-national', [issue]);
   * ```
   */
  constructor(calendarId: string, issues: readonly Issue[]) {
    super(
      'invalid_calendar',
      renderEveryLocale(calendarMessages.invalid_calendar, { calendarId, issues }),
    );
    this.calendarId = calendarId;
    this.issues = Object.freeze([...issues]);
  }
}

/** Throws a {@link CalendarDefinitionError} with the issues in English and Indonesian. */
export function throwDefinitionError(calendarId: string, issues: readonly Issue[]): never {
  throw new CalendarDefinitionError(calendarId, issues);
}
