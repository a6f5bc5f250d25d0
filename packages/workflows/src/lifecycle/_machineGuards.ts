/**
 * The guards of a compiled lifecycle. Each transition declares what it checks as a
 * {@link GuardSpec}; {@link compileGuard} turns the spec into one function, so XState evaluates one
 * guard per transition instead of a tree of named guards.
 */
import type { WorkingDayCalendar } from '../calendar/index.js';
import { actorMatches, actorOf, type AllowedActor } from './WorkflowEvent.js';
import type { WorkflowContext } from './WorkflowContext.js';
import type { RuleCondition } from './resolveWorkflow.js';
import { localDateOf } from './_deadline.js';

/** The due date a `TICK` transition fires after. */
export type OverdueDate = 'service' | 'step' | 'wait';

/** A technical team's decision: enough approvals, or too many refusals for approval to remain. */
export interface TeamDecision {
  readonly vote: 'approve' | 'reject';
  readonly size: number;
  readonly needed: number;
}

/** What one transition checks; every field present must hold. */
export interface GuardSpec {
  /** The event's actor is one of these (role @ agency; the applicant by id when known). */
  readonly actors?: readonly AllowedActor[];
  /** The event carries a valid instant, not before the last accepted event. */
  readonly inOrder?: true;
  /** The event carries a non-blank reason. */
  readonly reason?: true;
  /** The application's risk level and kind meet the branch condition. */
  readonly when?: RuleCondition;
  /** The service term expired with the consequence `escalate`. */
  readonly escalated?: true;
  /** The actor's agency has not voted in this round. */
  readonly notVoted?: true;
  /** This vote decides the team's round. */
  readonly decides?: TeamDecision;
  /** Returns left: fewer than `maxRounds` so far (null: unlimited). */
  readonly rounds?: { readonly max: number | null };
  /** The extension's days keep the term within the legal maximum (null: no extension allowed). */
  readonly legalMax?: { readonly days: number | null };
  /** The `TICK` instant's local date lies after this due date. */
  readonly overdue?: OverdueDate;
}

/** A compiled guard, as XState calls it. */
export type LifecycleGuard = (args: {
  readonly context: WorkflowContext;
  readonly event: { readonly type: string };
}) => boolean;

type Check = (context: WorkflowContext, event: { readonly type: string }) => boolean;

function instantOf(event: { readonly type: string }): string | undefined {
  const at = (event as { at?: unknown }).at;
  return typeof at === 'string' ? at : undefined;
}

/** The event's non-blank reason, or undefined. */
export function reasonOf(event: { readonly type: string }): string | undefined {
  const reason = (event as { reason?: unknown }).reason;
  return typeof reason === 'string' && reason.trim().length > 0 ? reason : undefined;
}

/** The event's whole positive number of days, or undefined. */
export function daysOf(event: { readonly type: string }): number | undefined {
  const days = (event as { days?: unknown }).days;
  return typeof days === 'number' && Number.isInteger(days) && days > 0 ? days : undefined;
}

function countVotes(votes: WorkflowContext['votes'], vote: 'approve' | 'reject'): number {
  let count = 0;
  for (const agency in votes) if (votes[agency] === vote) count++;
  return count;
}

function conditionHolds(context: WorkflowContext, when: RuleCondition): boolean {
  const { riskLevel, applicationKind } = when;
  if (
    riskLevel !== undefined &&
    (context.riskLevel === null || !riskLevel.includes(context.riskLevel))
  )
    return false;
  return (
    applicationKind === undefined ||
    (context.applicationKind !== null && applicationKind.includes(context.applicationKind))
  );
}

function overdueCheck(calendar: WorkingDayCalendar, which: OverdueDate): Check {
  const dueOf = (context: WorkflowContext): string | null => {
    if (which === 'step') return context.stepDue;
    if (which === 'wait') return context.returned?.waitDue ?? null;
    // The service term expires once: after that, TICK no longer finds it overdue.
    return context.expiry === null ? context.serviceDue : null;
  };
  return (context, event) => {
    const due = dueOf(context);
    const at = instantOf(event);
    if (due === null || at === undefined) return false;
    const date = localDateOf(calendar, at);
    return date !== undefined && date > due;
  };
}

/** The checks of `spec`, cheapest first (they are pure, so the order changes no result). */
function checksOf(spec: GuardSpec, calendar: WorkingDayCalendar): Check[] {
  const checks: Check[] = [];
  if (spec.escalated === true) checks.push((context) => context.expiry?.consequence === 'escalate');
  const { actors } = spec;
  if (actors !== undefined) {
    checks.push((context, event) => {
      const actor = actorOf(event);
      return (
        actor !== undefined &&
        actors.some((allowed) => actorMatches(actor, allowed, context.applicantId))
      );
    });
  }
  if (spec.reason === true) checks.push((_context, event) => reasonOf(event) !== undefined);
  if (spec.notVoted === true) {
    checks.push((context, event) => {
      const agency = actorOf(event)?.agency;
      return agency !== undefined && !Object.prototype.hasOwnProperty.call(context.votes, agency);
    });
  }
  const { decides } = spec;
  if (decides !== undefined) {
    checks.push(
      decides.vote === 'approve'
        ? (context) => countVotes(context.votes, 'approve') + 1 >= decides.needed
        : (context) => countVotes(context.votes, 'reject') + 1 > decides.size - decides.needed,
    );
  }
  const { when } = spec;
  if (when !== undefined) checks.push((context) => conditionHolds(context, when));
  const { rounds } = spec;
  if (rounds !== undefined)
    checks.push((context) => rounds.max === null || context.rounds < rounds.max);
  const { legalMax } = spec;
  if (legalMax !== undefined) {
    checks.push((context, event) => {
      const days = daysOf(event);
      return (
        days !== undefined &&
        legalMax.days !== null &&
        context.deadline.days + days <= legalMax.days
      );
    });
  }
  if (spec.inOrder === true) {
    checks.push((context, event) => {
      const at = instantOf(event);
      if (at === undefined || localDateOf(calendar, at) === undefined) return false;
      return Date.parse(at) >= Date.parse(context.updatedAt);
    });
  }
  if (spec.overdue !== undefined) checks.push(overdueCheck(calendar, spec.overdue));
  return checks;
}

/**
 * One guard function for a transition: `true` when every check of `spec` holds.
 *
 * @example
 * ```ts
 * const guard = compileGuard({ actors: [{ role: 'head', agency: 'dpmptsp' }], inOrder: true }, calendar);
 * ```
 */
export function compileGuard(spec: GuardSpec, calendar: WorkingDayCalendar): LifecycleGuard {
  const guard = guardOf(checksOf(spec, calendar));
  guards.add(guard);
  return guard;
}

/** Every guard {@link compileGuard} made. */
const guards = new WeakSet<object>();

/**
 * `true` for a guard {@link compileGuard} made: a pure function of the context and the event (for
 * `transitionLifecycle`, which evaluates them itself).
 */
export function isLifecycleGuard(guard: unknown): guard is LifecycleGuard {
  return typeof guard === 'function' && guards.has(guard);
}

function guardOf(checks: readonly Check[]): LifecycleGuard {
  const [first, second] = checks;
  if (first === undefined) return () => true;
  if (checks.length === 1) return ({ context, event }) => first(context, event);
  if (checks.length === 2 && second !== undefined)
    return ({ context, event }) => first(context, event) && second(context, event);
  return ({ context, event }) => {
    for (const check of checks) if (!check(context, event)) return false;
    return true;
  };
}
