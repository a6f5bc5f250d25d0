/**
 * The mall floor's records next to the applications: queue tickets (*tiket antrean*) and
 * complaints (*pengaduan*). Every store ({@link MallStore.floor}) implements it on the same
 * database, each call in one transaction.
 */
import type { ComplaintState, QueuePriorityGroup } from '@mpp-kit/schemas';
import type { NewNotification } from './NotificationOutbox.js';

/**
 * The notifications a floor change causes, planned from the record as the store is about to
 * commit it (numbers assigned) and written to the outbox in the same transaction: if the change
 * is stored, so are they.
 *
 * @example
 * ```ts
 * const notify: FloorNotify<ComplaintRecord> = (stored) =>
 *   planFloorNotifications(mall, { event: 'COMPLAINT_RECEIVED', complaint: stored });
 * ```
 */
export type FloorNotify<T> = (stored: T) => readonly NewNotification[];

/**
 * Where a ticket is: waiting, called to a counter, served, or not there when called (`no-show`).
 *
 * @example
 * ```ts
 * const status: TicketStatus = 'waiting';
 * ```
 */
export type TicketStatus = 'waiting' | 'called' | 'served' | 'no-show';

/**
 * One queue ticket. Numbers run per counter per day in the mall's time zone (`A-001` …); a
 * transferred ticket keeps its number and its place (`callableFrom`).
 *
 * @example
 * ```ts
 * const ticket = await store.floor.callNext({ counterId: 'gerai-dpmptsp', day: '2026-12-07', officer: 'nip-1', at });
 * ticket?.number; // 'A-001'
 * ```
 */
export interface QueueTicket {
  /** Unique id, e.g. a UUID. */
  readonly id: string;
  /** The number on the ticket and the display board (`A-001`). */
  readonly number: string;
  /** The counter it waits at (changes on transfer). */
  readonly counterId: string;
  /** The counter that issued it. */
  readonly issuedBy: string;
  /** The local day (`YYYY-MM-DD`, mall time zone) it is valid for. */
  readonly day: string;
  /** `walk-in` or `appointment`. */
  readonly kind: 'walk-in' | 'appointment';
  /** The protected group it is called first for, or `null`. */
  readonly priority: QueuePriorityGroup | null;
  /** The service asked for, or `null`. */
  readonly serviceId: string | null;
  /** An appointment's window `HH:MM-HH:MM`, or `null`. */
  readonly slot: string | null;
  /** The current status. */
  readonly status: TicketStatus;
  /** When it was taken (ISO 8601 instant). */
  readonly takenAt: string;
  /** From when it can be called: when taken, or an appointment's start (ISO 8601 instant). */
  readonly callableFrom: string;
  /** When it was (last) called, or `null`. */
  readonly calledAt: string | null;
  /** Who called it (an officer's id), or `null`. */
  readonly calledBy: string | null;
  /** How many times it was called again. */
  readonly recalls: number;
  /** When it was served or marked no-show, or `null`. */
  readonly finishedAt: string | null;
}

/**
 * What {@link FloorStore.takeTicket} gets: everything but the number, which the store assigns.
 *
 * @example
 * ```ts
 * const input: TakeTicketInput = {
 *   id: 't-1', counterId: 'gerai-dpmptsp', prefix: 'A', day: '2026-12-07', kind: 'walk-in',
 *   priority: null, serviceId: null, slot: null, at: '2026-12-07T01:00:00.000Z',
 *   callableFrom: '2026-12-07T01:00:00.000Z',
 * };
 * ```
 */
export interface TakeTicketInput {
  readonly id: string;
  readonly counterId: string;
  /** The queue's prefix (unique in the mall): numbers are counted per prefix and day. */
  readonly prefix: string;
  readonly day: string;
  readonly kind: 'walk-in' | 'appointment';
  readonly priority: QueuePriorityGroup | null;
  readonly serviceId: string | null;
  readonly slot: string | null;
  /** When it is taken (ISO 8601 instant). */
  readonly at: string;
  readonly callableFrom: string;
  /** The queue's daily capacity (tickets issued that day, all kinds), when it has one. */
  readonly dailyCapacity?: number;
  /** The slot's capacity, for an appointment. */
  readonly slotCapacity?: number;
}

/**
 * What {@link FloorStore.takeTicket} returns: the ticket, or which capacity is used up.
 *
 * @example
 * ```ts
 * const taken = await store.floor.takeTicket(input);
 * if ('ticket' in taken) console.log(taken.ticket.number);
 * ```
 */
export type TakeTicketResult = { readonly ticket: QueueTicket } | { readonly full: 'day' | 'slot' };

/**
 * One complaint (*pengaduan*), in the shape of an SP4N-LAPOR! report plus its handling. Replaced
 * as a whole on every change, with its `history`.
 *
 * @example
 * ```ts
 * const complaint = await store.floor.getComplaint('c-1');
 * complaint?.state; // 'received'
 * ```
 */
export interface ComplaintRecord {
  /** Unique id. */
  readonly id: string;
  /** The number the reporter is given (`ADU-2026-000001`), assigned by the store. */
  readonly number: string;
  /** The mall. */
  readonly mallId: string;
  /** The category id (`complaints.categories[].id`). */
  readonly categoryId: string;
  /** The agency it is routed to. */
  readonly agency: string;
  /** The current state. */
  readonly state: ComplaintState;
  /** 1 when received, +1 on each change (optimistic concurrency). */
  readonly version: number;
  /** Title of the report (SP4N-LAPOR! *judul laporan*). */
  readonly title: string;
  /** What happened (*isi laporan*). */
  readonly content: string;
  /** The day of the event (`YYYY-MM-DD`), when given (*tanggal kejadian*). */
  readonly eventDate: string | null;
  /** Where it happened (*lokasi kejadian*), when given. */
  readonly eventPlace: string | null;
  /** Anonymous: nobody, not even the complaint officers, sees who reported it. */
  readonly anonymous: boolean;
  /** Confidential: the receiving agency does not see who reported it. */
  readonly confidential: boolean;
  /** The reporter's account id, or `null` for an anonymous complaint. */
  readonly reporterId: string | null;
  /** The reporter's name and contact as given, or `null`. */
  readonly reporterName: string | null;
  readonly reporterContact: string | null;
  /** The application it is about, or `null`. */
  readonly applicationId: string | null;
  /** Attachment references (file names or storage keys). */
  readonly attachments: readonly string[];
  /** When it was received (ISO 8601 instant). */
  readonly receivedAt: string;
  /** The local day the first response is due (`YYYY-MM-DD`). */
  readonly firstResponseDue: string;
  /** The local day the answer is due (`YYYY-MM-DD`). */
  readonly answerDue: string;
  /** When it was verified, answered and closed (ISO 8601 instants), or `null`. */
  readonly verifiedAt: string | null;
  readonly answeredAt: string | null;
  readonly closedAt: string | null;
  /** The agency's answer, or `null`. */
  readonly answer: string | null;
  /** Every change, oldest first. */
  readonly history: readonly ComplaintChange[];
}

/**
 * One entry of a complaint's history.
 *
 * @example
 * ```ts
 * const change: ComplaintChange = { action: 'verify', state: 'verified', actor: 'nip-1', at: '2026-12-07T02:00:00.000Z' };
 * ```
 */
export interface ComplaintChange {
  readonly action: string;
  readonly state: ComplaintState;
  readonly actor: string;
  readonly at: string;
  readonly note?: string;
}

/**
 * Options of {@link FloorStore.createComplaint}.
 *
 * @example
 * ```ts
 * // 31 December 2026, 23:30 WIB is 16:30 UTC: the complaint is numbered in 2026 either way,
 * // but at 00:30 WIB on 1 January (17:30 UTC on 31 December) only the local year is right.
 * const options: CreateComplaintOptions = { year: '2027' };
 * ```
 */
export interface CreateComplaintOptions {
  /**
   * The year (`YYYY`) the complaint is numbered in: the mall's local year of `receivedAt` (the
   * complaint desk passes it). Default: the UTC year of `receivedAt`.
   */
  readonly year?: string;
  /** The notifications it causes, written in its transaction. */
  readonly notify?: FloorNotify<ComplaintRecord>;
}

/**
 * Filters of {@link FloorStore.listComplaints}; results come by `receivedAt`, then id.
 *
 * @example
 * ```ts
 * const query: ComplaintQuery = { agency: 'dpupr', state: ['assigned', 'reopened'] };
 * ```
 */
export interface ComplaintQuery {
  readonly agency?: string;
  readonly state?: readonly ComplaintState[];
  readonly reporterId?: string;
  /** The complaint with this number (`ADU-2026-000001`). */
  readonly number?: string;
  /** At most this many; default 1000. */
  readonly limit?: number;
}

/**
 * Queue tickets and complaints in the mall's store. Each method is one transaction (with the
 * notifications its `notify` plans, written to the outbox in it): ticket
 * numbers and complaint numbers are unique under concurrency (a counter row locked by the
 * transaction), and {@link FloorStore.callNext} hands a waiting ticket to exactly one caller, in
 * this process or any other (PostgreSQL `FOR UPDATE SKIP LOCKED`; SQLite one write transaction).
 *
 * @example
 * ```ts
 * const taken = await store.floor.takeTicket(input);
 * const called = await store.floor.callNext({ counterId: 'gerai-dpmptsp', day: '2026-12-07', officer: 'nip-1', at });
 * ```
 */
export interface FloorStore {
  /**
   * Issues the next number of `prefix` on `day`, unless the day's or the slot's capacity is used.
   *
   * @example
   * ```ts
   * const taken = await store.floor.takeTicket(input);
   * ```
   */
  takeTicket(input: TakeTicketInput): Promise<TakeTicketResult>;
  /**
   * Calls the next waiting ticket of a counter on a day whose `callableFrom` has come: priority
   * groups first, then by `callableFrom`, then by number. `undefined` when none waits.
   *
   * @example
   * ```ts
   * const ticket = await store.floor.callNext({ counterId: 'gerai-dpmptsp', day: '2026-12-07', officer: 'nip-1', at });
   * ```
   */
  callNext(
    input: {
      readonly counterId: string;
      readonly day: string;
      readonly officer: string;
      readonly at: string;
    },
    notify?: FloorNotify<QueueTicket>,
  ): Promise<QueueTicket | undefined>;
  /**
   * Moves a ticket on if its status is one of `from`: to `called` again (a recall, counted), to
   * `served` or `no-show` (finished), or back to `waiting` at another counter (a transfer).
   * `undefined` when there is no such ticket in one of those statuses.
   *
   * @example
   * ```ts
   * await store.floor.moveTicket('t-1', ['called'], { status: 'served', at });
   * ```
   */
  moveTicket(
    id: string,
    from: readonly TicketStatus[],
    change: {
      readonly status: TicketStatus;
      readonly at: string;
      readonly counterId?: string;
      readonly officer?: string;
    },
    notify?: FloorNotify<QueueTicket>,
  ): Promise<QueueTicket | undefined>;
  /**
   * Reads a ticket.
   *
   * @example
   * ```ts
   * const ticket = await store.floor.getTicket('t-1');
   * ```
   */
  getTicket(id: string): Promise<QueueTicket | undefined>;
  /**
   * Lists the tickets of a day (of one counter, when given) by counter, then number.
   *
   * @example
   * ```ts
   * const tickets = await store.floor.tickets({ day: '2026-12-07' });
   * ```
   */
  tickets(query: { readonly day: string; readonly counterId?: string }): Promise<QueueTicket[]>;
  /**
   * Stores a new complaint with the next number of its year (`ADU-<year>-000001`, the year of
   * `options.year`); the record's `number` is ignored and `version` must be 1.
   *
   * @example
   * ```ts
   * const stored = await store.floor.createComplaint(record, { year: '2026' });
   * stored.number; // 'ADU-2026-000001'
   * ```
   */
  createComplaint(
    record: ComplaintRecord,
    options?: CreateComplaintOptions,
  ): Promise<ComplaintRecord>;
  /**
   * Replaces a complaint if its stored version is still `expectedVersion` (the record's version
   * must be one more); `undefined` when it is not (someone else changed it first, or no such id).
   *
   * @example
   * ```ts
   * await store.floor.updateComplaint('c-1', 1, { ...current, state: 'verified', version: 2 });
   * ```
   */
  updateComplaint(
    id: string,
    expectedVersion: number,
    record: ComplaintRecord,
    notify?: FloorNotify<ComplaintRecord>,
  ): Promise<ComplaintRecord | undefined>;
  /**
   * Reads a complaint.
   *
   * @example
   * ```ts
   * const complaint = await store.floor.getComplaint('c-1');
   * ```
   */
  getComplaint(id: string): Promise<ComplaintRecord | undefined>;
  /**
   * Lists complaints matching all given filters.
   *
   * @example
   * ```ts
   * const open = await store.floor.listComplaints({ state: ['received'] });
   * ```
   */
  listComplaints(query: ComplaintQuery): Promise<ComplaintRecord[]>;
}
