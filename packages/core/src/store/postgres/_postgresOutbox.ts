/** The notification outbox on PostgreSQL: rows written inside the store's transactions, and leasing. */
import type { Pool, PoolClient } from 'pg';
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
  next_attempt_at: Date;
  last_error: string | null;
  delivered_at: Date | null;
}

const ENTRY_COLUMNS =
  'body::text AS body, status, attempts, next_attempt_at, last_error, delivered_at';

function entryOf(row: EntryRow): NotificationEntry {
  return outboxEntry(row.body, {
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at.toISOString(),
    lastError: row.last_error,
    deliveredAt: row.delivered_at === null ? null : row.delivered_at.toISOString(),
  });
}

/** What a PostgreSQL store gets: `write` for its own transactions, and the outbox API. */
export interface PostgresOutbox {
  /** Inserts checked rows on the transaction's client (ids present already are skipped). */
  readonly write: (client: PoolClient, rows: readonly OutboxRow[]) => Promise<void>;
  readonly outbox: NotificationOutbox;
}

/**
 * The outbox insert on the (quoted) table `table`, its seven arrays from parameter `$first` on
 * (see {@link outboxValues}); with `gate`, rows are inserted only when that CTE of the same
 * statement returned a row (the store's one-statement create and append). Ids present already
 * are skipped.
 */
export function outboxInsertSql(table: string, first: number, gate?: string): string {
  const p = (i: number): string => `$${String(first + i)}`;
  return (
    `INSERT INTO ${table} (id, channel, target, type, source_id, next_attempt_at, created_at, body) ` +
    `SELECT n.* FROM ${gate === undefined ? '' : `${gate}, `}unnest(${p(0)}::text[], ${p(1)}::text[], ` +
    `${p(2)}::text[], ${p(3)}::text[], ${p(4)}::text[], ${p(5)}::timestamptz[], ${p(5)}::timestamptz[], ` +
    `${p(6)}::json[]) AS n ON CONFLICT (id) DO NOTHING`
  );
}

/** The parameters of {@link outboxInsertSql}: one array per column, in its order. */
export function outboxValues(rows: readonly OutboxRow[]): unknown[] {
  return [
    rows.map((r) => r.id),
    rows.map((r) => r.channel),
    rows.map((r) => r.target),
    rows.map((r) => r.type),
    rows.map((r) => r.sourceId),
    rows.map((r) => r.at),
    rows.map((r) => r.body),
  ];
}

/**
 * The outbox of a PostgreSQL store in the (quoted) schema `s`. Other modules that write their own
 * tables (complaints, queue tickets) enqueue notifications in their transactions through `write`.
 */
export function createPostgresOutbox(
  pool: Pool,
  s: string,
  run: <T>(work: () => Promise<T>) => Promise<T>,
): PostgresOutbox {
  const table = `${s}.outbox`;
  const insertSql = outboxInsertSql(table, 1);
  const insert = async (client: Pool | PoolClient, rows: readonly OutboxRow[]): Promise<void> => {
    if (rows.length === 0) return;
    await client.query(insertSql, outboxValues(rows));
  };
  const changed = async (sql: string, values: unknown[]): Promise<boolean> => {
    const result = await pool.query(sql, values);
    return result.rowCount === 1;
  };

  return {
    write: insert,
    outbox: {
      enqueue: (notifications) => run(() => insert(pool, outboxRows(notifications))),
      claim: (now, limit, leaseUntil, owner) =>
        run(async () => {
          const checked = checkOutboxClaim(now, limit, leaseUntil, owner);
          // One statement, so one transaction: rows another worker has locked are skipped.
          const { rows } = await pool.query<EntryRow>(
            `WITH picked AS (
               SELECT id FROM ${table}
               WHERE status = 'pending' AND next_attempt_at <= $1
                 AND (lease_until IS NULL OR lease_until <= $1)
               ORDER BY next_attempt_at, id LIMIT $2
               FOR UPDATE SKIP LOCKED
             )
             UPDATE ${table} o SET lease_until = $3, lease_owner = $4, attempts = o.attempts + 1
             FROM picked WHERE o.id = picked.id
             RETURNING o.body::text AS body, o.status, o.attempts, o.next_attempt_at, o.last_error,
               o.delivered_at, o.id`,
            [checked.now, limit, checked.leaseUntil, owner],
          );
          // RETURNING has no order: earliest due first, as claimed.
          const key = (e: NotificationEntry): string => `${e.nextAttemptAt} ${e.id}`;
          return rows.map(entryOf).sort((a, b) => (key(a) < key(b) ? -1 : 1));
        }),
      complete: (id, owner, at) =>
        run(() =>
          changed(
            `UPDATE ${table} SET status = 'delivered', delivered_at = $1, lease_until = NULL, lease_owner = NULL ` +
              `WHERE id = $2 AND status = 'pending' AND lease_owner = $3`,
            [sortableInstant(at, 'at'), id, owner],
          ),
        ),
      fail: (id, owner, error, retryAt) =>
        run(() => {
          const checked = checkOutboxFailure(error, retryAt);
          return checked.retryAt === null
            ? changed(
                `UPDATE ${table} SET status = 'dead', last_error = $1, lease_until = NULL, lease_owner = NULL ` +
                  `WHERE id = $2 AND status = 'pending' AND lease_owner = $3`,
                [checked.error, id, owner],
              )
            : changed(
                `UPDATE ${table} SET next_attempt_at = $1, last_error = $2, lease_until = NULL, lease_owner = NULL ` +
                  `WHERE id = $3 AND status = 'pending' AND lease_owner = $4`,
                [checked.retryAt, checked.error, id, owner],
              );
        }),
      list: (query) =>
        run(async () => {
          const q = checkOutboxQuery(query);
          const where: string[] = [];
          const params: unknown[] = [];
          if (q.status !== undefined) {
            params.push(q.status);
            where.push(`status = $${String(params.length)}`);
          }
          if (q.sourceId !== undefined) {
            params.push(q.sourceId);
            where.push(`source_id = $${String(params.length)}`);
          }
          params.push(q.limit);
          const { rows } = await pool.query<EntryRow>(
            `SELECT ${ENTRY_COLUMNS} FROM ${table}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ` +
              `ORDER BY created_at, id LIMIT $${String(params.length)}`,
            params,
          );
          return rows.map(entryOf);
        }),
      retry: (id, now) =>
        run(() =>
          changed(
            `UPDATE ${table} SET status = 'pending', attempts = 0, next_attempt_at = $1, lease_until = NULL, ` +
              `lease_owner = NULL WHERE id = $2 AND status = 'dead'`,
            [sortableInstant(now, 'now'), id],
          ),
        ),
    },
  };
}
