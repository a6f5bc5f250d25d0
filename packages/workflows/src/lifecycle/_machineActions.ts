/**
 * The context updates of a compiled lifecycle. Each is a pure function from the context and the
 * event to the fields it changes (an {@link Update}); {@link transitionAssign} folds the updates a
 * transition makes, and the time of the event, into one XState `assign`.
 */
import { assign, type EventObject } from 'xstate';
import type { ExpiryConsequence } from '@mpp-kit/schemas';
import type { TermUnit, WorkingDayCalendar } from '../calendar/index.js';
import { actorOf } from './WorkflowEvent.js';
import type { ActorRecord, ResultCause, WorkflowContext } from './WorkflowContext.js';
import type { Final } from './_structure.js';
import {
  dueOrRemaining,
  isStopped,
  markProvisional,
  recountDueDates,
  resumeClock,
  stepDueDate,
  stopClock,
  type StepTerm,
} from './_deadline.js';
import { daysOf, reasonOf } from './_machineGuards.js';

/** What an issuance step without `produces` issues: the service's declared output. */
export const SERVICE_OUTPUT = 'service-output';

/** The fields an action changes: a new object on every call (its caller may add to it). */
export type Update = (
  context: WorkflowContext,
  event: { readonly type: string },
) => Partial<WorkflowContext>;

/** What the actions of one compiled machine share. */
export interface ActionEnvironment {
  readonly calendar: WorkingDayCalendar;
  readonly unit: TermUnit;
  readonly legalBasis: readonly string[];
  /** Each step's own term, for `RECOUNT`. */
  readonly stepTerms: ReadonlyMap<string, StepTerm>;
  readonly maxWaitDays: number | null;
}

/** What entering a step sets up. */
export interface EnterParams {
  readonly step: string;
  readonly days: number | null;
  readonly clock: 'runs' | 'stops';
  readonly produces: readonly string[] | null;
}

function instantOf(event: { readonly type: string }): string | undefined {
  const at = (event as { at?: unknown }).at;
  return typeof at === 'string' ? at : undefined;
}

/** The event's instant, or (an event without one) the last accepted event's. */
function atOf(context: WorkflowContext, event: { readonly type: string }): string {
  return instantOf(event) ?? context.updatedAt;
}

const unknownActor: ActorRecord = { id: 'unknown', role: 'unknown' };

/** The updates of one machine, over its calendar and the service's term. */
export function lifecycleUpdates(env: ActionEnvironment) {
  const { calendar, unit } = env;
  const localDate = (instant: string) => calendar.toLocalDate(instant);

  const enterStep =
    (params: EnterParams): Update =>
    (context, event) => {
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
    };

  const leaveStoppedStep: Update = (context, event) => {
    const deadline = resumeClock(context.deadline, localDate(atOf(context, event)));
    const computed = dueOrRemaining(calendar, deadline);
    return {
      deadline,
      serviceDue: computed.due,
      remainingDays: computed.remaining,
      provisional: markProvisional(calendar, context.provisional, { serviceDue: computed.due }),
    };
  };

  const recordVote =
    (vote: 'approve' | 'reject'): Update =>
    (context, event) => {
      const agency = actorOf(event)?.agency;
      return agency === undefined ? {} : { votes: { ...context.votes, [agency]: vote } };
    };

  const returnFile =
    (params: { step: string; waitDays: number | null; clock: 'runs' | 'stops' }): Update =>
    (context, event) => {
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
          by: actorOf(event) ?? unknownActor,
          reason: reasonOf(event) ?? '',
          waitDue,
        },
      };
    };

  const resubmit =
    (params: { days: number | null; resumes: boolean }): Update =>
    (context, event) => {
      const date = localDate(atOf(context, event));
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
    };

  const extend: Update = (context, event) => {
    const days = daysOf(event) ?? 0;
    const deadline = { ...context.deadline, days: context.deadline.days + days };
    const computed = dueOrRemaining(calendar, deadline);
    return {
      deadline,
      serviceDue: computed.due,
      remainingDays: computed.remaining,
      provisional: markProvisional(calendar, context.provisional, { serviceDue: computed.due }),
      extensions: [
        ...context.extensions,
        {
          days,
          reason: reasonOf(event) ?? '',
          at: atOf(context, event),
          by: actorOf(event) ?? unknownActor,
        },
      ],
    };
  };

  const recount: Update = (context) =>
    recountDueDates(
      calendar,
      context,
      context.step === null ? undefined : env.stepTerms.get(context.step),
      env.maxWaitDays,
      unit,
    );

  const recordExpiry =
    (params: { consequence: ExpiryConsequence; applied: boolean; target: string | null }): Update =>
    (context, event) => ({
      expiry: {
        at: atOf(context, event),
        due: context.serviceDue ?? '',
        step: context.step ?? '',
        consequence: params.consequence,
        applied: params.applied,
        target: params.target,
        legalBasis: env.legalBasis,
      },
    });

  const finish =
    (params: { final: Final; cause: ResultCause }): Update =>
    (context, event) => {
      const by = actorOf(event);
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
    };

  return {
    enterStep,
    leaveStoppedStep,
    recordVote,
    returnFile,
    resubmit,
    extend,
    recount,
    recordExpiry,
    finish,
  };
}

/** The updates of one machine; see {@link lifecycleUpdates}. */
export type LifecycleUpdates = ReturnType<typeof lifecycleUpdates>;

/**
 * One `assign` for a transition: the event's instant becomes `updatedAt`, then each update applies
 * in order, each seeing the context the previous one left (as a list of assigns would).
 */
export function transitionAssign(updates: readonly Update[]) {
  const [only] = updates;
  const touch = (context: WorkflowContext, event: EventObject) => ({
    updatedAt: atOf(context, event),
  });
  if (updates.length === 0) return contextAssign(({ context, event }) => touch(context, event));
  if (updates.length === 1 && only !== undefined) {
    return contextAssign(({ context, event }) => {
      // An update returns a new object: the time is added to it rather than to a copy.
      const update = only(context, event);
      update.updatedAt = atOf(context, event);
      return update;
    });
  }
  return contextAssign(({ context, event }) => {
    let next = context;
    for (const update of updates) next = { ...next, ...update(next, event) };
    return { ...next, ...touch(context, event) };
  });
}

/** An `assign` for a state's entry or exit: the one update, without touching `updatedAt`. */
export function stateAssign(update: Update) {
  return contextAssign(({ context, event }) => update(context, event));
}

/** A lifecycle's context update, as its `assign` action applies it. */
export type Assigner = (args: {
  readonly context: WorkflowContext;
  readonly event: EventObject;
}) => Partial<WorkflowContext>;

/** The update of each `assign` action {@link contextAssign} made. */
const assigners = new WeakMap<object, Assigner>();

/**
 * The context update of an action a compiled lifecycle declares, or undefined when the action is
 * not one of its `assign`s (for `transitionLifecycle`, which applies the updates itself).
 */
export function lifecycleAssigner(action: unknown): Assigner | undefined {
  return typeof action === 'function' ? assigners.get(action) : undefined;
}

/** XState's `assign` over a lifecycle's context. */
function contextAssign(assigner: Assigner) {
  const action = assign<WorkflowContext, EventObject, undefined, EventObject, never>(assigner);
  assigners.set(action, assigner);
  return action;
}
