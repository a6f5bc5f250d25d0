/**
 * Due dates as instants. The lifecycle keeps due dates as local dates in the mall's time zone
 * (`serviceDue: '2025-06-20'`): the term ends with that day. The runtime turns a due date D into
 * the first instant at which it has passed — midnight at the start of D + 1, local time
 * (`2025-06-20` in WIB → `2025-06-20T17:00:00.000Z`). An action at or after that instant is late;
 * a `TICK` at or after it finds the term expired (the machine compares local dates: D + 1 > D).
 */
import type { MallTimeZone } from '@mpp-kit/workflows';
import { dueInstant } from '../time/localInstants.js';
import { declaredTransitions, type LifecycleSnapshot } from './_machineRunner.js';

export { dueInstant };

/** Which declared `TICK` transition acts on which due date of the context. */
const tickKinds = { stepDue: 'timeout', serviceDue: 'expiry', waitDue: 'wait-exceeded' } as const;

/**
 * The record's `dueAt`: the earliest instant at which a `TICK` would change the application — a
 * step timeout, the service term expiring (recorded once), the applicant's waiting time running
 * out. A due date counts only when the current state declares the `TICK` transition that acts on
 * it (`meta.kind` `timeout`, `expiry`, `wait-exceeded`), whose guard is exactly "the local date of
 * the tick is after that due date": a step without a timeout of its own does not wake the
 * scheduler when its share of the term passes. `null` in a final state, and while nothing can
 * happen by time alone.
 */
export function nextDueAt(snapshot: LifecycleSnapshot, timeZone: MallTimeZone): string | null {
  if (snapshot.status !== 'active') return null;
  const context = snapshot.context;
  let earliest: string | null = null;
  for (const transition of declaredTransitions(snapshot)) {
    if (transition.event !== 'TICK') continue;
    const date =
      transition.kind === tickKinds.stepDue
        ? context.stepDue
        : transition.kind === tickKinds.serviceDue
          ? context.expiry === null
            ? context.serviceDue
            : null
          : transition.kind === tickKinds.waitDue
            ? (context.returned?.waitDue ?? null)
            : null;
    if (date !== null && (earliest === null || date < earliest)) earliest = date;
  }
  return dueInstant(earliest, timeZone);
}
