import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ClockStoppedError,
  createWorkingDayCalendar,
  type DueDateInput,
  type DueDateOrStop,
  type Suspension,
  type WorkingDayCalendar,
} from '../src/calendar/index.js';
import { calendar, national } from './_lifecycleFixtures.js';

// dueDateOrStop counts a term around its clock stops by working-day ranks between the stops; the
// day-by-day walk behind explainDueDate is the reference. Over random terms (both units, 0 to 40
// days, received in the covered years or after them) and random stops (before, across and after
// the receipt, overlapping, out of order, one left open), both answer the same due date, or the
// same open stop with the same days left, or the same error.

const calendars: readonly WorkingDayCalendar[] = [
  calendar,
  createWorkingDayCalendar(national, { timeZone: 'Asia/Jakarta', beyondCoverage: 'error' }),
];

const msPerDay = 86_400_000;
function dateAt(offset: number): string {
  return new Date(Date.UTC(2025, 0, 1) + offset * msPerDay).toISOString().slice(0, 10);
}

const stop = fc.record({
  from: fc.integer({ min: -30, max: 150 }),
  length: fc.integer({ min: 0, max: 20 }),
  open: fc.boolean(),
});

const input = fc
  .record({
    received: fc.integer({ min: 0, max: 3 * 365 }),
    days: fc.integer({ min: 0, max: 40 }),
    unit: fc.constantFrom('working' as const, 'calendar' as const),
    stops: fc.array(stop, { minLength: 1, maxLength: 8 }),
    openLast: fc.boolean(),
  })
  .map(({ received, days, unit, stops, openLast }): DueDateInput => {
    const suspensions: Suspension[] = stops.map((s, index) => {
      const from = dateAt(Math.max(0, received + s.from));
      const open = (openLast && index === stops.length - 1) || (s.open && s.length === 20);
      return open ? { from } : { from, to: dateAt(Math.max(0, received + s.from) + s.length) };
    });
    return { received: dateAt(received), days, unit, suspensions };
  });

/** What the day-by-day walk answers, as dueDateOrStop would. */
function walked(calendar: WorkingDayCalendar, term: DueDateInput): DueDateOrStop | Error {
  try {
    return { due: calendar.explainDueDate(term).due };
  } catch (error) {
    if (error instanceof ClockStoppedError)
      return { stoppedSince: error.since, remaining: error.remaining, unit: error.unit };
    return error as Error;
  }
}

function counted(calendar: WorkingDayCalendar, term: DueDateInput): DueDateOrStop | Error {
  try {
    return calendar.dueDateOrStop(term);
  } catch (error) {
    return error as Error;
  }
}

describe('dueDateOrStop with clock stops', () => {
  it.each(calendars.map((calendar) => [calendar.beyondCoverage, calendar] as const))(
    'answers what the day-by-day walk answers (%s)',
    (_mode, calendar) => {
      fc.assert(
        fc.property(input, (term) => {
          const expected = walked(calendar, term);
          const actual = counted(calendar, term);
          if (expected instanceof Error) {
            expect(actual).toBeInstanceOf(expected.constructor);
            expect((actual as Error).message).toBe(expected.message);
          } else {
            expect(actual).toEqual(expected);
            expect(Object.keys(actual)).toEqual(Object.keys(expected));
          }
        }),
        { numRuns: 2000 },
      );
    },
  );

  it('answers what the walk answers for a file returned two hundred times', () => {
    const suspensions: Suspension[] = [];
    for (let k = 0; k < 200; k++)
      suspensions.push({ from: dateAt(60 + 2 * k + 1), to: dateAt(60 + 2 * k + 2) });
    const term: DueDateInput = { received: dateAt(60), days: 7, unit: 'working', suspensions };
    expect(calendar.dueDateOrStop(term)).toEqual(walked(calendar, term));
    const open = { ...term, suspensions: [...suspensions, { from: dateAt(470) }] };
    expect(calendar.dueDateOrStop(open)).toEqual(walked(calendar, open));
  });
});
