// Calendar due dates: WorkingDayCalendar.addWorkingDays(d, 20) over every date of 2025, on the
// national calendar of examples/batang (2025–2026). Reported as calls per second; the target is
// absolute: at least 1,000,000 per second. Baseline (for the ratio, informational): the same loop
// over the same dates that only reads them (sums their lengths).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWorkingDayCalendar } from '@mpp-kit/workflows';
import { parse } from 'yaml';
import { defineBenchmark } from './defineBenchmark.mjs';
import { repoRoot } from './mallText.mjs';

const passes = 20;

export default [
  defineBenchmark({
    name: 'calendar due dates: addWorkingDays(d, 20) calls/s vs a loop that only reads the dates',
    unit: 'ops/s',
    setup: () => {
      const file = parse(
        readFileSync(join(repoRoot, 'examples', 'batang', 'calendars', 'id-national.yaml'), 'utf8'),
        { version: '1.2', schema: 'core' },
      );
      const definition = file.calendars[0];
      const calendar = createWorkingDayCalendar(definition, { timeZone: 'Asia/Jakarta' });
      const dates = [];
      for (
        let day = new Date(Date.UTC(2025, 0, 1));
        day.getUTCFullYear() === 2025;
        day.setUTCDate(day.getUTCDate() + 1)
      ) {
        dates.push(day.toISOString().slice(0, 10));
      }
      if (calendar.addWorkingDays('2025-03-21', 10) !== '2025-04-15')
        throw new Error('the calendar does not give the documented 2025-03-21 + 10 = 2025-04-15');
      return { calendar, dates };
    },
    subject: ({ calendar, dates }) => {
      let total = 0;
      for (let pass = 0; pass < passes; pass++) {
        for (let i = 0; i < dates.length; i++)
          total += calendar.addWorkingDays(dates[i], 20).length;
      }
      return total;
    },
    baseline: ({ dates }) => {
      let total = 0;
      for (let pass = 0; pass < passes; pass++) {
        for (let i = 0; i < dates.length; i++) total += dates[i].length;
      }
      return total;
    },
    ops: passes * 365,
    target: 1_000_000,
    maxSeconds: 8,
  }),
];
