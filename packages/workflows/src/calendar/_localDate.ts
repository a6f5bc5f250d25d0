/**
 * Local dates as day numbers: whole days since 1970-01-01, with no time and no time zone.
 * Conversions are pure arithmetic (proleptic Gregorian calendar, H. Hinnant's algorithms), so no
 * `Date` object and no host time zone is involved.
 */

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** `true` for a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return monthLengths[month - 1] ?? 0;
}

/** Day number of a valid year, month (1-12) and day. */
export function dayNumberFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year, month (1-12) and day of a day number. */
export function partsFromDayNumber(dayNumber: number): [year: number, month: number, day: number] {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

function digit(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : NaN;
}

/** Parses two or four ASCII digits at `index`; NaN when any is not a digit. */
export function digits(text: string, index: number, count: 2 | 4): number {
  let value = 0;
  for (let k = 0; k < count; k++) value = value * 10 + digit(text, index + k);
  return value;
}

/**
 * Parses the date part `YYYY-MM-DD` at the start of `text` (strictly: four-digit year, existing
 * month and day). Returns the day number, or `undefined` when it is not a real date.
 */
export function parseDatePart(text: string): number | undefined {
  if (text.length < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (
    Number.isNaN(year + month + day) ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month)
  ) {
    return undefined;
  }
  return dayNumberFromParts(year, month, day);
}

/** Parses exactly `YYYY-MM-DD`; `undefined` when `value` is anything else. */
export function parseLocalDate(value: unknown): number | undefined {
  if (typeof value !== 'string' || value.length !== 10) return undefined;
  return parseDatePart(value);
}

function pad2(value: number): string {
  return value < 10 ? `0${String(value)}` : String(value);
}

/** Formats a day number as `YYYY-MM-DD` (years 0000-9999). */
export function formatDayNumber(dayNumber: number): string {
  const [year, month, day] = partsFromDayNumber(dayNumber);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** ISO weekday of a day number: 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

/** Year of a day number. */
export function yearOfDayNumber(dayNumber: number): number {
  return partsFromDayNumber(dayNumber)[0];
}
