import { renderEveryLocale } from '@mpp-kit/schemas';
import { calendarMessages } from './_calendarMessages.js';
import { CalendarInputError } from './CalendarInputError.js';
import { digits, formatDayNumber, parseDatePart } from './_localDate.js';

/**
 * Indonesia's three time zones (IANA names): WIB `Asia/Jakarta` (UTC+7), WITA `Asia/Makassar`
 * (UTC+8) and WIT `Asia/Jayapura` (UTC+9). A mall's deadlines are counted in its own zone.
 *
 * @example
 * ```ts
 * mallTimeZones.includes('Asia/Jakarta'); // true
 * ```
 */
export const mallTimeZones = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;

/**
 * One of Indonesia's time zones; see {@link mallTimeZones}.
 *
 * @example
 * ```ts
 * const zone: MallTimeZone = 'Asia/Jakarta'; // WIB, Kabupaten Batang
 * ```
 */
export type MallTimeZone = (typeof mallTimeZones)[number];

/**
 * UTC offset in hours of each Indonesian time zone. The offsets are fixed: Indonesia observes no
 * daylight saving time and has used these offsets since 1 January 1988 (Keppres 41/1987), so a
 * fixed offset is exact and no time-zone database is needed. (Instants before 1988 would need the
 * historical offsets; a mall never counts deadlines that far back.)
 *
 * @example
 * ```ts
 * mallTimeZoneOffsets['Asia/Makassar']; // 8 (WITA)
 * ```
 */
export const mallTimeZoneOffsets = {
  /** WIB (Waktu Indonesia Barat): Sumatra, Java, West and Central Kalimantan. UTC+7. */
  'Asia/Jakarta': 7,
  /** WITA (Waktu Indonesia Tengah): Bali, Nusa Tenggara, Sulawesi, South, East and North Kalimantan. UTC+8. */
  'Asia/Makassar': 8,
  /** WIT (Waktu Indonesia Timur): Maluku and Papua. UTC+9. */
  'Asia/Jayapura': 9,
} as const satisfies Record<MallTimeZone, number>;

const msPerDay = 86_400_000;
const msPerHour = 3_600_000;

/**
 * `true` when `value` is one of {@link mallTimeZones}.
 *
 * @example
 * ```ts
 * isMallTimeZone('Asia/Jayapura'); // true
 * isMallTimeZone('Asia/Singapore'); // false
 * ```
 * @throws never
 */
export function isMallTimeZone(value: unknown): value is MallTimeZone {
  return typeof value === 'string' && (mallTimeZones as readonly string[]).includes(value);
}

/**
 * Asserts that `value` is an Indonesian time zone.
 *
 * @throws {@link CalendarInputError} with code `invalid_time_zone` otherwise.
 * @example
 * ```ts
 * assertMallTimeZone(options.timeZone);
 * ```
 */
export function assertMallTimeZone(value: unknown): asserts value is MallTimeZone {
  if (!isMallTimeZone(value)) {
    throw new CalendarInputError(
      'invalid_time_zone',
      value,
      renderEveryLocale(calendarMessages.invalid_time_zone, { value, allowed: mallTimeZones }),
    );
  }
}

/**
 * Milliseconds since the epoch of an ISO 8601 date-time that states its offset (`Z` or `±hh:mm`),
 * parsed strictly (no rollover of 30 February, no 24:00); `undefined` otherwise.
 */
function parseInstant(text: string): number | undefined {
  // YYYY-MM-DDTHH:mm[:ss[.fff…]](Z|±HH:mm)
  const match =
    /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/.exec(
      text,
    );
  if (match === null) return undefined;
  const [, datePart = '', hh = '', mm = '', ss = '00', fraction = '', zone = 'Z'] = match;
  const day = parseDatePart(datePart);
  const hours = Number(hh);
  const minutes = Number(mm);
  const seconds = Number(ss);
  if (day === undefined || hours > 23 || minutes > 59 || seconds > 59) return undefined;
  let offsetMinutes = 0;
  if (zone !== 'Z') {
    const offsetHours = digits(zone, 1, 2);
    const offsetMins = digits(zone, 4, 2);
    if (offsetHours > 14 || offsetMins > 59) return undefined;
    offsetMinutes = (zone.startsWith('-') ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  const millis = fraction === '' ? 0 : Math.floor(Number(`0.${fraction}`) * 1000);
  return day * msPerDay + ((hours * 60 + minutes - offsetMinutes) * 60 + seconds) * 1000 + millis;
}

/**
 * The local calendar date (`YYYY-MM-DD`) of an instant in an Indonesian time zone: use it to turn
 * the moment a file was received into the `received` date of a due-date computation.
 *
 * A string must be an ISO 8601 date-time that states its offset (`...Z` or `...+07:00`): a
 * date-time without one would be read in the host's zone, which is a guess, so it is rejected.
 * The offsets are fixed (WIB UTC+7, WITA UTC+8, WIT UTC+9) because Indonesia has no daylight
 * saving time. Pure: never reads the clock.
 *
 * @param instant - a `Date`, or an ISO 8601 date-time string with `Z` or an offset.
 * @param timeZone - the mall's time zone.
 * @returns the date in that zone, `YYYY-MM-DD`.
 * @throws {@link CalendarInputError} `invalid_instant` for an invalid `Date` or a string without a
 * valid date, time and offset; `invalid_time_zone` for a zone outside {@link mallTimeZones}.
 * @example
 * ```ts
 * toLocalDate('2025-01-01T16:30:00Z', 'Asia/Jakarta'); // '2025-01-01' (23:30 WIB)
 * toLocalDate('2025-01-01T16:30:00Z', 'Asia/Makassar'); // '2025-01-02' (00:30 WITA)
 * toLocalDate(new Date('2025-01-01T17:30:00Z'), 'Asia/Jayapura'); // '2025-01-02'
 * ```
 */
export function toLocalDate(instant: Date | string, timeZone: MallTimeZone): string {
  assertMallTimeZone(timeZone);
  let millis: number | undefined;
  if (instant instanceof Date) millis = instant.getTime();
  else if (typeof instant === 'string') millis = parseInstant(instant);
  if (millis === undefined || !Number.isFinite(millis)) {
    throw new CalendarInputError(
      'invalid_instant',
      instant,
      renderEveryLocale(calendarMessages.invalid_instant, { value: instant }),
    );
  }
  return formatDayNumber(
    Math.floor((millis + mallTimeZoneOffsets[timeZone] * msPerHour) / msPerDay),
  );
}
