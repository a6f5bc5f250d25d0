import type { WorkflowContext } from './WorkflowContext.js';
import type { WorkflowActionEvent, WorkflowEvent } from './WorkflowEvent.js';
import { allowedActions } from './allowedActions.js';
import { snapshotOf, type SnapshotSource } from './checkEvent.js';
import { candidateTransitions } from './_transitions.js';

/**
 * Options of {@link sampleEvents}.
 *
 * @example
 * ```ts
 * const options: SampleEventsOptions = { advanceMs: 2 * 60 * 60 * 1000, extend: true };
 * ```
 */
export interface SampleEventsOptions {
  /** How long after the last event each sampled action happens (default one day). */
  readonly advanceMs?: number;
  /** Include `EXTEND` (one day, with a reason; default false). */
  readonly extend?: boolean;
  /** Include the applicant's `WITHDRAW` (default true). */
  readonly withdraw?: boolean;
  /** Include `TICK`s just after each pending due date (default true). */
  readonly ticks?: boolean;
}

const DAY = 24 * 60 * 60 * 1000;

function dayAfter(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day) + DAY).toISOString().slice(0, 10);
}

/**
 * Concrete events a file's current state would accept: one per allowed actor of every allowed
 * action (with a reason, so refusals and returns are well formed), and a `TICK` just after each
 * pending due date (service, step, wait). Used to explore a workflow's graph
 * ({@link getWorkflowPaths}) and in simulations. A `TICK` is sent at 12:00 UTC of the day after the
 * due date, which is that same day in every Indonesian time zone.
 *
 * @param source - a snapshot or a running actor.
 * @param options - time advance and which built-in events to include.
 * @returns the events (none in a final state).
 * @example
 * ```ts
 * sampleEvents(actor).map((event) => event.type);
 * // ['ACCEPT', 'REJECT', 'RETURN', 'WITHDRAW', 'TICK']
 * ```
 */
export function sampleEvents(
  source: SnapshotSource,
  options: SampleEventsOptions = {},
): WorkflowEvent[] {
  const snapshot = snapshotOf(source);
  if (snapshot.status !== 'active') return [];
  const context = snapshot.context as WorkflowContext;
  const last = Date.parse(context.updatedAt);
  const at = new Date(last + (options.advanceMs ?? DAY)).toISOString();
  const events: WorkflowEvent[] = [];
  for (const action of allowedActions(snapshot)) {
    if (action.type === 'EXTEND' && options.extend !== true) continue;
    if (action.type === 'WITHDRAW' && options.withdraw === false) continue;
    for (const allowed of action.allowed) {
      const applicant = allowed.agency === 'applicant';
      const event: WorkflowActionEvent = {
        type: action.type,
        actor: applicant
          ? { id: context.applicantId ?? 'applicant', role: 'applicant' }
          : { id: `${allowed.role}@${allowed.agency}`, role: allowed.role, agency: allowed.agency },
        at,
        reason: 'Contoh alasan / sample reason',
        ...(action.type === 'EXTEND' ? { days: 1 } : {}),
      };
      events.push(event);
    }
  }
  if (
    options.ticks !== false &&
    candidateTransitions(snapshot).some((t) => t.meta.event === 'TICK')
  ) {
    const dues = [context.serviceDue, context.stepDue, context.returned?.waitDue ?? null].filter(
      (due): due is string => due !== null,
    );
    for (const due of [...new Set(dues)].sort()) {
      const tick = `${dayAfter(due)}T12:00:00.000Z`;
      if (Date.parse(tick) >= last) events.push({ type: 'TICK', at: tick });
    }
  }
  return events;
}
