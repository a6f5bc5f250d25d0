import type { Suspension, TermUnit, WorkingDayCalendar } from '../calendar/index.js';
import type {
  DueDateName,
  ProvisionalDueDates,
  ReturnRecord,
  ServiceDeadline,
  WorkflowContext,
} from './WorkflowContext.js';

/** The due date of a term, or (when the term reaches an open clock stop) the days it has left. */
export function dueOrRemaining(
  calendar: WorkingDayCalendar,
  deadline: ServiceDeadline,
): { due: string | null; remaining: number | null } {
  const result = calendar.dueDateOrStop(deadline);
  return 'due' in result
    ? { due: result.due, remaining: null }
    : { due: null, remaining: result.remaining };
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

/**
 * The provisional marks after some due dates were (re)counted with `calendar`: each due date in
 * `counted` is marked with the calendar's first uncovered day when it reaches it, and unmarked
 * otherwise; due dates not in `counted` keep their mark (they were counted earlier, perhaps with
 * another calendar). The one place where a context learns that a date is provisional.
 */
export function markProvisional(
  calendar: WorkingDayCalendar,
  previous: ProvisionalDueDates | undefined,
  counted: Partial<Record<DueDateName, string | null>>,
): ProvisionalDueDates {
  const marks: Partial<Record<DueDateName, string>> = {};
  for (const [name, uncoveredFrom] of Object.entries(previous ?? {}) as [DueDateName, string][]) {
    if (!(name in counted)) marks[name] = uncoveredFrom;
  }
  for (const [name, due] of Object.entries(counted) as [DueDateName, string | null][]) {
    if (due !== null && calendar.isProvisional(due)) marks[name] = calendar.uncoveredFrom;
  }
  return marks;
}

/** What a step's own term needs to be counted again. */
export interface StepTerm {
  readonly days: number | null;
  readonly clock: 'runs' | 'stops';
}

/**
 * Every due date of an open file counted again from the facts in its context (receipt, term,
 * clock stops, the step entered, the return), as the actions that first set them count them: the
 * `RECOUNT` event, sent when the calendar gained days.
 */
export function recountDueDates(
  calendar: WorkingDayCalendar,
  context: WorkflowContext,
  step: StepTerm | undefined,
  waitDays: number | null,
  unit: TermUnit,
): Pick<WorkflowContext, 'serviceDue' | 'remainingDays' | 'stepDue' | 'returned' | 'provisional'> {
  const service = dueOrRemaining(calendar, context.deadline);
  let stepDue = context.stepDue;
  if (step !== undefined && context.stepEnteredAt !== null) {
    const entered = calendar.toLocalDate(context.stepEnteredAt);
    if (step.clock === 'stops') stepDue = stepDueDate(calendar, entered, step.days, unit, []);
    else if (context.returned !== null)
      stepDue = null; // the step's window restarts on resubmission
    else stepDue = stepDueDate(calendar, entered, step.days, unit, context.deadline.suspensions);
  }
  let returned: ReturnRecord | null = context.returned;
  if (returned !== null && waitDays !== null) {
    const from = calendar.toLocalDate(returned.at);
    returned = { ...returned, waitDue: calendar.dueDate({ received: from, days: waitDays, unit }) };
  }
  return {
    serviceDue: service.due,
    remainingDays: service.remaining,
    stepDue,
    returned,
    provisional: markProvisional(calendar, context.provisional, {
      serviceDue: service.due,
      stepDue,
      waitDue: returned?.waitDue ?? null,
    }),
  };
}
