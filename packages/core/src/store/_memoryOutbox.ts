/** The notification outbox of the memory store. */
import { attempt } from './_attempt.js';
import {
  checkOutboxClaim,
  checkOutboxFailure,
  checkOutboxQuery,
  outboxEntry,
  outboxRows,
  type OutboxRow,
} from './_outboxInput.js';
import { compareBytes, sortableInstant } from './_storeInput.js';
import type { NotificationOutbox, NotificationStatus } from './NotificationOutbox.js';

interface MemoryRow {
  readonly row: OutboxRow;
  status: NotificationStatus;
  attempts: number;
  nextAttemptAt: string;
  leaseUntil: string | null;
  leaseOwner: string | null;
  lastError: string | null;
  deliveredAt: string | null;
}

/** The memory store's outbox; `write` is called inside its (synchronous) create and append. */
export function createMemoryOutbox(open: () => void): {
  write: (rows: readonly OutboxRow[]) => void;
  outbox: NotificationOutbox;
} {
  const rows = new Map<string, MemoryRow>();
  const entry = (r: MemoryRow) =>
    outboxEntry(r.row.body, {
      status: r.status,
      attempts: r.attempts,
      nextAttemptAt: r.nextAttemptAt,
      lastError: r.lastError,
      deliveredAt: r.deliveredAt,
    });
  const write = (list: readonly OutboxRow[]): void => {
    for (const row of list) {
      if (rows.has(row.id)) continue;
      rows.set(row.id, {
        row,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: row.at,
        leaseUntil: null,
        leaseOwner: null,
        lastError: null,
        deliveredAt: null,
      });
    }
  };
  const held = (id: string, owner: string): MemoryRow | undefined => {
    const r = rows.get(id);
    return r && r.status === 'pending' && r.leaseOwner === owner ? r : undefined;
  };
  const release = (r: MemoryRow): void => {
    r.leaseUntil = null;
    r.leaseOwner = null;
  };
  const guarded = <T>(work: () => T): Promise<T> =>
    attempt(() => {
      open();
      return work();
    });
  return {
    write,
    outbox: {
      enqueue: (notifications) =>
        guarded(() => {
          write(outboxRows(notifications));
        }),
      claim: (now, limit, leaseUntil, owner) =>
        guarded(() => {
          const checked = checkOutboxClaim(now, limit, leaseUntil, owner);
          const due = [...rows.values()]
            .filter(
              (r) =>
                r.status === 'pending' &&
                r.nextAttemptAt <= checked.now &&
                (r.leaseUntil === null || r.leaseUntil <= checked.now),
            )
            .sort(
              (a, b) =>
                compareBytes(a.nextAttemptAt, b.nextAttemptAt) || compareBytes(a.row.id, b.row.id),
            )
            .slice(0, limit);
          for (const r of due) {
            r.leaseUntil = checked.leaseUntil;
            r.leaseOwner = owner;
            r.attempts += 1;
          }
          return due.map(entry);
        }),
      complete: (id, owner, at) =>
        guarded(() => {
          const deliveredAt = sortableInstant(at, 'at');
          const r = held(id, owner);
          if (!r) return false;
          r.status = 'delivered';
          r.deliveredAt = deliveredAt;
          release(r);
          return true;
        }),
      fail: (id, owner, error, retryAt) =>
        guarded(() => {
          const checked = checkOutboxFailure(error, retryAt);
          const r = held(id, owner);
          if (!r) return false;
          r.lastError = checked.error;
          if (checked.retryAt === null) r.status = 'dead';
          else r.nextAttemptAt = checked.retryAt;
          release(r);
          return true;
        }),
      list: (query) =>
        guarded(() => {
          const q = checkOutboxQuery(query);
          return [...rows.values()]
            .filter(
              (r) =>
                (q.status === undefined || r.status === q.status) &&
                (q.sourceId === undefined || r.row.sourceId === q.sourceId),
            )
            .sort((a, b) => compareBytes(a.row.at, b.row.at) || compareBytes(a.row.id, b.row.id))
            .slice(0, q.limit)
            .map(entry);
        }),
      retry: (id, now) =>
        guarded(() => {
          const at = sortableInstant(now, 'now');
          const r = rows.get(id);
          if (!r || r.status !== 'dead') return false;
          r.status = 'pending';
          r.attempts = 0;
          r.nextAttemptAt = at;
          release(r);
          return true;
        }),
    },
  };
}
