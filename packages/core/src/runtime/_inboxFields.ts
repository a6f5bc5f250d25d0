/** The record fields the inbox is built on: who is expected to act now, and by when. */
import { currentStep, formatActor, type MallTimeZone } from '@mpp-kit/workflows';
import type { ApplicationRecord } from '../store/MallStore.js';
import { pendingActions } from './_applicationViews.js';
import { dueInstant } from './_deadlines.js';
import type { Lifecycle } from './_lifecycleRegistry.js';
import type { LifecycleSnapshot } from './_machineRunner.js';
import type { PendingAction } from './MallRuntime.js';

/**
 * `pendingActors`: `role@agency` of every officer a pending action names, while the application
 * is active (not while it is back with the applicant, nor once final); `actionDueAt`: the earlier
 * of the current step's and the service's due instants, then. `pending`: the snapshot's
 * {@link pendingActions}, when the caller has them already.
 */
export function inboxFields(
  snapshot: LifecycleSnapshot,
  lifecycle: Lifecycle,
  timeZone: MallTimeZone,
  pending?: readonly PendingAction[],
): Required<Pick<ApplicationRecord, 'pendingActors' | 'actionDueAt'>> {
  if (currentStep(snapshot).phase !== 'active') return { pendingActors: [], actionDueAt: null };
  const actors = new Set<string>();
  for (const action of pending ?? pendingActions(snapshot, lifecycle))
    for (const actor of action.allowed)
      if (actor.agency !== 'applicant' && actor.role !== 'applicant')
        actors.add(formatActor(actor));
  const context = snapshot.context;
  const stepDue = dueInstant(context.stepDue, timeZone);
  const serviceDue = dueInstant(context.serviceDue, timeZone);
  // The earlier of the two (ISO instants of one format sort as text).
  const actionDueAt =
    stepDue === null || (serviceDue !== null && serviceDue < stepDue) ? serviceDue : stepDue;
  return { pendingActors: [...actors].sort(), actionDueAt };
}
