import { MppError, renderEveryLocale } from '@mpp-kit/schemas';
import { calendarMessages } from './_calendarMessages.js';

/**
 * Thrown by `dueDate`/`explainDueDate` when the term reaches a suspension with no end date: the
 * file is still with the applicant (*berkas dikembalikan*), the clock is stopped, and no due date
 * exists yet. The error carries what a caller needs to show and to resume later: the day the clock
 * stopped and the days of the term that remain.
 *
 * `message` is English; `messageId` is the same message in Indonesian.
 *
 * @example
 * ```ts
 * try {
 *   calendar.dueDate({ received: '2025-05-05', days: 10, unit: 'working', suspensions: [{ from: '2025-05-08' }] });
 * } catch (error) {
 *   if (error instanceof ClockStoppedError) {
 *     error.since; // '2025-05-08'
 *     error.remaining; // 8 (working days 1 and 2 were used on 6 and 7 May)
 *   }
 * }
 * ```
 */
export class ClockStoppedError extends MppError {
  /** Always `'ClockStoppedError'`. */
  override readonly name = 'ClockStoppedError';
  /** Stable error code. */
  declare readonly code: 'clock_stopped';
  /** The first day of the open suspension, `YYYY-MM-DD`. */
  readonly since: string;
  /** Days of the term not yet used when the clock stopped, in `unit`. */
  readonly remaining: number;
  /** Unit of the term and of `remaining`. */
  readonly unit: 'working' | 'calendar';

  /**
   * @param details - when the clock stopped and how much of the term remains.
   * @throws never
   * @example
   * ```ts
   * new ClockStoppedError({ since: '2025-05-08', remaining: 8, unit: 'working' });
   * ```
   */
  constructor(details: { since: string; remaining: number; unit: 'working' | 'calendar' }) {
    const text = renderEveryLocale(calendarMessages.clock_stopped, details);
    super('clock_stopped', text);
    this.since = details.since;
    this.remaining = details.remaining;
    this.unit = details.unit;
  }
}
