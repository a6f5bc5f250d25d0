import { MppError, type LocaleText } from '@mpp-kit/schemas';

/**
 * Codes of {@link CalendarInputError}: what was wrong with an argument.
 *
 * @example
 * ```ts
 * calendarInputErrorCodes.includes('invalid_date'); // true
 * ```
 */
export const calendarInputErrorCodes = [
  'invalid_date',
  'invalid_instant',
  'invalid_term',
  'invalid_unit',
  'invalid_period',
  'invalid_time_zone',
  'invalid_option',
] as const;

/**
 * A code of {@link CalendarInputError}.
 *
 * @example
 * ```ts
 * const code: CalendarInputErrorCode = 'invalid_term';
 * ```
 */
export type CalendarInputErrorCode = (typeof calendarInputErrorCodes)[number];

/**
 * Thrown when an argument is malformed: a date not in `YYYY-MM-DD` form (or not a real date), an
 * instant without a time zone, a negative or fractional number of days, an unknown term unit, a
 * suspension that ends before it starts, a time zone outside Indonesia's three, or an unknown
 * option value.
 *
 * `message` is English; `messageId` is the same message in Indonesian.
 *
 * @example
 * ```ts
 * try {
 *   calendar.isWorkingDay('2025-02-30');
 * } catch (error) {
 *   if (error instanceof CalendarInputError) error.code; // 'invalid_date'
 * }
 * ```
 */
export class CalendarInputError extends MppError {
  /** Always `'CalendarInputError'`. */
  override readonly name = 'CalendarInputError';
  /** Stable error code. */
  declare readonly code: CalendarInputErrorCode;
  /** The offending value. */
  readonly value: unknown;

  /**
   * @param code - what was wrong.
   * @param value - the offending value.
   * @param text - the message in English and Indonesian.
   * @throws never
   * @example
   * ```ts
   * new CalendarInputError('invalid_date', '2025-13-01', { en: 'Bad date.', id: 'Tanggal salah.' });
   * ```
   */
  constructor(code: CalendarInputErrorCode, value: unknown, text: LocaleText) {
    super(code, text);
    this.value = value;
  }
}
