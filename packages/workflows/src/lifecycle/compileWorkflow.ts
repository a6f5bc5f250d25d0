import {
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
import type {
  ExpiryConsequence,
  Issue,
  Locale,
  LocalizedText,
  ServiceWorkflow,
  WorkflowDefinition,
} from '@mpp-kit/schemas';
import type { TermUnit, WorkingDayCalendar } from '../calendar/index.js';
import type { AllowedActor, WorkflowEvent } from './WorkflowEvent.js';
import type { WorkflowContext, WorkflowInput } from './WorkflowContext.js';
import {
  resolveWithIssues,
  type ResolvedWorkflow,
  type RuleCondition,
  type StepKind,
} from './resolveWorkflow.js';
import { structuralIssues } from './_structure.js';
import { markProvisional } from './_deadline.js';
import { lifecycleUpdates } from './_machineActions.js';
import { lifecycleStates, type Binding } from './_machineTransitions.js';
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

/** Builds the XState machine of a resolved workflow from its states ({@link lifecycleStates}). */
function createLifecycleMachine(
  workflow: ResolvedWorkflow,
  service: WorkflowService,
  binding: Binding,
  calendar: WorkingDayCalendar,
): WorkflowMachine {
  const unit: TermUnit = service.sla.unit ?? 'working';
  const updates = lifecycleUpdates({
    calendar,
    unit,
    legalBasis: [...(service.sla.legalBasis ?? [])],
    stepTerms: new Map(
      workflow.steps.map((step) => [step.id, { days: step.slaDays, clock: step.clock }]),
    ),
    maxWaitDays: workflow.returns.maxWaitDays,
  });
  const { states, on } = lifecycleStates({
    workflow,
    binding,
    calendar,
    consequence: service.sla.onExpiry ?? 'none',
    legalMax: service.sla.legalMax ?? null,
    updates,
  });
  const localDate = (instant: string) => calendar.toLocalDate(instant);

  const lifecycle = setup({
    types: {
      context: {} as WorkflowContext,
      events: {} as WorkflowEvent,
      // Optional in the type so that `createActor(machine, { snapshot })` restores without input;
      // starting a new file without input throws (see the context factory).
      input: {} as WorkflowInput | undefined,
    },
  });

  const machine = lifecycle.createMachine({
    id: workflow.id,
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
    on: on as unknown as AnyStateNodeConfig['on'],
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
 * - Every transition has one guard: the roles @ agencies allowed (`owner`, `coordinator` and
 *   `team` bound to the service's agencies), the event's instant in order, and what else it needs
 *   (a reason, a branch condition, a vote, a due date passed); it declares them in `meta`
 *   ({@link WorkflowTransitionMeta}), and {@link checkEvent} explains refusals from them. Every
 *   transition changes the context with one `assign`.
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
