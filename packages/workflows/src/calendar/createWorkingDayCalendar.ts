import {
  createIssue,
  renderEveryLocale,
  defaultWeekend,
  weekdays,
  type CalendarDay,
  type CalendarDefinition,
  type Weekday,
} from '@mpp-kit/schemas';
import { throwDefinitionError } from './CalendarDefinitionError.js';
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
import { definitionIssues } from './validateCalendarDefinition.js';
import {
  beyondCoverageModes,
  termUnits,
  type ClockStop,
  type DayDescription,
  type DueDateExplanation,
  type DueDateInput,
  type DueDateOrStop,
  type SkipReason,
  type SkippedDay,
  type Suspension,
  type WorkingDayCalendar,
  type WorkingDayCalendarOptions,
} from './WorkingDayCalendar.js';

// Status of each covered day.
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
 * Builds a {@link WorkingDayCalendar} from a calendar definition, with every covered year's
 * working days precomputed (a prefix count of working days and the list of working days), and
 * the weekly pattern after the last covered year counted by arithmetic, so that
 * `addWorkingDays`, `countWorkingDays`, `isWorkingDay` and unsuspended `dueDate` take constant
 * time.
 *
 * The input is one definition, or an `extends` chain base first (`[national, regency]`, each
 * extending the one before), merged with {@link mergeCalendars}. If the first definition still
 * `extends` another calendar, `options.lookup` must resolve it.
 *
 * Pure: no I/O, never reads the clock. Conventions (day 1 is the first working day after receipt,
 * calendar-day terms roll forward, 0-day terms, suspensions) and coverage (provisional dates after
 * the last covered year, errors before the first) are documented on {@link WorkingDayCalendar}.
 *
 * @param input - a calendar definition, or an `extends` chain of them, base first.
 * @param options - the mall's time zone, a lookup for unresolved `extends`, and what happens after
 * the last covered year (`beyondCoverage`, default `provisional`).
 * @returns the calendar.
 * @throws {@link CalendarDefinitionError} when a definition is invalid (malformed, duplicate or
 * out-of-year dates, no years or a gap between them, unknown decrees, unresolved or cyclic
 * `extends`), and {@link CalendarInputError} (`invalid_time_zone`) for a time zone outside
 * Indonesia's three.
 * @example
 * ```ts
 * const calendar = createWorkingDayCalendar(nationalCalendar, { timeZone: 'Asia/Jakarta' });
 * calendar.addWorkingDays('2025-08-15', 1); // '2025-08-19': 16–17 Aug weekend, 18 Aug collective leave
 * calendar.explainDueDate({ received: '2025-03-21', days: 10, unit: 'working' }).due; // '2025-04-15'
 * calendar.uncoveredFrom; // '2027-01-01' when the calendar covers 2025 and 2026
 * ```
 */
export function createWorkingDayCalendar(
  input: CalendarDefinition | readonly CalendarDefinition[],
  options: WorkingDayCalendarOptions,
): WorkingDayCalendar {
  assertMallTimeZone(options.timeZone);
  const timeZone = options.timeZone;
  const beyondCoverage = options.beyondCoverage ?? 'provisional';
  if (!(beyondCoverageModes as readonly unknown[]).includes(beyondCoverage)) {
    throw new CalendarInputError(
      'invalid_option',
      beyondCoverage,
      renderEveryLocale(calendarMessages.invalid_option, {
        value: beyondCoverage,
        field: 'beyondCoverage',
        allowed: beyondCoverageModes,
      }),
    );
  }
  const definition = resolveInput(input, options);
  const calendarId = definition.id;
  const weekend: readonly Weekday[] = Object.freeze([
    ...new Set(definition.weekend ?? defaultWeekend),
  ]);
  const years: readonly number[] = Object.freeze(
    [...new Set(definition.years)].sort((a, b) => a - b),
  );
  const decrees = Object.freeze([...(definition.decrees ?? [])]);
  const strict = beyondCoverage === 'error';

  // ---- Coverage: the days [base, end), every one of them covered (years are consecutive) -----
  const firstYear = years[0];
  const lastYear = years[years.length - 1];
  if (firstYear === undefined || lastYear === undefined) {
    // resolveInput has checked `years` (calendar_years_empty); a merged chain may still share none.
    throwDefinitionError(calendarId, [
      createIssue({ code: 'calendar_years_empty', path: ['years'], params: { id: calendarId } }),
    ]);
  }
  const base = dayNumberFromParts(firstYear, 1, 1);
  const end = dayNumberFromParts(lastYear + 1, 1, 1);
  const length = end - base;
  const weekendDays = weekdays.map((name) => weekend.includes(name));
  const status = new Uint8Array(length);
  for (let index = 0; index < length; index++) {
    status[index] = weekendDays[weekdayOfDayNumber(base + index)] === true ? WEEKEND : WORKING;
  }
  const entries = new Map<number, CalendarDay>();
  for (const day of definition.days ?? []) {
    const index = (parseLocalDate(day.date) ?? Number.NaN) - base;
    if (!(index >= 0 && index < length)) continue; // outside the merged years
    entries.set(index, day);
    status[index] = kindStatus[day.kind];
  }
  /** rank[i]: working days in the covered span before index i. */
  const rank = new Int32Array(length + 1);
  const workingList: number[] = [];
  /** dates[i]: the `YYYY-MM-DD` text of index i (covered results are returned from this table). */
  const dates: string[] = new Array<string>(length);
  const dayByDate = new Map<string, number>();
  for (let index = 0; index < length; index++) {
    rank[index + 1] = (rank[index] ?? 0) + (status[index] === WORKING ? 1 : 0);
    if (status[index] === WORKING) workingList.push(base + index);
    const text = formatDayNumber(base + index);
    dates[index] = text;
    dayByDate.set(text, base + index);
  }
  const working = Int32Array.from(workingList);
  const coveredWorking = working.length;
  const coveredFrom = formatDayNumber(base);
  const uncoveredFrom = formatDayNumber(end);

  // ---- The weekly pattern from `end` on: week offsets 0..6 counted from `end`'s weekday --------
  /** Offsets (0..6) from the start of a pattern week that are working days. */
  const patternOffsets: number[] = [];
  for (let offset = 0; offset < 7; offset++) {
    if (weekendDays[weekdayOfDayNumber(end + offset)] !== true) patternOffsets.push(offset);
  }
  const perWeek = patternOffsets.length;
  /** patternPrefix[r]: working days among the first r days of a pattern week. */
  const patternPrefix = [0];
  for (let offset = 0; offset < 7; offset++) {
    patternPrefix.push((patternPrefix[offset] ?? 0) + (patternOffsets.includes(offset) ? 1 : 0));
  }

  // ---- Errors -----------------------------------------------------------------------------
  function rangeError(dayNumber: number): CalendarRangeError {
    return new CalendarRangeError({
      date: formatDayNumber(dayNumber),
      year: yearOfDayNumber(dayNumber),
      calendarId,
      years,
    });
  }

  /** The day number of a date a computation may use; throws for a malformed or uncovered one. */
  function dayOf(date: string, field: string): number {
    const known = dayByDate.get(date);
    if (known !== undefined) return known;
    const dayNumber = parseLocalDate(date);
    if (dayNumber === undefined) {
      throw new CalendarInputError(
        'invalid_date',
        date,
        renderEveryLocale(calendarMessages.invalid_date, { value: date, field }),
      );
    }
    if (dayNumber < base || strict) throw rangeError(dayNumber);
    return dayNumber;
  }

  function checkInteger(value: unknown, field: string, min: number): number {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
      throw new CalendarInputError(
        'invalid_term',
        value,
        renderEveryLocale(calendarMessages.invalid_term, { value, field }),
      );
    }
    return value;
  }

  // ---- Lookups over covered days and the pattern beyond ------------------------------------
  /** The status of a day; throws before the coverage (and after it when strict). */
  function statusOf(dayNumber: number): number {
    if (dayNumber < base) throw rangeError(dayNumber);
    if (dayNumber < end) return status[dayNumber - base] ?? WORKING;
    if (strict || perWeek === 0) throw rangeError(end);
    return weekendDays[weekdayOfDayNumber(dayNumber)] === true ? WEEKEND : WORKING;
  }

  function textOf(dayNumber: number): string {
    return dayNumber >= base && dayNumber < end
      ? (dates[dayNumber - base] as string)
      : formatDayNumber(dayNumber);
  }

  /** Working days in [base, dayNumber), for dayNumber >= base. */
  function rankOf(dayNumber: number): number {
    if (dayNumber <= end) return rank[dayNumber - base] ?? 0;
    if (strict) throw rangeError(end);
    const offset = dayNumber - end;
    return coveredWorking + Math.floor(offset / 7) * perWeek + (patternPrefix[offset % 7] ?? 0);
  }

  /** The working day with 0-based rank `k` counted from `base`. */
  function atRank(k: number): number {
    if (k < 0) throw rangeError(base - 1);
    if (k < coveredWorking) return working[k] ?? base;
    if (strict || perWeek === 0) throw rangeError(end);
    const beyond = k - coveredWorking;
    return end + Math.floor(beyond / perWeek) * 7 + (patternOffsets[beyond % perWeek] ?? 0);
  }

  /** n > 0: the n-th working day after `from`; n <= 0: the first working day at or after it, moved |n| back. */
  function addFrom(from: number, n: number): number {
    return atRank(n > 0 ? rankOf(from + 1) + n - 1 : rankOf(from) + n);
  }

  function isProvisional(date: string): boolean {
    const dayNumber = dayByDate.get(date) ?? parseLocalDate(date);
    if (dayNumber === undefined) {
      throw new CalendarInputError(
        'invalid_date',
        date,
        renderEveryLocale(calendarMessages.invalid_date, { value: date, field: 'date' }),
      );
    }
    return dayNumber >= end;
  }

  function addWorkingDays(from: string, n: number): string {
    const day = dayOf(from, 'from');
    if (!Number.isSafeInteger(n)) checkInteger(n, 'n', Number.MIN_SAFE_INTEGER);
    return n === 0 ? textOf(day) : textOf(addFrom(day, n));
  }

  function countWorkingDays(fromExclusive: string, toInclusive: string): number {
    const from = dayOf(fromExclusive, 'fromExclusive');
    const to = dayOf(toInclusive, 'toInclusive');
    return rankOf(to + 1) - rankOf(from + 1);
  }

  function isWorkingDay(date: string): boolean {
    return statusOf(dayOf(date, 'date')) === WORKING;
  }

  function skippedDay(dayNumber: number, reason: SkipReason): SkippedDay {
    const entry =
      reason === 'suspension' || reason === 'weekend' ? undefined : entries.get(dayNumber - base);
    return {
      date: textOf(dayNumber),
      reason,
      ...(entry === undefined ? {} : { name: entry.name }),
      ...(entry?.decree === undefined ? {} : { decree: entry.decree }),
    };
  }

  function describeDay(date: string): DayDescription {
    const day = dayOf(date, 'date');
    const dayStatus = statusOf(day);
    const entry = entries.get(day - base);
    const reason = statusReasons[dayStatus];
    return {
      date: textOf(day),
      weekday: weekdays[weekdayOfDayNumber(day)] ?? 'mon',
      working: dayStatus === WORKING,
      ...(reason === undefined ? {} : { reason }),
      ...(entry === undefined ? {} : { kind: entry.kind, name: entry.name }),
      ...(entry?.decree === undefined ? {} : { decree: entry.decree }),
      ...(day >= end ? { provisional: true as const } : {}),
    };
  }

  // ---- Due dates --------------------------------------------------------------------------
  function checkInput(input: DueDateInput): {
    received: number;
    days: number;
    suspensions: SuspensionSpan[];
  } {
    const received = dayOf(input.received, 'received');
    const days = checkInteger(input.days, 'days', 0);
    if (!(termUnits as readonly unknown[]).includes(input.unit)) {
      throw new CalendarInputError(
        'invalid_unit',
        input.unit,
        renderEveryLocale(calendarMessages.invalid_unit, { value: input.unit }),
      );
    }
    return { received, days, suspensions: normalizeSuspensions(input.suspensions ?? []) };
  }

  function dueDateOrStop(input: DueDateInput): DueDateOrStop {
    const { received, days, suspensions } = checkInput(input);
    if (suspensions.length > 0) {
      if (!strict && perWeek > 0) return countAroundStops(input.unit, received, days, suspensions);
      const walked = walk(input, received, days, suspensions);
      return 'stoppedSince' in walked ? walked : { due: walked.due };
    }
    if (input.unit === 'working') return { due: textOf(addFrom(received, days)) };
    // Calendar days: the day `days` after receipt, rolled forward to a working day.
    const termEnd = received + days;
    if (strict && termEnd >= end) throw rangeError(end);
    return { due: textOf(addFrom(termEnd, 0)) };
  }

  function dueDate(input: DueDateInput): string {
    const result = dueDateOrStop(input);
    if ('stoppedSince' in result) throw clockStopped(result);
    return result.due;
  }

  function explainDueDate(input: DueDateInput): DueDateExplanation {
    const { received, days, suspensions } = checkInput(input);
    const walked = walk(input, received, days, suspensions);
    if ('stoppedSince' in walked) throw clockStopped(walked);
    return walked;
  }

  function clockStopped(stop: ClockStop): ClockStoppedError {
    return new ClockStoppedError({
      since: stop.stoppedSince,
      remaining: stop.remaining,
      unit: stop.unit,
    });
  }

  /**
   * The authoritative day-by-day computation, recording every skipped day; where the term reaches
   * an open suspension, the day the clock stopped and the days left instead.
   */
  function walk(
    input: DueDateInput,
    received: number,
    days: number,
    suspensions: readonly SuspensionSpan[],
  ): DueDateExplanation | ClockStop {
    const skipped: SkippedDay[] = [];
    const suspendedAt = (dayNumber: number): SuspensionSpan | undefined =>
      suspensions.find((span) => span.from <= dayNumber && dayNumber <= span.to);
    /** Set when the term reaches the open suspension: the walk stops there. */
    const found: { stop?: ClockStop } = {};
    /**
     * Records `day` as skipped if it is suspended or (when `needWorking`) not a working day; on
     * the open suspension, notes the stop and answers `false` so the loops end.
     */
    const skips = (day: number, needWorking: boolean, remaining: number): boolean => {
      const dayStatus = statusOf(day);
      const span = suspendedAt(day);
      if (span !== undefined) {
        if (span.to === Number.POSITIVE_INFINITY) {
          found.stop = { stoppedSince: formatDayNumber(span.from), remaining, unit: input.unit };
          return false;
        }
        skipped.push(skippedDay(day, 'suspension'));
        return true;
      }
      const reason = statusReasons[dayStatus];
      if (needWorking && reason !== undefined) {
        skipped.push(skippedDay(day, reason));
        return true;
      }
      return false;
    };

    let day = received;
    let start: number | undefined;
    let termEnd: number | undefined;
    if (days === 0) {
      while (skips(day, true, 0)) day++;
      start = day;
    } else {
      let counted = 0;
      const needWorking = input.unit === 'working';
      while (counted < days) {
        day++;
        if (skips(day, needWorking, days - counted)) continue;
        if (found.stop !== undefined) return found.stop;
        counted++;
        start ??= day;
      }
      if (!needWorking) {
        termEnd = day;
        while (skips(day, true, 0)) day++;
      }
    }
    if (found.stop !== undefined) return found.stop;
    const provisional = day >= end;
    return {
      received: textOf(received),
      days,
      unit: input.unit,
      start: textOf(start ?? day),
      due: textOf(day),
      ...(termEnd === undefined ? {} : { termEnd: textOf(termEnd) }),
      skipped,
      provisional,
      ...(provisional ? { uncoveredFrom } : {}),
    };
  }

  /**
   * What {@link walk} finds, by counting between the clock stops instead of day by day: the due
   * date, or where the term reaches the open stop and the days left then. Only where no day can
   * be out of range (`provisional` beyond the coverage, a weekly pattern with working days), so
   * that the walk would throw for none of the days it visits. Each stop costs a few rank look-ups
   * however long it is, and the stops are visited once (a file returned many times has many).
   */
  function countAroundStops(
    unit: DueDateInput['unit'],
    received: number,
    days: number,
    suspensions: readonly SuspensionSpan[],
  ): DueDateOrStop {
    const stop = (span: SuspensionSpan, remaining: number): DueDateOrStop => ({
      stoppedSince: formatDayNumber(span.from),
      remaining,
      unit,
    });
    /** The first day from `day` on that is a working day outside every stop (or the open stop). */
    const settle = (from: number): DueDateOrStop => {
      let day = from;
      for (;;) {
        const span = suspensions.find((candidate) => candidate.from <= day && day <= candidate.to);
        if (span !== undefined) {
          if (span.to === Number.POSITIVE_INFINITY) return stop(span, 0);
          day = span.to + 1;
        } else if (statusOf(day) !== WORKING) {
          day = atRank(rankOf(day));
        } else {
          return { due: textOf(day) };
        }
      }
    };
    if (days === 0) return settle(received);
    const working = unit === 'working';
    /** Days that count in [from, to): working days, or every day for calendar-day terms. */
    const counted = (from: number, to: number): number =>
      working ? rankOf(to) - rankOf(from) : to - from;
    let next = received + 1;
    let remaining = days;
    for (const span of suspensions) {
      if (span.to < next) continue;
      const free = counted(next, Math.max(span.from, next));
      if (free >= remaining) break;
      remaining -= free;
      if (span.to === Number.POSITIVE_INFINITY) return stop(span, remaining);
      next = span.to + 1;
    }
    // The term ends in the stretch from `next`, before the next stop.
    if (working) return { due: textOf(atRank(rankOf(next) + remaining - 1)) };
    return settle(next + remaining - 1);
  }

  function remainingWorkingDays(due: string, asOf: string): number {
    const dueDay = dayOf(due, 'due');
    const asOfDay = dayOf(asOf, 'asOf');
    if (asOfDay > dueDay) return 0;
    return rankOf(dueDay + 1) - rankOf(asOfDay);
  }

  // A lifecycle transition reads the local date of its event's instant in the guard and again in
  // each update: the last string instant's date is kept, so it is parsed once.
  let lastInstant: string | undefined;
  let lastDate = '';
  const localDateOf = (instant: Date | string): string => {
    if (typeof instant === 'string' && instant === lastInstant) return lastDate;
    const date = toLocalDate(instant, timeZone);
    if (typeof instant === 'string') {
      lastInstant = instant;
      lastDate = date;
    }
    return date;
  };
  return Object.freeze({
    id: calendarId,
    name: definition.name,
    timeZone,
    weekend,
    years,
    coveredFrom,
    uncoveredFrom,
    beyondCoverage,
    decrees,
    isProvisional,
    isWorkingDay,
    describeDay,
    addWorkingDays,
    countWorkingDays,
    dueDate,
    explainDueDate,
    dueDateOrStop,
    remainingWorkingDays,
    toLocalDate: localDateOf,
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
  // Each calendar may cite the decrees of those merged before it.
  const inherited: string[] = [];
  chain.forEach((definition) => {
    const issues = definitionIssues(definition, inherited, undefined);
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
        renderEveryLocale(calendarMessages.invalid_date, { value: suspension.from, field }),
      );
    }
    if (suspension.to === undefined) return { from, to: Number.POSITIVE_INFINITY };
    const to = parseLocalDate(suspension.to);
    if (to === undefined) {
      const field = `suspensions[${String(index)}].to`;
      throw new CalendarInputError(
        'invalid_date',
        suspension.to,
        renderEveryLocale(calendarMessages.invalid_date, { value: suspension.to, field }),
      );
    }
    if (to < from) {
      throw new CalendarInputError(
        'invalid_period',
        suspension,
        renderEveryLocale(calendarMessages.invalid_period, {
          from: suspension.from,
          to: suspension.to,
        }),
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
