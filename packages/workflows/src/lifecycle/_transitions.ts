import {
  getNextTransitions,
  transition,
  type AnyMachineSnapshot,
  type AnyTransitionDefinition,
} from 'xstate';
import { actorMatches, type AllowedActor, type WorkflowActionEvent } from './WorkflowEvent.js';
import type { WorkflowContext } from './WorkflowContext.js';
import type { WorkflowTransitionMeta } from './compileWorkflow.js';

/** A transition with the meta a compiled workflow gives every transition. */
export interface MetaTransition {
  readonly definition: AnyTransitionDefinition;
  readonly meta: WorkflowTransitionMeta;
}

/** The transitions available from the snapshot's state (guards not evaluated). */
export function candidateTransitions(snapshot: AnyMachineSnapshot): MetaTransition[] {
  if (snapshot.status !== 'active') return [];
  return getNextTransitions(snapshot).flatMap((definition) => {
    const meta = (definition as { meta?: WorkflowTransitionMeta }).meta;
    return meta === undefined ? [] : [{ definition, meta }];
  });
}

/** Actors the transitions name; escalation transitions only once the file was escalated. */
export function namedActors(
  snapshot: AnyMachineSnapshot,
  transitions: readonly MetaTransition[],
): AllowedActor[] {
  const context = snapshot.context as WorkflowContext;
  const escalated = context.expiry?.consequence === 'escalate';
  const seen = new Set<string>();
  const actors: AllowedActor[] = [];
  for (const { meta } of transitions) {
    if (meta.kind === 'escalation' && !escalated) continue;
    for (const actor of meta.actors) {
      const key = `${actor.role}@${actor.agency}`;
      if (seen.has(key)) continue;
      seen.add(key);
      actors.push(actor);
    }
  }
  return actors;
}

/** A well-formed event by `actor`, at the snapshot's last instant, with a reason and one day. */
export function probeEvent(
  snapshot: AnyMachineSnapshot,
  type: string,
  actor: AllowedActor,
): WorkflowActionEvent {
  const context = snapshot.context as WorkflowContext;
  const id = actor.agency === 'applicant' ? (context.applicantId ?? 'applicant') : 'probe';
  return {
    type,
    actor:
      actor.agency === 'applicant'
        ? { id, role: 'applicant' }
        : { id, role: actor.role, agency: actor.agency },
    at: context.updatedAt,
    reason: 'probe',
    days: 1,
  };
}

/** `true` when the machine would take `event` (the snapshot is left untouched). */
export function accepts(snapshot: AnyMachineSnapshot, event: { readonly type: string }): boolean {
  try {
    const [next] = transition(snapshot.machine, snapshot, event);
    return next !== snapshot;
  } catch {
    return false;
  }
}

/** Actors among `actors` whose well-formed `type` event the machine would take now. */
export function actorsAcceptedNow(
  snapshot: AnyMachineSnapshot,
  type: string,
  actors: readonly AllowedActor[],
): AllowedActor[] {
  return actors.filter((actor) => accepts(snapshot, probeEvent(snapshot, type, actor)));
}

/** `true` when `actor` is one of `allowed` (the applicant by id when the application names one). */
export function isNamed(
  snapshot: AnyMachineSnapshot,
  actor: { id: string; role: string; agency?: string },
  allowed: readonly AllowedActor[],
): boolean {
  const context = snapshot.context as WorkflowContext;
  return allowed.some((candidate) => actorMatches(actor, candidate, context.applicantId));
}

/** The state as a dotted path: `technical-review.returned`, `issued`. */
export function stateName(snapshot: AnyMachineSnapshot): string {
  const value: unknown = snapshot.value;
  const parts: string[] = [];
  let current: unknown = value;
  while (current !== null && typeof current === 'object') {
    const [key, inner] = Object.entries(current as Record<string, unknown>)[0] ?? [];
    if (key === undefined) break;
    parts.push(key);
    current = inner;
  }
  if (typeof current === 'string') parts.push(current);
  return parts.join('.');
}
