import type { ApplicationKind, RiskLevel } from '@mpp-kit/schemas';
import type {
  AllowedAction,
  AllowedActor,
  DueDateName,
  ExpiryRecord,
  FinalState,
  ResultRecord,
  ReturnRecord,
  WorkingDayCalendar,
} from '@mpp-kit/workflows';
import type { ActorRef, MallStore } from '../store/MallStore.js';
import type { ChainAnchor, ChainVerification } from '../store/auditChain.js';
import type { RequirementChecklist, SubmittedDocument } from './checkRequirements.js';
import type { FactValue, FeeQuote } from '../fees/quoteFee.js';

/**
 * An instant as the runtime accepts it: a `Date`, or an ISO 8601 string with `Z` or an offset.
 *
 * @example
 * ```ts
 * const at: InstantInput = '2025-07-01T09:30:00+07:00';
 * ```
 */
export type InstantInput = Date | string;

/**
 * Options of {@link createMallRuntime}.
 *
 * @example
 * ```ts
 * const options: MallRuntimeOptions = {
 *   store: createSqliteStore({ file: 'var/mall.sqlite' }),
 *   clock: () => new Date(),
 * };
 * ```
 */
export interface MallRuntimeOptions {
  /** Where applications and their events live. */
  readonly store: MallStore;
  /** The time of every action (the runtime never reads the system clock itself); default `() => new Date()`. */
  readonly clock?: () => InstantInput;
  /** Makes the id of a new application; default `crypto.randomUUID()`. */
  readonly createId?: () => string;
  /** Receives one entry per accepted or refused action (personal data masked). */
  readonly logger?: (entry: RuntimeLogEntry) => void;
  /** The working-day calendar; default `createMallCalendar(mall)`. */
  readonly calendar?: WorkingDayCalendar;
}

/**
 * The applicant (*pemohon*) of a new application. `id` is the applicant's account id in the
 * embedding system (not the NIK: the id is stored in plain text in indexes and logs); `nik` is
 * validated with `parseNik` and masked everywhere unless asked for with `{ reveal: true }`.
 *
 * @example
 * ```ts
 * const applicant: ApplicantInput = { id: 'akun-7781', nik: '3325010101900001', name: 'Siti Aminah' };
 * ```
 */
export interface ApplicantInput {
  readonly id: string;
  readonly nik?: string;
  readonly name?: string;
  /** Where notifications to the applicant go (`mall.notifications.templates` with `to: [applicant]`). */
  readonly email?: string;
}

/**
 * A new application, as handed to {@link MallRuntime.submit}.
 *
 * @example
 * ```ts
 * const input: SubmitInput = {
 *   serviceId: 'pbg',
 *   applicationKind: 'new',
 *   applicant: { id: 'akun-7781', nik: '3325010101900001' },
 *   documents: [{ requirementId: 'ktp' }, { requirementId: 'rencana-teknis', reference: 'simbg/2025/0042' }],
 *   facts: { floorArea: 120, integratedIndex: 0.5, localityIndex: 0.004, shst: 5000000, buildingIndex: 1 },
 * };
 * ```
 */
export interface SubmitInput {
  readonly serviceId: string;
  /** New, renewal or change; default `new` when the service offers it, else its first kind. */
  readonly applicationKind?: ApplicationKind;
  readonly applicant: ApplicantInput;
  /** The documents handed in; the checklist says which required ones are missing. */
  readonly documents?: readonly SubmittedDocument[];
  /** Facts for the fee (formula variables, `feeRow` for a table) and anything else (JSON values). */
  readonly facts?: Readonly<Record<string, FactValue>>;
}

/**
 * What a request never sets on a submission: the time, the author, the id and the risk level.
 * The runtime sets them (its clock, the applicant, `createId`); a trusted program — the server
 * after checking a token, a counter desk, an import of past files — passes them as the second
 * argument of {@link MallRuntime.submit}. A request (the first argument) that carries one of these
 * keys is refused with `set_by_runtime`, so a request body handed on whole cannot back-date an
 * application or name someone else as its author.
 *
 * @example
 * ```ts
 * const trusted: SubmitTrusted = {
 *   submittedBy: { id: 'petugas-7', role: 'front-office', agency: 'dpmptsp' },
 *   riskLevel: 'medium-low',
 * };
 * await runtime.submit({ serviceId: 'pbg', applicant: { id: 'akun-1' } }, trusted);
 * ```
 */
export interface SubmitTrusted {
  /** The business risk level, required by lifecycles that branch on it (risk-based OSS). */
  readonly riskLevel?: RiskLevel;
  /** When the complete file was received; default: the runtime's clock. */
  readonly at?: InstantInput;
  /** Who registered it (an officer at the counter); default: the applicant. */
  readonly submittedBy?: ActorRef;
  /** The application's id; default from `createId`. Submitting twice with one id is refused with `ConflictError`. */
  readonly id?: string;
}

/**
 * An action on an application, as handed to {@link MallRuntime.act}: the event type (a step
 * outcome such as `ACCEPT`, `APPROVE`, `PAID`, or `RETURN`, `RESUBMIT`, `EXTEND`, `WITHDRAW`),
 * who sends it (id, role, agency), the version the actor saw, and the reason or days when the
 * action needs them. The time is the runtime's clock.
 *
 * @example
 * ```ts
 * const action: ActionInput = {
 *   type: 'RETURN',
 *   actor: { id: 'nip-198703122010011002', role: 'front-office', agency: 'dpmptsp' },
 *   reason: 'Dokumen rencana teknis belum diunggah',
 *   expectedVersion: 1,
 * };
 * ```
 */
export interface ActionInput {
  readonly type: string;
  readonly actor: ActorRef;
  /** The application's `version` the actor based the action on (optimistic concurrency). */
  readonly expectedVersion: number;
  /** Why: required by `RETURN`, `EXTEND` and refusals. */
  readonly reason?: string;
  /** Length of an `EXTEND`, in the service's unit. */
  readonly days?: number;
}

/**
 * A withdrawal, as handed to {@link MallRuntime.withdraw}: an {@link ActionInput} without `type`.
 *
 * @example
 * ```ts
 * const input: WithdrawInput = { actor: { id: 'akun-7781', role: 'applicant' }, expectedVersion: 3, reason: 'Batal membangun' };
 * ```
 */
export type WithdrawInput = Omit<ActionInput, 'type' | 'days'>;

/**
 * Something that can be done on an application now, and who is named for it. Read from the
 * lifecycle's declarations and the application's context (an agency that has voted in this round,
 * an escalation before the term expired, a return when no round is left and an extension beyond
 * the legal maximum are left out); conditions a guard checks on the event itself (a reason, a
 * branch) are not evaluated. {@link MallRuntime.allowedActions} gives the exact list.
 *
 * @example
 * ```ts
 * const next: PendingAction = { type: 'APPROVE', allowed: [{ role: 'reviewer', agency: 'dlh' }] };
 * ```
 */
export interface PendingAction {
  readonly type: string;
  readonly allowed: readonly AllowedActor[];
}

/**
 * An application as lists show it, read from its record alone.
 *
 * @example
 * ```ts
 * const summary: ApplicationSummary = (await runtime.query({ agency: 'dlh' })).items[0]!;
 * summary.state; // 'technical-review'
 * summary.phase; // 'returned'
 * ```
 */
export interface ApplicationSummary {
  readonly id: string;
  readonly mallId: string;
  readonly serviceId: string;
  readonly serviceVersion: string;
  readonly workflowId: string;
  readonly workflowVersion: string;
  readonly applicantId: string;
  /** The agencies taking part (the `agency` filter). */
  readonly agencies: readonly string[];
  /** The current step id, or the final state (`issued`, `rejected`, `withdrawn`, `expired`). */
  readonly state: string;
  /** `active`, `returned` (with the applicant, clock stopped) or `final`. */
  readonly phase: 'active' | 'returned' | 'final';
  readonly step: string | null;
  readonly final: FinalState | null;
  /** The number of events: pass it as `expectedVersion` of the next action. */
  readonly version: number;
  readonly applicationKind: ApplicationKind | null;
  readonly riskLevel: RiskLevel | null;
  readonly submittedAt: string;
  readonly updatedAt: string;
  /** The next instant a deadline passes and the scheduler acts; null when none runs. */
  readonly dueAt: string | null;
  /** The service due date (local `YYYY-MM-DD`), null while the clock is stopped or when final. */
  readonly serviceDue: string | null;
  /** The current step's due date, or null. */
  readonly stepDue: string | null;
  /** Returns for correction so far. */
  readonly rounds: number;
  /** Votes of the technical team in this round, by agency. */
  readonly votes: Readonly<Record<string, 'approve' | 'reject'>>;
  /** While with the applicant: from which step, when, by whom, why. */
  readonly returned: ReturnRecord | null;
  /** When the service term ran out: what happened. */
  readonly expiry: ExpiryRecord | null;
  /** How it ended. */
  readonly result: ResultRecord | null;
  /** What can be done now, and by whom (see {@link PendingAction}). */
  readonly pending: readonly PendingAction[];
  /**
   * Which of the open due dates above (`serviceDue`, `stepDue`, `returned.waitDue`) are
   * provisional — counted on days no calendar decree covers yet — and from which day; `null`
   * when every open due date rests on decrees. Show it next to the dates.
   */
  readonly provisional: ProvisionalDeadlines | null;
}

/**
 * Due dates counted partly on days no calendar decree covers yet: the calendar's last year has
 * passed or is about to, and the next year's joint decree (SKB) is not in the configuration. Those
 * days follow the calendar's weekly pattern (weekends only, no holiday guessed), so the dates may
 * still move. When the year is added, {@link MallRuntime.recountProvisionalDeadlines} counts them
 * again and records a `RECOUNT` event.
 *
 * @example
 * ```ts
 * const provisional: ProvisionalDeadlines = { uncoveredFrom: '2027-01-01', dueDates: ['serviceDue'] };
 * ```
 */
export interface ProvisionalDeadlines {
  /** The first day no decree covered when they were counted (the earliest, if several). */
  readonly uncoveredFrom: string;
  /**
   * The provisional due dates: `serviceDue`, `stepDue`, `waitDue` (in a summary); in a timeline
   * entry, `stepDue` stands for `stepDueAt` and `serviceDue` for `serviceDueAt`.
   */
  readonly dueDates: readonly DueDateName[];
}

/**
 * An application with what was handed in at submission: the applicant (NIK masked unless
 * revealed), documents, facts, requirement checklist and fee quote.
 *
 * @example
 * ```ts
 * const application: Application = await runtime.get(id);
 * application.applicant.nik; // '3325********0001'
 * application.checklist.missing; // ['rencana-teknis']
 * application.fee.amount; // 1000000
 * ```
 */
export interface Application extends ApplicationSummary {
  readonly applicant: ApplicantInput;
  readonly submittedBy: ActorRef;
  readonly documents: readonly SubmittedDocument[];
  readonly facts: Readonly<Record<string, FactValue>>;
  readonly checklist: RequirementChecklist;
  readonly fee: FeeQuote;
}

/**
 * Options of reads that may show personal data: without `reveal: true`, every NIK is masked
 * (`3325********0001`), including NIK-like numbers in free text.
 *
 * @example
 * ```ts
 * await runtime.get(id, { reveal: true });
 * ```
 */
export interface RevealOptions {
  readonly reveal?: boolean;
}

/**
 * Options of {@link MallRuntime.verify}: `head`, a point of the chain kept outside the database
 * (a signed head whose signature the caller has checked, see `checkChainHeadSignature`).
 *
 * @example
 * ```ts
 * await runtime.verify(id, { head: { version: 4, hash: 'e3b0…' } });
 * ```
 */
export interface VerifyOptions {
  readonly head?: ChainAnchor;
}

/**
 * One entry of an application's timeline (*riwayat*): who did what, when and why, with the
 * deadline fields the runtime records (see `DeadlineEventPayload` of the reports).
 *
 * @example
 * ```ts
 * const entry: TimelineEntry = {
 *   seq: 2, type: 'RETURN', at: '2025-07-01T03:00:00.000Z',
 *   actor: { id: 'nip-1', role: 'front-office', agency: 'dpmptsp' },
 *   reason: 'Dokumen rencana teknis belum diunggah',
 *   step: 'intake', stepDueAt: '2025-07-01T17:00:00.000Z', serviceDueAt: null,
 *   payload: { … }, hash: '…', prevHash: '…',
 * };
 * ```
 */
export interface TimelineEntry {
  readonly seq: number;
  readonly type: string;
  readonly at: string;
  readonly actor: ActorRef;
  readonly reason?: string;
  /** The step the application was in (actions by people). */
  readonly step?: string;
  /** That step's due instant at the time, or null. */
  readonly stepDueAt?: string | null;
  /** The service due instant after the event, or null (clock stopped). */
  readonly serviceDueAt?: string | null;
  /**
   * Present when `stepDueAt` or `serviceDueAt` is provisional (see {@link ProvisionalDeadlines});
   * a `RECOUNT` entry without it confirmed the dates on decreed days.
   */
  readonly provisional?: ProvisionalDeadlines;
  /** The event's stored payload, NIKs masked unless revealed. */
  readonly payload: unknown;
  readonly hash: string;
  readonly prevHash: string;
}

/**
 * Filters of {@link MallRuntime.query}. All given filters must match.
 *
 * @example
 * ```ts
 * const filter: ApplicationFilter = { agency: 'dpupr', overdue: true, limit: 50 };
 * ```
 */
export interface ApplicationFilter {
  readonly serviceId?: string;
  readonly agency?: string;
  /** A step id or final state, or several. */
  readonly state?: string | readonly string[];
  readonly applicantId?: string;
  /**
   * Only applications with a deadline passed and not yet handled (`dueAt` at or before the
   * instant; `true`: the runtime's clock), through the store's due-date index and in its order:
   * most overdue first (ties by id). Other queries come in creation order.
   */
  readonly overdue?: boolean | InstantInput;
  /** Page size, 1 to 1000; default 100. */
  readonly limit?: number;
  /** The `next` cursor of the previous page. */
  readonly after?: string;
}

/**
 * What {@link MallRuntime.inbox} lists: the applications waiting for any of these officers
 * (role @ agency), soonest due first.
 *
 * @example
 * ```ts
 * const filter: InboxFilter = { actors: [{ role: 'reviewer', agency: 'dlh' }], limit: 20 };
 * ```
 */
export interface InboxFilter {
  /** The role @ agency pairs of the officer, 1 to 100. */
  readonly actors: readonly { readonly role: string; readonly agency: string }[];
  /** Page size, 1 to 1000; default 100. */
  readonly limit?: number;
  /** The `next` cursor of the previous page. */
  readonly after?: string;
}

/**
 * One page of {@link MallRuntime.query} or {@link MallRuntime.inbox}.
 *
 * @example
 * ```ts
 * const page: ApplicationSummaryPage = await runtime.query({ serviceId: 'pbg' });
 * ```
 */
export interface ApplicationSummaryPage {
  readonly items: readonly ApplicationSummary[];
  readonly next?: string;
}

/**
 * Options of {@link MallRuntime.runDueDeadlines}.
 *
 * @example
 * ```ts
 * const options: DueDeadlinesOptions = { batchSize: 100, leaseMs: 60_000, schedulerId: 'worker-2' };
 * ```
 */
export interface DueDeadlinesOptions {
  /** Applications claimed per store call, 1 to 1000; default 100. */
  readonly batchSize?: number;
  /** How long a claim keeps other schedulers away; default 60 000 ms. */
  readonly leaseMs?: number;
  /** The actor id of the `TICK` events; default `scheduler`. */
  readonly schedulerId?: string;
}

/**
 * What one {@link MallRuntime.runDueDeadlines} did.
 *
 * @example
 * ```ts
 * const result: DueDeadlinesResult = { now: '2025-07-02T00:00:00.000Z', claimed: 12, delivered: 12, conflicts: 0, unchanged: 0, failed: [] };
 * ```
 */
export interface DueDeadlinesResult {
  readonly now: string;
  /** Applications claimed. */
  readonly claimed: number;
  /** `TICK` events appended. */
  readonly delivered: number;
  /** Claimed applications changed by someone else meanwhile (skipped: they are handled). */
  readonly conflicts: number;
  /** Claimed applications a `TICK` did not change (left to their lease). */
  readonly unchanged: number;
  /** Applications whose `TICK` failed (a date outside the calendar's years …). */
  readonly failed: readonly { readonly applicationId: string; readonly message: string }[];
  /**
   * `RECOUNT` events appended before the ticks: the first call of a runtime recounts provisional
   * deadlines ({@link MallRuntime.recountProvisionalDeadlines}); later calls report 0.
   */
  readonly recounted: number;
}

/**
 * What one {@link MallRuntime.recountProvisionalDeadlines} did.
 *
 * @example
 * ```ts
 * const result: RecountResult = { uncoveredFrom: '2028-01-01', checked: 3, recounted: 3, conflicts: 0, failed: [] };
 * ```
 */
export interface RecountResult {
  /** The first day the runtime's calendar does not cover: dates before it are now decreed. */
  readonly uncoveredFrom: string;
  /** Open applications with due dates counted when coverage ended earlier. */
  readonly checked: number;
  /** `RECOUNT` events appended. */
  readonly recounted: number;
  /** Applications another writer changed three times in a row meanwhile (left for the next run). */
  readonly conflicts: number;
  /** Applications whose recount failed, with the reason. */
  readonly failed: readonly { readonly applicationId: string; readonly message: string }[];
}

/**
 * The result of {@link MallRuntime.replay}: the snapshot the events give through a fresh machine,
 * the stored one, and whether they are the same.
 *
 * @example
 * ```ts
 * const result: ReplayResult = await runtime.replay(id);
 * result.matches; // true
 * ```
 */
export interface ReplayResult {
  readonly applicationId: string;
  readonly matches: boolean;
  /** The persisted snapshot after replaying every event. */
  readonly replayed: unknown;
  /** The snapshot stored in the record. */
  readonly stored: unknown;
  /** The first event the machine did not take on replay, if any. */
  readonly firstRefusedSeq?: number;
}

/**
 * An application with its timeline and the verification of its audit chain, for an export or an
 * auditor. NIKs are masked unless revealed (a masked payload no longer matches its hash: verify
 * with `chain`, computed on the stored events).
 *
 * @example
 * ```ts
 * const bundle: ApplicationExport = await runtime.export(id);
 * bundle.chain; // { ok: true }
 * ```
 */
export interface ApplicationExport {
  readonly exportedAt: string;
  readonly revealed: boolean;
  readonly application: Application;
  readonly timeline: readonly TimelineEntry[];
  readonly chain: ChainVerification;
}

/**
 * One entry of the runtime's log (see {@link MallRuntimeOptions.logger}). Carries no actor id and
 * no NIK.
 *
 * @example
 * ```ts
 * const entry: RuntimeLogEntry = { level: 'info', kind: 'accepted', applicationId: 'a-1', action: 'ACCEPT', actor: { role: 'front-office', agency: 'dpmptsp' }, message: 'ACCEPT on a-1 accepted (version 2)' };
 * ```
 */
export interface RuntimeLogEntry {
  readonly level: 'info' | 'warn';
  readonly kind:
    'submitted' | 'accepted' | 'refused' | 'tick' | 'tick-failed' | 'recount' | 'recount-failed';
  readonly applicationId: string;
  readonly action?: string;
  readonly actor?: { readonly role: string; readonly agency?: string };
  readonly message: string;
}

/**
 * The mall runtime (*runtime mal*): applications submitted, acted on by officers and applicants,
 * moved by deadlines, and read back — event-sourced on a {@link MallStore}. Created by
 * {@link createMallRuntime}.
 *
 * Every accepted action is one `store.append` with the version the actor saw: the event and the
 * new record (snapshot, state, next deadline) in one transaction; a stale version is a
 * `ConflictError` and writes nothing. Refusals are typed and write nothing: {@link ValidationError}
 * (bad request), {@link ForbiddenError} (wrong person), {@link InvalidActionError} (wrong moment),
 * {@link NotFoundError}.
 *
 * @example
 * ```ts
 * const runtime = createMallRuntime(mall, { store: createMemoryStore() });
 * const app = await runtime.submit({ serviceId: 'sip-bidan', applicant: { id: 'akun-1', nik: '3325014101900001' }, documents: [] });
 * const next = await runtime.act(app.id, { type: 'ACCEPT', actor: frontOffice, expectedVersion: app.version });
 * next.state; // 'review'
 * ```
 */
export interface MallRuntime {
  /**
   * Submits a new application: validates it (service, application kind, documents, facts, NIK),
   * checks the requirements, quotes the fee, starts its lifecycle and stores it with its first
   * event (`SUBMIT`), which also freezes the lifecycle definition it runs under.
   *
   * The time, author, id and risk level come from the runtime or from `trusted`, never from
   * `input` (see {@link SubmitTrusted}).
   *
   * @returns the application (NIK masked).
   * @throws {@link ValidationError}; `ConflictError` when `trusted.id` exists; `StoreError`.
   * @example
   * ```ts
   * const app = await runtime.submit({ serviceId: 'skck', applicant: { id: 'akun-1' }, facts: { feeRow: 'wni' } });
   * app.fee.amount; // 30000
   * ```
   */
  submit(input: SubmitInput, trusted?: SubmitTrusted): Promise<Application>;
  /**
   * Sends an action: checks the request, then who may send it (role @ agency, the applicant only
   * on their own application), then that the lifecycle takes it now; appends it with
   * `expectedVersion`.
   *
   * @returns the application after the action.
   * @throws {@link ValidationError}, {@link NotFoundError}, {@link ForbiddenError},
   * {@link InvalidActionError}, `ConflictError` (stale `expectedVersion`), `StoreError`.
   * @example
   * ```ts
   * await runtime.act(id, { type: 'APPROVE', actor: { id: 'nip-3', role: 'reviewer', agency: 'dlh' }, expectedVersion: 2 });
   * ```
   */
  act(id: string, action: ActionInput): Promise<ApplicationSummary>;
  /**
   * Withdraws an application on the applicant's request (`WITHDRAW`).
   *
   * @throws as {@link MallRuntime.act}.
   * @example
   * ```ts
   * await runtime.withdraw(id, { actor: { id: 'akun-1', role: 'applicant' }, expectedVersion: 3 });
   * ```
   */
  withdraw(id: string, input: WithdrawInput): Promise<ApplicationSummary>;
  /**
   * Reads an application with what was submitted.
   *
   * @throws {@link NotFoundError}, `StoreError`.
   * @example
   * ```ts
   * const app = await runtime.get(id, { reveal: true });
   * ```
   */
  get(id: string, options?: RevealOptions): Promise<Application>;
  /**
   * Lists applications, a page at a time, by service, agency, state, applicant, or overdue.
   *
   * @throws `StoreError` (`invalid_input` for a bad limit or cursor).
   * @example
   * ```ts
   * const { items, next } = await runtime.query({ agency: 'dlh', state: 'technical-review' });
   * ```
   */
  query(filter?: ApplicationFilter): Promise<ApplicationSummaryPage>;
  /**
   * Every application matching the filter, page after page.
   *
   * @throws `StoreError`.
   * @example
   * ```ts
   * for await (const app of runtime.list({ overdue: true })) console.log(app.id, app.dueAt);
   * ```
   */
  list(filter?: Omit<ApplicationFilter, 'after'>): AsyncIterable<ApplicationSummary>;
  /**
   * An officer's work queue (*kotak masuk*): the active applications whose pending actions name
   * one of `filter.actors`, soonest due first (the earlier of the step's and the service's due
   * instants; those without one last), a page at a time, through the store's inbox index.
   *
   * @throws `StoreError` (`invalid_input` for no actors, a bad limit or cursor).
   * @example
   * ```ts
   * const { items, next } = await runtime.inbox({ actors: [{ role: 'front-office', agency: 'dpmptsp' }] });
   * ```
   */
  inbox(filter: InboxFilter): Promise<ApplicationSummaryPage>;
  /**
   * What can be done on an application now and by whom, exactly (each candidate checked against
   * the lifecycle).
   *
   * @throws {@link NotFoundError}, `StoreError`.
   * @example
   * ```ts
   * await runtime.allowedActions(id); // [{ type: 'ACCEPT', allowed: [{ role: 'front-office', agency: 'dpmptsp' }] }, …]
   * ```
   */
  allowedActions(id: string): Promise<AllowedAction[]>;
  /**
   * The application's events: who, when, what, why.
   *
   * @throws {@link NotFoundError}, `StoreError`.
   * @example
   * ```ts
   * (await runtime.timeline(id)).map((e) => `${e.at} ${e.type} ${e.actor.role}`);
   * ```
   */
  timeline(id: string, options?: RevealOptions): Promise<TimelineEntry[]>;
  /**
   * The application, its timeline and the verification of its audit chain.
   *
   * @throws {@link NotFoundError}, `StoreError`.
   * @example
   * ```ts
   * writeFileSync('a-1.json', JSON.stringify(await runtime.export('a-1')));
   * ```
   */
  export(id: string, options?: RevealOptions): Promise<ApplicationExport>;
  /**
   * Audits one application: its hash chain (and that no event was removed from its end), the
   * signed head given in `options` (a chain rewritten in full or cut below it), then the record
   * against the replay of its events (`refused`, `record-mismatch`). See `docs/security.md` for
   * what it proves and what it does not.
   *
   * @throws {@link NotFoundError}, `StoreError`.
   * @example
   * ```ts
   * await runtime.verify(id); // { ok: true }
   * await runtime.verify(id, { head: signedHead }); // also against a head kept elsewhere
   * ```
   */
  verify(id: string, options?: VerifyOptions): Promise<ChainVerification>;
  /**
   * Replays the application's events through a fresh machine compiled from the definition stored
   * with it, and compares the result with the stored snapshot.
   *
   * @throws {@link NotFoundError}, {@link DefinitionMismatchError}, `StoreError`.
   * @example
   * ```ts
   * (await runtime.replay(id)).matches; // true
   * ```
   */
  replay(id: string): Promise<ReplayResult>;
  /**
   * The scheduler step: delivers a `TICK` at `now` to every application whose deadline has passed
   * (`dueAt` ≤ now), claimed through the store with a lease so that several processes can run it
   * at once; an application changed meanwhile (`ConflictError`) was handled by someone else and is
   * skipped. Idempotent: a second run at the same `now` finds nothing due.
   *
   * @param now - default: the runtime's clock.
   * @throws `StoreError`.
   * @example
   * ```ts
   * setInterval(() => void runtime.runDueDeadlines(), 60_000);
   * ```
   */
  runDueDeadlines(now?: InstantInput, options?: DueDeadlinesOptions): Promise<DueDeadlinesResult>;
  /**
   * Counts again every open due date that was provisional when counted — it reached a day the
   * calendar then had no decree for — and that the runtime's calendar now covers (the year's
   * holidays were added to the configuration). Each recounted application gets a `RECOUNT` event
   * by the system actor `calendar` in its hash-chained log, with the due dates before and after;
   * dates still beyond the calendar stay provisional. Idempotent: a second run finds nothing.
   * `runDueDeadlines` runs it once per runtime before its first ticks; call it yourself at start
   * when no scheduler runs in this process.
   *
   * @param now - the instant of the events; default: the runtime's clock.
   * @throws `StoreError`.
   * @example
   * ```ts
   * const runtime = createMallRuntime(mall, { store });
   * await runtime.recountProvisionalDeadlines(); // { recounted: 12, ... } after adding 2027
   * ```
   */
  recountProvisionalDeadlines(now?: InstantInput): Promise<RecountResult>;
}
