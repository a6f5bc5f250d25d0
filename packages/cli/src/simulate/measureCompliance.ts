import type { MallRuntime, MallStore } from '@mpp-kit/core';
import type { MallTimeZone } from '@mpp-kit/workflows';

/**
 * One row of the deadline compliance table: an agency's work on one step (summed over the
 * services whose lifecycle has that step).
 *
 * - `applications`: applications the agency worked on in the step, or that wait for it there.
 * - `finished`: of those, applications where the agency's work on the step is done (an action
 *   other than a return for correction).
 * - `onTime` / `late`: applications whose last action by the agency in the step (a return for
 *   correction included) came before / after the step's due instant — the step's own term, or the
 *   service term when the step has none — plus, as `late`, applications still waiting for the
 *   agency there whose due instant passed before the end of the run.
 * - `onTimePercent`: 100 × onTime / (onTime + late), one decimal; `null` when nothing was judged.
 *
 * @example
 * ```ts
 * const row: ComplianceRow = { agency: 'dlh', step: 'technical-review', applications: 40, finished: 31, onTime: 22, late: 11, onTimePercent: 66.7 };
 * ```
 */
export interface ComplianceRow {
  readonly agency: string;
  readonly step: string;
  readonly applications: number;
  readonly finished: number;
  readonly onTime: number;
  readonly late: number;
  readonly onTimePercent: number | null;
}

/**
 * Where the applications of a run ended up.
 *
 * @example
 * ```ts
 * const outcome: ApplicationOutcomes = { applications: 3000, finished: 2400, issued: 2300, rejected: 40, withdrawn: 60, expired: 0, open: 600 };
 * ```
 */
export interface ApplicationOutcomes {
  readonly applications: number;
  readonly finished: number;
  readonly issued: number;
  readonly rejected: number;
  readonly withdrawn: number;
  readonly expired: number;
  readonly open: number;
}

/**
 * What {@link measureCompliance} returns.
 *
 * @example
 * ```ts
 * const measured: ComplianceMeasurement = await measureCompliance(runtime, store, { timeZone: 'Asia/Jakarta', now });
 * ```
 */
export interface ComplianceMeasurement {
  readonly outcomes: ApplicationOutcomes;
  readonly rows: readonly ComplianceRow[];
  readonly total: Omit<ComplianceRow, 'agency' | 'step'>;
}

interface Tally {
  readonly applications: Set<string>;
  readonly finished: Set<string>;
  /**
   * Per application: the agency's last action in the step and its due instant, or — while the
   * application waits for the agency there — the due instant alone.
   */
  readonly judged: Map<string, { at: number | null; due: number | null }>;
}

function payloadOf(payload: unknown): Record<string, unknown> {
  return payload !== null && typeof payload === 'object' && !Array.isArray(payload)
    ? (payload as Record<string, unknown>)
    : {};
}

function instant(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

const offsets: Readonly<Record<MallTimeZone, number>> = {
  'Asia/Jakarta': 7,
  'Asia/Makassar': 8,
  'Asia/Jayapura': 9,
};

/** The instant a local due date has passed (start of the next local day), as the runtime counts it. */
function dueInstant(date: string | null, timeZone: MallTimeZone): number | null {
  if (date === null) return null;
  return Date.parse(`${date}T00:00:00Z`) + 86_400_000 - offsets[timeZone] * 3_600_000;
}

function percent(onTime: number, late: number): number | null {
  return onTime + late === 0 ? null : Math.round((1000 * onTime) / (onTime + late)) / 10;
}

/**
 * Deadline compliance per agency and step, from a store the runtime wrote (its deadline fields:
 * each event's `step`, `dueAt` and `serviceDueAt`) and, for open applications, who the runtime
 * says they wait for. See {@link ComplianceRow} for what is counted.
 *
 * @param runtime - the runtime over `store` (for the open applications).
 * @param store - the store.
 * @param options - the mall's time zone and the instant open deadlines are judged at.
 * @returns the outcomes, one row per agency and step (by agency, then step), and the total.
 * @throws `StoreError` when the store cannot be read.
 * @example
 * ```ts
 * const { rows } = await measureCompliance(runtime, store, { timeZone: 'Asia/Jakarta', now: '2026-09-14T17:00:00Z' });
 * ```
 */
export async function measureCompliance(
  runtime: MallRuntime,
  store: MallStore,
  options: { readonly timeZone: MallTimeZone; readonly now: string },
): Promise<ComplianceMeasurement> {
  const nowMs = Date.parse(options.now);
  const tallies = new Map<string, { agency: string; step: string; tally: Tally }>();
  const tallyOf = (agency: string, step: string): Tally => {
    const key = `${agency}\u0000${step}`;
    let entry = tallies.get(key);
    if (entry === undefined) {
      entry = {
        agency,
        step,
        tally: { applications: new Set(), finished: new Set(), judged: new Map() },
      };
      tallies.set(key, entry);
    }
    return entry.tally;
  };
  const outcomes = {
    applications: 0,
    finished: 0,
    issued: 0,
    rejected: 0,
    withdrawn: 0,
    expired: 0,
    open: 0,
  };

  for await (const app of runtime.list({ limit: 1000 })) {
    outcomes.applications += 1;
    if (app.final === null) outcomes.open += 1;
    else {
      outcomes.finished += 1;
      outcomes[app.final] += 1;
    }
    let serviceDue: number | null = null;
    for (const event of await store.events(app.id)) {
      const payload = payloadOf(event.payload);
      const step = payload['step'];
      const agency = event.actor.agency;
      if (typeof step === 'string' && agency !== undefined && event.actor.role !== 'applicant') {
        const tally = tallyOf(agency, step);
        tally.applications.add(app.id);
        if (event.type !== 'RETURN') tally.finished.add(app.id);
        const stepDue = 'dueAt' in payload ? instant(payload['dueAt']) : null;
        tally.judged.set(app.id, { at: Date.parse(event.at), due: stepDue ?? serviceDue });
      }
      if ('serviceDueAt' in payload) serviceDue = instant(payload['serviceDueAt']);
    }
    // Open applications count for every agency they wait for in their current step.
    if (app.final === null && app.phase === 'active' && app.step !== null) {
      const due = dueInstant(app.stepDue ?? app.serviceDue, options.timeZone);
      const waitingFor = new Set(
        app.pending
          .filter((p) => !['WITHDRAW', 'EXTEND', 'RESUBMIT'].includes(p.type))
          .flatMap((p) => p.allowed)
          .filter((actor) => actor.agency !== 'applicant')
          .map((actor) => actor.agency),
      );
      for (const agency of waitingFor) {
        const tally = tallyOf(agency, app.step);
        tally.applications.add(app.id);
        tally.judged.set(app.id, { at: null, due });
      }
    }
  }

  const rows: ComplianceRow[] = [];
  let totalApplications = 0;
  let totalFinished = 0;
  let totalOnTime = 0;
  let totalLate = 0;
  const ordered = [...tallies.values()].sort(
    (a, b) => a.agency.localeCompare(b.agency) || a.step.localeCompare(b.step),
  );
  for (const { agency, step, tally } of ordered) {
    let onTime = 0;
    let late = 0;
    for (const judged of tally.judged.values()) {
      if (judged.due === null) continue;
      if (judged.at !== null) {
        if (judged.at < judged.due) onTime += 1;
        else late += 1;
      } else if (judged.due <= nowMs) late += 1;
    }
    rows.push({
      agency,
      step,
      applications: tally.applications.size,
      finished: tally.finished.size,
      onTime,
      late,
      onTimePercent: percent(onTime, late),
    });
    totalApplications += tally.applications.size;
    totalFinished += tally.finished.size;
    totalOnTime += onTime;
    totalLate += late;
  }
  return {
    outcomes,
    rows,
    total: {
      applications: totalApplications,
      finished: totalFinished,
      onTime: totalOnTime,
      late: totalLate,
      onTimePercent: percent(totalOnTime, totalLate),
    },
  };
}
