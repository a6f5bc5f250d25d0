import { describe, expect, it } from 'vitest';
import {
  CalendarDefinitionError,
  createWorkingDayCalendar,
  mergeCalendars,
  resolveCalendar,
  validateCalendarDefinition,
  type CalendarDefinition,
} from '../src/calendar/index.js';

// A small national calendar (a few days of SKB 2025) and a fictitious regional extension.
const national: CalendarDefinition = {
  id: 'id-national',
  name: { id: 'Kalender Nasional Indonesia', en: 'Indonesian national calendar' },
  weekend: ['sat', 'sun'],
  years: [2025, 2026],
  decrees: [
    { id: 'skb-2025', year: 2025, title: 'SKB 1017/2024, 2/2024, 2/2024' },
    {
      id: 'skb-2025-amendment',
      year: 2025,
      title: 'SKB 933/2025, 1/2025, 3/2025',
      amends: 'skb-2025',
    },
  ],
  days: [
    {
      date: '2025-08-17',
      kind: 'holiday',
      name: 'Proklamasi Kemerdekaan Republik Indonesia',
      decree: 'skb-2025',
    },
    {
      date: '2025-08-18',
      kind: 'collective-leave',
      name: 'Cuti Bersama',
      decree: 'skb-2025-amendment',
    },
    { date: '2025-12-25', kind: 'holiday', name: 'Kelahiran Yesus Kristus', decree: 'skb-2025' },
    { date: '2025-12-26', kind: 'collective-leave', name: 'Cuti Bersama', decree: 'skb-2025' },
  ],
};

const regency: CalendarDefinition = {
  id: 'regency',
  name: 'Kalender Kabupaten (contoh)',
  extends: 'id-national',
  years: [2025],
  decrees: [{ id: 'perbup-1-2025', year: 2025, title: 'Peraturan Bupati (contoh)' }],
  days: [
    {
      date: '2025-08-19',
      kind: 'closure',
      name: 'Penutupan kantor (contoh)',
      decree: 'perbup-1-2025',
    },
    {
      date: '2025-08-23',
      kind: 'working',
      name: 'Hari kerja pengganti (contoh)',
      decree: 'perbup-1-2025',
    },
    // Cancels the national collective-leave day on this date, citing the national decree.
    { date: '2025-12-26', kind: 'working', name: 'Masuk kerja (contoh)', decree: 'skb-2025' },
  ],
};

function definitionErrorOf(run: () => unknown): CalendarDefinitionError {
  try {
    run();
  } catch (error) {
    if (error instanceof CalendarDefinitionError) return error;
    throw error;
  }
  throw new Error('expected a CalendarDefinitionError');
}

describe('validateCalendarDefinition', () => {
  it('accepts a valid calendar', () => {
    expect(validateCalendarDefinition(national)).toEqual({ ok: true, value: national });
  });

  it('collects every problem with its code and path', () => {
    const result = validateCalendarDefinition({
      id: 'broken',
      name: 'Broken',
      weekend: ['sat', 'sunday' as 'sun'],
      years: [2025, 2025.5],
      decrees: [
        { id: 'skb-2025', year: 2025, title: 'A' },
        { id: 'skb-2025', year: 2025, title: 'B', amends: 'skb-2024' },
      ],
      days: [
        { date: '2025-02-30', kind: 'holiday', name: 'Not a date' },
        { date: '2026-01-01', kind: 'holiday', name: 'Outside the years' },
        { date: '2025-08-17', kind: 'holiday', name: 'First', decree: 'skb-2025' },
        { date: '2025-08-17', kind: 'holiday', name: 'Twice', decree: 'skb-2025' },
        {
          date: '2025-08-18',
          kind: 'leave' as 'holiday',
          name: 'Unknown kind',
          decree: 'skb-9999',
        },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => `${issue.code} ${issue.path.join('.')}`)).toEqual([
      'invalid_value years.1',
      'invalid_value weekend.1',
      'duplicate_id decrees.1.id',
      'invalid_format days.0.date',
      'calendar_date_outside_years days.1.date',
      'duplicate_date days.3.date',
      'invalid_value days.4.kind',
      'unknown_reference decrees.1.amends',
      'unknown_reference days.4.decree',
    ]);
  });

  it('leaves decree references of an extending calendar to the merged result', () => {
    expect(validateCalendarDefinition(regency).ok).toBe(true);
    expect(validateCalendarDefinition(regency, { checkReferences: true }).ok).toBe(false);
  });
});

describe('mergeCalendars and resolveCalendar', () => {
  it('merges an extension into its base', () => {
    const merged = mergeCalendars(national, regency);
    expect(merged.id).toBe('regency');
    expect(merged.extends).toBeUndefined();
    expect(merged.weekend).toEqual(['sat', 'sun']);
    // Only the years both calendars vouch for.
    expect(merged.years).toEqual([2025]);
    expect(merged.decrees?.map((decree) => decree.id)).toEqual([
      'skb-2025',
      'skb-2025-amendment',
      'perbup-1-2025',
    ]);
    expect((merged.days ?? []).map((day) => `${day.date} ${day.kind}`)).toEqual([
      '2025-08-17 holiday',
      '2025-08-18 collective-leave',
      '2025-08-19 closure',
      '2025-08-23 working',
      '2025-12-25 holiday',
      '2025-12-26 working',
    ]);
  });

  it('refuses to merge into a calendar the extension does not extend', () => {
    const error = definitionErrorOf(() => mergeCalendars({ ...national, id: 'other' }, regency));
    expect(error.issues[0]?.code).toBe('invalid_value');
  });

  it('follows extends through a lookup', () => {
    const city: CalendarDefinition = {
      id: 'city',
      name: 'City',
      extends: 'regency',
      years: [2025],
      days: [],
    };
    const resolved = resolveCalendar(city, [national, regency, city]);
    expect(resolved.id).toBe('city');
    expect(resolved.extends).toBeUndefined();
    expect(resolved.days).toHaveLength(6);
    expect(
      resolveCalendar(city, (id) =>
        id === 'regency' ? regency : id === 'id-national' ? national : undefined,
      ),
    ).toEqual(resolved);
  });

  it('reports an unknown base and a cycle', () => {
    expect(definitionErrorOf(() => resolveCalendar(regency, [])).issues[0]).toMatchObject({
      code: 'unknown_reference',
      params: { kind: 'calendar', id: 'id-national' },
    });
    const a: CalendarDefinition = { id: 'a', name: 'A', extends: 'b', years: [2025], days: [] };
    const b: CalendarDefinition = { id: 'b', name: 'B', extends: 'a', years: [2025], days: [] };
    const cycle = definitionErrorOf(() => resolveCalendar(a, [a, b]));
    expect(cycle.issues[0]).toMatchObject({
      code: 'calendar_cycle',
      params: { chain: 'a → b → a' },
    });
    expect(cycle.messageId).toContain('Kalender "a" tidak valid');
  });
});

describe('createWorkingDayCalendar with extends', () => {
  it('accepts a chain, base first', () => {
    const calendar = createWorkingDayCalendar([national, regency], { timeZone: 'Asia/Jakarta' });
    expect(calendar.id).toBe('regency');
    expect(calendar.years).toEqual([2025]);
    expect(calendar.describeDay('2025-08-19')).toMatchObject({
      working: false,
      reason: 'closure',
      decree: 'perbup-1-2025',
    });
    // A Saturday declared a working day.
    expect(calendar.isWorkingDay('2025-08-23')).toBe(true);
    // The regency works on the national collective-leave day it cancelled.
    expect(calendar.isWorkingDay('2025-12-26')).toBe(true);
    // Fri 15 Aug: Sat 16, Sun 17 holiday, Mon 18 cuti bersama, Tue 19 closure, Wed 20 = 1.
    expect(calendar.addWorkingDays('2025-08-15', 1)).toBe('2025-08-20');
    // The regency only vouches for 2025: 2026 is counted on the weekly pattern, provisionally.
    expect(calendar.uncoveredFrom).toBe('2026-01-01');
    expect(calendar.describeDay('2026-01-01')).toMatchObject({ working: true, provisional: true });
  });

  it('resolves extends through options.lookup', () => {
    const calendar = createWorkingDayCalendar(regency, {
      timeZone: 'Asia/Jakarta',
      lookup: [national],
    });
    expect(calendar.addWorkingDays('2025-08-15', 1)).toBe('2025-08-20');
  });

  it('refuses an unresolved extends instead of ignoring the base calendar', () => {
    const error = definitionErrorOf(() =>
      createWorkingDayCalendar(regency, { timeZone: 'Asia/Jakarta' }),
    );
    expect(error).toMatchObject({ code: 'invalid_calendar', calendarId: 'regency' });
    expect(error.issues[0]).toMatchObject({ code: 'unknown_reference', path: ['extends'] });
  });

  it('reports an undeclared decree with its path in the calendar that cites it', () => {
    const bad: CalendarDefinition = {
      ...regency,
      days: [{ date: '2025-08-19', kind: 'closure', name: 'X', decree: 'perbup-9' }],
    };
    const error = definitionErrorOf(() =>
      createWorkingDayCalendar([national, bad], { timeZone: 'Asia/Jakarta' }),
    );
    expect(error.issues.map((issue) => `${issue.code} ${issue.path.join('.')}`)).toEqual([
      'unknown_reference days.0.decree',
    ]);
  });

  it('uses Saturday and Sunday when no weekend is declared, and honours another weekend', () => {
    const plain = createWorkingDayCalendar(
      { id: 'plain', name: 'Plain', years: [2025], days: [] },
      { timeZone: 'Asia/Jakarta' },
    );
    expect(plain.weekend).toEqual(['sat', 'sun']);
    expect(plain.addWorkingDays('2025-01-03', 1)).toBe('2025-01-06');
    const sixDay = createWorkingDayCalendar(
      { id: 'six-day', name: 'Six-day week', weekend: ['sun'], years: [2025], days: [] },
      { timeZone: 'Asia/Jakarta' },
    );
    expect(sixDay.addWorkingDays('2025-01-03', 1)).toBe('2025-01-04');
  });

  it('rejects a time zone outside Indonesia', () => {
    expect(() =>
      createWorkingDayCalendar(national, { timeZone: 'Asia/Singapore' as 'Asia/Jakarta' }),
    ).toThrow(expect.objectContaining({ code: 'invalid_time_zone' }));
  });
});
