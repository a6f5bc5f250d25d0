/**
 * The person (or system) sending an event: an id, the role they act in, and their agency. The
 * applicant acts with role `applicant` and no agency.
 *
 * @example
 * ```ts
 * const officer: EventActor = { id: 'nip-198001012005011001', role: 'front-office', agency: 'dpmptsp' };
 * const applicant: EventActor = { id: 'akun-siti', role: 'applicant' };
 * ```
 */
export interface EventActor {
  readonly id: string;
  readonly role: string;
  readonly agency?: string;
}

/**
 * Who may send an event: a role at an agency. For the applicant, `{ role: 'applicant', agency:
 * 'applicant' }`. In a compiled machine `agency` is an agency id; in a diagram drawn from a
 * definition it may still be a keyword (`owner`, `coordinator`, `team`).
 *
 * @example
 * ```ts
 * const allowed: AllowedActor = { role: 'front-office', agency: 'dpmptsp' };
 * ```
 */
export interface AllowedActor {
  readonly role: string;
  readonly agency: string;
}

/**
 * An action by a person: a step outcome (`ACCEPT`, `APPROVE` …) or a built-in action (`RETURN`,
 * `RESUBMIT`, `WITHDRAW`, `EXTEND`). `at` is the ISO 8601 instant it happened (the machine never
 * reads the clock). `reason` is required by `RETURN`, `EXTEND` and every outcome leading to
 * `rejected`; `days` is the length of an `EXTEND`.
 *
 * @example
 * ```ts
 * const accept: WorkflowActionEvent = {
 *   type: 'ACCEPT',
 *   actor: { id: 'u-17', role: 'front-office', agency: 'dpmptsp' },
 *   at: '2025-05-05T02:00:00Z',
 * };
 * ```
 */
export interface WorkflowActionEvent {
  readonly type: string;
  readonly actor: EventActor;
  readonly at: string;
  readonly reason?: string;
  readonly days?: number;
}

/**
 * The scheduler's time signal: deadlines are data, so a scheduler sends `TICK` with the current
 * instant and the machine's guards compare it with the due dates in context.
 *
 * @example
 * ```ts
 * const tick: WorkflowTickEvent = { type: 'TICK', at: '2025-06-20T00:00:00+07:00' };
 * ```
 */
export interface WorkflowTickEvent {
  readonly type: 'TICK';
  readonly at: string;
}

/**
 * Recounts every due date of an open file with the calendar the machine was compiled with: sent
 * by the runtime when a calendar gains the year a provisional due date reached (see
 * `ProvisionalDueDates`). Changes no state, only due dates and their provisional marks.
 *
 * @example
 * ```ts
 * const recount: WorkflowRecountEvent = { type: 'RECOUNT', at: '2026-12-05T01:00:00Z' };
 * ```
 */
export interface WorkflowRecountEvent {
  readonly type: 'RECOUNT';
  readonly at: string;
}

/**
 * Every event a compiled workflow machine accepts.
 *
 * @example
 * ```ts
 * const events: WorkflowEvent[] = [
 *   { type: 'ACCEPT', actor: { id: 'u-17', role: 'front-office', agency: 'dpmptsp' }, at: '2025-05-05T02:00:00Z' },
 *   { type: 'TICK', at: '2025-06-20T00:00:00Z' },
 *   { type: 'RECOUNT', at: '2026-12-05T01:00:00Z' },
 * ];
 * ```
 */
export type WorkflowEvent = WorkflowActionEvent | WorkflowTickEvent | WorkflowRecountEvent;

/**
 * The actor of an event, or `undefined` for `TICK` (and for events without one).
 *
 * @example
 * ```ts
 * actorOf({ type: 'TICK', at: '2025-06-20T00:00:00Z' }); // undefined
 * ```
 */
export function actorOf(event: { readonly type: string }): EventActor | undefined {
  const actor = (event as { actor?: unknown }).actor;
  if (actor === null || typeof actor !== 'object') return undefined;
  const { id, role, agency } = actor as Record<string, unknown>;
  if (typeof id !== 'string' || typeof role !== 'string') return undefined;
  return typeof agency === 'string' ? { id, role, agency } : { id, role };
}

/**
 * `true` when `actor` matches `allowed`: same role and agency; for the applicant, role `applicant`
 * (and, when the application names its applicant, the same id).
 *
 * @example
 * ```ts
 * actorMatches({ id: 'u-1', role: 'reviewer', agency: 'dlh' }, { role: 'reviewer', agency: 'dlh' }); // true
 * actorMatches({ id: 'u-1', role: 'reviewer', agency: 'dlh' }, { role: 'reviewer', agency: 'dpupr' }); // false
 * ```
 */
export function actorMatches(
  actor: EventActor,
  allowed: AllowedActor,
  applicantId: string | null = null,
): boolean {
  if (allowed.agency === 'applicant') {
    return actor.role === 'applicant' && (applicantId === null || actor.id === applicantId);
  }
  return actor.role === allowed.role && actor.agency === allowed.agency;
}

/**
 * Formats an allowed actor as `role@agency` (`applicant` for the applicant).
 *
 * @example
 * ```ts
 * formatActor({ role: 'front-office', agency: 'dpmptsp' }); // 'front-office@dpmptsp'
 * ```
 */
export function formatActor(actor: AllowedActor): string {
  return actor.agency === 'applicant' ? 'applicant' : `${actor.role}@${actor.agency}`;
}
