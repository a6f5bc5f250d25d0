import { transition, type AnyMachineSnapshot } from 'xstate';
import { actorOf, type AllowedActor, type WorkflowEvent } from './WorkflowEvent.js';
import type { WorkflowContext } from './WorkflowContext.js';
import {
  actorsAcceptedNow,
  candidateTransitions,
  isNamed,
  namedActors,
  stateName,
  type MetaTransition,
} from './_transitions.js';

/**
 * Why an event was refused: `wrong_state` (the current state does not take it), `forbidden` (the
 * actor's role @ agency may not send it), `invalid` (allowed actor, but the event itself does not
 * hold: see {@link InvalidEventDetail}).
 *
 * @example
 * ```ts
 * refusalReasons.includes('forbidden'); // true
 * ```
 */
export const refusalReasons = ['wrong_state', 'forbidden', 'invalid'] as const;
/**
 * A refusal reason; see {@link refusalReasons}.
 *
 * @example
 * ```ts
 * const reason: RefusalReason = 'wrong_state';
 * ```
 */
export type RefusalReason = (typeof refusalReasons)[number];

/**
 * What was wrong with an `invalid` event: a missing or malformed instant or one before the last
 * event (`time_out_of_order`), a missing reason (`reason_required`), a second vote by the same
 * agency (`already_voted`), no return left (`max_rounds`), an extension with no positive whole
 * `days` or beyond the service's legal maximum (`beyond_legal_max`), no branch matching the
 * application (`no_branch`), or a computation error such as a date outside the calendar's years
 * (`calendar_error`). `guard` covers anything else.
 *
 * @example
 * ```ts
 * invalidEventDetails.includes('reason_required'); // true
 * ```
 */
export const invalidEventDetails = [
  'time_out_of_order',
  'reason_required',
  'already_voted',
  'max_rounds',
  'beyond_legal_max',
  'no_branch',
  'calendar_error',
  'guard',
] as const;
/**
 * An invalid-event detail; see {@link invalidEventDetails}.
 *
 * @example
 * ```ts
 * const detail: InvalidEventDetail = 'already_voted';
 * ```
 */
export type InvalidEventDetail = (typeof invalidEventDetails)[number];

/**
 * The result of {@link checkEvent}: accepted, or refused with the reason, the current state, the
 * events the state takes, and who would have been allowed to send this event (role @ agency).
 *
 * @example
 * ```ts
 * const refused: CheckEventResult = {
 *   ok: false,
 *   reason: 'forbidden',
 *   state: 'intake.active',
 *   expected: ['ACCEPT', 'REJECT', 'RETURN', 'WITHDRAW', 'EXTEND'],
 *   allowed: [{ role: 'front-office', agency: 'dpmptsp' }],
 * };
 * ```
 */
export type CheckEventResult =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly reason: RefusalReason;
      /** The current state, dotted (`technical-review.active`). */
      readonly state: string;
      /** Event types the current state takes (besides `TICK`). */
      readonly expected: readonly string[];
      /** Who may send this event now (empty when nobody can, e.g. in the wrong state). */
      readonly allowed: readonly AllowedActor[];
      readonly detail?: InvalidEventDetail;
    };

/**
 * Anything a snapshot can be taken from: a snapshot of a compiled workflow machine
 * (`actor.getSnapshot()`, or `machine.resolveState(persisted)` for a stored one) or a running actor.
 *
 * @example
 * ```ts
 * const source: SnapshotSource = actor;
 * ```
 */
export type SnapshotSource = AnyMachineSnapshot | { getSnapshot(): AnyMachineSnapshot };

/**
 * The snapshot of a source: the snapshot itself, or a running actor's current snapshot.
 *
 * @example
 * ```ts
 * snapshotOf(actor) === actor.getSnapshot(); // true
 * ```
 */
export function snapshotOf(source: SnapshotSource): AnyMachineSnapshot {
  return 'getSnapshot' in source && typeof source.getSnapshot === 'function'
    ? source.getSnapshot()
    : (source as AnyMachineSnapshot);
}

function expectedEvents(transitions: readonly MetaTransition[]): string[] {
  return [...new Set(transitions.map((t) => t.meta.event).filter((type) => type !== 'TICK'))];
}

function diagnose(
  snapshot: AnyMachineSnapshot,
  event: WorkflowEvent,
  candidates: readonly MetaTransition[],
): InvalidEventDetail {
  const context = snapshot.context as WorkflowContext;
  const at = (event as { at?: unknown }).at;
  if (
    typeof at !== 'string' ||
    !/(?:Z|[+-]\d{2}:?\d{2})$/i.test(at) ||
    Number.isNaN(Date.parse(at)) ||
    Date.parse(at) < Date.parse(context.updatedAt)
  ) {
    return 'time_out_of_order';
  }
  const reason = (event as { reason?: unknown }).reason;
  const hasReason = typeof reason === 'string' && reason.trim().length > 0;
  if (!hasReason && candidates.every((t) => t.meta.reason === 'required')) return 'reason_required';
  const agency = actorOf(event)?.agency;
  if (
    agency !== undefined &&
    candidates.some((t) => t.meta.kind === 'vote' || t.meta.kind === 'team-decision') &&
    Object.prototype.hasOwnProperty.call(context.votes, agency)
  ) {
    return 'already_voted';
  }
  if (candidates.some((t) => t.meta.kind === 'return')) return 'max_rounds';
  if (candidates.some((t) => t.meta.kind === 'extend')) return 'beyond_legal_max';
  if (candidates.some((t) => t.meta.when !== null)) return 'no_branch';
  return 'guard';
}

/**
 * Checks whether a compiled workflow would accept an event, without changing anything, and if not
 * says why and who would have been allowed. A refused event never changes the machine's state:
 * XState ignores it, and this function tells the caller what to report (the runtime turns it into
 * a typed error naming the allowed role @ agency).
 *
 * `TICK` is always accepted while the file is open (it may change nothing).
 *
 * @param source - a snapshot (`actor.getSnapshot()`) or a running actor.
 * @param event - the event to check.
 * @returns `{ ok: true }`, or `{ ok: false, reason, state, expected, allowed, detail? }`.
 * @example
 * ```ts
 * const result = checkEvent(actor, {
 *   type: 'APPROVE',
 *   actor: { id: 'u-5', role: 'reviewer', agency: 'bpn' },
 *   at: '2025-05-06T03:00:00Z',
 * });
 * // { ok: false, reason: 'forbidden', state: 'technical-review.active',
 * //   allowed: [{ role: 'reviewer', agency: 'dpupr' }, { role: 'reviewer', agency: 'dlh' }], ... }
 * ```
 */
export function checkEvent(source: SnapshotSource, event: WorkflowEvent): CheckEventResult {
  const snapshot = snapshotOf(source);
  const state = stateName(snapshot);
  const available = candidateTransitions(snapshot);
  const expected = expectedEvents(available);
  if (snapshot.status !== 'active')
    return { ok: false, reason: 'wrong_state', state, expected: [], allowed: [] };
  if (event.type === 'TICK') return { ok: true };
  const candidates = available.filter((t) => t.meta.event === event.type);
  if (candidates.length === 0)
    return { ok: false, reason: 'wrong_state', state, expected, allowed: [] };
  const named = namedActors(snapshot, candidates);
  const now = actorsAcceptedNow(snapshot, event.type, named);
  const actor = actorOf(event);
  if (actor === undefined || !isNamed(snapshot, actor, named)) {
    return {
      ok: false,
      reason: 'forbidden',
      state,
      expected,
      allowed: now.length > 0 ? now : named,
    };
  }
  let next: AnyMachineSnapshot;
  try {
    [next] = transition(snapshot.machine, snapshot, event);
  } catch {
    return {
      ok: false,
      reason: 'invalid',
      state,
      expected,
      allowed: now,
      detail: 'calendar_error',
    };
  }
  if (next !== snapshot) return { ok: true };
  return {
    ok: false,
    reason: 'invalid',
    state,
    expected,
    allowed: now,
    detail: diagnose(snapshot, event, candidates),
  };
}
