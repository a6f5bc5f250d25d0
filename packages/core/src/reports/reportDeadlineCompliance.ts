import type { MallConfig } from '@mpp-kit/schemas';
import { toLocalDate, type DueDateName, type MallTimeZone } from '@mpp-kit/workflows';
import type { ProvisionalDeadlines } from '../runtime/MallRuntime.js';
import type { ApplicationRecord, MallStore, StoredEvent } from '../store/MallStore.js';
import {
  createHandoffDayCounter,
  handoffsOf,
  median,
  medianWorkingDays,
  readMallHistories,
  roundTo,
  type ApplicationHistory,
  type Handoff,
} from './_operatingData.js';

/**
 * The deadline fields the runtime writes into an event's `payload` so that reports can judge
 * deadlines from the store alone (convention v1). The runtime is the only writer; reports only
 * read, and ignore events and fields that do not follow it.
 *
 * A *due instant* is the instant a deadline has passed: for a due date D in working days, the
 * start of D + 1 in the mall's time zone. Something done before it is on time.
 *
 * - `step` — the id of the workflow step the application was in when the event was applied, on
 *   every action by an officer or the applicant (a step outcome such as `ACCEPT`, `APPROVE` or
 *   `PAID`, and `RETURN`, `RESUBMIT`, `EXTEND`). Each such event is one *completion* of that step
 *   by the actor's agency: two agencies of a technical team approving are two completions.
 *   Reports ignore `step` on `SUBMIT` (no step yet), `TICK` (a time signal, not work) and
 *   `WITHDRAW` (the applicant ends the file; the step is not completed).
 * - `dueAt` — the step's own due instant (ISO 8601) at the time of the event, after extensions
 *   and clock stops; `null` when the step has no term of its own. The completion is on time when
 *   the event's `at` is before `dueAt` or, when it is `null`, before the service due instant in
 *   effect (the last `serviceDueAt` of the earlier events): a step without a term of its own is
 *   bounded by the service term.
 * - `serviceDueAt` — the application's service due instant (component 3 of the service standard)
 *   after the event, extensions and clock stops included, on every event from `SUBMIT` on (it
 *   may change: the last value wins); `null` while the clock is stopped.
 *
 * - `provisional` — present when `dueAt` (as `stepDue`) or `serviceDueAt` (as `serviceDue`) is
 *   provisional: counted partly on days no calendar decree covered yet (see
 *   `ProvisionalDeadlines`). A `RECOUNT` event (the system actor `calendar`, after the year was
 *   added) carries the recounted `serviceDueAt`, with `provisional` only if it still is.
 *
 * Besides, the record's `state` is the current step id or a final (`issued`, `rejected`,
 * `withdrawn`, `expired`), its `dueAt` the next due instant of the current step, and its
 * `uncoveredFrom` set while an open due date is provisional.
 *
 * @example
 * ```ts
 * const payload: DeadlineEventPayload = {
 *   step: 'technical-review',
 *   dueAt: '2025-08-12T09:00:00.000Z',
 *   serviceDueAt: '2025-08-15T09:00:00.000Z',
 * };
 * await store.append(id, version, { type: 'APPROVE', actor: { id: 'nip-1', role: 'reviewer', agency: 'dlh' }, at, payload }, record);
 * ```
 */
export interface DeadlineEventPayload {
  readonly step?: string;
  readonly dueAt?: string | null;
  readonly serviceDueAt?: string | null;
  readonly provisional?: ProvisionalDeadlines;
}

/**
 * How many items met their deadline. `count` = `onTime` + `late` + `pending` + `unjudged`:
 * finished before the due instant (`onTime`); finished at or after it, or still open with the due
 * instant at or before `now` (`late`); still open and not yet due (`pending`); without a due instant, or
 * closed without a decision (withdrawn, expired) (`unjudged`). `onTimePercent` is
 * 100 × onTime / (onTime + late), one decimal, `null` when nothing was judged. `provisional`
 * counts the items among them judged against a provisional due instant (counted partly on days
 * no calendar decree covered yet): their verdict may change once the year's decree is added.
 *
 * @example
 * ```ts
 * const counts: ComplianceCounts = { count: 4, onTime: 2, late: 1, pending: 1, unjudged: 0, onTimePercent: 66.7, provisional: 1 };
 * ```
 */
export interface ComplianceCounts {
  readonly count: number;
  readonly onTime: number;
  readonly late: number;
  readonly pending: number;
  readonly unjudged: number;
  readonly onTimePercent: number | null;
  readonly provisional: number;
}

/**
 * One agency's work on one step, summed over the services whose lifecycle has that step. Its
 * *visits* are the judged items: each completion of the step by an officer of the agency (an
 * event with `payload.step`, see {@link DeadlineEventPayload}; a return for correction included,
 * so an application returned and resubmitted visits the step again), and each open application
 * waiting for the agency there now (`record.pendingActors`). `count` = `visits` = `onTime` +
 * `late` + `pending` + `unjudged`, as in {@link ComplianceCounts}.
 *
 * - `applications`: distinct applications among the visits.
 * - `finished`: of those, applications where the agency's work on the step is done (a completion
 *   other than `RETURN`).
 * - `waiting`: visits that are open applications waiting for the agency (judged `late` or
 *   `pending` against the record's `dueAt`).
 *
 * @example
 * ```ts
 * const row: AgencyStepCompliance = {
 *   agency: 'dlh', step: 'technical-review', applications: 40, finished: 31, visits: 44, waiting: 9,
 *   count: 44, onTime: 22, late: 11, pending: 6, unjudged: 5, onTimePercent: 66.7, provisional: 0,
 * };
 * ```
 */
export interface AgencyStepCompliance extends ComplianceCounts {
  readonly agency: string;
  readonly step: string;
  readonly applications: number;
  readonly finished: number;
  readonly visits: number;
  readonly waiting: number;
}

/**
 * Where the applications of the mall are: `applications` = `open` + `finished`, and `finished` =
 * `issued` + `rejected` + `withdrawn` + `expired` (by the record's final state).
 *
 * @example
 * ```ts
 * const outcomes: ApplicationOutcomes = { applications: 3000, open: 600, finished: 2400, issued: 2300, rejected: 40, withdrawn: 60, expired: 0 };
 * ```
 */
export interface ApplicationOutcomes {
  readonly applications: number;
  readonly open: number;
  readonly finished: number;
  readonly issued: number;
  readonly rejected: number;
  readonly withdrawn: number;
  readonly expired: number;
}

/**
 * Handoffs between two agencies, or all of them: how many, and the median time the file took to
 * pass (in hours, and in working days on the mall's calendar when it covers every date).
 *
 * @example
 * ```ts
 * const pair: HandoffStats = { from: 'dpmptsp', to: 'dpupr', count: 3, medianHours: 20.5, medianWorkingDays: 1 };
 * ```
 */
export interface HandoffStats {
  readonly from: string;
  readonly to: string;
  readonly count: number;
  readonly medianHours: number | null;
  readonly medianWorkingDays: number | null;
}

/**
 * What {@link reportDeadlineCompliance} returns.
 *
 * @example
 * ```ts
 * const report: DeadlineComplianceReport = await reportDeadlineCompliance(mall, store, { now });
 * report.services.find((s) => s.serviceId === 'pbg')?.onTimePercent; // 75
 * ```
 */
export interface DeadlineComplianceReport {
  readonly mallId: string;
  /** The instant open deadlines were judged against. */
  readonly now: string;
  /** Applications of this mall in the store. */
  readonly applications: number;
  /** Where those applications are: open, or finished and how. */
  readonly outcomes: ApplicationOutcomes;
  /** Per service: applications against their service due instant. */
  readonly services: readonly ({ readonly serviceId: string } & ComplianceCounts)[];
  /** Per agency: step completions by the agency's officers against the step due instants. */
  readonly agencies: readonly ({ readonly agency: string } & ComplianceCounts)[];
  /** Per service and step: step completions (and open steps) against the step due instants. */
  readonly steps: readonly ({
    readonly serviceId: string;
    readonly step: string;
  } & ComplianceCounts)[];
  /**
   * Per agency and step: the agency's step completions and the open applications waiting for it
   * there, against the step due instants; by agency, then step.
   */
  readonly agencySteps: readonly AgencyStepCompliance[];
  /** All rows of `agencySteps` together (their visits, and their judgments, summed). */
  readonly agencyStepTotal: ComplianceCounts & {
    readonly visits: number;
    readonly waiting: number;
  };
  /** Handoffs between agencies: overall and per (from, to) pair, most frequent first. */
  readonly handoffs: {
    readonly count: number;
    readonly medianHours: number | null;
    readonly medianWorkingDays: number | null;
    readonly pairs: readonly HandoffStats[];
  };
}

/**
 * Options of {@link reportDeadlineCompliance}.
 *
 * @example
 * ```ts
 * const options: DeadlineComplianceOptions = { now: new Date() };
 * ```
 */
export interface DeadlineComplianceOptions {
  /** The instant open applications and steps are judged at (the report never reads the clock). */
  readonly now: string | Date;
}

const decided = new Set(['issued', 'rejected']);
/** Event types that never complete a step (see `DeadlineEventPayload`). */
const notStepWork = new Set(['SUBMIT', 'TICK', 'WITHDRAW', 'RECOUNT']);
const closedUndecided = new Set(['withdrawn', 'expired']);
type FinalState = 'issued' | 'rejected' | 'withdrawn' | 'expired';

/** Whether a record's state is final (decided, withdrawn or expired). */
function isFinal(state: string): state is FinalState {
  return decided.has(state) || closedUndecided.has(state);
}

type Verdict = 'onTime' | 'late' | 'pending' | 'unjudged';

class Tally {
  private readonly counts = { onTime: 0, late: 0, pending: 0, unjudged: 0 };
  private provisional = 0;
  add(verdict: Verdict, provisional = false): void {
    this.counts[verdict] += 1;
    if (provisional && verdict !== 'unjudged') this.provisional += 1;
  }
  /** Adds every judgment of `other` to this tally. */
  merge(other: Tally): void {
    for (const verdict of ['onTime', 'late', 'pending', 'unjudged'] as const)
      this.counts[verdict] += other.counts[verdict];
    this.provisional += other.provisional;
  }
  result(): ComplianceCounts {
    const { onTime, late, pending, unjudged } = this.counts;
    const judged = onTime + late;
    return {
      count: onTime + late + pending + unjudged,
      onTime,
      late,
      pending,
      unjudged,
      onTimePercent: judged === 0 ? null : roundTo((100 * onTime) / judged, 1),
      provisional: this.provisional,
    };
  }
}

/** The tally of one agency and step, and the applications behind it. */
class AgencyStepTally {
  readonly tally = new Tally();
  readonly applications = new Set<string>();
  readonly finished = new Set<string>();
  waiting = 0;
  constructor(
    readonly agency: string,
    readonly step: string,
  ) {}
  result(): AgencyStepCompliance {
    const counts = this.tally.result();
    return {
      agency: this.agency,
      step: this.step,
      applications: this.applications.size,
      finished: this.finished.size,
      visits: counts.count,
      waiting: this.waiting,
      ...counts,
    };
  }
}

/** The agency of each `role@agency` an open record waits for (see `ApplicationRecord.pendingActors`). */
function waitingAgencies(record: ApplicationRecord): Set<string> {
  const agencies = new Set<string>();
  for (const actor of record.pendingActors ?? []) {
    const at = actor.lastIndexOf('@');
    if (at > 0) agencies.add(actor.slice(at + 1));
  }
  return agencies;
}

function tallyOf<K>(map: Map<K, Tally>, key: K): Tally {
  let tally = map.get(key);
  if (tally === undefined) {
    tally = new Tally();
    map.set(key, tally);
  }
  return tally;
}

function payloadOf(event: StoredEvent): DeadlineEventPayload {
  const payload = event.payload;
  return payload !== null && typeof payload === 'object' && !Array.isArray(payload) ? payload : {};
}

function instant(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

function judge(atMs: number | undefined, dueMs: number | undefined): Verdict {
  if (atMs === undefined || dueMs === undefined) return 'unjudged';
  return atMs < dueMs ? 'onTime' : 'late';
}

function judgeOpen(dueMs: number | undefined, nowMs: number): Verdict {
  if (dueMs === undefined) return 'unjudged';
  return dueMs <= nowMs ? 'late' : 'pending';
}

/** Whether the payload marks the due date `name` (`stepDue` for `dueAt`) as provisional. */
function isProvisional(payload: DeadlineEventPayload, name: DueDateName): boolean {
  const dueDates: unknown = payload.provisional?.dueDates;
  return Array.isArray(dueDates) && dueDates.includes(name);
}

/**
 * Whether an open record's `dueAt` is provisional: its due date (the local day before the due
 * instant) is on or after the record's `uncoveredFrom`.
 */
function openDueProvisional(record: ApplicationRecord, timeZone: MallTimeZone): boolean {
  const dueMs = instant(record.dueAt);
  const uncoveredFrom = record.uncoveredFrom ?? null;
  if (dueMs === undefined || uncoveredFrom === null) return false;
  return toLocalDate(new Date(dueMs - 1), timeZone) >= uncoveredFrom;
}

/** The service-level verdict of one application, and whether its due instant is provisional. */
function serviceVerdict(
  history: ApplicationHistory,
  nowMs: number,
): { verdict: Verdict; provisional: boolean } {
  let dueMs: number | undefined;
  let provisional = false;
  for (const event of history.events) {
    const payload = payloadOf(event);
    if ('serviceDueAt' in payload) {
      dueMs = instant(payload.serviceDueAt);
      provisional = isProvisional(payload, 'serviceDue');
    }
  }
  const state = history.record.state;
  const verdict = closedUndecided.has(state)
    ? 'unjudged'
    : decided.has(state)
      ? judge(instant(history.events.at(-1)?.at ?? history.record.updatedAt), dueMs)
      : judgeOpen(dueMs, nowMs);
  return { verdict, provisional };
}

function handoffStats(
  from: string,
  to: string,
  handoffs: readonly Handoff[],
  days: (h: Handoff) => number | null,
): HandoffStats {
  const hours = median(handoffs.map((handoff) => handoff.ms / 3_600_000));
  return {
    from,
    to,
    count: handoffs.length,
    medianHours: hours === null ? null : roundTo(hours, 2),
    medianWorkingDays: medianWorkingDays(handoffs, days),
  };
}

/**
 * Summarises the handoffs of many applications: overall and per (from, to) pair. Shared with the
 * Whole-of-Government assessment; not part of the package's API.
 *
 * @internal
 * @example
 * ```ts
 * summarizeHandoffs(mall, await readMallHistories(store, mall.mall.id)).medianHours; // 47
 * ```
 */
export function summarizeHandoffs(
  mall: Pick<MallConfig, 'mall' | 'calendars'>,
  histories: readonly ApplicationHistory[],
): DeadlineComplianceReport['handoffs'] {
  const all = histories.flatMap(handoffsOf);
  const days = createHandoffDayCounter(mall);
  const byPair = new Map<string, { from: string; to: string; list: Handoff[] }>();
  for (const handoff of all) {
    const key = `${handoff.from}\u0000${handoff.to}`;
    const entry = byPair.get(key) ?? { from: handoff.from, to: handoff.to, list: [] };
    entry.list.push(handoff);
    byPair.set(key, entry);
  }
  const pairs = [...byPair.values()]
    .map(({ from, to, list }) => handoffStats(from, to, list, days))
    .sort((a, b) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  const overall = handoffStats('*', '*', all, days);
  return {
    count: overall.count,
    medianHours: overall.medianHours,
    medianWorkingDays: overall.medianWorkingDays,
    pairs,
  };
}

/**
 * Deadline compliance from the operating data in a store: per service (each application against
 * its service due instant), per agency and per step (each step completion against the step's due
 * instant), and the handoffs between agencies (count and median duration). Only applications of
 * this mall (`record.mallId === mall.mall.id`) are read, all pages of them.
 *
 * Deadlines are read from the events as the runtime writes them (see
 * {@link DeadlineEventPayload}): a decided application (`issued`, `rejected`) is on time when its
 * last event is before the last `serviceDueAt`; an open one is late once that instant is at or
 * before `now`; withdrawn and expired ones are not judged. A step completion (an event with
 * `payload.step`) is on time when its `at` is before its `payload.dueAt` (or, for a step without
 * a term of its own, the service due instant then in effect), and counts for the
 * actor's agency (applicant actions count for the step only). An open application also counts
 * once for its current step (`record.state`), late when `record.dueAt` is at or before `now`.
 *
 * @throws `StoreError` when the store cannot be read; `RangeError` when `now` is not an instant.
 * @example
 * ```ts
 * const store = createSqliteStore({ file: 'mpp.sqlite' });
 * const report = await reportDeadlineCompliance(mall, store, { now: new Date() });
 * for (const row of report.agencies) console.log(row.agency, row.onTimePercent);
 * report.handoffs.pairs[0]; // { from: 'dpmptsp', to: 'dpupr', count: 12, medianHours: 18.25, medianWorkingDays: 1 }
 * ```
 */
export async function reportDeadlineCompliance(
  mall: Pick<MallConfig, 'mall' | 'calendars'>,
  store: MallStore,
  options: DeadlineComplianceOptions,
): Promise<DeadlineComplianceReport> {
  const now = typeof options.now === 'string' ? options.now : options.now.toISOString();
  const nowMs = Date.parse(now);
  if (Number.isNaN(nowMs)) throw new RangeError(`"now" is not an ISO 8601 instant: ${now}`);
  const histories = await readMallHistories(store, mall.mall.id);

  const services = new Map<string, Tally>();
  const agencies = new Map<string, Tally>();
  const steps = new Map<string, { serviceId: string; step: string; tally: Tally }>();
  const agencySteps = new Map<string, AgencyStepTally>();
  const agencyStepTally = (agency: string, step: string): AgencyStepTally => {
    const key = `${agency}\u0000${step}`;
    let entry = agencySteps.get(key);
    if (entry === undefined) {
      entry = new AgencyStepTally(agency, step);
      agencySteps.set(key, entry);
    }
    return entry;
  };
  const outcomes = {
    applications: 0,
    open: 0,
    finished: 0,
    issued: 0,
    rejected: 0,
    withdrawn: 0,
    expired: 0,
  };
  const stepTally = (serviceId: string, step: string): Tally => {
    const key = `${serviceId}\u0000${step}`;
    let entry = steps.get(key);
    if (entry === undefined) {
      entry = { serviceId, step, tally: new Tally() };
      steps.set(key, entry);
    }
    return entry.tally;
  };

  for (const history of histories) {
    const { record } = history;
    outcomes.applications += 1;
    if (isFinal(record.state)) {
      outcomes.finished += 1;
      outcomes[record.state] += 1;
    } else outcomes.open += 1;
    const service = serviceVerdict(history, nowMs);
    tallyOf(services, record.serviceId).add(service.verdict, service.provisional);
    // The service due instant in effect before each event (the last `serviceDueAt` written).
    let serviceDue: { ms: number | undefined; provisional: boolean } = {
      ms: undefined,
      provisional: false,
    };
    for (const event of history.events) {
      const payload = payloadOf(event);
      const inEffect = serviceDue;
      if ('serviceDueAt' in payload)
        serviceDue = {
          ms: instant(payload.serviceDueAt),
          provisional: isProvisional(payload, 'serviceDue'),
        };
      if (typeof payload.step !== 'string' || notStepWork.has(event.type)) continue;
      // A step without a term of its own is bounded by the service term.
      const stepDueMs = instant(payload.dueAt);
      const verdict = judge(instant(event.at), stepDueMs ?? inEffect.ms);
      const provisional =
        stepDueMs === undefined ? inEffect.provisional : isProvisional(payload, 'stepDue');
      stepTally(record.serviceId, payload.step).add(verdict, provisional);
      const agency = event.actor.agency;
      if (agency === undefined) continue;
      tallyOf(agencies, agency).add(verdict, provisional);
      if (event.actor.role === 'applicant') continue;
      const agencyStep = agencyStepTally(agency, payload.step);
      agencyStep.tally.add(verdict, provisional);
      agencyStep.applications.add(record.id);
      if (event.type !== 'RETURN') agencyStep.finished.add(record.id);
    }
    if (!isFinal(record.state)) {
      const verdict = judgeOpen(instant(record.dueAt), nowMs);
      const provisional = openDueProvisional(record, mall.mall.timeZone);
      stepTally(record.serviceId, record.state).add(verdict, provisional);
      for (const agency of waitingAgencies(record)) {
        const agencyStep = agencyStepTally(agency, record.state);
        agencyStep.tally.add(verdict, provisional);
        agencyStep.applications.add(record.id);
        agencyStep.waiting += 1;
      }
    }
  }

  const byKey = <T extends { key: string }>(a: T, b: T) => a.key.localeCompare(b.key);
  const agencyStepRows = [...agencySteps.values()]
    .sort((a, b) => a.agency.localeCompare(b.agency) || a.step.localeCompare(b.step))
    .map((entry) => entry.result());
  const total = new Tally();
  for (const entry of agencySteps.values()) total.merge(entry.tally);
  const totalCounts = total.result();
  return {
    mallId: mall.mall.id,
    now,
    applications: histories.length,
    outcomes,
    services: [...services]
      .map(([key, tally]) => ({ key, tally }))
      .sort(byKey)
      .map(({ key, tally }) => ({ serviceId: key, ...tally.result() })),
    agencies: [...agencies]
      .map(([key, tally]) => ({ key, tally }))
      .sort(byKey)
      .map(({ key, tally }) => ({ agency: key, ...tally.result() })),
    steps: [...steps.values()]
      .map((entry, order) => ({ ...entry, order }))
      .sort((a, b) => a.serviceId.localeCompare(b.serviceId) || a.order - b.order)
      .map(({ serviceId, step, tally }) => ({ serviceId, step, ...tally.result() })),
    agencySteps: agencyStepRows,
    agencyStepTotal: {
      visits: totalCounts.count,
      waiting: agencyStepRows.reduce((sum, row) => sum + row.waiting, 0),
      ...totalCounts,
    },
    handoffs: summarizeHandoffs(mall, histories),
  };
}
