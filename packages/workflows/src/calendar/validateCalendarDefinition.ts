import { createIssue, localizeIssue, type Issue, type IssueInit } from '@mpp-kit/schemas';
import { calendarDayKinds, weekdayNames, type CalendarDefinition } from './CalendarDefinition.js';
import { CalendarDefinitionError } from './CalendarDefinitionError.js';
import { parseLocalDate, yearOfDayNumber } from './_localDate.js';

/** A value from unvalidated input as text (the types may not hold at run time). */
function asText(value: unknown): string {
  return String(value);
}

/**
 * Result of {@link validateCalendarDefinition}: the definition, or every problem found.
 *
 * @example
 * ```ts
 * const result: CalendarValidationResult = validateCalendarDefinition(definition);
 * if (!result.ok) console.error(result.issues);
 * ```
 */
export type CalendarValidationResult =
  | {
      /** The definition is usable. */
      readonly ok: true;
      /** The definition, unchanged. */
      readonly value: CalendarDefinition;
    }
  | {
      /** The definition has problems. */
      readonly ok: false;
      /** Every problem found, at least one. */
      readonly issues: readonly Issue[];
    };

/**
 * Options of {@link validateCalendarDefinition}.
 *
 * @example
 * ```ts
 * validateCalendarDefinition(merged, { checkReferences: true });
 * ```
 */
export interface CalendarValidationOptions {
  /**
   * Check that every `decree` a day cites (and every `amends`) is declared. Defaults to `true`
   * for a calendar without `extends` and `false` for one that extends another, whose days may cite
   * the base calendar's decrees (check the merged result instead).
   */
  readonly checkReferences?: boolean;
}

/**
 * Checks what the deadline engine relies on in a calendar definition, collecting every problem:
 * years are whole numbers, at least one and consecutive (a gap would leave a year with known
 * decrees uncounted), weekend names are known, every date is a real `YYYY-MM-DD` date inside
 * the declared `years`, no date is listed twice, kinds are known, decree ids are unique and every
 * cited decree is declared. Issue paths are relative to the definition (`['days', 3, 'date']`).
 *
 * @param definition - the calendar, as parsed from configuration.
 * @param options - see {@link CalendarValidationOptions}.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`; never throws.
 * @throws never
 * @example
 * ```ts
 * const result = validateCalendarDefinition({
 *   id: 'id-national', name: 'Nasional', years: [2025],
 *   days: [{ date: '2026-01-01', kind: 'holiday', name: 'Tahun Baru' }],
 * });
 * result.ok; // false: 2026-01-01 is outside the years (calendar_date_outside_years)
 * ```
 */
export function validateCalendarDefinition(
  definition: CalendarDefinition,
  options: CalendarValidationOptions = {},
): CalendarValidationResult {
  const issues: Issue[] = [];
  const add = (init: IssueInit): void => {
    issues.push(createIssue(init));
  };
  const years = new Set<number>();
  definition.years.forEach((year, index) => {
    if (!Number.isInteger(year) || year < 1 || year > 9999) {
      add({ code: 'invalid_value', path: ['years', index], params: { actual: String(year) } });
    } else years.add(year);
  });
  const sortedYears = [...years].sort((a, b) => a - b);
  const yearList = sortedYears.map(String);
  if (definition.years.length === 0) {
    add({ code: 'calendar_years_empty', path: ['years'], params: { id: definition.id } });
  }
  const missing: string[] = [];
  sortedYears.forEach((year, index) => {
    const next = sortedYears[index + 1];
    for (let gap = year + 1; next !== undefined && gap < next; gap++) missing.push(String(gap));
  });
  if (missing.length > 0) {
    add({
      code: 'calendar_years_gap',
      path: ['years'],
      params: { id: definition.id, missing },
    });
  }

  (definition.weekend ?? []).forEach((day, index) => {
    if (!(weekdayNames as readonly string[]).includes(day)) {
      add({
        code: 'invalid_value',
        path: ['weekend', index],
        params: { actual: asText(day), allowed: weekdayNames },
      });
    }
  });

  const decreeIds = new Map<string, number>();
  (definition.decrees ?? []).forEach((decree, index) => {
    const first = decreeIds.get(decree.id);
    if (first !== undefined) {
      add({
        code: 'duplicate_id',
        path: ['decrees', index, 'id'],
        params: { kind: 'decree', id: decree.id, first: `decrees.${String(first)}` },
      });
    } else decreeIds.set(decree.id, index);
  });

  const dates = new Set<number>();
  definition.days.forEach((day, index) => {
    const dayNumber = parseLocalDate(day.date);
    if (dayNumber === undefined) {
      add({
        code: 'invalid_format',
        path: ['days', index, 'date'],
        params: { actual: asText(day.date), format: 'date (YYYY-MM-DD)', example: '2025-08-17' },
      });
    } else if (!years.has(yearOfDayNumber(dayNumber))) {
      add({
        code: 'calendar_date_outside_years',
        path: ['days', index, 'date'],
        params: { date: day.date, years: yearList },
      });
    } else if (dates.has(dayNumber)) {
      add({
        code: 'duplicate_date',
        path: ['days', index, 'date'],
        params: { date: day.date, id: definition.id },
      });
    } else dates.add(dayNumber);
    if (!(calendarDayKinds as readonly string[]).includes(day.kind)) {
      add({
        code: 'invalid_value',
        path: ['days', index, 'kind'],
        params: { actual: asText(day.kind), allowed: calendarDayKinds },
      });
    }
  });

  if (options.checkReferences ?? definition.extends === undefined)
    issues.push(...collectReferenceIssues(definition));
  return issues.length === 0 ? { ok: true, value: definition } : { ok: false, issues };
}

/**
 * Issues for decrees that are cited (by a day's `decree` or a decree's `amends`) but not declared.
 * `inherited` lists the decree ids of the calendars `definition` extends.
 */
export function collectReferenceIssues(
  definition: CalendarDefinition,
  inherited: readonly string[] = [],
): Issue[] {
  const issues: Issue[] = [];
  const decreeIds = new Set([
    ...inherited,
    ...(definition.decrees ?? []).map((decree) => decree.id),
  ]);
  const known = [...decreeIds];
  (definition.decrees ?? []).forEach((decree, index) => {
    if (decree.amends !== undefined && !decreeIds.has(decree.amends)) {
      issues.push(
        createIssue({
          code: 'unknown_reference',
          path: ['decrees', index, 'amends'],
          params: { kind: 'decree', id: decree.amends, known },
        }),
      );
    }
  });
  definition.days.forEach((day, index) => {
    if (day.decree !== undefined && !decreeIds.has(day.decree)) {
      issues.push(
        createIssue({
          code: 'unknown_reference',
          path: ['days', index, 'decree'],
          params: { kind: 'decree', id: day.decree, known },
        }),
      );
    }
  });
  return issues;
}

/**
 * Like {@link validateCalendarDefinition}, but throws.
 *
 * @param definition - the calendar to check.
 * @param options - see {@link CalendarValidationOptions}.
 * @throws {@link CalendarDefinitionError} carrying every issue found.
 * @example
 * ```ts
 * assertCalendarDefinition(definition); // throws when invalid
 * ```
 */
export function assertCalendarDefinition(
  definition: CalendarDefinition,
  options: CalendarValidationOptions = {},
): void {
  const result = validateCalendarDefinition(definition, options);
  if (!result.ok) throwDefinitionError(definition.id, result.issues);
}

/** Throws a {@link CalendarDefinitionError} with the issues in English and Indonesian. */
export function throwDefinitionError(calendarId: string, issues: readonly Issue[]): never {
  throw new CalendarDefinitionError(
    calendarId,
    issues,
    issues.map((issue) => localizeIssue(issue, 'id')),
  );
}
