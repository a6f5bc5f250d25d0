import type { Suspension, TermUnit, WorkingDayCalendar } from '../calendar/index.js';
import type { ServiceDeadline } from './WorkflowContext.js';

/** The due date of a term, or (when the term reaches an open clock stop) the days it has left. */
export function dueOrRemaining(
  calendar: WorkingDayCalendar,
  deadline: ServiceDeadline,
): { due: string | null; remaining: number | null } {
  try {
    return { due: calendar.dueDate(deadline), remaining: null };
  } catch (error) {
    if (isClockStopped(error)) return { due: null, remaining: error.remaining };
    throw error;
  }
}

function isClockStopped(error: unknown): error is { code: 'clock_stopped'; remaining: number } {
  return (
    error !== null &&
    typeof error === 'object' &&
    (error as { code?: unknown }).code === 'clock_stopped' &&
    typeof (error as { remaining?: unknown }).remaining === 'number'
  );
}

/** `true` while the last clock stop has no end. */
export function isStopped(deadline: ServiceDeadline): boolean {
  const last = deadline.suspensions[deadline.suspensions.length - 1];
  return last !== undefined && last.to === undefined;
}

/**
 * Stops the clock from `date` (inclusive). Already stopped: unchanged. A stop starting on or before
 * the end of the previous one reopens that one, so stops never overlap.
 */
export function stopClock(deadline: ServiceDeadline, date: string): ServiceDeadline {
  if (isStopped(deadline)) return deadline;
  const suspensions = [...deadline.suspensions];
  const last = suspensions[suspensions.length - 1];
  if (last?.to !== undefined && date <= last.to) {
    suspensions[suspensions.length - 1] = { from: last.from };
  } else {
    suspensions.push({ from: date });
  }
  return { ...deadline, suspensions };
}

/** Restarts the clock: the open stop ends on `date` (the day the complete file is back). */
export function resumeClock(deadline: ServiceDeadline, date: string): ServiceDeadline {
  if (!isStopped(deadline)) return deadline;
  const suspensions = [...deadline.suspensions];
  const last = suspensions[suspensions.length - 1] as Suspension;
  suspensions[suspensions.length - 1] = {
    from: last.from,
    to: date < last.from ? last.from : date,
  };
  return { ...deadline, suspensions };
}

/** The due date of a step's share, counting from the day it was entered, skipping clock stops. */
export function stepDueDate(
  calendar: WorkingDayCalendar,
  entered: string,
  days: number | null,
  unit: TermUnit,
  suspensions: readonly Suspension[],
): string | null {
  if (days === null) return null;
  return dueOrRemaining(calendar, { received: entered, days, unit, suspensions }).due;
}

/** The local date of an instant, or undefined when it is not a valid instant. */
export function localDateOf(calendar: WorkingDayCalendar, instant: unknown): string | undefined {
  if (typeof instant !== 'string') return undefined;
  try {
    return calendar.toLocalDate(instant);
  } catch {
    return undefined;
  }
}
