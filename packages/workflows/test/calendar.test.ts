import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Calendar } from '@mpp-kit/schemas';
import { describe, expect, it } from 'vitest';
import {
  CalendarInputError,
  CalendarRangeError,
  ClockStoppedError,
  createWorkingDayCalendar,
} from '../src/calendar/index.js';

// The Indonesian national calendar of the Batang example (SKB 2025, its amendment, SKB 2026).
const examplePath = fileURLToPath(
  new URL('../../../examples/batang/calendars/id-national.yaml', import.meta.url),
);
const document = parse(readFileSync(examplePath, 'utf8'), { schema: 'core' }) as {
  calendars: Calendar[];
};
const national = document.calendars[0] as Calendar;
const calendar = createWorkingDayCalendar(national, { timeZone: 'Asia/Jakarta' });

function reasons(explanation: { skipped: readonly { date: string; reason: string }[] }): string[] {
  return explanation.skipped.map((day) => `${day.date} ${day.reason}`);
}

describe('the national calendar example (examples/batang/calendars/id-national.yaml)', () => {
  it.each([
    [2025, 'holiday', 17],
    [2025, 'collective-leave', 11],
    [2026, 'holiday', 17],
    [2026, 'collective-leave', 8],
  ])('%i has the SKB count of %s days (%i)', (year, kind, count) => {
    expect(
      national.days.filter((day) => day.date.startsWith(`${String(year)}-`) && day.kind === kind),
    ).toHaveLength(count);
  });

  it('names every day in Indonesian and English and cites its decree', () => {
    for (const day of national.days) {
      expect(day.name).toMatchObject({ id: expect.any(String), en: expect.any(String) });
      expect(day.decree).toBe(
        day.date === '2025-08-18' ? 'skb-2025-amendment' : `skb-${day.date.slice(0, 4)}`,
      );
    }
    expect(calendar.decrees.find((decree) => decree.id === 'skb-2025-amendment')?.amends).toBe(
      'skb-2025',
    );
  });
});

describe('isWorkingDay and describeDay', () => {
  it.each([
    ['2025-01-01', false, 'Tahun Baru (holiday, SKB 2025)'],
    ['2025-01-02', true, 'an ordinary Thursday'],
    ['2025-01-04', false, 'Saturday'],
    ['2025-03-28', false, 'cuti bersama Nyepi'],
    ['2025-04-07', false, 'last cuti bersama of Idulfitri 1446 H'],
    ['2025-04-08', true, 'first working day after Idulfitri 1446 H'],
    ['2025-08-18', false, 'cuti bersama added by SKB 933/2025, 1/2025, 3/2025'],
    ['2025-08-19', true, 'the Tuesday after'],
    ['2026-03-18', false, 'cuti bersama (SKB 2026)'],
    ['2026-03-25', true, 'first working day after Idulfitri 1447 H'],
    ['2026-12-24', false, 'cuti bersama Natal'],
    ['2026-12-31', true, 'the last covered day'],
  ])('%s is a working day: %s (%s)', (date, expected) => {
    expect(calendar.isWorkingDay(date)).toBe(expected);
  });

  it('says why a day is not a working day', () => {
    expect(calendar.describeDay('2025-08-18')).toEqual({
      date: '2025-08-18',
      weekday: 'mon',
      working: false,
      reason: 'collective-leave',
      kind: 'collective-leave',
      name: {
        id: 'Cuti Bersama Hari Kemerdekaan Republik Indonesia',
        en: 'Collective leave for Independence Day',
      },
      decree: 'skb-2025-amendment',
    });
    // A holiday on a Sunday is reported as the holiday, not as a weekend day.
    expect(calendar.describeDay('2025-08-17').reason).toBe('holiday');
    expect(calendar.describeDay('2025-08-16')).toEqual({
      date: '2025-08-16',
      weekday: 'sat',
      working: false,
      reason: 'weekend',
    });
    expect(calendar.describeDay('2025-08-19')).toEqual({
      date: '2025-08-19',
      weekday: 'tue',
      working: true,
    });
  });
});

describe('working-day terms: day 1 is the first working day after receipt', () => {
  it('received Friday, 1 working day: due Monday', () => {
    expect(calendar.dueDate({ received: '2025-01-10', days: 1, unit: 'working' })).toBe(
      '2025-01-13',
    );
  });

  it('received Friday 21 March 2025, 10 working days: due 15 April 2025 (Nyepi and Idulfitri 1446 H)', () => {
    // Hand count (SKB 1017/2024, 2/2024, 2/2024):
    //   Mon 24 Mar = 1, Tue 25 = 2, Wed 26 = 3, Thu 27 = 4,
    //   Fri 28 Mar cuti bersama Nyepi, Sat 29 Nyepi (holiday), Sun 30,
    //   Mon 31 Mar + Tue 1 Apr Idulfitri (holidays), Wed 2, Thu 3, Fri 4 Apr cuti bersama, Sat 5, Sun 6,
    //   Mon 7 Apr cuti bersama,
    //   Tue 8 Apr = 5, Wed 9 = 6, Thu 10 = 7, Fri 11 = 8, (Sat 12, Sun 13), Mon 14 = 9, Tue 15 Apr = 10.
    const input = { received: '2025-03-21', days: 10, unit: 'working' } as const;
    expect(calendar.dueDate(input)).toBe('2025-04-15');
    expect(calendar.addWorkingDays('2025-03-21', 10)).toBe('2025-04-15');
    const explanation = calendar.explainDueDate(input);
    expect(explanation.start).toBe('2025-03-24');
    expect(explanation.due).toBe('2025-04-15');
    expect(reasons(explanation)).toEqual([
      '2025-03-22 weekend',
      '2025-03-23 weekend',
      '2025-03-28 collective-leave',
      '2025-03-29 holiday',
      '2025-03-30 weekend',
      '2025-03-31 holiday',
      '2025-04-01 holiday',
      '2025-04-02 collective-leave',
      '2025-04-03 collective-leave',
      '2025-04-04 collective-leave',
      '2025-04-05 weekend',
      '2025-04-06 weekend',
      '2025-04-07 collective-leave',
      '2025-04-12 weekend',
      '2025-04-13 weekend',
    ]);
    expect(explanation.skipped[5]).toEqual({
      date: '2025-03-31',
      reason: 'holiday',
      name: { id: 'Hari Raya Idulfitri 1446 Hijriah', en: 'Eid al-Fitr (first day)' },
      decree: 'skb-2025',
    });
  });

  it('received Friday 15 August 2025, 1 working day: due 19 August (18 Aug cuti bersama added by the amendment)', () => {
    // Sat 16 weekend, Sun 17 Proklamasi (holiday), Mon 18 cuti bersama (SKB 933/2025, 1/2025, 3/2025), Tue 19 = 1.
    const explanation = calendar.explainDueDate({
      received: '2025-08-15',
      days: 1,
      unit: 'working',
    });
    expect(explanation.due).toBe('2025-08-19');
    expect(explanation.skipped).toEqual([
      { date: '2025-08-16', reason: 'weekend' },
      {
        date: '2025-08-17',
        reason: 'holiday',
        name: { id: 'Proklamasi Kemerdekaan Republik Indonesia', en: 'Independence Day' },
        decree: 'skb-2025',
      },
      {
        date: '2025-08-18',
        reason: 'collective-leave',
        name: {
          id: 'Cuti Bersama Hari Kemerdekaan Republik Indonesia',
          en: 'Collective leave for Independence Day',
        },
        decree: 'skb-2025-amendment',
      },
    ]);
  });

  it('2026 Nyepi and Idulfitri 1447 H (18–24 March 2026)', () => {
    // SKB 1497/2025, 2/2025, 5/2025: Wed 18 cuti, Thu 19 Nyepi, Fri 20 cuti, Sat 21 + Sun 22 Idulfitri,
    // Mon 23 + Tue 24 cuti. Received Tue 17 March, 1 working day: Wed 25 March = 1.
    expect(calendar.dueDate({ received: '2026-03-17', days: 1, unit: 'working' })).toBe(
      '2026-03-25',
    );
    // Received Fri 13 March, 5 working days: Mon 16 = 1, Tue 17 = 2, (18–24 skipped), Wed 25 = 3, Thu 26 = 4, Fri 27 = 5.
    const explanation = calendar.explainDueDate({
      received: '2026-03-13',
      days: 5,
      unit: 'working',
    });
    expect(explanation.due).toBe('2026-03-27');
    expect(reasons(explanation)).toEqual([
      '2026-03-14 weekend',
      '2026-03-15 weekend',
      '2026-03-18 collective-leave',
      '2026-03-19 holiday',
      '2026-03-20 collective-leave',
      '2026-03-21 holiday',
      '2026-03-22 holiday',
      '2026-03-23 collective-leave',
      '2026-03-24 collective-leave',
    ]);
  });

  it('counts across the year boundary (cuti bersama Natal 26 Dec 2025, New Year 1 Jan 2026)', () => {
    // Wed 24 Dec received; Thu 25 Natal, Fri 26 cuti, Sat 27, Sun 28; Mon 29 = 1, Tue 30 = 2, Wed 31 = 3,
    // Thu 1 Jan 2026 holiday, Fri 2 Jan = 4.
    expect(calendar.addWorkingDays('2025-12-24', 4)).toBe('2026-01-02');
    expect(calendar.countWorkingDays('2025-12-24', '2026-01-02')).toBe(4);
  });
});

describe('addWorkingDays and countWorkingDays', () => {
  it('adding 0 working days returns the day itself, even a non-working day', () => {
    expect(calendar.addWorkingDays('2025-04-08', 0)).toBe('2025-04-08');
    expect(calendar.addWorkingDays('2025-03-28', 0)).toBe('2025-03-28');
    // ... whereas a 0-day term received that day is due on the next working day.
    expect(calendar.dueDate({ received: '2025-03-28', days: 0, unit: 'working' })).toBe(
      '2025-04-08',
    );
  });

  it('counts backward with a negative n', () => {
    expect(calendar.addWorkingDays('2025-04-15', -10)).toBe('2025-03-21');
    expect(calendar.addWorkingDays('2025-04-08', -1)).toBe('2025-03-27');
  });

  it('counts after the first date up to and including the second, negative when reversed', () => {
    expect(calendar.countWorkingDays('2025-03-21', '2025-04-15')).toBe(10);
    expect(calendar.countWorkingDays('2025-04-15', '2025-03-21')).toBe(-10);
    expect(calendar.countWorkingDays('2025-03-27', '2025-04-07')).toBe(0);
    expect(calendar.countWorkingDays('2025-01-02', '2025-01-02')).toBe(0);
  });
});

describe('calendar-day terms: every day counts, a non-working last day rolls forward', () => {
  it('ends on a Sunday and rolls to Monday', () => {
    // Fri 10 Jan 2025 + 2 calendar days = Sun 12 Jan, rolls to Mon 13 Jan.
    const explanation = calendar.explainDueDate({
      received: '2025-01-10',
      days: 2,
      unit: 'calendar',
    });
    expect(explanation).toEqual({
      received: '2025-01-10',
      days: 2,
      unit: 'calendar',
      start: '2025-01-11',
      termEnd: '2025-01-12',
      due: '2025-01-13',
      skipped: [{ date: '2025-01-12', reason: 'weekend' }],
      provisional: false,
    });
    expect(calendar.dueDate({ received: '2025-01-10', days: 2, unit: 'calendar' })).toBe(
      '2025-01-13',
    );
  });

  it('ends on a working day and does not move', () => {
    // Mon 6 Jan + 14 calendar days = Mon 20 Jan; the weekends in between count.
    const explanation = calendar.explainDueDate({
      received: '2025-01-06',
      days: 14,
      unit: 'calendar',
    });
    expect(explanation.due).toBe('2025-01-20');
    expect(explanation.skipped).toEqual([]);
  });

  it('ends on cuti bersama Nyepi 2025 and rolls past Idulfitri to 8 April', () => {
    // Thu 20 Mar + 8 calendar days = Fri 28 Mar (cuti bersama); 29 Mar – 7 Apr are all non-working.
    const explanation = calendar.explainDueDate({
      received: '2025-03-20',
      days: 8,
      unit: 'calendar',
    });
    expect(explanation.termEnd).toBe('2025-03-28');
    expect(explanation.due).toBe('2025-04-08');
    expect(explanation.skipped.map((day) => day.date)).toEqual([
      '2025-03-28',
      '2025-03-29',
      '2025-03-30',
      '2025-03-31',
      '2025-04-01',
      '2025-04-02',
      '2025-04-03',
      '2025-04-04',
      '2025-04-05',
      '2025-04-06',
      '2025-04-07',
    ]);
    expect(calendar.dueDate({ received: '2025-03-20', days: 8, unit: 'calendar' })).toBe(
      '2025-04-08',
    );
  });
});

describe('0-day terms (same-day services)', () => {
  it('is due the day of receipt on a working day', () => {
    expect(calendar.explainDueDate({ received: '2025-01-06', days: 0, unit: 'working' })).toEqual({
      received: '2025-01-06',
      days: 0,
      unit: 'working',
      start: '2025-01-06',
      due: '2025-01-06',
      skipped: [],
      provisional: false,
    });
    expect(calendar.dueDate({ received: '2025-01-06', days: 0, unit: 'calendar' })).toBe(
      '2025-01-06',
    );
  });

  it('received on a Saturday is due Monday', () => {
    const explanation = calendar.explainDueDate({
      received: '2025-01-11',
      days: 0,
      unit: 'working',
    });
    expect(explanation.due).toBe('2025-01-13');
    expect(reasons(explanation)).toEqual(['2025-01-11 weekend', '2025-01-12 weekend']);
    expect(calendar.dueDate({ received: '2025-01-11', days: 0, unit: 'working' })).toBe(
      '2025-01-13',
    );
  });

  it('received on cuti bersama 28 March 2025 is due 8 April 2025', () => {
    expect(calendar.dueDate({ received: '2025-03-28', days: 0, unit: 'working' })).toBe(
      '2025-04-08',
    );
  });
});

describe('suspensions (clock stop while the file is with the applicant)', () => {
  // Received Mon 5 May 2025, 10 working days, no suspension:
  //   Tue 6 = 1, Wed 7 = 2, Thu 8 = 3, Fri 9 = 4, Mon 12 Waisak (holiday), Tue 13 cuti bersama Waisak,
  //   Wed 14 = 5, Thu 15 = 6, Fri 16 = 7, Mon 19 = 8, Tue 20 = 9, Wed 21 May = 10.
  const term = { received: '2025-05-05', days: 10, unit: 'working' } as const;

  it('without suspension', () => {
    expect(calendar.dueDate(term)).toBe('2025-05-21');
  });

  it('suspended days do not count and are listed', () => {
    // Returned Thu 8 May, complete file back Tue 20 May: 8–20 May (13 days) do not count.
    //   Tue 6 = 1, Wed 7 = 2, [8–20 suspended], Wed 21 = 3, Thu 22 = 4, Fri 23 = 5, Mon 26 = 6, Tue 27 = 7,
    //   Wed 28 = 8, Thu 29 Kenaikan Yesus Kristus, Fri 30 cuti bersama, Sat 31, Sun 1 Jun Pancasila,
    //   Mon 2 Jun = 9, Tue 3 Jun = 10.
    const input = { ...term, suspensions: [{ from: '2025-05-08', to: '2025-05-20' }] };
    const explanation = calendar.explainDueDate(input);
    expect(explanation.due).toBe('2025-06-03');
    expect(calendar.dueDate(input)).toBe('2025-06-03');
    expect(explanation.skipped.filter((day) => day.reason === 'suspension')).toHaveLength(13);
    expect(reasons(explanation).filter((line) => !line.endsWith('suspension'))).toEqual([
      '2025-05-24 weekend',
      '2025-05-25 weekend',
      '2025-05-29 holiday',
      '2025-05-30 collective-leave',
      '2025-05-31 weekend',
      '2025-06-01 holiday',
    ]);
  });

  it('remaining working days at the moment of suspension, resumed later, give the same due date', () => {
    const due = calendar.dueDate(term); // 2025-05-21
    // Clock stops at the start of Thu 8 May: 8, 9, 14, 15, 16, 19, 20, 21 May remain.
    const remaining = calendar.remainingWorkingDays(due, '2025-05-08');
    expect(remaining).toBe(8);
    expect(calendar.dueDate({ received: '2025-05-20', days: remaining, unit: 'working' })).toBe(
      '2025-06-03',
    );
    expect(calendar.remainingWorkingDays(due, '2025-05-22')).toBe(0);
    expect(calendar.remainingWorkingDays(due, due)).toBe(1);
  });

  it('an open suspension stops the clock: no due date, but the remaining days are known', () => {
    const input = { ...term, suspensions: [{ from: '2025-05-08' }] };
    expect(() => calendar.dueDate(input)).toThrow(ClockStoppedError);
    expect(() => calendar.explainDueDate(input)).toThrow(
      expect.objectContaining({
        code: 'clock_stopped',
        since: '2025-05-08',
        remaining: 8,
        unit: 'working',
      }),
    );
    expect(calendar.dueDateOrStop(input)).toEqual({
      stoppedSince: '2025-05-08',
      remaining: 8,
      unit: 'working',
    });
    // An open suspension that starts after the due date does not matter.
    expect(calendar.dueDate({ ...term, suspensions: [{ from: '2025-05-22' }] })).toBe('2025-05-21');
    expect(calendar.dueDateOrStop({ ...term, suspensions: [{ from: '2025-05-22' }] })).toEqual({
      due: '2025-05-21',
    });
  });

  it('suspends calendar-day terms too', () => {
    // Mon 6 Jan 2025 + 7 calendar days with 8–9 Jan suspended: 7 = 1, 10 = 2, 11 = 3, 12 = 4, 13 = 5,
    // 14 = 6, Wed 15 Jan = 7.
    const explanation = calendar.explainDueDate({
      received: '2025-01-06',
      days: 7,
      unit: 'calendar',
      suspensions: [{ from: '2025-01-08', to: '2025-01-09' }],
    });
    expect(explanation.due).toBe('2025-01-15');
    expect(reasons(explanation)).toEqual(['2025-01-08 suspension', '2025-01-09 suspension']);
  });

  it('merges overlapping suspensions and rejects one that ends before it starts', () => {
    const overlapping = [
      { from: '2025-05-12', to: '2025-05-20' },
      { from: '2025-05-08', to: '2025-05-14' },
    ];
    expect(calendar.dueDate({ ...term, suspensions: overlapping })).toBe('2025-06-03');
    expect(() =>
      calendar.dueDate({ ...term, suspensions: [{ from: '2025-05-20', to: '2025-05-08' }] }),
    ).toThrow(expect.objectContaining({ code: 'invalid_period' }));
  });
});

describe('after the last covered year: the weekly pattern, marked provisional', () => {
  it('knows where its coverage starts and ends', () => {
    expect(calendar.coveredFrom).toBe('2025-01-01');
    expect(calendar.uncoveredFrom).toBe('2027-01-01');
    expect(calendar.beyondCoverage).toBe('provisional');
    expect(calendar.isProvisional('2026-12-31')).toBe(false);
    expect(calendar.isProvisional('2027-01-01')).toBe(true);
    expect(() => calendar.isProvisional('2027-02-30')).toThrow(
      expect.objectContaining({ code: 'invalid_date' }),
    );
  });

  it('counts 2027 on weekends only: 1 January 2027 (a Friday, New Year in every SKB) is not guessed', () => {
    expect(calendar.isWorkingDay('2027-01-01')).toBe(true);
    expect(calendar.isWorkingDay('2027-01-02')).toBe(false);
    expect(calendar.describeDay('2027-01-01')).toEqual({
      date: '2027-01-01',
      weekday: 'fri',
      working: true,
      provisional: true,
    });
    expect(calendar.describeDay('2027-01-03')).toEqual({
      date: '2027-01-03',
      weekday: 'sun',
      working: false,
      reason: 'weekend',
      provisional: true,
    });
    // Covered days carry no marker.
    expect(calendar.describeDay('2026-12-31')).not.toHaveProperty('provisional');
  });

  it('a submission of 20 December 2026 with 10 working days is due on 5 January 2027, provisionally', () => {
    // Sun 20 Dec received. 21, 22, 23 Dec = 1–3; 24 Dec cuti bersama; 25 Dec Christmas;
    // 26–27 weekend; 28–31 Dec = 4–7; 1 Jan 2027 (no decree) = 8; 2–3 weekend; 4, 5 Jan = 9, 10.
    const input = { received: '2026-12-20', days: 10, unit: 'working' } as const;
    const explanation = calendar.explainDueDate(input);
    expect(explanation).toMatchObject({
      due: '2027-01-05',
      provisional: true,
      uncoveredFrom: '2027-01-01',
    });
    expect(reasons(explanation)).toEqual([
      '2026-12-24 collective-leave',
      '2026-12-25 holiday',
      '2026-12-26 weekend',
      '2026-12-27 weekend',
      '2027-01-02 weekend',
      '2027-01-03 weekend',
    ]);
    expect(calendar.dueDate(input)).toBe('2027-01-05');
    expect(calendar.isProvisional(calendar.dueDate(input))).toBe(true);
    // A term that ends on a covered day is not provisional.
    const inside = calendar.explainDueDate({ received: '2026-12-20', days: 7, unit: 'working' });
    expect(inside).toMatchObject({ due: '2026-12-31', provisional: false });
    expect(inside).not.toHaveProperty('uncoveredFrom');
  });

  it('every operation works across the boundary, both ways', () => {
    expect(calendar.addWorkingDays('2026-12-30', 5)).toBe('2027-01-06');
    expect(calendar.addWorkingDays('2027-01-06', -5)).toBe('2026-12-30');
    expect(calendar.countWorkingDays('2026-12-30', '2027-01-06')).toBe(5);
    expect(calendar.addWorkingDays('2027-03-01', 260)).toBe('2028-02-28');
    expect(calendar.countWorkingDays('2027-03-01', '2028-02-28')).toBe(260);
    expect(calendar.remainingWorkingDays('2027-01-06', '2026-12-31')).toBe(5);
    // Calendar days: Sun 20 Dec + 14 = Sun 3 Jan 2027, rolls forward to Monday.
    expect(
      calendar.explainDueDate({ received: '2026-12-20', days: 14, unit: 'calendar' }),
    ).toMatchObject({ termEnd: '2027-01-03', due: '2027-01-04', provisional: true });
    expect(calendar.dueDate({ received: '2026-12-20', days: 14, unit: 'calendar' })).toBe(
      '2027-01-04',
    );
    // Received in the uncovered year itself, with a clock stop.
    expect(
      calendar.dueDate({
        received: '2027-02-01',
        days: 5,
        unit: 'working',
        suspensions: [{ from: '2027-02-03', to: '2027-02-09' }],
      }),
    ).toBe('2027-02-15'); // Tue 2 Feb = 1; 3–9 Feb suspended; 10, 11, 12, 15 Feb = 2–5
  });
});

describe('CalendarRangeError: before the first covered year, and after the last when strict', () => {
  function rangeErrorOf(run: () => unknown): CalendarRangeError {
    try {
      run();
    } catch (error) {
      if (error instanceof CalendarRangeError) return error;
      throw error;
    }
    throw new Error('expected a CalendarRangeError');
  }
  const strict = createWorkingDayCalendar(national, {
    timeZone: 'Asia/Jakarta',
    beyondCoverage: 'error',
  });

  it('strict: a date in 2027 (no SKB yet) names that date', () => {
    const error = rangeErrorOf(() => strict.isWorkingDay('2027-01-04'));
    expect(error).toMatchObject({
      name: 'CalendarRangeError',
      code: 'calendar_range',
      date: '2027-01-04',
      year: 2027,
      calendarId: 'id-national',
      years: [2025, 2026],
    });
    expect(error.message).toContain('Add the 2027 national holidays and collective leave');
    expect(error.messageId).toContain('Tambahkan hari libur nasional dan cuti bersama tahun 2027');
    expect(error.messageId).toContain('SKB');
    expect(strict.beyondCoverage).toBe('error');
    expect(strict.isProvisional('2027-01-04')).toBe(true);
  });

  it('strict: a computation that would walk past 31 December 2026 names 1 January 2027', () => {
    // Wed 30 Dec 2026 + 5 working days: Thu 31 Dec = 1, then 2027 is needed.
    expect(strict.addWorkingDays('2026-12-30', 1)).toBe('2026-12-31');
    expect(rangeErrorOf(() => strict.addWorkingDays('2026-12-30', 5)).date).toBe('2027-01-01');
    expect(
      rangeErrorOf(() => strict.dueDate({ received: '2026-12-30', days: 5, unit: 'working' })).date,
    ).toBe('2027-01-01');
    expect(
      rangeErrorOf(() =>
        strict.explainDueDate({ received: '2026-12-30', days: 5, unit: 'working' }),
      ).date,
    ).toBe('2027-01-01');
    expect(
      rangeErrorOf(() => strict.dueDate({ received: '2026-12-20', days: 14, unit: 'calendar' }))
        .date,
    ).toBe('2027-01-01');
    // Thu 24 Dec 2026 + 7 calendar days = Thu 31 Dec (working): inside.
    expect(strict.dueDate({ received: '2026-12-24', days: 7, unit: 'calendar' })).toBe(
      '2026-12-31',
    );
  });

  it('before the first covered year, in either mode', () => {
    for (const engine of [calendar, strict]) {
      expect(
        rangeErrorOf(() => engine.dueDate({ received: '2024-12-31', days: 1, unit: 'working' }))
          .year,
      ).toBe(2024);
      expect(rangeErrorOf(() => engine.addWorkingDays('2025-01-02', -1)).date).toBe('2024-12-31');
      expect(rangeErrorOf(() => engine.countWorkingDays('2024-12-31', '2025-01-02')).date).toBe(
        '2024-12-31',
      );
      expect(engine.isProvisional('2024-12-31')).toBe(false);
    }
  });

  it('refuses an unknown mode', () => {
    expect(() =>
      createWorkingDayCalendar(national, {
        timeZone: 'Asia/Jakarta',
        beyondCoverage: 'guess' as 'error',
      }),
    ).toThrow(expect.objectContaining({ code: 'invalid_option' }));
  });
});

describe('covered years follow each other', () => {
  it('a gap between covered years is a definition error, not a silent hole', () => {
    let error: unknown;
    try {
      createWorkingDayCalendar(
        { id: 'gapped', name: 'Gapped', years: [2025, 2028], days: [] },
        { timeZone: 'Asia/Jakarta' },
      );
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: 'invalid_calendar', calendarId: 'gapped' });
    expect((error as { issues: unknown[] }).issues).toEqual([
      expect.objectContaining({
        code: 'calendar_years_gap',
        path: ['years'],
        message: 'Calendar "gapped" skips 2026, 2027 between the years it covers.',
      }),
    ]);
  });

  it('a calendar without years is a definition error', () => {
    expect(() =>
      createWorkingDayCalendar(
        { id: 'none', name: 'None', years: [], days: [] },
        { timeZone: 'Asia/Jakarta' },
      ),
    ).toThrow(expect.objectContaining({ code: 'invalid_calendar' }));
  });
});

describe('malformed input throws CalendarInputError', () => {
  it.each([
    ['a date that does not exist', () => calendar.isWorkingDay('2025-02-29'), 'invalid_date'],
    ['a date without zero padding', () => calendar.addWorkingDays('2025-1-6', 1), 'invalid_date'],
    ['a fractional n', () => calendar.addWorkingDays('2025-01-06', 1.5), 'invalid_term'],
    [
      'negative days',
      () => calendar.dueDate({ received: '2025-01-06', days: -1, unit: 'working' }),
      'invalid_term',
    ],
    [
      'an unknown unit',
      () => calendar.dueDate({ received: '2025-01-06', days: 1, unit: 'hours' as 'working' }),
      'invalid_unit',
    ],
    [
      'a malformed suspension date',
      () =>
        calendar.dueDate({
          received: '2025-01-06',
          days: 1,
          unit: 'working',
          suspensions: [{ from: '8 May' }],
        }),
      'invalid_date',
    ],
  ])('%s', (_label, run, code) => {
    expect(run).toThrow(CalendarInputError);
    expect(run).toThrow(expect.objectContaining({ code, messageId: expect.any(String) }));
  });
});
