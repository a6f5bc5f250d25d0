/**
 * The delivery channels of a notification.
 *
 * @example
 * ```ts
 * notificationChannels.includes('webhook'); // true
 * ```
 */
export const notificationChannels = ['email', 'webhook'] as const;
/** A delivery channel: `email` (SMTP) or `webhook` (signed HTTP POST). */
export type NotificationChannel = (typeof notificationChannels)[number];

/**
 * The states of an outbox row: waiting for (another) attempt, delivered, or dead-lettered after
 * its last attempt failed (an operator may retry it).
 *
 * @example
 * ```ts
 * const status: NotificationStatus = 'dead';
 * ```
 */
export const notificationStatuses = ['pending', 'delivered', 'dead'] as const;
/** The state of an outbox row. */
export type NotificationStatus = (typeof notificationStatuses)[number];

/**
 * A notification as a producer hands it to the store, written in the same transaction as the
 * event that causes it (the transactional outbox): see {@link MallStore.create},
 * {@link MallStore.append} and {@link NotificationOutbox.enqueue}.
 *
 * @example
 * ```ts
 * const n: NewNotification = {
 *   id: 'msg_2x9f…', channel: 'webhook', target: 'dinas-kominfo', type: 'application.submit',
 *   sourceId: 'app-1', at: '2025-07-01T02:30:00.000Z', message: { body: '{"type":"application.submit"}' },
 * };
 * ```
 */
export interface NewNotification {
  /**
   * The idempotency key, unique in the store (`msg_…`): the `webhook-id` a receiver deduplicates
   * on. Enqueuing an id that exists already is a no-op.
   */
  readonly id: string;
  /** How it is delivered. */
  readonly channel: NotificationChannel;
  /** Whom: the webhook subscription id, or `email`'s template id. */
  readonly target: string;
  /** What happened, e.g. `application.submit`. */
  readonly type: string;
  /** What it is about (an application id, a complaint id …), when anything. */
  readonly sourceId?: string;
  /** When it was written (ISO 8601 instant): its first attempt is due then. */
  readonly at: string;
  /** What the channel delivers (JSON): `{ to, subject, text }` or `{ body }`. */
  readonly message: unknown;
}

/**
 * One row of the outbox, as {@link NotificationOutbox.claim} and {@link NotificationOutbox.list}
 * return it.
 *
 * @example
 * ```ts
 * const [dead] = await store.outbox!.list({ status: 'dead' });
 * dead?.lastError; // 'HTTP 500 from https://…'
 * ```
 */
export interface NotificationEntry extends NewNotification {
  /** Where it is in its delivery. */
  readonly status: NotificationStatus;
  /** Attempts started so far (a claim counts as one). */
  readonly attempts: number;
  /** When the next attempt is due (ISO 8601 instant). */
  readonly nextAttemptAt: string;
  /** Why the last attempt failed. */
  readonly lastError?: string;
  /** When it was delivered. */
  readonly deliveredAt?: string;
}

/**
 * Filters of {@link NotificationOutbox.list}: oldest first, then by id.
 *
 * @example
 * ```ts
 * const q: NotificationQuery = { status: 'dead', limit: 50 };
 * ```
 */
export interface NotificationQuery {
  /** Only rows in this state. */
  readonly status?: NotificationStatus;
  /** Only rows about this source (an application id …). */
  readonly sourceId?: string;
  /** At most this many, 1 to 1000; default 100. */
  readonly limit?: number;
}

/**
 * The notification outbox of a store: rows written with application events (or by
 * {@link NotificationOutbox.enqueue}), leased by delivery workers in any number of processes,
 * retried and dead-lettered.
 *
 * A worker {@link NotificationOutbox.claim}s due rows under a lease it names itself by `owner`;
 * while the lease runs no other worker receives them (on PostgreSQL with `FOR UPDATE SKIP
 * LOCKED`, on SQLite in one write transaction). A worker that dies leaves its leases to expire and
 * the rows are claimed again: delivery is at least once, and the row's id lets receivers drop
 * repeats. Only the lease's owner may {@link NotificationOutbox.complete} or
 * {@link NotificationOutbox.fail} a row.
 *
 * @example
 * ```ts
 * const rows = await store.outbox!.claim(now, 10, leaseUntil, 'worker-1');
 * for (const row of rows) await store.outbox!.complete(row.id, 'worker-1', new Date().toISOString());
 * ```
 */
export interface NotificationOutbox {
  /**
   * Writes notifications outside any application event (ids already present are skipped).
   *
   * @throws {@link StoreError} `invalid_input`, `closed`, `io`.
   * @example
   * ```ts
   * await store.outbox!.enqueue([notification]);
   * ```
   */
  enqueue(notifications: readonly NewNotification[]): Promise<void>;
  /**
   * Leases up to `limit` pending rows due at `now` and not leased by anyone, earliest due first,
   * until `leaseUntil`, counting one more attempt on each.
   *
   * @throws {@link StoreError} `invalid_input`, `closed`, `io`.
   * @example
   * ```ts
   * const rows = await store.outbox!.claim(now, 10, leaseUntil, 'host-1:4242');
   * ```
   */
  claim(
    now: string,
    limit: number,
    leaseUntil: string,
    owner: string,
  ): Promise<NotificationEntry[]>;
  /**
   * Marks a leased row delivered.
   *
   * @returns `false` when `owner` no longer holds the row (its lease ran out and another worker
   * claimed it): nothing changes.
   * @throws {@link StoreError} `closed`, `io`.
   * @example
   * ```ts
   * await store.outbox!.complete(row.id, 'host-1:4242', new Date().toISOString());
   * ```
   */
  complete(id: string, owner: string, at: string): Promise<boolean>;
  /**
   * Records a failed attempt on a leased row: pending again from `retryAt`, or dead-lettered when
   * `retryAt` is `null`.
   *
   * @returns `false` when `owner` no longer holds the row: nothing changes.
   * @throws {@link StoreError} `invalid_input`, `closed`, `io`.
   * @example
   * ```ts
   * await store.outbox!.fail(row.id, 'host-1:4242', 'HTTP 503', '2025-07-01T02:31:00.000Z');
   * ```
   */
  fail(id: string, owner: string, error: string, retryAt: string | null): Promise<boolean>;
  /**
   * Lists rows, oldest first.
   *
   * @throws {@link StoreError} `invalid_input`, `closed`, `io`.
   * @example
   * ```ts
   * const dead = await store.outbox!.list({ status: 'dead' });
   * ```
   */
  list(query?: NotificationQuery): Promise<NotificationEntry[]>;
  /**
   * Puts a dead-lettered row back to pending, due at `now`, with its attempts counted from zero.
   *
   * @returns `false` when there is no dead row with this id.
   * @throws {@link StoreError} `invalid_input`, `closed`, `io`.
   * @example
   * ```ts
   * await store.outbox!.retry('msg_2x9f…', new Date().toISOString());
   * ```
   */
  retry(id: string, now: string): Promise<boolean>;
}
