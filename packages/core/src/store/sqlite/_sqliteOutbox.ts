/** The notification outbox on SQLite: rows written inside the store's transactions, and leasing. */
import type Database from 'better-sqlite3';
import {
  checkOutboxClaim,
  checkOutboxFailure,
  checkOutboxQuery,
  outboxEntry,
  outboxRows,
  type OutboxRow,
} from '../_outboxInput.js';
import { sortableInstant } from '../_storeInput.js';
import type {
  NotificationEntry,
  NotificationOutbox,
  NotificationStatus,
} from '../NotificationOutbox.js';

interface EntryRow {
  body: string;
  status: NotificationStatus;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  delivered_at: string | null;
}

const ENTRY_COLUMNS = 'body, status, attempts, next_attempt_at, last_error, delivered_at';

function entryOf(row: EntryRow): NotificationEntry {
  return outboxEntry(row.body, {
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    deliveredAt: row.delivered_at,
  });
}

/** What a SQLite store gets: `write` for use inside its own transactions, and the outbox API. */
export interface SqliteOutbox {
  /** Inserts checked rows; call inside a transaction (ids present already are skipped). */
  readonly write: (rows: readonly OutboxRow[]) => void;
  /** The public API; `run` wraps each call like the store's other methods. */
  readonly outbox: NotificationOutbox;
}

/**
 * The outbox of a SQLite store. Other modules that write their own tables (complaints, queue
 * tickets) enqueue notifications in their transactions through `write`.
 */
export function createSqliteOutbox(
  db: Database.Database,
  run: <T>(work: () => T) => Promise<T>,
): SqliteOutbox {
  const insert = db.prepare(
    'INSERT INTO outbox (id, channel, target, type, source_id, next_attempt_at, created_at, body) ' +
      'VALUES (@id, @channel, @target, @type, @sourceId, @at, @at, @body) ON CONFLICT (id) DO NOTHING',
  );
  const selectDue = db.prepare<[string, string, number], { id: string }>(
    "SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_at <= ? " +
      'AND (lease_until IS NULL OR lease_until <= ?) ORDER BY next_attempt_at, id LIMIT ?',
  );
  const lease = db.prepare<[string, string, string], EntryRow>(
    'UPDATE outbox SET lease_until = ?, lease_owner = ?, attempts = attempts + 1 WHERE id = ? ' +
      `RETURNING ${ENTRY_COLUMNS}`,
  );
  const complete = db.prepare(
    "UPDATE outbox SET status = 'delivered', delivered_at = ?, lease_until = NULL, lease_owner = NULL " +
      "WHERE id = ? AND status = 'pending' AND lease_owner = ?",
  );
  const retryLater = db.prepare(
    'UPDATE outbox SET next_attempt_at = ?, last_error = ?, lease_until = NULL, lease_owner = NULL ' +
      "WHERE id = ? AND status = 'pending' AND lease_owner = ?",
  );
  const bury = db.prepare(
    "UPDATE outbox SET status = 'dead', last_error = ?, lease_until = NULL, lease_owner = NULL " +
      "WHERE id = ? AND status = 'pending' AND lease_owner = ?",
  );
  const revive = db.prepare(
    "UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = ?, lease_until = NULL, " +
      "lease_owner = NULL WHERE id = ? AND status = 'dead'",
  );
  const lists = new Map<string, Database.Statement<unknown[], EntryRow>>();

  const write = (rows: readonly OutboxRow[]): void => {
    for (const row of rows) insert.run(row);
  };
  const enqueueTx = db.transaction(write);
  const claimTx = db.transaction((now: string, limit: number, until: string, owner: string) =>
    selectDue
      .all(now, now, limit)
      .map(({ id }) => lease.get(until, owner, id))
      .filter((row): row is EntryRow => row !== undefined),
  );

  return {
    write,
    outbox: {
      enqueue: (notifications) =>
        run(() => {
          enqueueTx.immediate(outboxRows(notifications));
        }),
      claim: (now, limit, leaseUntil, owner) =>
        run(() => {
          const checked = checkOutboxClaim(now, limit, leaseUntil, owner);
          return claimTx.immediate(checked.now, limit, checked.leaseUntil, owner).map(entryOf);
        }),
      complete: (id, owner, at) =>
        run(() => complete.run(sortableInstant(at, 'at'), id, owner).changes === 1),
      fail: (id, owner, error, retryAt) =>
        run(() => {
          const checked = checkOutboxFailure(error, retryAt);
          const result =
            checked.retryAt === null
              ? bury.run(checked.error, id, owner)
              : retryLater.run(checked.retryAt, checked.error, id, owner);
          return result.changes === 1;
        }),
      list: (query) =>
        run(() => {
          const q = checkOutboxQuery(query);
          const where: string[] = [];
          const params: unknown[] = [];
          if (q.status !== undefined) {
            where.push('status = ?');
            params.push(q.status);
          }
          if (q.sourceId !== undefined) {
            where.push('source_id = ?');
            params.push(q.sourceId);
          }
          const sql =
            `SELECT ${ENTRY_COLUMNS} FROM outbox${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ` +
            'ORDER BY created_at, id LIMIT ?';
          let statement = lists.get(sql);
          if (!statement) {
            statement = db.prepare<unknown[], EntryRow>(sql);
            lists.set(sql, statement);
          }
          return statement.all(...params, q.limit).map(entryOf);
        }),
      retry: (id, now) => run(() => revive.run(sortableInstant(now, 'now'), id).changes === 1),
    },
  };
}
