import {
  and,
  assign,
  setup,
  type AnyActorRef,
  type AnyStateNodeConfig,
  type EventObject,
  type MetaObject,
  type NonReducibleUnknown,
  type ParameterizedObject,
  type ProvidedActor,
  type StateMachine,
  type StateSchema,
  type StateValue,
} from 'xstate';

/** `allOf([...])` over guards built at run time (their literal tuple types are not known statically). */
function allOf(guards: readonly unknown[]) {
  return and(guards as never);
}
import type {
  ExpiryConsequence,
  Issue,
  Locale,
  LocalizedText,
  ServiceWorkflow,
  WorkflowDefinition,
} from '@mpp-kit/schemas';
import type { TermUnit, WorkingDayCalendar } from '../calendar/index.js';
import { actorMatches, actorOf, type AllowedActor, type WorkflowEvent } from './WorkflowEvent.js';
import type {
  ActorRecord,
  ResultCause,
  WorkflowContext,
  WorkflowInput,
} from './WorkflowContext.js';
import {
  resolveWithIssues,
  type ResolvedActor,
  type ResolvedRule,
  type ResolvedStep,
  type ResolvedWorkflow,
  type RuleCondition,
  type StepKind,
} from './resolveWorkflow.js';
import {
  approvalsNeeded,
  deemedKinds,
  isFinal,
  structuralIssues,
  teamAgencies,
  workflowTeam,
  type Final,
} from './_structure.js';
import {
  dueOrRemaining,
  isStopped,
  localDateOf,
  markProvisional,
  recountDueDates,
  resumeClock,
  stepDueDate,
  stopClock,
  type StepTerm,
} from './_deadline.js';
import { WorkflowCompileError } from './WorkflowCompileError.js';

/**
 * The service facts a workflow needs: owner, participants and completion time (a `Service` from
 * `@mpp-kit/schemas` fits).
 *
 * @example
 * ```ts
 * const service: WorkflowService = {
 *   id: 'pbg',
 *   owner: 'dpmptsp',
 *   participants: ['dpupr', 'dlh'],
 *   sla: { days: 28, unit: 'working', legalMax: 28, onExpiry: 'escalate', legalBasis: ['pp-16-2021'] },
 * };
 * ```
 */
export interface WorkflowService {
  readonly id: string;
  readonly owner: string;
  readonly participants?: readonly string[] | undefined;
  readonly sla: {
    readonly days: number;
    readonly unit?: TermUnit | undefined;
    readonly legalMax?: number | undefined;
    readonly onExpiry?: ExpiryConsequence | undefined;
    readonly legalBasis?: readonly string[] | undefined;
  };
  readonly output?: unknown;
}

/**
 * What {@link compileWorkflow} needs besides the workflow: the service, the mall coordinator, the
 * working-day calendar (in the mall's time zone) and the mall's own workflows.
 *
 * @example
 * ```ts
 * const context: CompileContext = {
 *   service: pbgService,
 *   coordinator: 'dpmptsp',
 *   calendar: createWorkingDayCalendar(national, { timeZone: 'Asia/Jakarta' }),
 * };
 * ```
 */
export interface CompileContext {
  readonly service: WorkflowService;
  readonly coordinator: string;
  readonly calendar: WorkingDayCalendar;
  readonly workflows?: readonly WorkflowDefinition[];
  readonly locale?: Locale;
}

/**
 * Kinds of transition in a compiled machine, carried in each transition's `meta.kind`.
 *
 * @example
 * ```ts
 * transitionKinds.includes('vote'); // true
 * ```
 */
export const transitionKinds = [
  'outcome',
  'team-decision',
  'vote',
  'escalation',
  'return',
  'resubmit',
  'withdraw',
  'extend',
  'timeout',
  'expiry',
  'wait-exceeded',
] as const;
/**
 * A transition kind; see {@link transitionKinds}.
 *
 * @example
 * ```ts
 * const kind: TransitionKind = 'return';
 * ```
 */
export type TransitionKind = (typeof transitionKinds)[number];

/**
 * What every transition of a compiled machine declares in its `meta`: its kind, event, the step
 * it leaves and the step or final it leads to (null: it stays), who may send it, whether a reason
 * is required, and the branch condition.
 *
 * @example
 * ```ts
 * const meta: WorkflowTransitionMeta = {
 *   kind: 'outcome', event: 'ACCEPT', step: 'intake', to: 'technical-review',
 *   actors: [{ role: 'front-office', agency: 'dpmptsp' }], reason: 'optional', when: null,
 * };
 * ```
 */
export interface WorkflowTransitionMeta {
  readonly kind: TransitionKind;
  readonly event: string;
  readonly step: string | null;
  readonly to: string | null;
  readonly actors: readonly AllowedActor[];
  readonly reason: 'required' | 'optional';
  readonly when: RuleCondition | null;
  /** For a technical team's transitions: how many approving agencies decide. */
  readonly needed?: number;
}

/**
 * What each step state of a compiled machine declares in its `meta`: the step kind and name.
 *
 * @example
 * ```ts
 * machine.root.states['intake']?.meta; // { kind: 'intake', name: { id: 'Pemeriksaan kelengkapan berkas', en: 'Completeness check' } }
 * ```
 */
export interface WorkflowStateMeta {
  readonly kind: StepKind;
  readonly name: LocalizedText | null;
}

/** How agency keywords are bound, and whether team sizes are known. */
interface Binding {
  readonly owner: string;
  readonly coordinator: string;
  readonly participants: readonly string[] | null;
  readonly symbolic: boolean;
}

interface EnterParams {
  readonly step: string;
  readonly days: number | null;
  readonly clock: 'runs' | 'stops';
  readonly produces: readonly string[] | null;
}

const APPLICANT: AllowedActor = { role: 'applicant', agency: 'applicant' };
/** What an issuance step without `produces` issues: the service's declared output. */
const SERVICE_OUTPUT = 'service-output';

function instantOf(event: { readonly type: string }): string | undefined {
  const at = (event as { at?: unknown }).at;
  return typeof at === 'string' ? at : undefined;
}

function reasonOf(event: { readonly type: string }): string | undefined {
  const reason = (event as { reason?: unknown }).reason;
  return typeof reason === 'string' && reason.trim().length > 0 ? reason : undefined;
}

function daysOf(event: { readonly type: string }): number | undefined {
  const days = (event as { days?: unknown }).days;
  return typeof days === 'number' && Number.isInteger(days) && days > 0 ? days : undefined;
}

function record(event: { readonly type: string }): ActorRecord | undefined {
  return actorOf(event);
}

function dedupe(actors: readonly AllowedActor[]): AllowedActor[] {
  const seen = new Set<string>();
  return actors.filter((actor) => {
    const key = `${actor.role}@${actor.agency}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Builds the XState machine of a resolved workflow. */
function createLifecycleMachine(
  workflow: ResolvedWorkflow,
  service: WorkflowService,
  binding: Binding,
  calendar: WorkingDayCalendar,
): WorkflowMachine {
  const unit: TermUnit = service.sla.unit ?? 'working';
  const consequence: ExpiryConsequence = service.sla.onExpiry ?? 'none';
  const legalBasis = [...(service.sla.legalBasis ?? [])];
  const legalMax = service.sla.legalMax ?? null;
  const team = workflowTeam(workflow, binding.participants) ?? [];
  const machineId = workflow.id;
  const absolute = (target: string) => `#${machineId}.${target}`;

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

  const localDate = (instant: string) => calendar.toLocalDate(instant);
  /** Each step's own term, for `RECOUNT`. */
  const stepTerms = new Map<string, StepTerm>(
    workflow.steps.map((step) => [step.id, { days: step.slaDays, clock: step.clock }]),
  );
  const atOf = (context: WorkflowContext, event: { readonly type: string }) =>
    instantOf(event) ?? context.updatedAt;

  const lifecycle = setup({
    types: {
      context: {} as WorkflowContext,
      events: {} as WorkflowEvent,
      // Optional in the type so that `createActor(machine, { snapshot })` restores without input;
      // starting a new file without input throws (see the context factory).
      input: {} as WorkflowInput | undefined,
    },
    guards: {
      /** The event's actor is one of `actors` (role @ agency; the applicant by id when known). */
      actorIs: ({ context, event }, params: { actors: readonly AllowedActor[] }) => {
        const actor = actorOf(event);
        return (
          actor !== undefined &&
          params.actors.some((allowed) => actorMatches(actor, allowed, context.applicantId))
        );
      },
      /** The event carries a valid instant, not before the last accepted event. */
      inOrder: ({ context, event }) => {
        const at = instantOf(event);
        if (at === undefined || localDateOf(calendar, at) === undefined) return false;
        return Date.parse(at) >= Date.parse(context.updatedAt);
      },
      hasReason: ({ event }) => reasonOf(event) !== undefined,
      conditionHolds: ({ context }, params: { when: RuleCondition }) => {
        const { riskLevel, applicationKind } = params.when;
        if (
          riskLevel !== undefined &&
          (context.riskLevel === null || !riskLevel.includes(context.riskLevel))
        )
          return false;
        if (
          applicationKind !== undefined &&
          (context.applicationKind === null || !applicationKind.includes(context.applicationKind))
        ) {
          return false;
        }
        return true;
      },
      escalated: ({ context }) => context.expiry?.consequence === 'escalate',
      notVoted: ({ context, event }) => {
        const agency = actorOf(event)?.agency;
        return agency !== undefined && !Object.prototype.hasOwnProperty.call(context.votes, agency);
      },
      teamApproves: ({ context }, params: { needed: number }) =>
        Object.values(context.votes).filter((vote) => vote === 'approve').length + 1 >=
        params.needed,
      teamRefuses: ({ context }, params: { size: number; needed: number }) =>
        Object.values(context.votes).filter((vote) => vote === 'reject').length + 1 >
        params.size - params.needed,
      roundsLeft: ({ context }, params: { max: number | null }) =>
        params.max === null || context.rounds < params.max,
      withinLegalMax: ({ context, event }, params: { legalMax: number | null }) => {
        const days = daysOf(event);
        return (
          days !== undefined &&
          params.legalMax !== null &&
          context.deadline.days + days <= params.legalMax
        );
      },
      serviceOverdue: ({ context, event }) => {
        const at = instantOf(event);
        if (context.expiry !== null || context.serviceDue === null || at === undefined)
          return false;
        const date = localDateOf(calendar, at);
        return date !== undefined && date > context.serviceDue;
      },
      stepOverdue: ({ context, event }) => {
        const at = instantOf(event);
        if (context.stepDue === null || at === undefined) return false;
        const date = localDateOf(calendar, at);
        return date !== undefined && date > context.stepDue;
      },
      waitExceeded: ({ context, event }) => {
        const at = instantOf(event);
        const waitDue = context.returned?.waitDue ?? null;
        if (waitDue === null || at === undefined) return false;
        const date = localDateOf(calendar, at);
        return date !== undefined && date > waitDue;
      },
    },
    actions: {
      touch: assign(({ context, event }) => ({ updatedAt: atOf(context, event) })),
      enterStep: assign(({ context, event }, params: EnterParams) => {
        const at = atOf(context, event);
        const entered = localDate(at);
        let deadline = context.deadline;
        let serviceDue = context.serviceDue;
        let remainingDays = context.remainingDays;
        const stopsNow = params.clock === 'stops' && !isStopped(deadline);
        if (stopsNow) {
          deadline = stopClock(deadline, entered);
          const computed = dueOrRemaining(calendar, deadline);
          serviceDue = computed.due;
          remainingDays = computed.remaining;
        }
        const stepDue =
          params.clock === 'stops'
            ? stepDueDate(calendar, entered, params.days, unit, [])
            : stepDueDate(calendar, entered, params.days, unit, deadline.suspensions);
        return {
          step: params.step,
          stepEnteredAt: at,
          stepDue,
          deadline,
          serviceDue,
          remainingDays,
          provisional: markProvisional(
            calendar,
            context.provisional,
            stopsNow ? { stepDue, serviceDue } : { stepDue },
          ),
          votes: {},
          ...(params.produces === null ? {} : { outputs: [...params.produces] }),
        };
      }),
      leaveStoppedStep: assign(({ context, event }) => {
        const deadline = resumeClock(context.deadline, localDate(atOf(context, event)));
        const computed = dueOrRemaining(calendar, deadline);
        return {
          deadline,
          serviceDue: computed.due,
          remainingDays: computed.remaining,
          provisional: markProvisional(calendar, context.provisional, {
            serviceDue: computed.due,
          }),
        };
      }),
      recordVote: assign(({ context, event }, params: { vote: 'approve' | 'reject' }) => {
        const agency = actorOf(event)?.agency;
        return agency === undefined ? {} : { votes: { ...context.votes, [agency]: params.vote } };
      }),
      returnFile: assign(
        (
          { context, event },
          params: { step: string; waitDays: number | null; clock: 'runs' | 'stops' },
        ) => {
          const at = atOf(context, event);
          const date = localDate(at);
          const deadline = stopClock(context.deadline, date);
          const computed = dueOrRemaining(calendar, deadline);
          const waitDue =
            params.waitDays === null
              ? null
              : calendar.dueDate({ received: date, days: params.waitDays, unit });
          return {
            deadline,
            serviceDue: computed.due,
            remainingDays: computed.remaining,
            provisional: markProvisional(calendar, context.provisional, {
              serviceDue: computed.due,
              waitDue,
              ...(params.clock === 'stops' ? {} : { stepDue: null }),
            }),
            // A step that stops the clock keeps its own window (e.g. for payment) running.
            stepDue: params.clock === 'stops' ? context.stepDue : null,
            rounds: context.rounds + 1,
            votes: {},
            returned: {
              step: params.step,
              at,
              by: record(event) ?? { id: 'unknown', role: 'unknown' },
              reason: reasonOf(event) ?? '',
              waitDue,
            },
          };
        },
      ),
      resubmit: assign(({ context, event }, params: { days: number | null; resumes: boolean }) => {
        const at = atOf(context, event);
        const date = localDate(at);
        const deadline = params.resumes ? resumeClock(context.deadline, date) : context.deadline;
        const computed = dueOrRemaining(calendar, deadline);
        const entered = context.stepEnteredAt === null ? date : localDate(context.stepEnteredAt);
        const stepDue = params.resumes
          ? stepDueDate(calendar, entered, params.days, unit, deadline.suspensions)
          : context.stepDue;
        return {
          deadline,
          serviceDue: computed.due,
          remainingDays: computed.remaining,
          stepDue,
          returned: null,
          provisional: markProvisional(calendar, context.provisional, {
            serviceDue: computed.due,
            waitDue: null,
            ...(params.resumes ? { stepDue } : {}),
          }),
        };
      }),
      extend: assign(({ context, event }) => {
        const days = daysOf(event) ?? 0;
        const deadline = { ...context.deadline, days: context.deadline.days + days };
        const computed = dueOrRemaining(calendar, deadline);
        return {
          deadline,
          serviceDue: computed.due,
          remainingDays: computed.remaining,
          provisional: markProvisional(calendar, context.provisional, {
            serviceDue: computed.due,
          }),
          extensions: [
            ...context.extensions,
            {
              days,
              reason: reasonOf(event) ?? '',
              at: atOf(context, event),
              by: record(event) ?? { id: 'unknown', role: 'unknown' },
            },
          ],
        };
      }),
      recount: assign(({ context }) =>
        recountDueDates(
          calendar,
          context,
          context.step === null ? undefined : stepTerms.get(context.step),
          workflow.returns.maxWaitDays,
          unit,
        ),
      ),
      recordExpiry: assign(
        (
          { context, event },
          params: { consequence: ExpiryConsequence; applied: boolean; target: string | null },
        ) => ({
          expiry: {
            at: atOf(context, event),
            due: context.serviceDue ?? '',
            step: context.step ?? '',
            consequence: params.consequence,
            applied: params.applied,
            target: params.target,
            legalBasis,
          },
        }),
      ),
      finish: assign(({ context, event }, params: { final: Final; cause: ResultCause }) => {
        const by = record(event);
        const reason = reasonOf(event);
        return {
          step: null,
          stepDue: null,
          provisional: markProvisional(calendar, context.provisional, { stepDue: null }),
          ...(params.final === 'issued' && context.outputs.length === 0
            ? { outputs: [SERVICE_OUTPUT] }
            : {}),
          result: {
            final: params.final,
            at: atOf(context, event),
            cause: params.cause,
            event: event.type,
            ...(reason === undefined ? {} : { reason }),
            ...(by === undefined ? {} : { by }),
          },
        };
      }),
    },
  });

  type Transition = {
    target?: string;
    guard?: unknown;
    actions: unknown[];
    meta: WorkflowTransitionMeta;
  };

  const actorIs = (actors: readonly AllowedActor[]) => ({
    type: 'actorIs' as const,
    params: { actors },
  });
  const condition = (when: RuleCondition | null) =>
    when === null ? [] : [{ type: 'conditionHolds' as const, params: { when } }];
  const finishIf = (to: string, cause: ResultCause) =>
    isFinal(to) ? [{ type: 'finish' as const, params: { final: to, cause } }] : [];
  const meta = (
    kind: TransitionKind,
    event: string,
    step: ResolvedStep | null,
    to: string | null,
    actors: readonly AllowedActor[],
    reason: 'required' | 'optional' = 'optional',
    when: RuleCondition | null = null,
  ): WorkflowTransitionMeta => ({ kind, event, step: step?.id ?? null, to, actors, reason, when });

  const escalations = (
    step: ResolvedStep,
    event: string,
    rules: readonly ResolvedRule[],
  ): Transition[] =>
    escalateTo.length === 0
      ? []
      : rules.map((rule) => ({
          target: absolute(rule.to),
          guard: allOf([
            'escalated',
            actorIs(escalateTo),
            'inOrder',
            ...(rule.reason === 'required' ? ['hasReason' as const] : []),
            ...condition(rule.when),
          ]),
          actions: ['touch', ...finishIf(rule.to, 'outcome')],
          meta: meta('escalation', event, step, rule.to, escalateTo, rule.reason, rule.when),
        }));

  const stepActors = (step: ResolvedStep): AllowedActor[] => {
    if (step.team !== null) {
      const members = binding.symbolic
        ? ['team']
        : (teamAgencies(step, binding.participants) ?? []);
      return members.map((agency) => ({ role: step.team?.role ?? 'reviewer', agency }));
    }
    return bind(step.actors);
  };

  const outcomeTransitions = (step: ResolvedStep): Record<string, Transition[]> => {
    const on: Record<string, Transition[]> = {};
    for (const outcome of step.outcomes) {
      const list: Transition[] = [];
      if (step.team !== null) {
        const members = stepActors(step);
        const size = members.length;
        const needed = approvalsNeeded(step, size);
        const vote = outcome.event === 'APPROVE' ? 'approve' : 'reject';
        const decides =
          vote === 'approve'
            ? { type: 'teamApproves' as const, params: { needed } }
            : { type: 'teamRefuses' as const, params: { size, needed } };
        const reason = outcome.rules.some((rule) => rule.reason === 'required')
          ? 'required'
          : 'optional';
        for (const rule of outcome.rules) {
          list.push({
            target: absolute(rule.to),
            guard: allOf([
              actorIs(members),
              'inOrder',
              'notVoted',
              ...(rule.reason === 'required' ? ['hasReason' as const] : []),
              decides,
              ...condition(rule.when),
            ]),
            actions: [
              'touch',
              { type: 'recordVote', params: { vote } },
              ...finishIf(rule.to, 'outcome'),
            ],
            meta: {
              ...meta(
                'team-decision',
                outcome.event,
                step,
                rule.to,
                members,
                rule.reason,
                rule.when,
              ),
              needed,
            },
          });
        }
        list.push({
          guard: allOf([
            actorIs(members),
            'inOrder',
            'notVoted',
            ...(reason === 'required' ? ['hasReason' as const] : []),
          ]),
          actions: ['touch', { type: 'recordVote', params: { vote } }],
          meta: { ...meta('vote', outcome.event, step, null, members, reason), needed },
        });
      } else {
        for (const rule of outcome.rules) {
          const actors = dedupe([...bind(step.actors), ...bind(rule.actors)]);
          list.push({
            target: absolute(rule.to),
            guard: allOf([
              actorIs(actors),
              'inOrder',
              ...(rule.reason === 'required' ? ['hasReason' as const] : []),
              ...condition(rule.when),
            ]),
            actions: ['touch', ...finishIf(rule.to, 'outcome')],
            meta: meta('outcome', outcome.event, step, rule.to, actors, rule.reason, rule.when),
          });
        }
      }
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
        guard: 'stepOverdue',
        actions: ['touch', ...finishIf(to, 'timeout')],
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
      const cause: ResultCause = consequence;
      for (const rule of rules) {
        list.push({
          target: absolute(rule.to),
          guard:
            rule.when === null
              ? 'serviceOverdue'
              : allOf(['serviceOverdue', ...condition(rule.when)]),
          actions: [
            'touch',
            { type: 'recordExpiry', params: { consequence, applied: true, target: rule.to } },
            ...finishIf(rule.to, cause),
          ],
          meta: meta('expiry', 'TICK', step, rule.to, [], 'optional', rule.when),
        });
      }
    }
    list.push({
      guard: 'serviceOverdue',
      actions: [
        'touch',
        { type: 'recordExpiry', params: { consequence, applied: !deemed, target: null } },
      ],
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
        guard: allOf([
          actorIs(actors),
          'inOrder',
          'hasReason',
          { type: 'withinLegalMax', params: { legalMax } },
        ]),
        actions: ['touch', 'extend'],
        meta: meta('extend', 'EXTEND', step, null, actors, 'required'),
      },
    ];
  };

  const states: Record<string, AnyStateNodeConfig> = {};
  for (const step of workflow.steps) {
    const enter = {
      type: 'enterStep',
      params: {
        step: step.id,
        days: step.slaDays,
        clock: step.clock,
        produces: step.kind === 'issuance' ? (step.produces ?? [SERVICE_OUTPUT]) : null,
      } satisfies EnterParams,
    };
    const exit = step.clock === 'stops' ? ['leaveStoppedStep'] : [];
    const stateMeta: WorkflowStateMeta = { kind: step.kind, name: step.name };
    const working = {
      ...outcomeTransitions(step),
      TICK: tickTransitions(step),
      EXTEND: extendTransitions(step),
    };
    if (!step.returnable) {
      states[step.id] = {
        entry: [enter],
        exit,
        on: working,
        meta: stateMeta,
      } as AnyStateNodeConfig;
      continue;
    }
    const returners = stepActors(step);
    const returnTransition: Transition = {
      target: 'returned',
      guard: allOf([
        actorIs(returners),
        'inOrder',
        'hasReason',
        { type: 'roundsLeft', params: { max: workflow.returns.maxRounds } },
      ]),
      actions: [
        'touch',
        {
          type: 'returnFile',
          params: { step: step.id, waitDays: workflow.returns.maxWaitDays, clock: step.clock },
        },
      ],
      meta: meta('return', 'RETURN', step, step.id, returners, 'required'),
    };
    const waitTransitions: Transition[] =
      workflow.returns.maxWaitDays === null
        ? []
        : [
            {
              target: absolute('withdrawn'),
              guard: 'waitExceeded',
              actions: [
                'touch',
                { type: 'finish', params: { final: 'withdrawn', cause: 'wait-exceeded' } },
              ],
              meta: meta('wait-exceeded', 'TICK', step, 'withdrawn', []),
            },
          ];
    states[step.id] = {
      entry: [enter],
      exit,
      meta: stateMeta,
      initial: 'active',
      states: {
        active: { on: { ...working, RETURN: [returnTransition] } },
        returned: {
          on: {
            RESUBMIT: [
              {
                target: 'active',
                guard: allOf([actorIs([APPLICANT]), 'inOrder']),
                actions: [
                  'touch',
                  {
                    type: 'resubmit',
                    params: { days: step.slaDays, resumes: step.clock === 'runs' },
                  },
                ],
                meta: meta('resubmit', 'RESUBMIT', step, step.id, [APPLICANT]),
              },
            ],
            TICK: waitTransitions,
          },
        },
      },
    } as AnyStateNodeConfig;
  }
  for (const final of ['issued', 'rejected', 'withdrawn', 'expired'] as const)
    states[final] = { type: 'final' };

  // `RECOUNT` (the runtime's, after the calendar gained days) has no meta: it is no one's action,
  // so allowed actions, diagrams and path enumeration leave it out.
  const recount = { actions: ['touch', 'recount'] };
  const rootOn: Record<string, (Transition | typeof recount)[]> = workflow.withdrawal
    ? {
        WITHDRAW: [
          {
            target: '.withdrawn',
            guard: allOf([actorIs([APPLICANT]), 'inOrder']),
            actions: [
              'touch',
              { type: 'finish', params: { final: 'withdrawn', cause: 'withdrawal' } },
            ],
            meta: meta('withdraw', 'WITHDRAW', null, 'withdrawn', [APPLICANT]),
          },
        ],
      }
    : {};
  rootOn['RECOUNT'] = [recount];

  const machine = lifecycle.createMachine({
    id: machineId,
    initial: workflow.start,
    context: ({ input }): WorkflowContext => {
      if (input === undefined || typeof input.submittedAt !== 'string') {
        throw new TypeError(
          `Workflow "${workflow.id}" starts with input { submittedAt }: createActor(machine, { input: { submittedAt } }).`,
        );
      }
      const received = localDate(input.submittedAt);
      const deadline = { received, days: service.sla.days, unit, suspensions: [] };
      const serviceDue = binding.symbolic ? null : calendar.dueDate(deadline);
      return {
        workflow: workflow.id,
        service: service.id,
        submittedAt: input.submittedAt,
        applicantId: input.applicant?.id ?? null,
        riskLevel: input.riskLevel ?? null,
        applicationKind: input.applicationKind ?? null,
        updatedAt: input.submittedAt,
        step: null,
        stepEnteredAt: null,
        stepDue: null,
        deadline,
        serviceDue,
        remainingDays: null,
        provisional: markProvisional(calendar, undefined, { serviceDue }),
        rounds: 0,
        returned: null,
        votes: {},
        extensions: [],
        expiry: null,
        outputs: [],
        result: null,
      };
    },
    states,
    on: rootOn as unknown as AnyStateNodeConfig['on'],
  } as Parameters<typeof lifecycle.createMachine>[0]);
  // The generated config's literal types are not known statically; the public type is the
  // machine's context, events and input.
  return machine;
}

/**
 * A compiled workflow: an XState v5 state machine whose context is a {@link WorkflowContext} and
 * whose events are {@link WorkflowEvent}s, started with a {@link WorkflowInput}.
 *
 * @example
 * ```ts
 * const machine: WorkflowMachine = compileWorkflow('permit', context);
 * const actor = createActor(machine, { input: { submittedAt: '2025-05-05T02:00:00Z' } }).start();
 * ```
 */
export type WorkflowMachine = StateMachine<
  WorkflowContext,
  WorkflowEvent,
  Record<string, AnyActorRef | undefined>,
  ProvidedActor,
  ParameterizedObject,
  ParameterizedObject,
  string,
  StateValue,
  string,
  WorkflowInput | undefined,
  NonReducibleUnknown,
  EventObject,
  MetaObject,
  StateSchema
>;

function isResolved(input: unknown): input is ResolvedWorkflow {
  return input !== null && typeof input === 'object' && 'startPath' in input && 'bases' in input;
}

const symbolicCalendar = new Proxy({} as WorkingDayCalendar, {
  get(_target, property) {
    if (property === 'toLocalDate') return (instant: string) => instant.slice(0, 10);
    return () => {
      throw new Error('A workflow compiled for a diagram has no calendar.');
    };
  },
});

/** Compiles with agency keywords left symbolic (`owner`, `coordinator`, `team`), for diagrams. */
export function compileSymbolic(
  input: WorkflowDefinition | ServiceWorkflow | ResolvedWorkflow,
): WorkflowMachine {
  const resolved = isResolved(input) ? { value: input, issues: [] } : resolveWithIssues(input);
  const workflow = resolved.value;
  const issues = [...resolved.issues, ...structuralIssues(workflow, null, 'en')];
  if (issues.some((issue) => issue.severity === 'error'))
    throw new WorkflowCompileError(workflow.id, issues);
  const service: WorkflowService = { id: workflow.id, owner: 'owner', sla: { days: 0 } };
  return createLifecycleMachine(
    workflow,
    service,
    { owner: 'owner', coordinator: 'coordinator', participants: null, symbolic: true },
    symbolicCalendar,
  );
}

/**
 * Compiles a workflow into an XState v5 machine (`setup({ types, guards, actions }).createMachine`).
 *
 * - Each step is a state (a returnable step has `active` and `returned` substates); the finals
 *   `issued`, `rejected`, `withdrawn` and `expired` are final states.
 * - Every transition is guarded by the named guard `actorIs` with the roles @ agencies allowed
 *   (`owner`, `coordinator` and `team` bound to the service's agencies), and declares them in
 *   `meta` ({@link WorkflowTransitionMeta}); {@link checkEvent} explains refusals from them.
 * - Deadlines are data: due dates are computed in working (or calendar) days by the calendar and
 *   kept in context; `TICK` events carry the time, and guards compare it with the due dates. No
 *   `after` timers, no clock reads: a persisted snapshot restores without loss.
 * - `RETURN` stops the clock (a suspension in `context.deadline`), `RESUBMIT` resumes it;
 *   `returns.maxRounds` and `returns.maxWaitDays` (auto-withdraw) are enforced. `EXTEND` needs a
 *   reason and stays within the service's `sla.legalMax`.
 * - At expiry the service's `sla.onExpiry` happens (escalate, deemed approval — UU 30/2014 Art. 53
 *   as amended by UU 6/2023, PP 28/2025 for risk-based business licensing — or deemed refusal) and
 *   is recorded in `context.expiry` with the service's legal basis.
 *
 * @param definition - a `workflows` entry, a service's `workflow` value (id, template or
 * `{ template, ... }`), or a {@link ResolvedWorkflow}.
 * @param context - the service, the mall coordinator, the calendar and the mall's workflows.
 * @returns the machine; start a file with `createActor(machine, { input: { submittedAt } })`,
 * restore one with `createActor(machine, { snapshot })`.
 * @throws {@link WorkflowCompileError} when the workflow cannot be resolved or compiled (unknown
 * template or target, empty team …): run {@link analyzeWorkflow} first to report these located.
 * @example
 * ```ts
 * const machine = compileWorkflow(pbg.workflow, { service: pbg, coordinator: 'dpmptsp', calendar });
 * const actor = createActor(machine, { input: { submittedAt: '2025-05-05T02:00:00Z' } }).start();
 * actor.send({ type: 'ACCEPT', actor: { id: 'u-1', role: 'front-office', agency: 'dpmptsp' }, at: '2025-05-05T03:00:00Z' });
 * actor.getSnapshot().value; // { 'technical-review': 'active' }
 * ```
 */
export function compileWorkflow(
  definition: WorkflowDefinition | ServiceWorkflow | ResolvedWorkflow,
  context: CompileContext,
): WorkflowMachine {
  const locale = context.locale ?? 'en';
  const participants = [...(context.service.participants ?? [])];
  let workflow: ResolvedWorkflow;
  const issues: Issue[] = [];
  if (isResolved(definition)) {
    workflow = definition;
  } else {
    const inline = typeof definition === 'object' && 'template' in definition;
    const resolved = resolveWithIssues(definition, {
      workflows: context.workflows ?? [],
      locale,
      ...(inline ? { id: context.service.id } : {}),
    });
    workflow = resolved.value;
    issues.push(...resolved.issues);
  }
  issues.push(...structuralIssues(workflow, participants, locale));
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0) throw new WorkflowCompileError(workflow.id, errors);
  return createLifecycleMachine(
    workflow,
    context.service,
    {
      owner: context.service.owner,
      coordinator: context.coordinator,
      participants,
      symbolic: false,
    },
    context.calendar,
  );
}
