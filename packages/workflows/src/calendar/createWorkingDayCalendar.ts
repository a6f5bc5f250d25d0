import { createIssue, type Issue } from '@mpp-kit/schemas';
import {
  defaultWeekend,
  weekdayNames,
  type CalendarDay,
  type CalendarDefinition,
  type WeekdayName,
} from './CalendarDefinition.js';
import { CalendarInputError } from './CalendarInputError.js';
import { CalendarRangeError } from './CalendarRangeError.js';
import { ClockStoppedError } from './ClockStoppedError.js';
import { calendarMessages } from './_calendarMessages.js';
import {
  dayNumberFromParts,
  formatDayNumber,
  parseLocalDate,
  weekdayOfDayNumber,
  yearOfDayNumber,
} from './_localDate.js';
import { mergeCalendars } from './mergeCalendars.js';
import { resolveCalendarChain } from './resolveCalendar.js';
import { assertMallTimeZone, toLocalDate } from './toLocalDate.js';
import {
  collectReferenceIssues,
  throwDefinitionError,
  validateCalendarDefinition,
} from './validateCalendarDefinition.js';
import {
  termUnits,
  type DayDescription,
  type DueDateExplanation,
  type DueDateInput,
  type SkipReason,
  type SkippedDay,
  type Suspension,
  type WorkingDayCalendar,
  type WorkingDayCalendarOptions,
} from './WorkingDayCalendar.js';

// Status of each day in the covered span.
const UNCOVERED = 0;
const WORKING = 1;
const WEEKEND = 2;
const HOLIDAY = 3;
const COLLECTIVE_LEAVE = 4;
const CLOSURE = 5;

const statusReasons: readonly (Exclude<SkipReason, 'suspension'> | undefined)[] = [
  undefined,
  undefined,
  'weekend',
  'holiday',
  'collective-leave',
  'closure',
];

const kindStatus = {
  holiday: HOLIDAY,
  'collective-leave': COLLECTIVE_LEAVE,
  closure: CLOSURE,
  working: WORKING,
} as const;

/** A suspension as absolute day numbers; `to` is Infinity while open. */
interface SuspensionSpan {
  from: number;
  to: number;
}

/**
 * Builds a {@link WorkingDayCalendar} from a calendar definition, with every year's working days
 * precomputed (day numbers, a prefix count of working days and the list of working days), so that
 * `addWorkingDays`, `countWorkingDays`, `isWorkingDay` and unsuspended `dueDate` are constant-time
 * table lookups.
 *
 * The input is one definition, or an `extends` chain base first (`[national, regency]`, each
 * extending the one before), merged with {@link mergeCalendars}. If the first definition still
 * `extends` another calendar, `options.lookup` must resolve it.
 *
 * Pure: no I/O, never reads the clock. Conventions (day 1 is the first working day after receipt,
 * calendar-day terms roll forward, 0-day terms, suspensions) are documented on
 * {@link WorkingDayCalendar}.
 *
 * @param input - a calendar definition, or an `extends` chain of them, base first.
 * @param options - the mall's time zone, and a lookup for unresolved `extends`.
 * @returns the calendar.
 * @throws {@link CalendarDefinitionError} when a definition is invalid (malformed, duplicate or
 * out-of-year dates, unknown decrees, unresolved or cyclic `extends`), and
 * {@link CalendarInputError} (`invalid_time_zone`) for a time zone outside Indonesia's three.
 * @example
 * ```ts
 * const calendar = createWorkingDayCalendar(nationalCalendar, { timeZone: 'Asia/Jakarta' });
 * calendar.addWorkingDays('2025-08-15', 1); // '2025-08-19': 16–17 Aug weekend, 18 Aug collective leave
 * calendar.explainDueDate({ received: '2025-03-21', days: 10, unit: 'working' }).due; // '2025-04-15'
 * ```
 */
export function createWorkingDayCalendar(
  input: CalendarDefinition | readonly CalendarDefinition[],
  options: WorkingDayCalendarOptions,
): WorkingDayCalendar {
  assertMallTimeZone(options.timeZone);
  const timeZone = options.timeZone;
  const definition = resolveInput(input, options);
  const calendarId = definition.id;
  const weekend: readonly WeekdayName[] = Object.freeze([
    ...new Set(definition.weekend ?? defaultWeekend),
  ]);
  const years: readonly number[] = Object.freeze(
    [...new Set(definition.years)].sort((a, b) => a - b),
  );
  const decrees = Object.freeze([...(definition.decrees ?? [])]);

  // ---- Tables over the span [first covered year, last covered year] -------------------------
  const firstYear = years[0];
  const lastYear = years[years.length - 1];
  const base = firstYear === undefined ? 0 : dayNumberFromParts(firstYear, 1, 1);
  const length = lastYear === undefined ? 0 : dayNumberFromParts(lastYear + 1, 1, 1) - base;
  const status = new Uint8Array(length);
  const weekendDays = weekdayNames.map((name) => weekend.includes(name));
  for (const year of years) {
    const start = dayNumberFromParts(year, 1, 1) - base;
    const end = dayNumberFromParts(year + 1, 1, 1) - base;
    for (let index = start; index < end; index++) {
      status[index] = weekendDays[weekdayOfDayNumber(base + index)] === true ? WEEKEND : WORKING;
    }
  }
  const entries = new Map<number, CalendarDay>();
  for (const day of definition.days) {
    const index = (parseLocalDate(day.date) ?? Number.NaN) - base;
    if (!(index >= 0 && index < length) || status[index] === UNCOVERED) continue; // outside the merged years
    entries.set(index, day);
    status[index] = kindStatus[day.kind];
  }
  /** rank[i]: working days in the span before index i. */
  const rank = new Int32Array(length + 1);
  /** gaps[i]: uncovered days in the span before index i (all 0 unless `years` has holes). */
  const gaps = new Int32Array(length + 1);
  const workingList: number[] = [];
  /** dates[i]: the `YYYY-MM-DD` text of covered index i (results are returned from this table). */
  const dates: string[] = new Array<string>(length);
  const indexByDate = new Map<string, number>();
  for (let index = 0; index < length; index++) {
    const dayStatus = status[index];
    rank[index + 1] = (rank[index] ?? 0) + (dayStatus === WORKING ? 1 : 0);
    gaps[index + 1] = (gaps[index] ?? 0) + (dayStatus === UNCOVERED ? 1 : 0);
    if (dayStatus === WORKING) workingList.push(index);
    if (dayStatus !== UNCOVERED) {
      const text = formatDayNumber(base + index);
      dates[index] = text;
      indexByDate.set(text, index);
    }
  }
  const working = Int32Array.from(workingList);
  const hasGaps = (gaps[length] ?? 0) > 0;

  // ---- Errors -----------------------------------------------------------------------------
  function rangeError(dayNumber: number): CalendarRangeError {
    return new CalendarRangeError({
      date: formatDayNumber(dayNumber),
      year: yearOfDayNumber(dayNumber),
      calendarId,
      years,
    });
  }

  /** The first uncovered day walking from index `from` toward `direction`, as a range error. */
  function rangeErrorFrom(from: number, direction: 1 | -1): CalendarRangeError {
    let index = from + direction;
    while (index >= 0 && index < length && status[index] !== UNCOVERED) index += direction;
    return rangeError(base + index);
  }

  /** Index of a covered date; throws for a malformed or uncovered one. */
  function indexOf(date: string, field: string): number {
    const index = indexByDate.get(date);
    if (index !== undefined) return index;
    const dayNumber = parseLocalDate(date);
    if (dayNumber === undefined) {
      throw new CalendarInputError(
        'invalid_date',
        date,
        calendarMessages.invalid_date({ value: date, field }),
      );
    }
    throw rangeError(dayNumber);
  }

  /** Throws when an uncovered day lies between covered indexes `from` and `to` (walking from `from`). */
  function checkNoGap(from: number, to: number): void {
    if (hasGaps && gaps[from] !== gaps[to]) throw rangeErrorFrom(from, to < from ? -1 : 1);
  }

  function checkInteger(value: unknown, field: string, min: number): number {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
      throw new CalendarInputError(
        'invalid_term',
        value,
        calendarMessages.invalid_term({ value, field }),
      );
    }
    return value;
  }

  // ---- Lookups ----------------------------------------------------------------------------
  function addFromIndex(index: number, n: number): number {
    // n > 0: the n-th working day after index; n <= 0: the first working day at or after index,
    // moved |n| working days back.
    const k = n > 0 ? (rank[index + 1] ?? 0) + n - 1 : (rank[index] ?? 0) + n;
    const result = working[k];
    if (result === undefined) throw rangeErrorFrom(index, n < 0 ? -1 : 1);
    checkNoGap(index, result);
    return result;
  }

  function addWorkingDays(from: string, n: number): string {
    const index = indexOf(from, 'from');
    if (!Number.isSafeInteger(n)) checkInteger(n, 'n', Number.MIN_SAFE_INTEGER);
    return n === 0 ? (dates[index] as string) : (dates[addFromIndex(index, n)] as string);
  }

  function countWorkingDays(fromExclusive: string, toInclusive: string): number {
    const from = indexOf(fromExclusive, 'fromExclusive');
    const to = indexOf(toInclusive, 'toInclusive');
    checkNoGap(from, to);
    return (rank[to + 1] ?? 0) - (rank[from + 1] ?? 0);
  }

  function isWorkingDay(date: string): boolean {
    return status[indexOf(date, 'date')] === WORKING;
  }

  function skippedDay(index: number, reason: SkipReason): SkippedDay {
    const entry = reason === 'suspension' || reason === 'weekend' ? undefined : entries.get(index);
    return {
      date: dates[index] as string,
      reason,
      ...(entry === undefined ? {} : { name: entry.name }),
      ...(entry?.decree === undefined ? {} : { decree: entry.decree }),
    };
  }

  function describeDay(date: string): DayDescription {
    const index = indexOf(date, 'date');
    const dayStatus = status[index] ?? UNCOVERED;
    const entry = entries.get(index);
    const reason = statusReasons[dayStatus];
    return {
      date: dates[index] as string,
      weekday: weekdayNames[weekdayOfDayNumber(base + index)] ?? 'mon',
      working: dayStatus === WORKING,
      ...(reason === undefined ? {} : { reason }),
      ...(entry === undefined ? {} : { kind: entry.kind, name: entry.name }),
      ...(entry?.decree === undefined ? {} : { decree: entry.decree }),
    };
  }

  // ---- Due dates --------------------------------------------------------------------------
  function checkInput(input: DueDateInput): {
    received: number;
    days: number;
    suspensions: SuspensionSpan[];
  } {
    const received = indexOf(input.received, 'received');
    const days = checkInteger(input.days, 'days', 0);
    if (!(termUnits as readonly unknown[]).includes(input.unit)) {
      throw new CalendarInputError(
        'invalid_unit',
        input.unit,
        calendarMessages.invalid_unit({ value: input.unit }),
      );
    }
    return { received, days, suspensions: normalizeSuspensions(input.suspensions ?? []) };
  }

  function dueDate(input: DueDateInput): string {
    const { received, days, suspensions } = checkInput(input);
    if (suspensions.length > 0) return walk(input, received, days, suspensions).due;
    if (input.unit === 'working') return dates[addFromIndex(received, days)] as string;
    // Calendar days: the day `days` after receipt, rolled forward to a working day.
    const end = received + days;
    if (end >= length || status[end] === UNCOVERED) throw rangeErrorFrom(received, 1);
    checkNoGap(received, end);
    return dates[addFromIndex(end, 0)] as string;
  }

  function explainDueDate(input: DueDateInput): DueDateExplanation {
    const { received, days, suspensions } = checkInput(input);
    return walk(input, received, days, suspensions);
  }

  /** The authoritative day-by-day computation, recording every skipped day. */
  function walk(
    input: DueDateInput,
    received: number,
    days: number,
    suspensions: readonly SuspensionSpan[],
  ): DueDateExplanation {
    const skipped: SkippedDay[] = [];
    const covered = (index: number): number => {
      if (index < 0 || index >= length || status[index] === UNCOVERED)
        throw rangeError(base + index);
      return status[index] ?? UNCOVERED;
    };
    const suspendedAt = (index: number): SuspensionSpan | undefined => {
      const dayNumber = base + index;
      return suspensions.find((span) => span.from <= dayNumber && dayNumber <= span.to);
    };
    /** Records `index` as skipped if it is suspended or (when `needWorking`) not a working day. */
    const skips = (index: number, needWorking: boolean, remaining: number): boolean => {
      const dayStatus = covered(index);
      const span = suspendedAt(index);
      if (span !== undefined) {
        if (span.to === Number.POSITIVE_INFINITY) {
          throw new ClockStoppedError({
            since: formatDayNumber(span.from),
            remaining,
            unit: input.unit,
          });
        }
        skipped.push(skippedDay(index, 'suspension'));
        return true;
      }
      const reason = statusReasons[dayStatus];
      if (needWorking && reason !== undefined) {
        skipped.push(skippedDay(index, reason));
        return true;
      }
      return false;
    };

    let day = received;
    let start: number | undefined;
    let termEnd: number | undefined;
    if (days === 0) {
      covered(day);
      while (skips(day, true, 0)) day++;
      start = day;
    } else {
      let counted = 0;
      const needWorking = input.unit === 'working';
      while (counted < days) {
        day++;
        if (skips(day, needWorking, days - counted)) continue;
        counted++;
        start ??= day;
      }
      if (!needWorking) {
        termEnd = day;
        while (skips(day, true, 0)) day++;
      }
    }
    return {
      received: dates[received] as string,
      days,
      unit: input.unit,
      start: dates[start ?? day] as string,
      due: dates[day] as string,
      ...(termEnd === undefined ? {} : { termEnd: dates[termEnd] as string }),
      skipped,
    };
  }

  function remainingWorkingDays(due: string, asOf: string): number {
    const dueIndex = indexOf(due, 'due');
    const asOfIndex = indexOf(asOf, 'asOf');
    if (asOfIndex > dueIndex) return 0;
    checkNoGap(asOfIndex, dueIndex);
    return (rank[dueIndex + 1] ?? 0) - (rank[asOfIndex] ?? 0);
  }

  return Object.freeze({
    id: calendarId,
    name: definition.name,
    timeZone,
    weekend,
    years,
    decrees,
    isWorkingDay,
    describeDay,
    addWorkingDays,
    countWorkingDays,
    dueDate,
    explainDueDate,
    remainingWorkingDays,
    toLocalDate: (instant: Date | string) => toLocalDate(instant, timeZone),
  });
}

/** Validates the chain (resolving the first `extends` through the lookup) and merges it. */
function resolveInput(
  input: CalendarDefinition | readonly CalendarDefinition[],
  options: WorkingDayCalendarOptions,
): CalendarDefinition {
  const given: readonly CalendarDefinition[] = isDefinitionList(input) ? input : [input];
  const [first] = given;
  if (first === undefined) {
    throwDefinitionError('', [
      createIssue({ code: 'too_small', params: { detail: 'no calendar definition given' } }),
    ]);
  }
  let chain = [...given];
  if (first.extends !== undefined) {
    if (options.lookup === undefined) {
      throwDefinitionError(first.id, [
        createIssue({
          code: 'unknown_reference',
          path: ['extends'],
          params: { kind: 'calendar', id: first.extends, known: [] },
        }),
      ]);
    }
    const ancestors = resolveCalendarChain(
      first,
      options.lookup,
      given.slice(1).map((definition) => definition.id),
    );
    chain = [...ancestors.slice(0, -1), ...given];
  }
  const inherited: string[] = [];
  chain.forEach((definition) => {
    const result = validateCalendarDefinition(definition, { checkReferences: false });
    const issues: Issue[] = result.ok ? [] : [...result.issues];
    issues.push(...collectReferenceIssues(definition, inherited));
    if (issues.length > 0) throwDefinitionError(definition.id, issues);
    inherited.push(...(definition.decrees ?? []).map((decree) => decree.id));
  });
  const [root, ...rest] = chain;
  return rest.reduce(mergeCalendars, root ?? first);
}

function isDefinitionList(
  input: CalendarDefinition | readonly CalendarDefinition[],
): input is readonly CalendarDefinition[] {
  return Array.isArray(input);
}

/** Parses, checks, sorts and merges suspensions into absolute day-number spans. */
function normalizeSuspensions(suspensions: readonly Suspension[]): SuspensionSpan[] {
  const spans = suspensions.map((suspension, index) => {
    const from = parseLocalDate(suspension.from);
    if (from === undefined) {
      const field = `suspensions[${String(index)}].from`;
      throw new CalendarInputError(
        'invalid_date',
        suspension.from,
        calendarMessages.invalid_date({ value: suspension.from, field }),
      );
    }
    if (suspension.to === undefined) return { from, to: Number.POSITIVE_INFINITY };
    const to = parseLocalDate(suspension.to);
    if (to === undefined) {
      const field = `suspensions[${String(index)}].to`;
      throw new CalendarInputError(
        'invalid_date',
        suspension.to,
        calendarMessages.invalid_date({ value: suspension.to, field }),
      );
    }
    if (to < from) {
      throw new CalendarInputError(
        'invalid_period',
        suspension,
        calendarMessages.invalid_period({ from: suspension.from, to: suspension.to }),
      );
    }
    return { from, to };
  });
  spans.sort((a, b) => a.from - b.from);
  const merged: SuspensionSpan[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.from <= last.to + 1) last.to = Math.max(last.to, span.to);
    else merged.push({ ...span });
  }
  return merged;
}
