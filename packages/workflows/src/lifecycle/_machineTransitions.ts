/**
 * The states and transitions of a compiled lifecycle: for each step its outcomes, `TICK`
 * (timeouts, expiry, waiting too long), `EXTEND`, `RETURN` and `RESUBMIT`; at the root `WITHDRAW`
 * and `RECOUNT`. Each transition has one compiled guard ({@link compileGuard}) and one assign
 * ({@link transitionAssign}), and declares itself in `meta` ({@link WorkflowTransitionMeta}).
 */
import type { AnyStateNodeConfig } from 'xstate';
import type { ExpiryConsequence } from '@mpp-kit/schemas';
import type { WorkingDayCalendar } from '../calendar/index.js';
import type { AllowedActor } from './WorkflowEvent.js';
import type { ResultCause } from './WorkflowContext.js';
import type {
  ResolvedActor,
  ResolvedRule,
  ResolvedStep,
  ResolvedWorkflow,
  RuleCondition,
} from './resolveWorkflow.js';
import { approvalsNeeded, deemedKinds, isFinal, teamAgencies, workflowTeam } from './_structure.js';
import { compileGuard, type GuardSpec } from './_machineGuards.js';
import {
  SERVICE_OUTPUT,
  stateAssign,
  transitionAssign,
  type LifecycleUpdates,
  type Update,
} from './_machineActions.js';
import type {
  TransitionKind,
  WorkflowStateMeta,
  WorkflowTransitionMeta,
} from './compileWorkflow.js';

/** How agency keywords are bound, and whether team sizes are known. */
export interface Binding {
  readonly owner: string;
  readonly coordinator: string;
  readonly participants: readonly string[] | null;
  readonly symbolic: boolean;
}

/** What the states of one machine are built from. */
export interface StatesInput {
  readonly workflow: ResolvedWorkflow;
  readonly binding: Binding;
  readonly calendar: WorkingDayCalendar;
  readonly consequence: ExpiryConsequence;
  readonly legalMax: number | null;
  readonly updates: LifecycleUpdates;
}

interface Transition {
  readonly target?: string;
  readonly guard: unknown;
  readonly actions: unknown;
  readonly meta: WorkflowTransitionMeta;
}

const APPLICANT: AllowedActor = { role: 'applicant', agency: 'applicant' };

function dedupe(actors: readonly AllowedActor[]): AllowedActor[] {
  const seen = new Set<string>();
  return actors.filter((actor) => {
    const key = `${actor.role}@${actor.agency}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function meta(
  kind: TransitionKind,
  event: string,
  step: ResolvedStep | null,
  to: string | null,
  actors: readonly AllowedActor[],
  reason: 'required' | 'optional' = 'optional',
  when: RuleCondition | null = null,
): WorkflowTransitionMeta {
  return { kind, event, step: step?.id ?? null, to, actors, reason, when };
}

/** The branch condition and a required reason, as guard fields. */
function ruleChecks(rule: {
  readonly reason: 'required' | 'optional';
  readonly when: RuleCondition | null;
}): GuardSpec {
  return {
    ...(rule.reason === 'required' ? { reason: true as const } : {}),
    ...(rule.when === null ? {} : { when: rule.when }),
  };
}

/** The states of the machine (each step, its substates, the finals) and the root's transitions. */
export function lifecycleStates(input: StatesInput): {
  states: Record<string, AnyStateNodeConfig>;
  on: Record<string, unknown[]>;
} {
  const { workflow, binding, calendar, consequence, legalMax, updates } = input;
  const team = workflowTeam(workflow, binding.participants) ?? [];
  const absolute = (target: string) => `#${workflow.id}.${target}`;
  const guard = (spec: GuardSpec) => compileGuard(spec, calendar);
  const finishIf = (to: string, cause: ResultCause): Update[] =>
    isFinal(to) ? [updates.finish({ final: to, cause })] : [];

  const bind = (actors: readonly ResolvedActor[]): AllowedActor[] =>
    dedupe(
      actors.flatMap((actor): AllowedActor[] => {
        switch (actor.agency) {
          case 'owner':
            return [{ role: actor.role, agency: binding.owner }];
          case 'coordinator':
            return [{ role: actor.role, agency: binding.coordinator }];
          case 'applicant':
            return [APPLICANT];
          case 'team':
            return binding.symbolic
              ? [{ role: actor.role, agency: 'team' }]
              : team.map((agency) => ({ role: actor.role, agency }));
          default:
            return [{ role: actor.role, agency: actor.agency }];
        }
      }),
    );
  const escalateTo = bind(workflow.expiry.escalateTo);

  const stepActors = (step: ResolvedStep): AllowedActor[] => {
    if (step.team !== null) {
      const members = binding.symbolic
        ? ['team']
        : (teamAgencies(step, binding.participants) ?? []);
      return members.map((agency) => ({ role: step.team?.role ?? 'reviewer', agency }));
    }
    return bind(step.actors);
  };

  const escalations = (
    step: ResolvedStep,
    event: string,
    rules: readonly ResolvedRule[],
  ): Transition[] =>
    escalateTo.length === 0
      ? []
      : rules.map((rule) => ({
          target: absolute(rule.to),
          guard: guard({ escalated: true, actors: escalateTo, inOrder: true, ...ruleChecks(rule) }),
          actions: transitionAssign(finishIf(rule.to, 'outcome')),
          meta: meta('escalation', event, step, rule.to, escalateTo, rule.reason, rule.when),
        }));

  const teamOutcome = (
    step: ResolvedStep,
    outcome: ResolvedStep['outcomes'][number],
  ): Transition[] => {
    const members = stepActors(step);
    const size = members.length;
    const needed = approvalsNeeded(step, size);
    const vote = outcome.event === 'APPROVE' ? 'approve' : 'reject';
    const reason = outcome.rules.some((rule) => rule.reason === 'required')
      ? 'required'
      : 'optional';
    const voting: GuardSpec = { actors: members, inOrder: true, notVoted: true };
    const list: Transition[] = outcome.rules.map((rule) => ({
      target: absolute(rule.to),
      guard: guard({ ...voting, ...ruleChecks(rule), decides: { vote, size, needed } }),
      actions: transitionAssign([updates.recordVote(vote), ...finishIf(rule.to, 'outcome')]),
      meta: {
        ...meta('team-decision', outcome.event, step, rule.to, members, rule.reason, rule.when),
        needed,
      },
    }));
    list.push({
      guard: guard({ ...voting, ...(reason === 'required' ? { reason: true as const } : {}) }),
      actions: transitionAssign([updates.recordVote(vote)]),
      meta: { ...meta('vote', outcome.event, step, null, members, reason), needed },
    });
    return list;
  };

  const outcomeTransitions = (step: ResolvedStep): Record<string, Transition[]> => {
    const on: Record<string, Transition[]> = {};
    for (const outcome of step.outcomes) {
      const list =
        step.team !== null
          ? teamOutcome(step, outcome)
          : outcome.rules.map((rule): Transition => {
              const actors = dedupe([...bind(step.actors), ...bind(rule.actors)]);
              return {
                target: absolute(rule.to),
                guard: guard({ actors, inOrder: true, ...ruleChecks(rule) }),
                actions: transitionAssign(finishIf(rule.to, 'outcome')),
                meta: meta('outcome', outcome.event, step, rule.to, actors, rule.reason, rule.when),
              };
            });
      list.push(...escalations(step, outcome.event, outcome.rules));
      on[outcome.event] = list;
    }
    return on;
  };

  const tickTransitions = (step: ResolvedStep): Transition[] => {
    const list: Transition[] = [];
    if (step.onTimeout !== null) {
      const to = step.onTimeout.to;
      list.push({
        target: absolute(to),
        guard: guard({ overdue: 'step' }),
        actions: transitionAssign(finishIf(to, 'timeout')),
        meta: meta('timeout', 'TICK', step, to, []),
      });
    }
    if (step.clock === 'stops') return list;
    const deemed = consequence === 'deemed-approval' || consequence === 'deemed-refusal';
    if (deemed && deemedKinds.has(step.kind)) {
      const rules =
        consequence === 'deemed-approval'
          ? workflow.expiry.deemedApproval
          : workflow.expiry.deemedRefusal;
      for (const rule of rules) {
        list.push({
          target: absolute(rule.to),
          guard: guard({ overdue: 'service', ...(rule.when === null ? {} : { when: rule.when }) }),
          actions: transitionAssign([
            updates.recordExpiry({ consequence, applied: true, target: rule.to }),
            ...finishIf(rule.to, consequence),
          ]),
          meta: meta('expiry', 'TICK', step, rule.to, [], 'optional', rule.when),
        });
      }
    }
    list.push({
      guard: guard({ overdue: 'service' }),
      actions: transitionAssign([
        updates.recordExpiry({ consequence, applied: !deemed, target: null }),
      ]),
      meta: meta('expiry', 'TICK', step, null, []),
    });
    return list;
  };

  const extendTransitions = (step: ResolvedStep): Transition[] => {
    if (step.clock === 'stops') return [];
    const actors =
      workflow.extensionActors === null ? stepActors(step) : bind(workflow.extensionActors);
    return [
      {
        guard: guard({ actors, inOrder: true, reason: true, legalMax: { days: legalMax } }),
        actions: transitionAssign([updates.extend]),
        meta: meta('extend', 'EXTEND', step, null, actors, 'required'),
      },
    ];
  };

  const returnableStates = (step: ResolvedStep, working: Record<string, Transition[]>) => {
    const returners = stepActors(step);
    const returnTransition: Transition = {
      target: 'returned',
      guard: guard({
        actors: returners,
        inOrder: true,
        reason: true,
        rounds: { max: workflow.returns.maxRounds },
      }),
      actions: transitionAssign([
        updates.returnFile({
          step: step.id,
          waitDays: workflow.returns.maxWaitDays,
          clock: step.clock,
        }),
      ]),
      meta: meta('return', 'RETURN', step, step.id, returners, 'required'),
    };
    const waitTransitions: Transition[] =
      workflow.returns.maxWaitDays === null
        ? []
        : [
            {
              target: absolute('withdrawn'),
              guard: guard({ overdue: 'wait' }),
              actions: transitionAssign([
                updates.finish({ final: 'withdrawn', cause: 'wait-exceeded' }),
              ]),
              meta: meta('wait-exceeded', 'TICK', step, 'withdrawn', []),
            },
          ];
    const resubmitTransition: Transition = {
      target: 'active',
      guard: guard({ actors: [APPLICANT], inOrder: true }),
      actions: transitionAssign([
        updates.resubmit({ days: step.slaDays, resumes: step.clock === 'runs' }),
      ]),
      meta: meta('resubmit', 'RESUBMIT', step, step.id, [APPLICANT]),
    };
    return {
      initial: 'active',
      states: {
        active: { on: { ...working, RETURN: [returnTransition] } },
        returned: { on: { RESUBMIT: [resubmitTransition], TICK: waitTransitions } },
      },
    };
  };

  const states: Record<string, AnyStateNodeConfig> = {};
  for (const step of workflow.steps) {
    const entry = stateAssign(
      updates.enterStep({
        step: step.id,
        days: step.slaDays,
        clock: step.clock,
        produces: step.kind === 'issuance' ? (step.produces ?? [SERVICE_OUTPUT]) : null,
      }),
    );
    const exit = step.clock === 'stops' ? [stateAssign(updates.leaveStoppedStep)] : [];
    const stateMeta: WorkflowStateMeta = { kind: step.kind, name: step.name };
    const working = {
      ...outcomeTransitions(step),
      TICK: tickTransitions(step),
      EXTEND: extendTransitions(step),
    };
    states[step.id] = {
      entry: [entry],
      exit,
      meta: stateMeta,
      ...(step.returnable ? returnableStates(step, working) : { on: working }),
    } as AnyStateNodeConfig;
  }
  for (const final of ['issued', 'rejected', 'withdrawn', 'expired'] as const)
    states[final] = { type: 'final' };

  // `RECOUNT` (the runtime's, after the calendar gained days) has no meta: it is no one's action,
  // so allowed actions, diagrams and path enumeration leave it out.
  const on: Record<string, unknown[]> = {};
  if (workflow.withdrawal) {
    on['WITHDRAW'] = [
      {
        target: '.withdrawn',
        guard: guard({ actors: [APPLICANT], inOrder: true }),
        actions: transitionAssign([updates.finish({ final: 'withdrawn', cause: 'withdrawal' })]),
        meta: meta('withdraw', 'WITHDRAW', null, 'withdrawn', [APPLICANT]),
      } satisfies Transition,
    ];
  }
  on['RECOUNT'] = [{ actions: transitionAssign([updates.recount]) }];
  return { states, on };
}
