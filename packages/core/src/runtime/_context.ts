/**
 * What every part of a runtime shares: the mall, the store, the clock, the lifecycles, the log,
 * and the records this runtime wrote last with their restored snapshots. `createMallRuntime`
 * builds one context and hands it to submit, act, the deadline scheduler and the queries.
 */
import { randomUUID } from 'node:crypto';
import type { MallConfig } from '@mpp-kit/schemas';
import type { MallTimeZone, WorkingDayCalendar } from '@mpp-kit/workflows';
import { createMallCalendar } from '../calendar/createMallCalendar.js';
import type { ApplicationRecord, MallStore } from '../store/MallStore.js';
import { stateOf } from './_applicationViews.js';
import { nextDueAt } from './_deadlines.js';
import { inboxFields } from './_inboxFields.js';
import {
  createLifecycleRegistry,
  type Lifecycle,
  type LifecycleRegistry,
} from './_lifecycleRegistry.js';
import { persistedSnapshot, restoreSnapshot, type LifecycleSnapshot } from './_machineRunner.js';
import { uncoveredFromOf } from './_provisionalDeadlines.js';
import { describeValue } from './_runtimeOptions.js';
import { toInstant } from './_submitRequest.js';
import { NotFoundError, RuntimeOptionsError } from './errors.js';
import { maskNikInText } from './maskNik.js';
import type { MallRuntimeOptions, PendingAction, RuntimeLogEntry } from './MallRuntime.js';

/** How many recently written snapshots a runtime keeps restored. */
const RECENT_SNAPSHOTS = 1024;

/** A record this runtime wrote, with its lifecycle and restored snapshot. */
export interface RecentRecord {
  readonly record: ApplicationRecord;
  readonly lifecycle: Lifecycle;
  readonly snapshot: LifecycleSnapshot;
}

/** The shared state and helpers of one runtime. */
export interface RuntimeContext {
  readonly mall: MallConfig;
  readonly store: MallStore;
  readonly calendar: WorkingDayCalendar;
  readonly timeZone: MallTimeZone;
  readonly registry: LifecycleRegistry;
  readonly createId: () => string;
  /** The clock's instant (ISO), or a {@link RuntimeOptionsError} when the clock gives no date. */
  readonly now: () => string;
  /** Logs through the caller's logger, NIK-like numbers masked. */
  readonly log: (entry: RuntimeLogEntry) => void;
  /** Whether the caller gave a logger (hot paths build no entry for nobody). */
  readonly logging: boolean;
  /** The stored record, or a {@link NotFoundError}. */
  readonly load: (id: string) => Promise<ApplicationRecord>;
  /** The record this runtime wrote last for `id`, if it still holds it. */
  readonly recent: (id: string) => RecentRecord | undefined;
  /** Keeps a written record and its snapshot for the next action. */
  readonly remember: (
    record: ApplicationRecord,
    lifecycle: Lifecycle,
    snapshot: LifecycleSnapshot,
  ) => void;
  /** Drops what this runtime holds for `id` (after a failed write). */
  readonly forget: (id: string) => void;
  /** The record's lifecycle and restored snapshot (reused when this runtime wrote that version). */
  readonly opened: (
    record: ApplicationRecord,
  ) => Promise<{ lifecycle: Lifecycle; snapshot: LifecycleSnapshot }>;
  /** The record after `next`, at `at`, with every derived field (`pending`: next's, if known). */
  readonly nextRecord: (
    record: ApplicationRecord,
    next: LifecycleSnapshot,
    at: string,
    lifecycle: Lifecycle,
    pending?: readonly PendingAction[],
  ) => ApplicationRecord;
}

/** Builds the context of a runtime from checked arguments. */
export function createRuntimeContext(
  mall: MallConfig,
  options: MallRuntimeOptions,
): RuntimeContext {
  const store = options.store;
  const clock = options.clock ?? (() => new Date());
  const calendar = options.calendar ?? createMallCalendar(mall);
  const timeZone = calendar.timeZone;
  const registry = createLifecycleRegistry(mall, calendar, store);
  const logger = options.logger;

  /**
   * The records this runtime wrote last, with their restored snapshots: restoring a snapshot is
   * the costliest part of reading one back, and the next action on an application often comes
   * through the same process. A snapshot is reused only for a stored record of the same version
   * and update time; bounded, so memory does not grow with the store.
   */
  const recent = new Map<string, RecentRecord>();

  return {
    mall,
    store,
    calendar,
    timeZone,
    registry,
    createId: options.createId ?? randomUUID,
    now: () => {
      const value = clock();
      const instant = toInstant(value);
      if (instant === undefined)
        throw new RuntimeOptionsError('clock', {
          kind: 'clock_value',
          actual: describeValue(value),
        });
      return instant;
    },
    logging: logger !== undefined,
    log: (entry) => {
      if (logger === undefined) return;
      // Ids come from callers: mask anything that looks like a NIK.
      logger({
        ...entry,
        applicationId: maskNikInText(entry.applicationId),
        ...(entry.action === undefined ? {} : { action: maskNikInText(entry.action) }),
        message: maskNikInText(entry.message),
      });
    },
    load: async (id) => {
      const record = await store.get(id);
      if (record === undefined) throw new NotFoundError(id);
      return record;
    },
    recent: (id) => recent.get(id),
    remember: (record, lifecycle, snapshot) => {
      recent.delete(record.id);
      recent.set(record.id, { record, lifecycle, snapshot });
      if (recent.size > RECENT_SNAPSHOTS) {
        const oldest = recent.keys().next();
        if (oldest.done !== true) recent.delete(oldest.value);
      }
    },
    forget: (id) => {
      recent.delete(id);
    },
    opened: async (record) => {
      const cached = recent.get(record.id);
      if (
        cached !== undefined &&
        cached.record.version === record.version &&
        cached.record.updatedAt === record.updatedAt
      ) {
        return { lifecycle: cached.lifecycle, snapshot: cached.snapshot };
      }
      const lifecycle = await registry.forRecord(record);
      return { lifecycle, snapshot: restoreSnapshot(lifecycle.machine, record.snapshot) };
    },
    nextRecord: (record, next, at, lifecycle, pending) => ({
      ...record,
      state: stateOf(next),
      snapshot: persistedSnapshot(next),
      version: record.version + 1,
      dueAt: nextDueAt(next, timeZone),
      updatedAt: at,
      ...inboxFields(next, lifecycle, timeZone, pending),
      ...uncoveredFromOf(next),
    }),
  };
}
