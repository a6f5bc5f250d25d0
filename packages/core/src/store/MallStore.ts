import type { FloorStore } from './FloorStore.js';
import type { NewNotification, NotificationOutbox } from './NotificationOutbox.js';

/**
 * Who performed an action: the user, the role they acted in, and the agency they acted for.
 *
 * @example
 * ```ts
 * const actor: ActorRef = { id: 'nip-198703122010011002', role: 'verifier', agency: 'dpmptsp' };
 * ```
 */
export interface ActorRef {
  /** The user's id (an officer's NIP, the applicant's account id, or `system`). */
  readonly id: string;
  /** The role the user acted in (`applicant`, `front-office`, `verifier` …). */
  readonly role: string;
  /** The agency the user acted for (OPD: *organisasi perangkat daerah*); absent for the applicant. */
  readonly agency?: string;
}

/**
 * An event as the caller hands it to {@link MallStore.create} or {@link MallStore.append}: the store
 * adds the application id, the sequence number and the hash chain.
 *
 * @example
 * ```ts
 * const event: NewEvent = {
 *   type: 'ACCEPT',
 *   actor: { id: 'nip-1', role: 'front-office', agency: 'dpmptsp' },
 *   at: '2025-07-01T02:30:00.000Z',
 *   payload: { checklist: ['ktp', 'gambar-teknis'] },
 * };
 * ```
 */
export interface NewEvent {
  /** What happened: the machine event's type (`SUBMIT`, `ACCEPT`, `TICK` …). */
  readonly type: string;
  /** Who did it. */
  readonly actor: ActorRef;
  /** When, as an ISO 8601 instant with `Z` or an offset. */
  readonly at: string;
  /** The event's data, any JSON value; `null` when absent. */
  readonly payload?: unknown;
  /** Why, when the action needs a reason (a return for correction, a refusal, an extension). */
  readonly reason?: string;
}

/**
 * One entry of an application's event log (*log audit*): the event with its position and its link
 * in the application's hash chain. See {@link verifyChain}.
 *
 * @example
 * ```ts
 * const [first] = await store.events('app-1');
 * first?.seq; // 1
 * first?.prevHash; // '000…000' (64 zeros)
 * ```
 */
export interface StoredEvent {
  /** The application the event belongs to. */
  readonly applicationId: string;
  /** Position in the log, 1, 2, 3 …: the application's version after this event. */
  readonly seq: number;
  /** What happened. */
  readonly type: string;
  /** Who did it. */
  readonly actor: ActorRef;
  /** When (as given by the caller). */
  readonly at: string;
  /** The event's data (JSON). */
  readonly payload: unknown;
  /** Why, when given. */
  readonly reason?: string;
  /** `hash` of the previous event, or 64 zeros for the first. */
  readonly prevHash: string;
  /** SHA-256 (hex) of the canonical JSON of this event without `hash`. */
  readonly hash: string;
}

/**
 * The current state of one application (*permohonan*): what the runtime needs to resume its machine
 * and what queries filter on. Replaced as a whole on every append.
 *
 * @example
 * ```ts
 * const record: ApplicationRecord = {
 *   id: 'app-1', mallId: 'mpp-batang', serviceId: 'pbg', serviceVersion: '2025.1',
 *   workflowId: 'permit-with-levy', workflowVersion: '1', applicantId: 'akun-siti',
 *   agencies: ['dpmptsp', 'dpupr', 'dlh'], state: 'intake', snapshot: { value: 'intake' },
 *   version: 1, dueAt: '2025-07-02T08:30:00.000Z',
 *   createdAt: '2025-07-01T02:30:00.000Z', updatedAt: '2025-07-01T02:30:00.000Z',
 * };
 * ```
 */
export interface ApplicationRecord {
  /** The application's id, unique in the store. */
  readonly id: string;
  /** The mall it was submitted at. */
  readonly mallId: string;
  /** The service applied for; fixed at creation. */
  readonly serviceId: string;
  /** The service version it was submitted under; fixed at creation. */
  readonly serviceVersion: string;
  /** The workflow that runs it; fixed at creation. */
  readonly workflowId: string;
  /** The workflow version that runs it; fixed at creation. */
  readonly workflowVersion: string;
  /** The applicant (*pemohon*); fixed at creation. */
  readonly applicantId: string;
  /** The agencies involved, for the `agency` query. */
  readonly agencies: readonly string[];
  /** The current state, as a flat name the queries filter on (`review`, `issued` …). */
  readonly state: string;
  /** The persisted machine snapshot (JSON). */
  readonly snapshot: unknown;
  /** The number of events in the log: 1 after `create`, then the `seq` of the last event. */
  readonly version: number;
  /** The next deadline (ISO 8601 instant), or `null` when no deadline runs. */
  readonly dueAt: string | null;
  /** When the application was created (ISO 8601 instant); fixed at creation. */
  readonly createdAt: string;
  /** When it last changed (ISO 8601 instant). */
  readonly updatedAt: string;
  /**
   * Who is expected to act now, as `role@agency` (the officers the pending actions name, never
   * the applicant): what {@link MallStore.inbox} finds it by. Absent or empty when nobody is.
   */
  readonly pendingActors?: readonly string[];
  /**
   * When the work in hand is due (ISO 8601 instant): the earlier of the current step's and the
   * service's due instants; the order of {@link MallStore.inbox}. Absent or `null` when none.
   */
  readonly actionDueAt?: string | null;
  /**
   * The earliest day no calendar decree covered when the application's open provisional due
   * dates were counted (`YYYY-MM-DD`, e.g. `'2027-01-01'`): once the calendar covers it, they are
   * recounted ({@link ApplicationQuery.uncoveredBefore} finds them). Absent or `null` when no open
   * due date is provisional.
   */
  readonly uncoveredFrom?: string | null;
}

/**
 * Filters of {@link MallStore.query}. All given filters must match. Results come ordered by
 * `createdAt`, then `id` (byte order); with `overdueAt`, by `dueAt` (most overdue first), then
 * `id`, the order of the stores' due-date index.
 *
 * @example
 * ```ts
 * const q: ApplicationQuery = { agency: 'dpupr', state: ['review', 'inspection'], limit: 20 };
 * ```
 */
export interface ApplicationQuery {
  /** Only this service. */
  readonly serviceId?: string;
  /** Only applications that involve this agency (listed in `agencies`). */
  readonly agency?: string;
  /** Only this state, or any of these states (an empty list matches nothing). */
  readonly state?: string | readonly string[];
  /** Only this applicant's applications. */
  readonly applicantId?: string;
  /**
   * Only applications with a deadline at or before this instant (overdue at that time), in due
   * order. A page's cursor resumes after the last due instant listed, so an application whose
   * deadline moves between pages may be listed again or not at all.
   */
  readonly overdueAt?: string;
  /**
   * Only applications with provisional due dates counted when coverage ended before this day
   * (`uncoveredFrom` earlier than it, `YYYY-MM-DD`): those a calendar covering up to the day
   * before can confirm.
   */
  readonly uncoveredBefore?: string;
  /** Page size, 1 to 1000; default 100. */
  readonly limit?: number;
  /** The `next` cursor of the previous page. */
  readonly after?: string;
}

/**
 * What {@link MallStore.inbox} lists: the applications waiting for any of `actors`.
 *
 * @example
 * ```ts
 * const q: InboxQuery = { actors: ['reviewer@dlh', 'head@dlh'], limit: 20 };
 * ```
 */
export interface InboxQuery {
  /** `role@agency` keys, 1 to 100 of them (as in {@link ApplicationRecord.pendingActors}). */
  readonly actors: readonly string[];
  /** Page size, 1 to 1000; default 100. */
  readonly limit?: number;
  /** The `next` cursor of the previous page. */
  readonly after?: string;
}

/**
 * One page of {@link MallStore.query} or {@link MallStore.inbox} results.
 *
 * @example
 * ```ts
 * let page = await store.query({ serviceId: 'pbg' });
 * while (page.next) page = await store.query({ serviceId: 'pbg', after: page.next });
 * ```
 */
export interface ApplicationPage {
  /** The records of this page. */
  readonly items: ApplicationRecord[];
  /** Opaque cursor for the next page; absent on the last page. */
  readonly next?: string;
}

/**
 * The event-sourced application store (*penyimpanan permohonan*): each accepted action appends one
 * event to the application's hash-chained log and replaces its record, in one transaction, if the
 * caller's expected version is still current (optimistic concurrency).
 *
 * Implementations: {@link createMemoryStore} (tests, demos), `createSqliteStore` from
 * `@mpp-kit/core/store/sqlite` (the embedded default, one file) and `createPostgresStore` from
 * `@mpp-kit/core/store/postgres` (many processes on one database). They pass one conformance suite.
 *
 * Values go in and come out as JSON: records and events are copied on the way in and on the way out,
 * so neither the caller nor the store can change the other's objects. Instants are ISO 8601 strings
 * with `Z` or an offset; they are stored as given and compared as instants (to the millisecond).
 *
 * **Deadlines from several processes.** A scheduler calls {@link MallStore.claimDue}, which leases
 * the due applications it returns so that no other scheduler gets them until the lease ends (on
 * PostgreSQL with `FOR UPDATE SKIP LOCKED`, on SQLite inside one write transaction). It then sends
 * each deadline event through the runtime, which appends with the claimed record's `version`: if
 * anything changed the application in the meantime (an officer's decision, or another scheduler
 * after the lease ran out), the append fails with {@link ConflictError} and nothing is delivered
 * twice. A scheduler that dies leaves its leases to expire, after which the applications are
 * claimed again. Appends do not touch the lease.
 *
 * @example
 * ```ts
 * const store = createMemoryStore();
 * await store.create(record, { type: 'SUBMIT', actor, at: record.createdAt, payload: form });
 * const current = await store.get('app-1');
 * await store.append('app-1', current!.version, acceptEvent, { ...current!, state: 'review', version: current!.version + 1 });
 * ```
 */
export interface MallStore {
  /**
   * Queue tickets and complaints, kept in the same database (see {@link FloorStore}).
   *
   * @example
   * ```ts
   * const tickets = await store.floor.tickets({ day: '2026-12-07' });
   * ```
   */
  readonly floor: FloorStore;
  /**
   * Inserts a new application (`record.version` must be 1) with its first event, atomically,
   * and the `notifications` that event causes in the same transaction (the outbox).
   *
   * @returns the stored first event (seq 1).
   * @throws {@link ConflictError} when an application with this id exists (`expectedVersion` 0).
   * @throws {@link StoreError} `invalid_input` for a malformed record or event, `closed`, `io`.
   * @example
   * ```ts
   * const first = await store.create(record, { type: 'SUBMIT', actor, at, payload: form });
   * ```
   */
  create(
    record: ApplicationRecord,
    event: NewEvent,
    notifications?: readonly NewNotification[],
  ): Promise<StoredEvent>;
  /**
   * Appends one event and replaces the record, atomically, if the stored version is still
   * `expectedVersion`; the event gets `seq` = `expectedVersion + 1`, which must also be
   * `record.version`. The store computes `prevHash` and `hash`. The fields fixed at creation
   * (mall, service and workflow with their versions, applicant, `createdAt`) cannot change.
   * The `notifications` the event causes are written in the same transaction (the outbox).
   *
   * @returns the stored event.
   * @throws {@link ConflictError} when the stored version differs (`actualVersion` 0: no such
   * application); nothing is written.
   * @throws {@link StoreError} `invalid_input`, `closed`, `io`.
   * @example
   * ```ts
   * await store.append('app-1', 3, { type: 'APPROVE', actor, at }, { ...record, state: 'levy', version: 4 });
   * ```
   */
  append(
    id: string,
    expectedVersion: number,
    event: NewEvent,
    record: ApplicationRecord,
    notifications?: readonly NewNotification[],
  ): Promise<StoredEvent>;
  /**
   * Reads an application's record.
   *
   * @returns a fresh copy, or `undefined` when there is no such application.
   * @throws {@link StoreError} `closed`, `io`.
   * @example
   * ```ts
   * const record = await store.get('app-1');
   * ```
   */
  get(id: string): Promise<ApplicationRecord | undefined>;
  /**
   * Reads an application's event log in `seq` order (empty when there is no such application).
   *
   * @throws {@link StoreError} `closed`, `io`.
   * @example
   * ```ts
   * verifyChain(await store.events('app-1')); // { ok: true }
   * ```
   */
  events(id: string): Promise<StoredEvent[]>;
  /**
   * Lists applications matching all given filters, a page at a time.
   *
   * @throws {@link StoreError} `invalid_input` (bad limit, instant or cursor), `closed`, `io`.
   * @example
   * ```ts
   * const { items, next } = await store.query({ agency: 'dlh', overdueAt: new Date().toISOString() });
   * ```
   */
  query(query: ApplicationQuery): Promise<ApplicationPage>;
  /**
   * Lists the applications waiting for any of `query.actors` (their `pendingActors` meet it),
   * soonest `actionDueAt` first (those without one last), then by id, a page at a time, through
   * an index on (actor, due instant, id).
   *
   * @throws {@link StoreError} `invalid_input` (no actors, bad limit or cursor), `closed`, `io`.
   * @example
   * ```ts
   * const { items, next } = await store.inbox({ actors: ['front-office@dpmptsp'], limit: 50 });
   * ```
   */
  inbox(query: InboxQuery): Promise<ApplicationPage>;
  /**
   * Lists applications whose `dueAt` is at or before `now`, earliest first (then by id), at most
   * `limit` of them, through the due-date index. Read only: leases are ignored.
   *
   * @throws {@link StoreError} `invalid_input`, `closed`, `io`.
   * @example
   * ```ts
   * const due = await store.due(new Date().toISOString(), 50);
   * ```
   */
  due(now: string, limit: number): Promise<ApplicationRecord[]>;
  /**
   * Like {@link MallStore.due}, but skips applications leased by another caller and leases the
   * returned ones until `leaseUntil` (which must be after `now`), atomically: concurrent callers,
   * in this process or others, never receive the same application while its lease runs.
   *
   * @throws {@link StoreError} `invalid_input`, `closed`, `io`.
   * @example
   * ```ts
   * const now = new Date();
   * const claimed = await store.claimDue(now.toISOString(), 50, new Date(now.getTime() + 60_000).toISOString());
   * ```
   */
  claimDue(now: string, limit: number, leaseUntil: string): Promise<ApplicationRecord[]>;
  /**
   * Counts the applications in the store.
   *
   * @throws {@link StoreError} `closed`, `io`.
   * @example
   * ```ts
   * await store.count(); // 0
   * ```
   */
  count(): Promise<number>;
  /**
   * The notification outbox: what `create` and `append` wrote with their events, for delivery
   * workers and operators. Every store of this library has one.
   *
   * @example
   * ```ts
   * const dead = await store.outbox?.list({ status: 'dead' });
   * ```
   */
  readonly outbox?: NotificationOutbox;
  /**
   * Releases the store's resources (file handle, owned connection pool). Idempotent; any later
   * call fails with {@link StoreError} `closed`.
   *
   * @example
   * ```ts
   * await store.close();
   * ```
   */
  close(): Promise<void>;
}
