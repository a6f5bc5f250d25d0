import type { AllowedActor } from './WorkflowEvent.js';
import { snapshotOf, type SnapshotSource } from './checkEvent.js';
import { actorsAcceptedNow, candidateTransitions, namedActors } from './_transitions.js';

/**
 * One thing that can be done now, and who may do it.
 *
 * @example
 * ```ts
 * const action: AllowedAction = { type: 'ACCEPT', allowed: [{ role: 'front-office', agency: 'dpmptsp' }] };
 * ```
 */
export interface AllowedAction {
  readonly type: string;
  readonly allowed: readonly AllowedActor[];
}

/**
 * Every event the file's current state would accept now, each with the roles @ agencies who may
 * send it (for a work queue, or to show an officer their buttons). A technical-team agency that
 * has voted in this round is no longer listed; an extension beyond the legal maximum is not
 * offered; `TICK` is not listed.
 *
 * @param source - a snapshot (`actor.getSnapshot()`) or a running actor.
 * @returns the actions in state order; empty in a final state.
 * @example
 * ```ts
 * allowedActions(actor);
 * // [{ type: 'APPROVE', allowed: [{ role: 'reviewer', agency: 'dpupr' }, { role: 'reviewer', agency: 'dlh' }] },
 * //  { type: 'REJECT', allowed: [...] }, { type: 'RETURN', allowed: [...] }, { type: 'WITHDRAW', allowed: [{ role: 'applicant', agency: 'applicant' }] }, ...]
 * ```
 */
export function allowedActions(source: SnapshotSource): AllowedAction[] {
  const snapshot = snapshotOf(source);
  const transitions = candidateTransitions(snapshot).filter((t) => t.meta.event !== 'TICK');
  const types = [...new Set(transitions.map((t) => t.meta.event))];
  return types.flatMap((type) => {
    const named = namedActors(
      snapshot,
      transitions.filter((t) => t.meta.event === type),
    );
    const allowed = actorsAcceptedNow(snapshot, type, named);
    return allowed.length === 0 ? [] : [{ type, allowed }];
  });
}
