import {
  checkClaim,
  checkEvent,
  checkFixedFields,
  checkInboxQuery,
  checkLimit,
  checkQuery,
  checkVersion,
  compareBytes,
  encodeCursor,
  encodeInboxCursor,
  instantMs,
  recordRow,
  sealEvent,
  type RecordRow,
} from './_storeInput.js';
import { attempt } from './_attempt.js';
import { createMemoryFloor } from './_memoryFloor.js';
import { createMemoryOutbox } from './_memoryOutbox.js';
import { outboxRows } from './_outboxInput.js';
import { GENESIS_HASH } from './auditChain.js';
import { ConflictError, StoreError } from './errors.js';
import type {
  ApplicationPage,
  ApplicationQuery,
  ApplicationRecord,
  InboxQuery,
  MallStore,
  NewEvent,
  StoredEvent,
} from './MallStore.js';
import type { NewNotification } from './NotificationOutbox.js';

interface Entry {
  row: RecordRow;
  dueMs: number | null;
  createdMs: number;
  headHash: string;
  /** JSON text of each stored event, in seq order. */
  events: string[];
  leaseUntilMs: number | null;
}

/**
 * Creates an application store that keeps everything in this process's memory: for tests, demos
 * and single-process tools. It behaves like the SQLite and PostgreSQL stores (it passes the same
 * conformance suite), copies values in and out as JSON, and loses everything when the process ends.
 *
 * @returns an empty {@link MallStore}.
 * @throws never
 * @example
 * ```ts
 * import { createMemoryStore, verifyChain } from '@mpp-kit/core';
 *
 * const store = createMemoryStore();
 * await store.create(record, { type: 'SUBMIT', actor: { id: 'nik-1', role: 'applicant' }, at: record.createdAt });
 * verifyChain(await store.events(record.id)); // { ok: true }
 * ```
 */
export function createMemoryStore(): MallStore {
  const entries = new Map<string, Entry>();
  let closed = false;

  const open = (): void => {
    if (closed) throw new StoreError('closed');
  };
  const outbox = createMemoryOutbox(open);
  const parse = (entry: Entry): ApplicationRecord =>
    JSON.parse(entry.row.body) as ApplicationRecord;
  const byDue = (a: Entry, b: Entry): number =>
    (a.dueMs ?? 0) - (b.dueMs ?? 0) || compareBytes(a.row.id, b.row.id);
  const dueEntries = (nowMs: number): Entry[] =>
    [...entries.values()].filter((e) => e.dueMs !== null && e.dueMs <= nowMs).sort(byDue);

  return {
    floor: createMemoryFloor(open, outbox.write),
    outbox: outbox.outbox,

    create(
      record: ApplicationRecord,
      event: NewEvent,
      notifications?: readonly NewNotification[],
    ): Promise<StoredEvent> {
      return attempt(() => {
        open();
        const row = recordRow(record, { version: 1 });
        const checked = checkEvent(event);
        const notes = outboxRows(notifications);
        const existing = entries.get(row.id);
        if (existing) {
          throw new ConflictError({
            applicationId: row.id,
            expectedVersion: 0,
            actualVersion: existing.row.version,
          });
        }
        const sealed = sealEvent(row.id, 1, GENESIS_HASH, checked);
        entries.set(row.id, {
          row,
          dueMs: row.dueAt === null ? null : instantMs(row.dueAt, 'record.dueAt'),
          createdMs: instantMs(row.createdAt, 'record.createdAt'),
          headHash: sealed.event.hash,
          events: [sealed.body],
          leaseUntilMs: null,
        });
        outbox.write(notes);
        return sealed.event;
      });
    },

    append(
      id: string,
      expectedVersion: number,
      event: NewEvent,
      record: ApplicationRecord,
      notifications?: readonly NewNotification[],
    ): Promise<StoredEvent> {
      return attempt(() => {
        open();
        checkVersion(expectedVersion);
        const row = recordRow(record, { id, version: expectedVersion + 1 });
        const checked = checkEvent(event);
        const notes = outboxRows(notifications);
        const entry = entries.get(id);
        if (!entry || entry.row.version !== expectedVersion) {
          throw new ConflictError({
            applicationId: id,
            expectedVersion,
            actualVersion: entry?.row.version ?? 0,
          });
        }
        checkFixedFields(entry.row, row);
        const sealed = sealEvent(id, expectedVersion + 1, entry.headHash, checked);
        entry.row = row;
        entry.dueMs = row.dueAt === null ? null : instantMs(row.dueAt, 'record.dueAt');
        entry.headHash = sealed.event.hash;
        entry.events.push(sealed.body);
        outbox.write(notes);
        return sealed.event;
      });
    },

    get(id: string): Promise<ApplicationRecord | undefined> {
      return attempt(() => {
        open();
        const entry = entries.get(id);
        return entry && parse(entry);
      });
    },

    events(id: string): Promise<StoredEvent[]> {
      return attempt(() => {
        open();
        return (entries.get(id)?.events ?? []).map((text) => JSON.parse(text) as StoredEvent);
      });
    },

    query(query: ApplicationQuery): Promise<ApplicationPage> {
      return attempt(() => {
        open();
        const q = checkQuery(query);
        const overdueMs =
          q.overdueAt === undefined ? undefined : instantMs(q.overdueAt, 'query.overdueAt');
        const afterMs = q.after && Date.parse(q.after.createdAtSortable);
        const afterDueMs = q.afterDue && Date.parse(q.afterDue.dueAtSortable);
        const matches = [...entries.values()]
          .filter(
            ({ row, dueMs, createdMs }) =>
              (q.serviceId === undefined || row.serviceId === q.serviceId) &&
              (q.agency === undefined || row.agencies.includes(q.agency)) &&
              (q.states === undefined || q.states.includes(row.state)) &&
              (q.applicantId === undefined || row.applicantId === q.applicantId) &&
              (overdueMs === undefined || (dueMs !== null && dueMs <= overdueMs)) &&
              (q.uncoveredBefore === undefined ||
                (row.uncoveredFrom !== null && row.uncoveredFrom < q.uncoveredBefore)) &&
              (q.after === undefined ||
                createdMs > (afterMs as number) ||
                (createdMs === afterMs && compareBytes(row.id, q.after.id) > 0)) &&
              (q.afterDue === undefined ||
                (dueMs ?? 0) > (afterDueMs as number) ||
                (dueMs === afterDueMs && compareBytes(row.id, q.afterDue.id) > 0)),
          )
          // An overdue query comes in due order (as the due index of the other stores), any other
          // in creation order.
          .sort(
            overdueMs === undefined
              ? (a, b) => a.createdMs - b.createdMs || compareBytes(a.row.id, b.row.id)
              : byDue,
          );
        const items = matches.slice(0, q.limit).map(parse);
        const last = items[items.length - 1];
        return matches.length > q.limit && last
          ? { items, next: encodeCursor(last, q) }
          : { items };
      });
    },

    inbox(query: InboxQuery): Promise<ApplicationPage> {
      return attempt(() => {
        open();
        const q = checkInboxQuery(query);
        // Text order of toISOString() instants is time order; "~" puts "no due instant" last.
        const key = (due: string | null): string => due ?? '~';
        const after = q.after && { key: key(q.after.due), id: q.after.id };
        const matches = [...entries.values()]
          .map((entry) => entry.row)
          .filter(
            (row) =>
              row.pendingActors.some((actor) => q.actors.includes(actor)) &&
              (after === undefined ||
                key(row.actionDueSortable) > after.key ||
                (key(row.actionDueSortable) === after.key && compareBytes(row.id, after.id) > 0)),
          )
          .sort(
            (a, b) =>
              compareBytes(key(a.actionDueSortable), key(b.actionDueSortable)) ||
              compareBytes(a.id, b.id),
          );
        const page = matches.slice(0, q.limit);
        const last = page[page.length - 1];
        const items = page.map((row) => JSON.parse(row.body) as ApplicationRecord);
        return matches.length > q.limit && last
          ? { items, next: encodeInboxCursor(last.actionDueSortable, last.id) }
          : { items };
      });
    },

    due(now: string, limit: number): Promise<ApplicationRecord[]> {
      return attempt(() => {
        open();
        const nowMs = instantMs(now, 'now');
        checkLimit(limit);
        return dueEntries(nowMs).slice(0, limit).map(parse);
      });
    },

    claimDue(now: string, limit: number, leaseUntil: string): Promise<ApplicationRecord[]> {
      return attempt(() => {
        open();
        const { nowMs, leaseMs } = checkClaim(now, limit, leaseUntil);
        const claimed = dueEntries(nowMs)
          .filter((e) => e.leaseUntilMs === null || e.leaseUntilMs <= nowMs)
          .slice(0, limit);
        for (const entry of claimed) entry.leaseUntilMs = leaseMs;
        return claimed.map(parse);
      });
    },

    count(): Promise<number> {
      return attempt(() => {
        open();
        return entries.size;
      });
    },

    close(): Promise<void> {
      return attempt(() => {
        closed = true;
        entries.clear();
      });
    },
  };
}
