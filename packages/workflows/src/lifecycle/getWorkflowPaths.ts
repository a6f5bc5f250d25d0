import { getShortestPaths, type StatePath } from 'xstate/graph';
import type { SnapshotFrom } from 'xstate';
import type { WorkflowMachine } from './compileWorkflow.js';
import type { WorkflowInput } from './WorkflowContext.js';
import type { WorkflowEvent } from './WorkflowEvent.js';
import { sampleEvents, type SampleEventsOptions } from './sampleEvents.js';
import { isStopped } from './_deadline.js';

/**
 * Options of {@link getWorkflowPaths}.
 *
 * @example
 * ```ts
 * const options: WorkflowPathOptions = { input: { submittedAt: '2025-05-05T02:00:00Z', riskLevel: 'high' }, maxReturns: 1 };
 * ```
 */
export interface WorkflowPathOptions {
  readonly input: WorkflowInput;
  /** Returns to the applicant to explore per file (default 1; the graph is finite either way). */
  readonly maxReturns?: number;
  /** Which events to explore; see {@link sampleEvents}. */
  readonly events?: SampleEventsOptions;
}

/**
 * A path from the start to a final state: the events to send, and the snapshot after each.
 *
 * @example
 * ```ts
 * const path: WorkflowPath = getWorkflowPaths(machine, { input })[0]!;
 * path.steps.map((step) => step.event.type); // ['xstate.init', 'ACCEPT', ...]
 * ```
 */
export type WorkflowPath = StatePath<SnapshotFrom<WorkflowMachine>, WorkflowEvent>;

/**
 * What distinguishes two states of a file for path enumeration: the state, votes, rounds, clock,
 * expiry, extensions, outputs and result — not timestamps, so the graph stays finite. Two paths to
 * the same key are one state of the graph: only their value and these fields are guaranteed equal.
 *
 * @example
 * ```ts
 * serializeWorkflowState(actor.getSnapshot()); // '{"value":{"intake":"active"},"votes":{},...}'
 * ```
 */
export function serializeWorkflowState(snapshot: SnapshotFrom<WorkflowMachine>): string {
  const context = snapshot.context;
  return JSON.stringify({
    value: snapshot.value,
    votes: context.votes,
    rounds: context.rounds,
    stopped: isStopped(context.deadline),
    expiry: context.expiry === null ? null : [context.expiry.consequence, context.expiry.target],
    extensions: context.extensions.length,
    outputs: context.outputs,
    result:
      context.result === null
        ? null
        : [
            context.result.final,
            context.result.cause,
            context.result.event,
            context.result.by?.role ?? null,
          ],
  });
}

/**
 * The shortest path (by number of events) from submission to every distinct way of finishing —
 * each final state reached by a different outcome, cause or output — using `xstate/graph`'s
 * `getShortestPaths` over the events {@link sampleEvents} proposes. Timestamps are not part of a
 * state's identity, so the graph stays finite; returns are explored up to `maxReturns`.
 *
 * @param machine - a compiled workflow.
 * @param options - the machine input and how far to explore.
 * @returns the paths, each ending in a final state.
 * @example
 * ```ts
 * const paths = getWorkflowPaths(machine, { input: { submittedAt: '2025-05-05T02:00:00Z' } });
 * new Set(paths.map((path) => path.state.value)); // Set { 'issued', 'rejected', 'withdrawn', 'expired' }
 * ```
 */
export function getWorkflowPaths(
  machine: WorkflowMachine,
  options: WorkflowPathOptions,
): WorkflowPath[] {
  const maxReturns = options.maxReturns ?? 1;
  const paths = getShortestPaths(machine, {
    input: options.input,
    events: (snapshot) => sampleEvents(snapshot, options.events),
    filterEvents: (snapshot, event) =>
      event.type !== 'RETURN' || snapshot.context.rounds < maxReturns,
    serializeState: (snapshot) => serializeWorkflowState(snapshot),
    toState: (snapshot) => snapshot.status === 'done',
  });
  return paths as WorkflowPath[];
}
