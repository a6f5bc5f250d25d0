import {
  calendarDayKinds,
  createIssue,
  localizeIssue,
  nearest,
  weekdays,
  type CalendarDefinition,
  type Issue,
  type IssueInit,
  type Locale,
} from '@mpp-kit/schemas';
import { CalendarDefinitionError, throwDefinitionError } from './CalendarDefinitionError.js';
import { parseLocalDate, yearOfDayNumber } from './_localDate.js';
import { resolveCalendarChain } from './resolveCalendar.js';

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
 * validateCalendarDefinition(merged, { checkReferences: true, locale: 'id' });
 * ```
 */
export interface CalendarValidationOptions {
  /**
   * Check that every `decree` a day cites (and every `amends`) is declared. Defaults to `true`
   * for a calendar without `extends` and `false` for one that extends another, whose days may cite
   * the base calendar's decrees (check the merged result, or the whole set with
   * {@link validateCalendars}, instead).
   */
  readonly checkReferences?: boolean;
  /** Language of the issues' messages; default English. */
  readonly locale?: Locale;
}

/**
 * Checks what the deadline engine relies on in a calendar definition, collecting every problem:
 * years are whole numbers, at least one and consecutive (a gap would leave a year with known
 * decrees uncounted), weekend names are known, every date is a real `YYYY-MM-DD` date inside
 * the declared `years`, no date is listed twice, kinds are known, decree ids are unique and every
 * cited decree is declared. Issue paths are relative to the definition (`['days', 3, 'date']`).
 *
 * These are the only calendar rules beyond the zod schema `calendar` of `@mpp-kit/schemas`:
 * `mpp validate` applies them to a mall's calendars through {@link validateCalendars}, and
 * {@link createWorkingDayCalendar} refuses a definition that breaks them.
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
  const checkReferences = options.checkReferences ?? definition.extends === undefined;
  const issues = definitionIssues(definition, checkReferences ? [] : undefined, options.locale);
  return issues.length === 0 ? { ok: true, value: definition } : { ok: false, issues };
}

/**
 * Options of {@link validateCalendars}.
 *
 * @example
 * ```ts
 * validateCalendars(mall.calendars, { locale: 'id' });
 * ```
 */
export interface CalendarSetValidationOptions {
  /** Language of the issues' messages; default English. */
  readonly locale?: Locale;
}

/**
 * Checks a set of calendars that may extend each other (a mall's `calendars`): each definition
 * against the rules of {@link validateCalendarDefinition}, its decree references against its own
 * decrees and those of the calendars it extends, and every `extends` (an unknown calendar, with
 * the nearest id as a hint, or a cycle). Issue paths start with the definition's index
 * (`[1, 'days', 0, 'decree']`). Ids unique across the set are the caller's concern.
 *
 * @param definitions - the calendars.
 * @param options - the locale of the messages.
 * @returns every problem found; empty when the set is usable.
 * @throws never
 * @example
 * ```ts
 * const issues = validateCalendars([national, { ...regency, extends: 'id-nasional' }]);
 * issues[0]?.hint; // 'Did you mean "id-national"?'
 * ```
 */
export function validateCalendars(
  definitions: readonly CalendarDefinition[],
  options: CalendarSetValidationOptions = {},
): Issue[] {
  const issues: Issue[] = [];
  const ids = definitions.map((definition) => definition.id);
  definitions.forEach((definition, index) => {
    const at = (issue: Issue): Issue => ({ ...issue, path: [index, ...issue.path] });
    let ancestors: CalendarDefinition[] = [];
    try {
      ancestors = resolveCalendarChain(definition, definitions).slice(0, -1);
    } catch (error) {
      // Report a broken `extends` once, at the calendar that declares it.
      if (!(error instanceof CalendarDefinitionError)) throw error;
      if (error.calendarId === definition.id) {
        for (const issue of error.issues) issues.push(at(extendsIssue(issue, ids, options.locale)));
      }
    }
    const inherited = ancestors.flatMap((ancestor) => ancestor.decrees ?? []).map((d) => d.id);
    issues.push(...definitionIssues(definition, inherited, options.locale).map(at));
  });
  return issues;
}

/** An issue about `extends`, in the caller's locale, with the nearest known calendar as a hint. */
function extendsIssue(issue: Issue, ids: readonly string[], locale: Locale | undefined): Issue {
  const params = issue.params ?? {};
  const id = params['id'];
  const suggestion =
    issue.code === 'unknown_reference' && typeof id === 'string' ? nearest(id, ids) : undefined;
  return localizeIssue(
    suggestion === undefined ? issue : { ...issue, params: { ...params, known: ids, suggestion } },
    locale ?? 'en',
  );
}

/**
 * Every rule of one definition; decree references are checked against its own decrees and
 * `inherited`, or not at all when `inherited` is undefined. Shared with the engine, which checks
 * each calendar of a chain it merges.
 */
export function definitionIssues(
  definition: CalendarDefinition,
  inherited: readonly string[] | undefined,
  locale: Locale | undefined,
): Issue[] {
  const issues: Issue[] = [];
  const add = (init: IssueInit): void => {
    issues.push(createIssue(locale === undefined ? init : { ...init, locale }));
  };
  const years = new Set<number>();
  definition.years.forEach((year, index) => {
    if (!Number.isInteger(year) || year < 1 || year > 9999) {
      add({
        code: 'invalid_value',
        path: ['years', index],
        params: { actual: String(year), allowed: ['1–9999'] },
      });
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
    if (!(weekdays as readonly string[]).includes(day)) {
      add({
        code: 'invalid_value',
        path: ['weekend', index],
        params: { actual: asText(day), allowed: weekdays },
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
  (definition.days ?? []).forEach((day, index) => {
    const dayNumber = parseLocalDate(day.date);
    if (dayNumber === undefined) {
      add({
        code: 'invalid_format',
        path: ['days', index, 'date'],
        params: {
          actual: asText(day.date),
          format: { en: 'date (YYYY-MM-DD)', id: 'tanggal (YYYY-MM-DD)' },
          example: '2025-08-17',
        },
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

  if (inherited !== undefined)
    for (const issue of collectReferenceIssues(definition, inherited)) add(issue);
  return issues;
}

/**
 * Issue inits for decrees that are cited (by a day's `decree` or a decree's `amends`) but not
 * declared, with the nearest declared decree as a hint. `inherited` lists the decree ids of the
 * calendars `definition` extends.
 */
function collectReferenceIssues(
  definition: CalendarDefinition,
  inherited: readonly string[] = [],
): IssueInit[] {
  const issues: IssueInit[] = [];
  const decreeIds = new Set([
    ...inherited,
    ...(definition.decrees ?? []).map((decree) => decree.id),
  ]);
  const known = [...decreeIds];
  const unknown = (id: string, path: IssueInit['path']): void => {
    const suggestion = nearest(id, known);
    issues.push({
      code: 'unknown_reference',
      ...(path === undefined ? {} : { path }),
      params: {
        kind: 'decree',
        id,
        known,
        ...(suggestion === undefined ? {} : { suggestion }),
      },
    });
  };
  (definition.decrees ?? []).forEach((decree, index) => {
    if (decree.amends !== undefined && !decreeIds.has(decree.amends))
      unknown(decree.amends, ['decrees', index, 'amends']);
  });
  (definition.days ?? []).forEach((day, index) => {
    if (day.decree !== undefined && !decreeIds.has(day.decree))
      unknown(day.decree, ['days', index, 'decree']);
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
