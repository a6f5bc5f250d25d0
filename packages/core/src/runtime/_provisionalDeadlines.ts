/**
 * Provisional due dates as the runtime shows, stores and recounts them. Whether a date is
 * provisional is decided once, by the calendar engine, when the lifecycle counts it (the context's
 * `provisional` marks); this module only reads those marks.
 */
import {
  dueDateNames,
  type DueDateName,
  type MallTimeZone,
  type ProvisionalDueDates,
  type WorkflowContext,
} from '@mpp-kit/workflows';
import { ConflictError } from '../store/errors.js';
import type { ApplicationRecord, MallStore } from '../store/MallStore.js';
import { dueInstant } from './_deadlines.js';
import type { Lifecycle } from './_lifecycleRegistry.js';
import { advance, type LifecycleSnapshot } from './_machineRunner.js';
import type { ProvisionalDeadlines, RecountResult, RuntimeLogEntry } from './MallRuntime.js';

/** The actor of `RECOUNT` events. */
export const RECOUNT_ACTOR = { id: 'calendar', role: 'system' } as const;

/** The marks of the due dates in `open` that have one, or null when none has. */
function marksOf(
  marks: ProvisionalDueDates | undefined,
  open: Partial<Record<DueDateName, string | null>>,
): ProvisionalDeadlines | null {
  const dueDates = dueDateNames.filter(
    (name) => open[name] !== undefined && open[name] !== null && marks?.[name] !== undefined,
  );
  const days = dueDates.map((name) => marks?.[name] ?? '').sort();
  const [uncoveredFrom] = days;
  return uncoveredFrom === undefined ? null : { uncoveredFrom, dueDates };
}

/** The due dates a context holds, by name. */
function dueDatesOf(context: WorkflowContext): Record<DueDateName, string | null> {
  return {
    serviceDue: context.serviceDue,
    stepDue: context.stepDue,
    waitDue: context.returned?.waitDue ?? null,
  };
}

/** The open provisional due dates of an application (none once it is final). */
export function provisionalOf(snapshot: LifecycleSnapshot): ProvisionalDeadlines | null {
  if (snapshot.status !== 'active') return null;
  return marksOf(snapshot.context.provisional, dueDatesOf(snapshot.context));
}

/** The record field recounts are found by. */
export function uncoveredFromOf(
  snapshot: LifecycleSnapshot,
): Required<Pick<ApplicationRecord, 'uncoveredFrom'>> {
  return { uncoveredFrom: provisionalOf(snapshot)?.uncoveredFrom ?? null };
}

/**
 * The `provisional` an event's payload carries, matching its deadline fields: `dueAt` is the
 * step's due date before the event (`stepDue`), `serviceDueAt` the service's after it.
 */
export function eventProvisional(
  before: WorkflowContext | null,
  after: WorkflowContext,
): { provisional?: ProvisionalDeadlines } {
  const marks: ProvisionalDueDates = {
    ...(before?.provisional?.stepDue === undefined ? {} : { stepDue: before.provisional.stepDue }),
    ...(after.provisional?.serviceDue === undefined
      ? {}
      : { serviceDue: after.provisional.serviceDue }),
  };
  const found = marksOf(marks, {
    stepDue: before?.stepDue ?? null,
    serviceDue: after.serviceDue,
  });
  return found === null ? {} : { provisional: found };
}

/** What a `RECOUNT` changed: the due dates before and after, and whether anything moved. */
export function recountChange(
  before: WorkflowContext,
  after: WorkflowContext,
): {
  readonly changed: boolean;
  readonly before: Record<DueDateName, string | null>;
  readonly after: Record<DueDateName, string | null>;
} {
  const from = dueDatesOf(before);
  const to = dueDatesOf(after);
  const same = (a: ProvisionalDueDates | undefined, b: ProvisionalDueDates | undefined) =>
    dueDateNames.every((name) => a?.[name] === b?.[name]);
  const changed =
    dueDateNames.some((name) => from[name] !== to[name]) ||
    before.remainingDays !== after.remainingDays ||
    !same(before.provisional, after.provisional);
  return { changed, before: from, after: to };
}

/** The `provisional` of a stored event's payload, if well formed (for timelines and reports). */
export function payloadProvisional(payload: unknown): ProvisionalDeadlines | undefined {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return undefined;
  const value = (payload as { provisional?: unknown }).provisional;
  if (value === null || typeof value !== 'object') return undefined;
  const { uncoveredFrom, dueDates } = value as { uncoveredFrom?: unknown; dueDates?: unknown };
  if (typeof uncoveredFrom !== 'string' || !Array.isArray(dueDates)) return undefined;
  const names = dueDates.filter((name): name is DueDateName =>
    (dueDateNames as readonly unknown[]).includes(name),
  );
  return { uncoveredFrom, dueDates: names };
}

/** What the recount needs from the runtime that runs it. */
export interface RecountContext {
  readonly store: MallStore;
  /** The first day the runtime's calendar does not cover. */
  readonly uncoveredFrom: string;
  readonly timeZone: MallTimeZone;
  /** The application's lifecycle and restored snapshot. */
  readonly open: (
    record: ApplicationRecord,
  ) => Promise<{ lifecycle: Lifecycle; snapshot: LifecycleSnapshot }>;
  /** The record after `next` at `at`, with every derived field. */
  readonly nextRecord: (
    record: ApplicationRecord,
    next: LifecycleSnapshot,
    at: string,
    lifecycle: Lifecycle,
  ) => ApplicationRecord;
  /** Called after each append, to keep the runtime's caches. */
  readonly appended: (
    record: ApplicationRecord,
    lifecycle: Lifecycle,
    snapshot: LifecycleSnapshot,
  ) => void;
  readonly log: (entry: RuntimeLogEntry) => void;
}

/** Attempts per application when another writer keeps changing it. */
const RECOUNT_ATTEMPTS = 3;

/**
 * Sends `RECOUNT` to every open application whose provisional due dates were counted when the
 * calendar ended before `uncoveredFrom`, and appends the event when a due date or mark changed.
 */
export async function recountProvisional(
  context: RecountContext,
  at: string,
): Promise<RecountResult> {
  const { store, uncoveredFrom, timeZone } = context;
  let checked = 0;
  let recounted = 0;
  let conflicts = 0;
  const failed: { applicationId: string; message: string }[] = [];

  const recount = async (start: ApplicationRecord): Promise<void> => {
    let record = start;
    for (let attempt = 1; ; attempt++) {
      const { lifecycle, snapshot } = await context.open(record);
      const before = snapshot.context;
      const eventAt = Date.parse(before.updatedAt) > Date.parse(at) ? before.updatedAt : at;
      const next = advance(snapshot, { type: 'RECOUNT', at: eventAt });
      const change = recountChange(before, next.context);
      if (next === snapshot || !change.changed) return;
      const updated = context.nextRecord(record, next, eventAt, lifecycle);
      try {
        await store.append(
          record.id,
          record.version,
          {
            type: 'RECOUNT',
            actor: RECOUNT_ACTOR,
            at: eventAt,
            payload: {
              serviceDueAt: dueInstant(next.context.serviceDue, timeZone),
              uncoveredFrom,
              before: change.before,
              after: change.after,
              ...eventProvisional(null, next.context),
            },
          },
          updated,
        );
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        const fresh = attempt < RECOUNT_ATTEMPTS ? await store.get(record.id) : undefined;
        if (fresh === undefined) {
          conflicts += 1;
          return;
        }
        record = fresh;
        continue;
      }
      recounted += 1;
      context.appended(updated, lifecycle, next);
      context.log({
        level: 'info',
        kind: 'recount',
        applicationId: record.id,
        action: 'RECOUNT',
        message: `RECOUNT on ${record.id}: service due ${String(change.before.serviceDue)} → ${String(change.after.serviceDue)}`,
      });
      return;
    }
  };

  let after: string | undefined;
  do {
    const page = await store.query({
      uncoveredBefore: uncoveredFrom,
      limit: 100,
      ...(after === undefined ? {} : { after }),
    });
    for (const record of page.items) {
      checked += 1;
      try {
        await recount(record);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        failed.push({ applicationId: record.id, message });
        context.log({
          level: 'warn',
          kind: 'recount-failed',
          applicationId: record.id,
          action: 'RECOUNT',
          message: `RECOUNT on ${record.id} failed: ${message}`,
        });
      }
    }
    after = page.next;
  } while (after !== undefined);
  return { uncoveredFrom, checked, recounted, conflicts, failed };
}
