import { describe, expect, it } from 'vitest';
import {
  CalendarInputError,
  createWorkingDayCalendar,
  mallTimeZoneOffsets,
  toLocalDate,
  type MallTimeZone,
} from '../src/calendar/index.js';

describe('toLocalDate: an instant as a local date in WIB (UTC+7), WITA (UTC+8) or WIT (UTC+9)', () => {
  it.each<[string, MallTimeZone, string]>([
    // 17:30 UTC is 00:30 the next day in WIB and 02:30 in WIT.
    ['2025-01-01T17:30:00Z', 'Asia/Jakarta', '2025-01-02'],
    ['2025-01-01T17:30:00Z', 'Asia/Jayapura', '2025-01-02'],
    // 16:30 UTC is 23:30 in WIB but 00:30 the next day in WITA.
    ['2025-01-01T16:30:00Z', 'Asia/Jakarta', '2025-01-01'],
    ['2025-01-01T16:30:00Z', 'Asia/Makassar', '2025-01-02'],
    ['2025-01-01T16:59:59.999Z', 'Asia/Jakarta', '2025-01-01'],
    ['2025-01-01T17:00:00Z', 'Asia/Jakarta', '2025-01-02'],
    ['2025-01-02T00:30:00+07:00', 'Asia/Jakarta', '2025-01-02'],
    ['2025-01-02T00:30:00+07:00', 'Asia/Jayapura', '2025-01-02'],
    ['2025-01-01T23:30:00-05:00', 'Asia/Jakarta', '2025-01-02'],
    ['2024-12-31T23:59Z', 'Asia/Jakarta', '2025-01-01'],
    ['2024-02-28T20:00:00Z', 'Asia/Jayapura', '2024-02-29'],
  ])('%s in %s is %s', (instant, zone, expected) => {
    expect(toLocalDate(instant, zone)).toBe(expected);
    expect(toLocalDate(new Date(instant), zone)).toBe(expected);
  });

  it('uses fixed offsets (Indonesia has no daylight saving time)', () => {
    expect(mallTimeZoneOffsets).toEqual({
      'Asia/Jakarta': 7,
      'Asia/Makassar': 8,
      'Asia/Jayapura': 9,
    });
    // Same result as the IANA database for a date in each half of the year.
    for (const instant of ['2025-01-15T16:30:00Z', '2025-07-15T16:30:00Z']) {
      for (const zone of Object.keys(mallTimeZoneOffsets) as MallTimeZone[]) {
        const expected = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(
          new Date(instant),
        );
        expect(toLocalDate(instant, zone)).toBe(expected);
      }
    }
  });

  it.each([
    ['a date-time without an offset (would be a guess)', '2025-01-01T17:30:00'],
    ['a date only', '2025-01-01'],
    ['a day that does not exist', '2025-02-30T00:00:00Z'],
    ['hour 24', '2025-01-01T24:00:00Z'],
    ['text', 'tomorrow'],
    ['an invalid Date', new Date(Number.NaN)],
  ])('rejects %s', (_label, instant) => {
    expect(() => toLocalDate(instant, 'Asia/Jakarta')).toThrow(CalendarInputError);
    expect(() => toLocalDate(instant, 'Asia/Jakarta')).toThrow(
      expect.objectContaining({ code: 'invalid_instant' }),
    );
  });

  it('rejects a zone outside Indonesia', () => {
    expect(() => toLocalDate('2025-01-01T00:00:00Z', 'Asia/Singapore' as MallTimeZone)).toThrow(
      expect.objectContaining({ code: 'invalid_time_zone' }),
    );
  });

  it("is available on a calendar in the calendar's zone", () => {
    const definition = { id: 'plain', name: 'Plain', years: [2025], days: [] };
    const wib = createWorkingDayCalendar(definition, { timeZone: 'Asia/Jakarta' });
    const wita = createWorkingDayCalendar(definition, { timeZone: 'Asia/Makassar' });
    expect(wib.timeZone).toBe('Asia/Jakarta');
    expect(wib.toLocalDate('2025-01-01T16:30:00Z')).toBe('2025-01-01');
    expect(wita.toLocalDate('2025-01-01T16:30:00Z')).toBe('2025-01-02');
  });
});
