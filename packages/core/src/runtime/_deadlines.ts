/**
 * Due dates as instants. The lifecycle keeps due dates as local dates in the mall's time zone
 * (`serviceDue: '2025-06-20'`): the term ends with that day. The runtime turns a due date D into
 * the first instant at which it has passed — midnight at the start of D + 1, local time
 * (`2025-06-20` in WIB → `2025-06-20T17:00:00.000Z`). An action at or after that instant is late;
 * a `TICK` at or after it finds the term expired (the machine compares local dates: D + 1 > D).
 */
import { mallTimeZoneOffsets, type MallTimeZone, type WorkflowContext } from '@mpp-kit/workflows';
import { advance, type LifecycleSnapshot } from './_machineRunner.js';

const msPerDay = 86_400_000;
const msPerHour = 3_600_000;

/** The instant a local due date has passed (start of the next local day), or null. */
export function dueInstant(date: string | null | undefined, timeZone: MallTimeZone): string | null {
  if (date === null || date === undefined) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const startOfNextDay =
    Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) +
    msPerDay -
    mallTimeZoneOffsets[timeZone] * msPerHour;
  return new Date(startOfNextDay).toISOString();
}

/**
 * The record's `dueAt`: the earliest instant at which a `TICK` would change the application (a
 * step timeout, the service term expiring, the applicant's waiting time running out), found by
 * asking the machine at each due date the context holds. `null` in a final state, while nothing
 * can happen by time alone (the clock is stopped and no waiting limit runs, or the expiry is
 * already recorded and no step timeout is left).
 */
export function nextDueAt(snapshot: LifecycleSnapshot, timeZone: MallTimeZone): string | null {
  if (snapshot.status !== 'active') return null;
  const context = snapshot.context as WorkflowContext;
  const dates = [
    context.stepDue,
    context.expiry === null ? context.serviceDue : null,
    context.returned?.waitDue ?? null,
  ].filter((date): date is string => date !== null);
  for (const date of [...new Set(dates)].sort()) {
    const at = dueInstant(date, timeZone);
    if (at === null) continue;
    try {
      if (advance(snapshot, { type: 'TICK', at }) !== snapshot) return at;
    } catch {
      // The TICK fails (a date outside the calendar's years): let the scheduler meet the error.
      return at;
    }
  }
  return null;
}
