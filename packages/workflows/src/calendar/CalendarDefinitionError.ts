import { localizeIssue, MppError, type Issue } from '@mpp-kit/schemas';

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
   * @param issues - the problems, in English; `issuesId` the same in Indonesian (for `messageId`).
   * @param issuesId - the same problems rendered in Indonesian.
   * @throws never
   * @example
   * ```ts
   * new CalendarDefinitionError('id-national', [issue], [localizeIssue(issue, 'id')]);
   * ```
   */
  constructor(calendarId: string, issues: readonly Issue[], issuesId: readonly Issue[] = issues) {
    const render = (list: readonly Issue[]): string =>
      list
        .map(
          (issue) => `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`,
        )
        .join('; ');
    super('invalid_calendar', {
      en: `Calendar "${calendarId}" is invalid: ${render(issues)}`,
      id: `Kalender "${calendarId}" tidak valid: ${render(issuesId)}`,
    });
    this.calendarId = calendarId;
    this.issues = Object.freeze([...issues]);
  }
}

/** Throws a {@link CalendarDefinitionError} with the issues in English and Indonesian. */
export function throwDefinitionError(calendarId: string, issues: readonly Issue[]): never {
  throw new CalendarDefinitionError(
    calendarId,
    issues,
    issues.map((issue) => localizeIssue(issue, 'id')),
  );
}
