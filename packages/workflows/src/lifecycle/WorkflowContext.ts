import type { ExpiryConsequence, WorkflowDefinition } from '@mpp-kit/schemas';
import type { Suspension, TermUnit } from '../calendar/index.js';

type Step = NonNullable<WorkflowDefinition['steps']>[number];
type Rule = Extract<Extract<Step, { kind: 'issuance' }>['outcomes'][string], { to: string }>;

/**
 * A business risk level (PP 5/2021, PP 28/2025): `low`, `medium-low`, `medium-high`, `high`.
 *
 * @example
 * ```ts
 * const level: ApplicationRiskLevel = 'medium-high';
 * ```
 */
export type ApplicationRiskLevel = NonNullable<NonNullable<Rule['when']>['riskLevel']>[number];

/**
 * A kind of application: `new`, `renewal`, `change`.
 *
 * @example
 * ```ts
 * const kind: ApplicationKindValue = 'renewal';
 * ```
 */
export type ApplicationKindValue = NonNullable<
  NonNullable<Rule['when']>['applicationKind']
>[number];

/**
 * What a compiled workflow machine is started with: when the complete file was received, and the
 * facts outcome branches may depend on.
 *
 * @example
 * ```ts
 * const input: WorkflowInput = {
 *   submittedAt: '2025-05-05T02:00:00Z',
 *   applicant: { id: 'akun-siti' },
 *   riskLevel: 'high',
 * };
 * ```
 */
export interface WorkflowInput {
  /** ISO 8601 instant the complete file was received: the service clock starts here. */
  readonly submittedAt: string;
  /** The applicant; when given, only this id may act as `applicant`. */
  readonly applicant?: { readonly id: string };
  readonly riskLevel?: ApplicationRiskLevel;
  readonly applicationKind?: ApplicationKindValue;
}

/**
 * Who did something, as recorded in context.
 *
 * @example
 * ```ts
 * const by: ActorRecord = { id: 'u-17', role: 'reviewer', agency: 'dlh' };
 * ```
 */
export interface ActorRecord {
  readonly id: string;
  readonly role: string;
  readonly agency?: string;
}

/**
 * The service term as the calendar engine computes it: receipt date, length (SLA plus
 * extensions), unit and clock stops. `calendar.dueDate(deadline)` gives the service due date, and
 * `calendar.explainDueDate(deadline)` says which days were skipped and why.
 *
 * @example
 * ```ts
 * const deadline: ServiceDeadline = {
 *   received: '2025-05-05',
 *   days: 28,
 *   unit: 'working',
 *   suspensions: [{ from: '2025-05-08', to: '2025-05-20' }],
 * };
 * ```
 */
export interface ServiceDeadline {
  readonly received: string;
  readonly days: number;
  readonly unit: TermUnit;
  readonly suspensions: readonly Suspension[];
}

/**
 * The file is with the applicant (clock stopped): from which step, when, by whom, why, and until
 * when the applicant may resubmit.
 *
 * @example
 * ```ts
 * const returned: ReturnRecord = {
 *   step: 'technical-review',
 *   at: '2025-05-08T03:00:00Z',
 *   by: { id: 'u-3', role: 'reviewer', agency: 'dlh' },
 *   reason: 'Dokumen UKL-UPL belum lengkap',
 *   waitDue: '2025-06-19',
 * };
 * ```
 */
export interface ReturnRecord {
  readonly step: string;
  readonly at: string;
  readonly by: ActorRecord;
  readonly reason: string;
  /** Last local date to resubmit (`returns.maxWaitDays`), or null when unlimited. */
  readonly waitDue: string | null;
}

/**
 * An extension of the service term (`EXTEND`), always with a reason.
 *
 * @example
 * ```ts
 * const extension: ExtensionRecord = { days: 5, reason: 'Menunggu rekomendasi', at: '2025-05-20T03:00:00Z', by: { id: 'u-9', role: 'head', agency: 'dpmptsp' } };
 * ```
 */
export interface ExtensionRecord {
  readonly days: number;
  readonly reason: string;
  readonly at: string;
  readonly by: ActorRecord;
}

/**
 * What happened when the service term ran out: the consequence the service declares (escalate,
 * deemed approval under PP 28/2025, deemed refusal, or none), whether it was applied in the step
 * the file was in, where it led, and its legal basis.
 *
 * @example
 * ```ts
 * const expiry: ExpiryRecord = {
 *   at: '2025-06-13T00:00:00+07:00',
 *   due: '2025-06-12',
 *   step: 'technical-review',
 *   consequence: 'deemed-approval',
 *   applied: true,
 *   target: 'levy-assessment',
 *   legalBasis: ['pp-28-2025'],
 * };
 * ```
 */
export interface ExpiryRecord {
  /** The `TICK` instant that found the term expired. */
  readonly at: string;
  /** The service due date that passed. */
  readonly due: string;
  /** The step the file was in. */
  readonly step: string;
  readonly consequence: ExpiryConsequence;
  /**
   * `false` when the declared consequence does not apply in this step: deemed approval and deemed
   * refusal apply only before a decision (intake, review, technical review, inspection, decision).
   */
  readonly applied: boolean;
  /** Where a deemed approval or refusal led, else null. */
  readonly target: string | null;
  readonly legalBasis: readonly string[];
}

/**
 * The due dates a workflow context holds: the service's (`serviceDue`), the current step's
 * (`stepDue`) and the applicant's last day to resubmit a returned file (`returned.waitDue`).
 *
 * @example
 * ```ts
 * dueDateNames.includes('waitDue'); // true
 * ```
 */
export const dueDateNames = ['serviceDue', 'stepDue', 'waitDue'] as const;
/**
 * One of {@link dueDateNames}.
 *
 * @example
 * ```ts
 * const name: DueDateName = 'serviceDue';
 * ```
 */
export type DueDateName = (typeof dueDateNames)[number];

/**
 * The due dates of a context that are **provisional**: counted partly on days no calendar decree
 * covered yet (the weekly pattern only, see `WorkingDayCalendar`). Each key present names such a
 * due date and gives the first day no decree covered when it was counted (the calendar's
 * `uncoveredFrom` then, e.g. `'2027-01-01'`). A due date recounted on decreed days loses its key;
 * `RECOUNT` recounts them all with the calendar the machine was compiled with.
 *
 * @example
 * ```ts
 * const provisional: ProvisionalDueDates = { serviceDue: '2027-01-01' };
 * ```
 */
export type ProvisionalDueDates = { readonly [K in DueDateName]?: string };

/**
 * The final states of every workflow: `issued` (terbit), `rejected` (ditolak), `withdrawn`
 * (dicabut, also after waiting too long), `expired` (kedaluwarsa, e.g. levy not paid in time).
 * The same closed vocabulary as `workflowFinals` in the configuration language.
 *
 * @example
 * ```ts
 * finalStates.includes('expired'); // true
 * ```
 */
export const finalStates = ['issued', 'rejected', 'withdrawn', 'expired'] as const;
/**
 * A final state; see {@link finalStates}.
 *
 * @example
 * ```ts
 * const final: FinalState = 'issued';
 * ```
 */
export type FinalState = (typeof finalStates)[number];

/**
 * Why a file reached its final state.
 *
 * @example
 * ```ts
 * resultCauses.includes('wait-exceeded'); // true
 * ```
 */
export const resultCauses = [
  'outcome',
  'withdrawal',
  'wait-exceeded',
  'timeout',
  'deemed-approval',
  'deemed-refusal',
] as const;
/**
 * Why a file reached its final state; see {@link resultCauses}.
 *
 * @example
 * ```ts
 * const cause: ResultCause = 'outcome';
 * ```
 */
export type ResultCause = (typeof resultCauses)[number];

/**
 * How the file ended: the final state, when, why, and by whom.
 *
 * @example
 * ```ts
 * const result: ResultRecord = { final: 'issued', at: '2025-06-02T03:00:00Z', cause: 'outcome', event: 'ISSUE' };
 * ```
 */
export interface ResultRecord {
  readonly final: FinalState;
  readonly at: string;
  readonly cause: ResultCause;
  /** The event that led there (`ISSUE`, `WITHDRAW`, `TICK` …). */
  readonly event: string;
  readonly reason?: string;
  readonly by?: ActorRecord;
}

/**
 * The context of a compiled workflow machine: plain JSON, so a persisted snapshot round-trips
 * without loss. Dates are local dates (`YYYY-MM-DD`) in the mall's time zone; instants are ISO
 * 8601 strings taken from events.
 *
 * @example
 * ```ts
 * const snapshot = actor.getSnapshot();
 * snapshot.context.serviceDue; // '2025-06-12'
 * snapshot.context.rounds; // 2 (returned twice)
 * ```
 */
export interface WorkflowContext {
  readonly workflow: string;
  readonly service: string;
  readonly submittedAt: string;
  readonly applicantId: string | null;
  readonly riskLevel: ApplicationRiskLevel | null;
  readonly applicationKind: ApplicationKindValue | null;
  /** Instant of the last accepted event. */
  updatedAt: string;
  /** The current step, or null in a final state. */
  step: string | null;
  stepEnteredAt: string | null;
  /** Due date of the current step's share (`sla.days`), or null (no share, or clock stopped). */
  stepDue: string | null;
  deadline: ServiceDeadline;
  /** Due date of the whole service, or null while the clock is stopped. */
  serviceDue: string | null;
  /** Days of the term left when the clock stopped (null while it runs). */
  remainingDays: number | null;
  /**
   * Which due dates are provisional and since which uncovered day; see
   * {@link ProvisionalDueDates}. Absent in snapshots persisted before it existed (read it as `{}`).
   */
  provisional?: ProvisionalDueDates;
  /** How many times the file was returned to the applicant. */
  rounds: number;
  returned: ReturnRecord | null;
  /** Votes of the technical team in the current round, by agency. */
  votes: Record<string, 'approve' | 'reject'>;
  extensions: ExtensionRecord[];
  expiry: ExpiryRecord | null;
  /** Products issued (`produces` of the issuance step; `service-output` by default). */
  outputs: string[];
  result: ResultRecord | null;
}
