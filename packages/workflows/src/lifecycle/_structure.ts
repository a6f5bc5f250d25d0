import { createIssue, nearest, type Issue, type IssuePath, type Locale } from '@mpp-kit/schemas';
import type { ResolvedStep, ResolvedWorkflow } from './resolveWorkflow.js';

import { finalStates, type FinalState } from './WorkflowContext.js';

/** The finals every workflow has. */
export const finals = finalStates;
/** A final state. */
export type Final = FinalState;

/** `true` when `target` is a final state. */
export function isFinal(target: string): target is Final {
  return (finals as readonly string[]).includes(target);
}

/** Step kinds in which a deemed approval or refusal applies: before the decision is made. */
export const deemedKinds: ReadonlySet<string> = new Set([
  'intake',
  'review',
  'technical-review',
  'inspection',
  'decision',
]);

/** Every edge a step has: outcome rules and its timeout, with where each was declared. */
export function stepTargets(step: ResolvedStep): { to: string; path: IssuePath; event: string }[] {
  const targets = step.outcomes.flatMap((outcome) =>
    outcome.rules.map((rule) => ({ to: rule.to, path: rule.path, event: outcome.event })),
  );
  if (step.onTimeout !== null)
    targets.push({ to: step.onTimeout.to, path: step.onTimeout.path, event: 'TICK' });
  return targets;
}

/** Team agencies of a technical-review step, given the service participants (null: not known). */
export function teamAgencies(
  step: ResolvedStep,
  participants: readonly string[] | null,
): readonly string[] | null {
  if (step.team === null) return null;
  return step.team.agencies ?? participants;
}

/** Agencies `agency: team` stands for: every technical-review team, else the participants. */
export function workflowTeam(
  workflow: ResolvedWorkflow,
  participants: readonly string[] | null,
): readonly string[] | null {
  const teams = workflow.steps.filter((step) => step.team !== null);
  if (teams.length === 0) return participants;
  const agencies = new Set<string>();
  for (const step of teams) {
    const members = teamAgencies(step, participants);
    if (members === null) return null;
    for (const agency of members) agencies.add(agency);
  }
  return [...agencies];
}

/** Agencies needed for a team decision: all of them, or the quorum. */
export function approvalsNeeded(step: ResolvedStep, size: number): number {
  const policy = step.team?.policy ?? 'all';
  return policy === 'all' ? size : policy.quorum;
}

/**
 * Issues that make a workflow impossible to compile: no steps, unknown start or targets, a team
 * without agencies or with a quorum it cannot reach.
 */
export function structuralIssues(
  workflow: ResolvedWorkflow,
  participants: readonly string[] | null,
  locale: Locale,
): Issue[] {
  const issues: Issue[] = [];
  const ids = workflow.steps.map((step) => step.id);
  const known = [...ids, ...finals];
  const checkTarget = (to: string, path: IssuePath) => {
    if (known.includes(to)) return;
    const suggestion = nearest(to, known);
    issues.push(
      createIssue({
        code: 'unknown_step',
        path,
        params: {
          workflow: workflow.id,
          step: to,
          known,
          ...(suggestion === undefined ? {} : { suggestion }),
        },
        locale,
      }),
    );
  };
  if (workflow.steps.length === 0) {
    issues.push(
      createIssue({ code: 'empty_workflow', path: [], params: { workflow: workflow.id }, locale }),
    );
    return issues;
  }
  if (!ids.includes(workflow.start)) checkTarget(workflow.start, workflow.startPath);
  for (const step of workflow.steps) {
    for (const target of stepTargets(step)) checkTarget(target.to, target.path);
    if (step.team !== null) {
      const members = teamAgencies(step, participants);
      if (members !== null && members.length === 0) {
        issues.push(
          createIssue({
            code: 'empty_team',
            path: step.team.path,
            params: { workflow: workflow.id, step: step.id },
            locale,
          }),
        );
      } else if (members !== null && approvalsNeeded(step, members.length) > members.length) {
        issues.push(
          createIssue({
            code: 'quorum_exceeds_team',
            path: step.team.path,
            params: {
              workflow: workflow.id,
              step: step.id,
              quorum: approvalsNeeded(step, members.length),
              size: members.length,
            },
            locale,
          }),
        );
      }
    }
    const team = workflowTeam(workflow, participants);
    for (const actor of [
      ...step.actors,
      ...step.outcomes.flatMap((outcome) => outcome.rules.flatMap((rule) => rule.actors)),
    ]) {
      if (actor.agency === 'team' && team !== null && team.length === 0) {
        issues.push(
          createIssue({
            code: 'empty_team',
            path: actor.path,
            params: { workflow: workflow.id, step: step.id },
            locale,
          }),
        );
      }
    }
  }
  for (const rule of [...workflow.expiry.deemedApproval, ...workflow.expiry.deemedRefusal])
    checkTarget(rule.to, rule.path);
  return issues;
}
