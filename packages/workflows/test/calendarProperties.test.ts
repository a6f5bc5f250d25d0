import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parse } from 'yaml';
import type { Calendar } from '@mpp-kit/schemas';
import { describe, expect, it } from 'vitest';
import {
  CalendarRangeError,
  ClockStoppedError,
  createWorkingDayCalendar,
  type TermUnit,
} from '../src/calendar/index.js';

const examplePath = fileURLToPath(
  new URL('../../../examples/batang/calendars/id-national.yaml', import.meta.url),
);
const document = parse(readFileSync(examplePath, 'utf8'), { schema: 'core' }) as {
  calendars: Calendar[];
};
const calendar = createWorkingDayCalendar(document.calendars[0] as Calendar, {
  timeZone: 'Asia/Jakarta',
});

const coveredDays = 365 + 365; // 2025 and 2026
const lastDate = '2026-12-31';
const msPerDay = 86_400_000;

function dateAt(offset: number): string {
  return new Date(Date.UTC(2025, 0, 1) + offset * msPerDay).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / msPerDay;
}

/** A date inside the calendar's data (2025-01-01 … 2026-12-31). */
const dateInside = fc.integer({ min: 0, max: coveredDays - 1 }).map(dateAt);
const unit = fc.constantFrom<TermUnit>('working', 'calendar');

/** A date from 2025 through 2027: the covered years and the first year no decree covers. */
const dateAcross = fc.integer({ min: 0, max: coveredDays + 364 }).map(dateAt);

/**
 * An independent oracle: a day is a working day unless it is a Saturday or Sunday, or one of the
 * example's holidays and collective-leave days (all before 2027; 2027 has no decree yet).
 */
const nonWorking = new Set(document.calendars[0]?.days.map((day) => day.date));
function oracleWorking(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !nonWorking.has(date);
}
function oracleAdd(start: string, n: number): string {
  let offset = daysBetween('2025-01-01', start);
  for (let left = Math.abs(n); left > 0;) {
    offset += Math.sign(n);
    if (offset < 0) return 'before';
    if (oracleWorking(dateAt(offset))) left--;
  }
  return dateAt(offset);
}

describe('working-day arithmetic properties (national calendar 2025–2026)', () => {
  it('countWorkingDays(start, addWorkingDays(start, n)) === n, and the result is a working day', () => {
    fc.assert(
      fc.property(dateInside, fc.integer({ min: 0, max: 60 }), (start, n) => {
        const end = calendar.addWorkingDays(start, n);
        expect(calendar.countWorkingDays(start, end)).toBe(n);
        if (n > 0) {
          expect(end > start).toBe(true);
          expect(calendar.isWorkingDay(end)).toBe(true);
        } else {
          expect(end).toBe(start);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with a day-by-day oracle from 2025 through 2027, across the end of coverage', () => {
    fc.assert(
      fc.property(dateAcross, fc.integer({ min: -80, max: 80 }), (start, n) => {
        const expected = oracleAdd(start, n);
        if (expected === 'before') {
          expect(() => calendar.addWorkingDays(start, n)).toThrow(CalendarRangeError);
          return;
        }
        expect(calendar.addWorkingDays(start, n)).toBe(expected);
        expect(calendar.isWorkingDay(start)).toBe(oracleWorking(start));
        if (n > 0) expect(calendar.countWorkingDays(start, expected)).toBe(n);
        expect(calendar.isProvisional(expected)).toBe(expected >= '2027-01-01');
      }),
      { numRuns: 2000 },
    );
  });

  it('dueDate and explainDueDate agree across the end of coverage; provisional exactly when due is in 2027', () => {
    fc.assert(
      fc.property(dateAcross, fc.integer({ min: 0, max: 60 }), unit, (received, days, termUnit) => {
        const input = { received, days, unit: termUnit };
        const explanation = calendar.explainDueDate(input);
        expect(explanation.due).toBe(calendar.dueDate(input));
        expect(explanation.provisional).toBe(explanation.due >= '2027-01-01');
        expect(explanation.uncoveredFrom).toBe(explanation.provisional ? '2027-01-01' : undefined);
        expect(oracleWorking(explanation.due)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('addWorkingDays backward undoes forward from a working day', () => {
    fc.assert(
      fc.property(dateInside, fc.integer({ min: 1, max: 60 }), (start, n) => {
        fc.pre(calendar.isWorkingDay(start) && calendar.countWorkingDays(start, lastDate) >= n);
        expect(calendar.addWorkingDays(calendar.addWorkingDays(start, n), -n)).toBe(start);
      }),
    );
  });

  it('dueDate (table lookup) agrees with explainDueDate (day-by-day walk), and the explanation adds up', () => {
    fc.assert(
      fc.property(dateInside, fc.integer({ min: 0, max: 60 }), unit, (received, days, termUnit) => {
        const input = { received, days, unit: termUnit };
        const due = calendar.dueDate(input);
        const explanation = calendar.explainDueDate(input);
        expect(explanation.due).toBe(due);
        expect(calendar.isWorkingDay(due)).toBe(true);
        for (const skipped of explanation.skipped)
          expect(calendar.isWorkingDay(skipped.date)).toBe(false);
        if (days === 0) {
          // The receipt day and every skipped day up to the due date.
          expect(daysBetween(received, due)).toBe(explanation.skipped.length);
        } else if (termUnit === 'working') {
          // Every day after receipt up to the due date either counts or is listed as skipped.
          expect(daysBetween(received, due)).toBe(days + explanation.skipped.length);
        } else {
          expect(explanation.termEnd).toBe(dateAt(daysBetween('2025-01-01', received) + days));
          expect(daysBetween(received, due)).toBe(days + explanation.skipped.length);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('stopping the clock with remainingWorkingDays and resuming equals a suspension', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        (offset, days, stopAfter, suspendedFor) => {
          const received = dateAt(offset);
          const due = calendar.dueDate({ received, days, unit: 'working' });
          const returned = dateAt(offset + Math.min(stopAfter, daysBetween(received, due)));
          const resubmitted = dateAt(daysBetween('2025-01-01', returned) + suspendedFor);
          const remaining = calendar.remainingWorkingDays(due, returned);
          const resumed = calendar.dueDate({
            received: resubmitted,
            days: remaining,
            unit: 'working',
          });
          const suspended = calendar.dueDate({
            received,
            days,
            unit: 'working',
            suspensions: [{ from: returned, to: resubmitted }],
          });
          expect(resumed).toBe(suspended);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('dueDateOrStop answers what dueDate returns or its ClockStoppedError carries', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 40 }),
        unit,
        fc.integer({ min: 0, max: 60 }),
        fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
        (offset, days, termUnit, stopAfter, stopFor) => {
          const received = dateAt(offset);
          const from = dateAt(offset + stopAfter);
          const suspensions = [
            stopFor === undefined ? { from } : { from, to: dateAt(offset + stopAfter + stopFor) },
          ];
          const input = { received, days, unit: termUnit, suspensions };
          const result = calendar.dueDateOrStop(input);
          let thrown: unknown;
          let due: string | undefined;
          try {
            due = calendar.dueDate(input);
          } catch (error) {
            thrown = error;
          }
          if ('due' in result) expect(result.due).toBe(due);
          else {
            expect(thrown).toBeInstanceOf(ClockStoppedError);
            expect(thrown).toMatchObject({
              since: result.stoppedSince,
              remaining: result.remaining,
              unit: result.unit,
            });
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
