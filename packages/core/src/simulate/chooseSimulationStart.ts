import type { WorkingDayCalendar } from '@mpp-kit/workflows';

/**
 * Working days past the simulated period that the calendar must still cover, so that deadlines
 * set near the end of the run (a 28-working-day PBG term, a 14-day payment window, a return for
 * correction) are counted on decreed days, not provisionally on the weekly pattern.
 *
 * @example
 * ```ts
 * SIMULATION_MARGIN_DAYS; // 60
 * ```
 */
export const SIMULATION_MARGIN_DAYS = 60;

/**
 * `true` when `start` is a working day and `days` working days after it, plus
 * {@link SIMULATION_MARGIN_DAYS}, lie within the years the calendar covers. A mall keeps running
 * past its calendar (due dates become provisional), but a simulation stays on decreed days so that
 * its deadlines and compliance figures are not provisional.
 *
 * @throws never
 * @example
 * ```ts
 * fitsCalendar(calendar, '2026-12-01', 30); // false for a 2025–2026 calendar
 * ```
 */
export function fitsCalendar(calendar: WorkingDayCalendar, start: string, days: number): boolean {
  try {
    if (!calendar.isWorkingDay(start) || calendar.isProvisional(start)) return false;
    return !calendar.isProvisional(calendar.addWorkingDays(start, days + SIMULATION_MARGIN_DAYS));
  } catch {
    return false;
  }
}

/**
 * The default first day of a simulation: the first working day of the latest month of the
 * calendar's years whose simulated period — `days` working days plus
 * {@link SIMULATION_MARGIN_DAYS} for the deadlines set in it — still lies within the years the
 * calendar covers (so no simulated deadline is provisional). For Batang's 2025–2026 calendar
 * and 30 days: Monday 3 August 2026.
 *
 * @param calendar - the mall's calendar.
 * @param days - working days to simulate.
 * @returns the day, or `undefined` when no month leaves room.
 * @throws never
 * @example
 * ```ts
 * chooseSimulationStart(createMallCalendar(mall), 30); // '2026-08-03'
 * ```
 */
export function chooseSimulationStart(
  calendar: WorkingDayCalendar,
  days: number,
): string | undefined {
  const years = [...calendar.years].sort((a, b) => b - a);
  for (const year of years) {
    for (let month = 12; month >= 1; month--) {
      const monthStart = `${String(year)}-${String(month).padStart(2, '0')}-01`;
      let first: string;
      try {
        first = calendar.isWorkingDay(monthStart)
          ? monthStart
          : calendar.addWorkingDays(monthStart, 1);
      } catch {
        continue;
      }
      if (fitsCalendar(calendar, first, days)) return first;
    }
  }
  return undefined;
}
