import { randomUUID } from 'node:crypto';
import { planNotifications } from '../notifications/planNotifications.js';
import { createIssue, type Issue, type MallConfig } from '@mpp-kit/schemas';
import {
  allowedActions as lifecycleAllowedActions,
  CalendarRangeError,
  checkEvent,
  formatActor,
  type AllowedAction,
  type WorkflowActionEvent,
  type WorkflowInput,
} from '@mpp-kit/workflows';
import { createMallCalendar } from '../createMallCalendar.js';
import { verifyChain, type ChainVerification } from '../store/auditChain.js';
import { ConflictError } from '../store/errors.js';
import type { ActorRef, ApplicationRecord, NewEvent, StoredEvent } from '../store/MallStore.js';
import {
  applicationOf,
  isNamed,
  namedActors,
  stateOf,
  summaryOf,
  timelineEntryOf,
  type SubmitPayload,
} from './_applicationViews.js';
import { dueInstant, nextDueAt } from './_deadlines.js';
import { inboxFields } from './_inboxFields.js';
import { eventProvisional, recountProvisional, uncoveredFromOf } from './_provisionalDeadlines.js';
import { createLifecycleRegistry, type Lifecycle } from './_lifecycleRegistry.js';
import {
  advance,
  persistedSnapshot,
  restoreSnapshot,
  startSnapshot,
  type LifecycleSnapshot,
} from './_machineRunner.js';
import { replayEvents } from './_replayEvents.js';
import { checkRuntimeArguments, describeValue } from './_runtimeOptions.js';
import {
  checkActor,
  checkSubmit,
  instantIssue,
  refuseAheadOfClock,
  kindOf,
  maskIssue,
  toInstant,
} from './_submitRequest.js';
import {
  ForbiddenError,
  InvalidActionError,
  NotFoundError,
  RuntimeOptionsError,
  ValidationError,
  type ForbiddenReason,
} from './errors.js';
import { maskNikInText } from './maskNik.js';
import type {
  ActionInput,
  Application,
  ApplicationExport,
  ApplicationFilter,
  ApplicationSummary,
  ApplicationSummaryPage,
  DueDeadlinesOptions,
  DueDeadlinesResult,
  InboxFilter,
  InstantInput,
  MallRuntime,
  MallRuntimeOptions,
  RecountResult,
  ReplayResult,
  RevealOptions,
  RuntimeLogEntry,
  SubmitInput,
  SubmitTrusted,
  TimelineEntry,
  WithdrawInput,
} from './MallRuntime.js';

/** Event types only the runtime sends. */
const RESERVED = new Set(['SUBMIT', 'TICK', 'RECOUNT']);
/** The actor of `TICK` events. */
const SYSTEM_ROLE = 'system';
/** How many recently written snapshots a runtime keeps restored. */
const RECENT_SNAPSHOTS = 1024;

/**
 * Creates the runtime of a loaded mall on a store: see {@link MallRuntime}.
 *
 * Decisions worth knowing:
 * - **Time.** Every action happens at `clock()`; the runtime never reads the system clock itself.
 * - **Deadlines as instants.** A due date D (a local date in the mall's time zone) has passed at
 *   the start of D + 1, local time; that instant is what the record's `dueAt`, the events'
 *   `dueAt`/`serviceDueAt` and the overdue filter use. `dueAt` is the earliest instant at which a
 *   `TICK` changes the application (read from the `TICK` transitions its state declares), so the
 *   scheduler never wakes an application for nothing; it is `null` in a final state and while
 *   nothing can happen by time alone.
 * - **Versions.** The first event of each application holds the lifecycle definition it runs
 *   under ({@link ServiceDefinition}); the record holds its service version and workflow version
 *   (a hash of that definition). Applications whose version the current configuration no longer
 *   gives run on the machine compiled from their stored definition. The calendar is not part of
 *   a definition: every application follows the mall's current calendar (a new collective-leave
 *   decree applies to running applications too), and a replay counts with it.
 * - **Provisional deadlines.** A term that reaches past the calendar's last covered year is
 *   counted on its weekly pattern and accepted; the summary's `provisional`, the events'
 *   `provisional` and the record's `uncoveredFrom` say which due dates rest on days no decree
 *   covers yet. When the year is added to the configuration, `recountProvisionalDeadlines()` (run
 *   by the first `runDueDeadlines()` of a runtime) counts them again, each as a `RECOUNT` event.
 * - **Authorization before the machine.** An applicant acts only on their own application; an
 *   officer must act for an agency taking part in it; the role @ agency must be one the
 *   lifecycle names for the event in the current state. The machine's own guards check again.
 * - **Personal data.** NIKs are validated with `parseNik`, stored as given in the first event,
 *   and masked (`3325********0001`) in everything the runtime returns, logs or throws unless a read
 *   asks for `{ reveal: true }`.
 *
 * @param mall - a loaded mall (`loadMall(...)`'s `mall`).
 * @param options - the store, the clock, and optional id maker, logger and calendar.
 * @returns the runtime.
 * @throws {@link RuntimeOptionsError} when the arguments are not a loaded mall and its options (the
 * result of `loadMall()` instead of its `mall`, no store, an un-awaited `createPostgresStore()`, a
 * store without the {@link MallStore} methods, a clock, id maker or logger that is not a function).
 * @throws `CalendarDefinitionError` when the mall's calendars are inconsistent (not for a loaded
 * mall).
 * @example
 * ```ts
 * import { createMallRuntime, loadMall } from '@mpp-kit/core';
 * import { createSqliteStore } from '@mpp-kit/core/store/sqlite';
 *
 * const loaded = await loadMall('examples/batang');
 * if (!loaded.ok) throw new Error('invalid mall');
 * const runtime = createMallRuntime(loaded.mall, { store: createSqliteStore({ file: 'mpp.sqlite' }), clock: () => new Date() });
 * const app = await runtime.submit({
 *   serviceId: 'skck',
 *   applicant: { id: 'akun-7781', nik: '3325010101900001', name: 'Siti Aminah' },
 *   documents: [{ requirementId: 'ktp' }],
 *   facts: { feeRow: 'wni' },
 * });
 * app.checklist.missing; // the required documents not handed in
 * await runtime.act(app.id, {
 *   type: 'ACCEPT',
 *   actor: { id: 'nip-1', role: 'front-office', agency: 'polres-batang' },
 *   expectedVersion: app.version,
 * });
 * ```
 */
export function createMallRuntime(mall: MallConfig, options: MallRuntimeOptions): MallRuntime {
  checkRuntimeArguments(mall, options);
  const store = options.store;
  const clock = options.clock ?? (() => new Date());
  const createId = options.createId ?? randomUUID;
  const calendar = options.calendar ?? createMallCalendar(mall);
  const timeZone = calendar.timeZone;
  const registry = createLifecycleRegistry(mall, calendar, store);
  const log = (entry: RuntimeLogEntry): void => {
    if (options.logger === undefined) return;
    // Ids come from callers: mask anything that looks like a NIK.
    options.logger({
      ...entry,
      applicationId: maskNikInText(entry.applicationId),
      message: maskNikInText(entry.message),
    });
  };

  const now = (): string => {
    const value = clock();
    const instant = toInstant(value);
    if (instant === undefined)
      throw new RuntimeOptionsError('clock', { kind: 'clock_value', actual: describeValue(value) });
    return instant;
  };

  const load = async (id: string): Promise<ApplicationRecord> => {
    const record = await store.get(id);
    if (record === undefined) throw new NotFoundError(id);
    return record;
  };

  /**
   * The records this runtime wrote last, with their restored snapshots: restoring a snapshot is
   * the costliest part of reading one back, and the next action on an application often comes
   * through the same process. A snapshot is reused only for a stored record of the same version
   * and update time; bounded, so memory does not grow with the store.
   */
  const recent = new Map<
    string,
    { record: ApplicationRecord; lifecycle: Lifecycle; snapshot: LifecycleSnapshot }
  >();
  const remember = (
    record: ApplicationRecord,
    lifecycle: Lifecycle,
    snapshot: LifecycleSnapshot,
  ): void => {
    recent.delete(record.id);
    recent.set(record.id, { record, lifecycle, snapshot });
    if (recent.size > RECENT_SNAPSHOTS) {
      const oldest = recent.keys().next();
      if (oldest.done !== true) recent.delete(oldest.value);
    }
  };

  const opened = async (
    record: ApplicationRecord,
  ): Promise<{ lifecycle: Lifecycle; snapshot: LifecycleSnapshot }> => {
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
  };

  /** The record after `next`, at `at`. */
  const nextRecord = (
    record: ApplicationRecord,
    next: LifecycleSnapshot,
    at: string,
    lifecycle: Lifecycle,
  ): ApplicationRecord => ({
    ...record,
    state: stateOf(next),
    snapshot: persistedSnapshot(next),
    version: record.version + 1,
    dueAt: nextDueAt(next, timeZone),
    updatedAt: at,
    ...inboxFields(next, lifecycle, timeZone),
    ...uncoveredFromOf(next),
  });

  const forbid = (
    record: ApplicationRecord,
    snapshot: LifecycleSnapshot,
    event: WorkflowActionEvent,
    reason: ForbiddenReason,
  ): never => {
    const checked = checkEvent(snapshot, event);
    const allowed = checked.ok ? [] : checked.allowed;
    const actor =
      event.actor.agency === undefined
        ? { role: event.actor.role }
        : { role: event.actor.role, agency: event.actor.agency };
    log({
      level: 'warn',
      kind: 'refused',
      applicationId: record.id,
      action: event.type,
      actor,
      message: `${event.type} on ${record.id} refused: forbidden (${reason})`,
    });
    throw new ForbiddenError({
      applicationId: record.id,
      action: event.type,
      actor,
      allowed,
      reason,
    });
  };

  /** The runtime's own check of who may send the event, before the machine's. */
  const authorize = (
    record: ApplicationRecord,
    snapshot: LifecycleSnapshot,
    lifecycle: Lifecycle,
    event: WorkflowActionEvent,
  ): void => {
    const { actor } = event;
    if (actor.role === 'applicant') {
      if (actor.id !== record.applicantId) forbid(record, snapshot, event, 'not_applicant');
    } else if (actor.agency === undefined) {
      forbid(record, snapshot, event, 'no_agency');
    } else if (!lifecycle.agencies.includes(actor.agency)) {
      forbid(record, snapshot, event, 'other_agency');
    }
    const named = namedActors(snapshot, event.type);
    if (named === undefined) return; // the state does not take it: explained as invalid below
    const applicantId = snapshot.context.applicantId;
    if (!isNamed(actor, named, applicantId)) forbid(record, snapshot, event, 'not_allowed');
  };

  /** Why the machine did not take the event; always throws. */
  const explain = (
    record: ApplicationRecord,
    snapshot: LifecycleSnapshot,
    event: WorkflowActionEvent,
  ): never => {
    const checked = checkEvent(snapshot, event);
    const actor =
      event.actor.agency === undefined
        ? { role: event.actor.role }
        : { role: event.actor.role, agency: event.actor.agency };
    if (!checked.ok && checked.reason === 'forbidden')
      forbid(record, snapshot, event, 'not_allowed');
    if (!checked.ok && checked.reason === 'invalid' && checked.detail === 'reason_required') {
      log({
        level: 'warn',
        kind: 'refused',
        applicationId: record.id,
        action: event.type,
        actor,
        message: `${event.type} on ${record.id} refused: reason required`,
      });
      throw new ValidationError([
        createIssue({
          code: 'missing_key',
          path: ['reason'],
          params: {
            key: 'reason',
            expected: `why: ${event.type} needs a reason`,
            expectedId: `alasan: ${event.type} memerlukan alasan`,
          },
        }),
      ]);
    }
    const detail = checked.ok
      ? 'guard'
      : checked.reason === 'wrong_state'
        ? 'wrong_state'
        : (checked.detail ?? 'guard');
    // The application's state as the caller knows it (`technical-review`), not the machine's path.
    const state = stateOf(snapshot);
    log({
      level: 'warn',
      kind: 'refused',
      applicationId: record.id,
      action: event.type,
      actor,
      message: `${event.type} on ${record.id} refused: ${detail} in ${state}`,
    });
    throw new InvalidActionError({
      applicationId: record.id,
      action: event.type,
      state,
      detail,
      allowedActions: lifecycleAllowedActions(snapshot),
    });
  };

  const checkAction = (
    input: ActionInput,
  ): { event: Omit<WorkflowActionEvent, 'at'>; expectedVersion: number } => {
    const issues: Issue[] = [];
    const raw: unknown = input;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      throw new ValidationError([
        createIssue({
          code: 'invalid_type',
          path: [],
          params: {
            expected: 'an action { type, actor, expectedVersion }',
            expectedId: 'tindakan { type, actor, expectedVersion }',
            actual: kindOf(raw),
          },
        }),
      ]);
    }
    const { type, reason, days, expectedVersion } = raw as Record<string, unknown>;
    if (typeof type !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(type)) {
      issues.push(
        type === undefined
          ? createIssue({
              code: 'missing_key',
              path: ['type'],
              params: {
                key: 'type',
                expected: 'the event type, such as ACCEPT',
                expectedId: 'jenis peristiwa, misalnya ACCEPT',
              },
            })
          : createIssue({
              code: 'invalid_value',
              path: ['type'],
              params: {
                actual: JSON.stringify(type),
                allowed: ['an upper-case event type such as ACCEPT, RETURN, WITHDRAW'],
              },
            }),
      );
    } else if (RESERVED.has(type)) {
      issues.push(
        createIssue({
          code: 'invalid_value',
          path: ['type'],
          params: {
            actual: type,
            allowed: [
              'an action of a person (SUBMIT is submit(), TICK is runDueDeadlines(), RECOUNT is recountProvisionalDeadlines())',
            ],
          },
        }),
      );
    }
    const actor = checkActor((raw as Record<string, unknown>)['actor'], ['actor'], issues);
    if (
      typeof expectedVersion !== 'number' ||
      !Number.isInteger(expectedVersion) ||
      expectedVersion < 1
    ) {
      issues.push(
        expectedVersion === undefined
          ? createIssue({
              code: 'missing_key',
              path: ['expectedVersion'],
              params: {
                key: 'expectedVersion',
                expected: 'the version the actor saw',
                expectedId: 'versi yang dilihat pelaku',
              },
            })
          : createIssue({
              code: 'invalid_type',
              path: ['expectedVersion'],
              params: {
                expected: 'a whole number of 1 or more',
                expectedId: 'bilangan bulat 1 atau lebih',
                actual: kindOf(expectedVersion),
              },
            }),
      );
    }
    if (reason !== undefined && typeof reason !== 'string') {
      issues.push(
        createIssue({
          code: 'invalid_type',
          path: ['reason'],
          params: { expected: 'a string', expectedId: 'teks', actual: kindOf(reason) },
        }),
      );
    }
    if (days !== undefined && (typeof days !== 'number' || !Number.isInteger(days) || days < 1)) {
      issues.push(
        createIssue({
          code: 'invalid_type',
          path: ['days'],
          params: {
            expected: 'a whole number of days, 1 or more',
            expectedId: 'jumlah hari bulat, 1 atau lebih',
            actual: kindOf(days),
          },
        }),
      );
    } else if (type === 'EXTEND' && days === undefined) {
      issues.push(
        createIssue({
          code: 'missing_key',
          path: ['days'],
          params: {
            key: 'days',
            expected: 'the length of the extension',
            expectedId: 'lamanya perpanjangan',
          },
        }),
      );
    }
    if (issues.length > 0 || actor === undefined) throw new ValidationError(issues.map(maskIssue));
    // Every field was checked above.
    return {
      event: {
        type: type as string,
        actor,
        ...(typeof reason === 'string' ? { reason } : {}),
        ...(typeof days === 'number' ? { days } : {}),
      },
      expectedVersion: expectedVersion as number,
    };
  };

  /** The stored record, or a ConflictError when it is not at `expectedVersion`. */
  const loadAt = async (id: string, expectedVersion: number): Promise<ApplicationRecord> => {
    const record = await load(id);
    if (record.version !== expectedVersion) {
      throw new ConflictError({
        applicationId: id,
        expectedVersion,
        actualVersion: record.version,
      });
    }
    return record;
  };

  const act = async (id: string, input: ActionInput): Promise<ApplicationSummary> => {
    const { event: partial, expectedVersion } = checkAction(input);
    // The record this runtime wrote last is used without reading it back when the actor saw that
    // version: the append checks the version anyway, and a refusal is confirmed against the store
    // (a newer stored version turns it into the ConflictError it would have been).
    const cached = recent.get(id);
    const fromCache = cached !== undefined && cached.record.version === expectedVersion;
    const record = fromCache ? cached.record : await loadAt(id, expectedVersion);
    const { lifecycle, snapshot } = fromCache ? cached : await opened(record);
    const at = now();
    const event: WorkflowActionEvent = { ...partial, at };
    let next: LifecycleSnapshot = snapshot;
    try {
      authorize(record, snapshot, lifecycle, event);
      try {
        next = advance(snapshot, event);
      } catch {
        next = snapshot;
      }
      if (next === snapshot) explain(record, snapshot, event);
    } catch (error) {
      if (fromCache) await loadAt(id, expectedVersion);
      throw error;
    }
    const before = snapshot.context;
    const after = next.context;
    const stored: NewEvent = {
      type: event.type,
      actor: event.actor,
      at,
      payload: {
        step: before.step,
        dueAt: dueInstant(before.stepDue, timeZone),
        serviceDueAt: dueInstant(after.serviceDue, timeZone),
        ...(event.days === undefined ? {} : { days: event.days }),
        ...eventProvisional(before, after),
      },
      ...(event.reason === undefined ? {} : { reason: event.reason }),
    };
    const updated = nextRecord(record, next, at, lifecycle);
    const notifications = planNotifications(mall, {
      record: updated,
      event: stored,
      seq: updated.version,
    });
    try {
      await store.append(id, record.version, stored, updated, notifications);
    } catch (error) {
      recent.delete(id);
      throw error;
    }
    remember(updated, lifecycle, next);
    const actor =
      event.actor.agency === undefined
        ? { role: event.actor.role }
        : { role: event.actor.role, agency: event.actor.agency };
    log({
      level: 'info',
      kind: 'accepted',
      applicationId: id,
      action: event.type,
      actor,
      message: `${event.type} on ${id} accepted (version ${String(updated.version)}, ${updated.state})`,
    });
    return summaryOf(updated, next, lifecycle);
  };

  const submit = async (input: SubmitInput, trusted?: SubmitTrusted): Promise<Application> => {
    const checked = checkSubmit(mall, input, trusted, {
      now,
      needsRiskLevel: (serviceId) => registry.current(serviceId).usesRiskLevel,
    });
    if (!checked.ok) throw new ValidationError(checked.issues);
    const request = checked.value;
    const lifecycle = registry.current(request.service.id);
    const machineInput: WorkflowInput = {
      submittedAt: request.at,
      applicant: { id: request.applicant.id },
      applicationKind: request.applicationKind,
      ...(request.riskLevel === undefined ? {} : { riskLevel: request.riskLevel }),
    };
    let snapshot: LifecycleSnapshot;
    try {
      snapshot = startSnapshot(lifecycle.machine, machineInput);
    } catch (error) {
      if (!(error instanceof CalendarRangeError)) throw error;
      throw new ValidationError([
        createIssue({
          code: 'calendar_date_outside_years',
          path: ['at'],
          params: { date: error.date, years: calendar.years.join(', ') },
        }),
      ]);
    }
    const id = request.id ?? createId();
    const definition = lifecycle.definition;
    const context = snapshot.context;
    const payload: SubmitPayload = {
      serviceDueAt: dueInstant(context.serviceDue, timeZone),
      ...eventProvisional(null, context),
      applicationKind: request.applicationKind,
      ...(request.riskLevel === undefined ? {} : { riskLevel: request.riskLevel }),
      applicant: request.applicant,
      submittedBy: request.submittedBy,
      documents: request.documents,
      facts: request.facts,
      checklist: request.checklist,
      fee: request.fee,
      input: machineInput,
      definition,
    };
    const record: ApplicationRecord = {
      id,
      mallId: mall.mall.id,
      serviceId: definition.serviceId,
      serviceVersion: definition.serviceVersion,
      workflowId: definition.workflowId,
      workflowVersion: definition.workflowVersion,
      applicantId: request.applicant.id,
      agencies: lifecycle.agencies,
      state: stateOf(snapshot),
      snapshot: persistedSnapshot(snapshot),
      version: 1,
      dueAt: nextDueAt(snapshot, timeZone),
      createdAt: request.at,
      updatedAt: request.at,
      ...inboxFields(snapshot, lifecycle, timeZone),
      ...uncoveredFromOf(snapshot),
    };
    const submitEvent: NewEvent = {
      type: 'SUBMIT',
      actor: request.submittedBy,
      at: request.at,
      payload,
    };
    const first = await store.create(
      record,
      submitEvent,
      planNotifications(mall, { record, event: submitEvent, seq: 1 }),
    );
    remember(record, lifecycle, snapshot);
    log({
      level: 'info',
      kind: 'submitted',
      applicationId: id,
      action: 'SUBMIT',
      actor: {
        role: request.submittedBy.role,
        ...(request.submittedBy.agency === undefined ? {} : { agency: request.submittedBy.agency }),
      },
      message: `${request.service.id} application ${id} submitted (${record.state})`,
    });
    return applicationOf(summaryOf(record, snapshot, lifecycle), first, false);
  };

  const storeFilter = (filter: ApplicationFilter) => {
    const overdue = filter.overdue;
    let overdueAt: string | undefined;
    if (overdue === true) overdueAt = now();
    else if (overdue !== undefined && overdue !== false) {
      overdueAt = toInstant(overdue);
      if (overdueAt === undefined) throw new ValidationError([instantIssue(['overdue'], overdue)]);
    }
    return {
      ...(filter.serviceId === undefined ? {} : { serviceId: filter.serviceId }),
      ...(filter.agency === undefined ? {} : { agency: filter.agency }),
      ...(filter.state === undefined ? {} : { state: filter.state }),
      ...(filter.applicantId === undefined ? {} : { applicantId: filter.applicantId }),
      ...(overdueAt === undefined ? {} : { overdueAt }),
      ...(filter.limit === undefined ? {} : { limit: filter.limit }),
      ...(filter.after === undefined ? {} : { after: filter.after }),
    };
  };

  const summarize = async (record: ApplicationRecord): Promise<ApplicationSummary> => {
    const { lifecycle, snapshot } = await opened(record);
    return summaryOf(record, snapshot, lifecycle);
  };

  const query = async (filter: ApplicationFilter = {}): Promise<ApplicationSummaryPage> => {
    const page = await store.query(storeFilter(filter));
    const items: ApplicationSummary[] = [];
    for (const record of page.items) items.push(await summarize(record));
    return page.next === undefined ? { items } : { items, next: page.next };
  };

  const inbox = async (filter: InboxFilter): Promise<ApplicationSummaryPage> => {
    const page = await store.inbox({
      actors: filter.actors.map((actor) => formatActor(actor)),
      ...(filter.limit === undefined ? {} : { limit: filter.limit }),
      ...(filter.after === undefined ? {} : { after: filter.after }),
    });
    const items: ApplicationSummary[] = [];
    for (const record of page.items) items.push(await summarize(record));
    return page.next === undefined ? { items } : { items, next: page.next };
  };

  async function* list(
    filter: Omit<ApplicationFilter, 'after'> = {},
  ): AsyncGenerator<ApplicationSummary> {
    let after: string | undefined;
    do {
      const page = await query(after === undefined ? filter : { ...filter, after });
      yield* page.items;
      after = page.next;
    } while (after !== undefined);
  }

  const get = async (id: string, options: RevealOptions = {}): Promise<Application> => {
    const record = await load(id);
    const { lifecycle, snapshot } = await opened(record);
    const [first] = await store.events(id);
    const reveal = options.reveal === true;
    return applicationOf(summaryOf(record, snapshot, lifecycle, reveal), first, reveal);
  };

  const events = async (
    id: string,
  ): Promise<{ record: ApplicationRecord; events: StoredEvent[] }> => {
    const record = await load(id);
    return { record, events: await store.events(id) };
  };

  const timeline = async (id: string, options: RevealOptions = {}): Promise<TimelineEntry[]> => {
    const { events: log } = await events(id);
    return log.map((event) => timelineEntryOf(event, options.reveal === true));
  };

  const verify = async (id: string): Promise<ChainVerification> => {
    const { record, events: log } = await events(id);
    return verifyChain(log, { version: record.version });
  };

  const exportApplication = async (
    id: string,
    options: RevealOptions = {},
  ): Promise<ApplicationExport> => {
    const reveal = options.reveal === true;
    const { record, events: log } = await events(id);
    const { lifecycle, snapshot } = await opened(record);
    return {
      exportedAt: now(),
      revealed: reveal,
      application: applicationOf(summaryOf(record, snapshot, lifecycle, reveal), log[0], reveal),
      timeline: log.map((event) => timelineEntryOf(event, reveal)),
      chain: verifyChain(log, { version: record.version }),
    };
  };

  const replay = async (id: string): Promise<ReplayResult> => {
    const { record, events: log } = await events(id);
    const lifecycle = await registry.forRecord(record);
    return replayEvents(lifecycle.machine, record, log);
  };

  const allowedActions = async (id: string): Promise<AllowedAction[]> => {
    const record = await load(id);
    const { snapshot } = await opened(record);
    return lifecycleAllowedActions(snapshot);
  };

  const recountProvisionalDeadlines = async (when?: InstantInput): Promise<RecountResult> => {
    const at = when === undefined ? now() : toInstant(when);
    if (at === undefined) throw new ValidationError([instantIssue(['now'], when)]);
    return recountProvisional(
      {
        store,
        uncoveredFrom: calendar.uncoveredFrom,
        timeZone,
        open: opened,
        nextRecord,
        appended: remember,
        log,
      },
      at,
    );
  };
  /** Whether this runtime's scheduler has recounted provisional deadlines yet. */
  let recountedAtStart = false;

  const runDueDeadlines = async (
    when?: InstantInput,
    dueOptions: DueDeadlinesOptions = {},
  ): Promise<DueDeadlinesResult> => {
    const at = when === undefined ? now() : toInstant(when);
    if (at === undefined) throw new ValidationError([instantIssue(['now'], when)]);
    if (when !== undefined) refuseAheadOfClock(at, now());
    let recounted = 0;
    if (!recountedAtStart) {
      recountedAtStart = true;
      recounted = (await recountProvisionalDeadlines(at)).recounted;
    }
    const nowMs = Date.parse(at);
    const batchSize = dueOptions.batchSize ?? 100;
    const leaseMs = dueOptions.leaseMs ?? 60_000;
    const leaseUntil = new Date(nowMs + leaseMs).toISOString();
    const scheduler: ActorRef = { id: dueOptions.schedulerId ?? 'scheduler', role: SYSTEM_ROLE };
    let claimed = 0;
    let delivered = 0;
    let conflicts = 0;
    let unchanged = 0;
    const failed: { applicationId: string; message: string }[] = [];

    const tick = async (claimedRecord: ApplicationRecord): Promise<void> => {
      let record = claimedRecord;
      // A TICK takes one transition; a scheduler that was down may owe an application several.
      for (let round = 0; round < 8; round++) {
        const { lifecycle, snapshot } = await opened(record);
        const context = snapshot.context;
        const tickAt =
          Date.parse(context.updatedAt) > nowMs
            ? new Date(Date.parse(context.updatedAt)).toISOString()
            : at;
        let next: LifecycleSnapshot;
        try {
          next = advance(snapshot, { type: 'TICK', at: tickAt });
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          failed.push({ applicationId: record.id, message });
          log({
            level: 'warn',
            kind: 'tick-failed',
            applicationId: record.id,
            action: 'TICK',
            message: `TICK on ${record.id} failed: ${message}`,
          });
          return;
        }
        if (next === snapshot) {
          if (round === 0) unchanged += 1;
          return;
        }
        const after = next.context;
        const effect =
          after.result !== null && context.result === null
            ? after.result.cause
            : after.expiry !== null && context.expiry === null
              ? 'expiry'
              : 'timeout';
        const updated = nextRecord(record, next, tickAt, lifecycle);
        const tick: NewEvent = {
          type: 'TICK',
          actor: scheduler,
          at: tickAt,
          payload: {
            effect,
            serviceDueAt: dueInstant(after.serviceDue, timeZone),
            ...eventProvisional(null, after),
          },
        };
        try {
          await store.append(
            record.id,
            record.version,
            tick,
            updated,
            planNotifications(mall, { record: updated, event: tick, seq: updated.version }),
          );
        } catch (error) {
          if (error instanceof ConflictError) {
            conflicts += 1;
            return;
          }
          throw error;
        }
        delivered += 1;
        remember(updated, lifecycle, next);
        log({
          level: 'info',
          kind: 'tick',
          applicationId: record.id,
          action: 'TICK',
          message: `TICK on ${record.id}: ${effect} (${updated.state})`,
        });
        if (updated.dueAt === null || Date.parse(updated.dueAt) > nowMs) return;
        record = updated;
      }
    };

    for (;;) {
      const batch = await store.claimDue(at, batchSize, leaseUntil);
      if (batch.length === 0) break;
      claimed += batch.length;
      for (const record of batch) await tick(record);
    }
    return { now: at, claimed, delivered, conflicts, unchanged, failed, recounted };
  };

  return {
    submit,
    act,
    withdraw: (id: string, input: WithdrawInput) => act(id, { ...input, type: 'WITHDRAW' }),
    get,
    query,
    list,
    inbox,
    allowedActions,
    timeline,
    export: exportApplication,
    verify,
    replay,
    runDueDeadlines,
    recountProvisionalDeadlines,
  };
}
