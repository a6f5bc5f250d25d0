import Database from 'better-sqlite3';
import { attempt } from '../_attempt.js';
import { createHeadCache, HEAD_CACHE_SIZE, usableHead, type FixedHead } from '../_headCache.js';
import {
  checkClaim,
  checkEvent,
  checkFixedFields,
  checkInboxQuery,
  checkLimit,
  checkQuery,
  checkVersion,
  encodeCursor,
  encodeInboxCursor,
  recordRow,
  sealEvent,
  sortableInstant,
  type CheckedEvent,
  type RecordRow,
  type SealedEvent,
} from '../_storeInput.js';
import { outboxRows, type OutboxRow } from '../_outboxInput.js';
import { GENESIS_HASH } from '../auditChain.js';
import { ConflictError, StoreError } from '../errors.js';
import type {
  ApplicationPage,
  ApplicationQuery,
  ApplicationRecord,
  MallStore,
  StoredEvent,
} from '../MallStore.js';
import {
  SQLITE_NO_DUE_KEY,
  SQLITE_SCHEMA_VERSION,
  sqliteClaimSql,
  sqliteInboxSql,
  sqliteDueSql,
  sqliteMigrations,
} from './_sqliteSchema.js';
import { createSqliteFloor } from './_sqliteFloor.js';
import { createSqliteOutbox } from './_sqliteOutbox.js';

/**
 * Options of {@link createSqliteStore}.
 *
 * @example
 * ```ts
 * const options: SqliteStoreOptions = { file: 'var/mall.sqlite', synchronous: 'full' };
 * ```
 */
export interface SqliteStoreOptions {
  /** The database file; created with its schema when missing. */
  readonly file: string;
  /**
   * `full` (default): every commit is on disk before the call resolves, even across a power cut.
   * `normal`: faster; in WAL mode still safe when the process crashes, but the last commits may
   * be lost if the machine loses power.
   */
  readonly synchronous?: 'normal' | 'full';
  /** How long a write waits for another process's write lock before failing with `io`; default 5000 ms. */
  readonly busyTimeoutMs?: number;
}

interface HeadRow {
  version: number;
  head_hash: string;
  mall_id: string;
  service_id: string;
  service_version: string;
  workflow_id: string;
  workflow_version: string;
  applicant_id: string;
  created_at: string;
  state: string;
  due_at: string | null;
  uncovered_from: string | null;
  /** The stored record's `pendingActors` as JSON text, or null. */
  pending_actors: string | null;
  /** The stored record's `actionDueAt` as given, or null. */
  action_due_at: string | null;
  /** The application's agencies as a JSON array. */
  agencies: string;
}

/**
 * What an append needs of the stored row: the version and head hash it checks, the fields fixed at
 * creation, the indexed columns (set only when they change) and the agency and inbox rows (written
 * only where they differ), as of that version.
 */
type StoredHead = FixedHead & {
  readonly applicationId: string;
  readonly hash: string;
  readonly state: string;
  /** `due_at` (sortable), or null. */
  readonly dueAt: string | null;
  readonly uncoveredFrom: string | null;
  readonly agencies: readonly string[];
  readonly pendingActors: readonly string[];
  /** `due_key` of the inbox rows. */
  readonly dueKey: string;
};

type Db = Database.Database;

function ioError(error: unknown): Error {
  if (error instanceof ConflictError || error instanceof StoreError) return error;
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  return new StoreError('io', typeof code === 'string' ? `${code}: ${message}` : message, {
    cause: error,
  });
}

function migrate(db: Db): void {
  db.transaction(() => {
    db.exec(
      'CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL)',
    );
    const { current } = db
      .prepare('SELECT coalesce(max(version), 0) AS current FROM schema_version')
      .get() as {
      current: number;
    };
    if (current > SQLITE_SCHEMA_VERSION) {
      throw new StoreError(
        'schema_mismatch',
        `the file has schema version ${String(current)}, this library knows up to ${String(SQLITE_SCHEMA_VERSION)}; upgrade @mpp-kit/core`,
      );
    }
    const mark = db.prepare('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)');
    for (let version = current + 1; version <= SQLITE_SCHEMA_VERSION; version++) {
      db.exec(sqliteMigrations[version - 1] as string);
      mark.run(version, new Date().toISOString());
    }
  }).immediate();
}

function openDatabase(options: SqliteStoreOptions): Db {
  // Callers may be plain JavaScript: check the shape the types promise.
  const input: unknown = options;
  if (typeof input !== 'object' || input === null) {
    throw new StoreError('invalid_input', 'options must be an object');
  }
  const file: unknown = options.file;
  if (typeof file !== 'string' || file === '') {
    throw new StoreError('invalid_input', 'options.file must be a file path');
  }
  const synchronous: unknown = options.synchronous ?? 'full';
  if (synchronous !== 'full' && synchronous !== 'normal') {
    throw new StoreError(
      'invalid_input',
      `options.synchronous must be "normal" or "full", got ${String(synchronous)}`,
    );
  }
  const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
  if (!Number.isInteger(busyTimeoutMs) || busyTimeoutMs < 0) {
    throw new StoreError('invalid_input', `options.busyTimeoutMs must be an integer of 0 or more`);
  }
  let db: Db | undefined;
  try {
    db = new Database(file, { timeout: busyTimeoutMs });
    db.pragma(`busy_timeout = ${String(busyTimeoutMs)}`);
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
    db.pragma('foreign_keys = ON');
    migrate(db);
    return db;
  } catch (error) {
    db?.close();
    throw ioError(error);
  }
}

/**
 * Opens (creating when missing) an application store in one SQLite file, with better-sqlite3 12:
 * the embedded default. The file is in WAL mode, so readers never wait for the writer and several
 * processes can share it; writers take turns, each waiting up to `busyTimeoutMs` for the lock.
 * The schema is created or migrated on open (table `schema_version`).
 *
 * Each `create` and `append` is one `BEGIN IMMEDIATE` transaction that checks the version with
 * `UPDATE … WHERE id = ? AND version = ? AND head_hash = ?` and inserts the event, so two processes
 * appending with the same expected version cannot both succeed. The store keeps the head it last
 * wrote per application (bounded), so an append does not read the row first; when the row has
 * moved on (another process wrote it) the update writes nothing and the append reads the row and
 * answers as it would have. The work is synchronous underneath; the interface is the same
 * asynchronous {@link MallStore} as the other stores.
 *
 * Import it from `@mpp-kit/core/store/sqlite`, which loads `better-sqlite3` (an optional peer
 * dependency); the main entry never does.
 *
 * @param options - the file, and how hard to sync.
 * @returns the open store; call `close()` when done.
 * @throws {@link StoreError} `invalid_input` for bad options, `io` when the file cannot be opened
 * or is not a database, `schema_mismatch` when a newer version of this library created it.
 * @example
 * ```ts
 * import { createSqliteStore } from '@mpp-kit/core/store/sqlite';
 *
 * const store = createSqliteStore({ file: 'var/mall.sqlite' });
 * const due = await store.due(new Date().toISOString(), 100);
 * await store.close();
 * ```
 */
export function createSqliteStore(options: SqliteStoreOptions): MallStore {
  const db = openDatabase(options);
  let closed = false;

  const selectHead = db.prepare<[string], HeadRow>(
    'SELECT version, head_hash, mall_id, service_id, service_version, workflow_id, workflow_version, ' +
      'applicant_id, created_at, state, due_at, uncovered_from, ' +
      "json_extract(body, '$.pendingActors') AS pending_actors, " +
      "json_extract(body, '$.actionDueAt') AS action_due_at, " +
      '(SELECT json_group_array(agency) FROM application_agencies WHERE application_id = a.id) AS agencies ' +
      'FROM applications a WHERE id = ?',
  );
  const selectVersion = db.prepare<[string], { version: number }>(
    'SELECT version FROM applications WHERE id = ?',
  );
  const selectBody = db.prepare<[string], { body: string }>(
    'SELECT body FROM applications WHERE id = ?',
  );
  const insertApplication = db.prepare(
    'INSERT INTO applications (id, mall_id, service_id, service_version, workflow_id, workflow_version, ' +
      'applicant_id, state, version, due_at, created_at, updated_at, head_hash, uncovered_from, body) VALUES ' +
      '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  // An update sets the indexed columns only when they change: SQLite rewrites the entries of every
  // index on a column the statement sets, changed or not, and each index page it touches is one
  // more page in the write-ahead log. One statement per combination, prepared when first needed.
  // It writes only when the row is still at the head the store expects (version and hash).
  const indexedColumns = ['state', 'due_at', 'uncovered_from'] as const;
  const updates = new Map<number, Database.Statement>();
  const updateApplication = (changed: number): Database.Statement => {
    let statement = updates.get(changed);
    if (statement === undefined) {
      const set = indexedColumns
        .filter((_, i) => (changed & (1 << i)) !== 0)
        .map((column) => `${column} = ?, `)
        .join('');
      statement = db.prepare(
        `UPDATE applications SET ${set}version = ?, updated_at = ?, head_hash = ?, body = ? ` +
          'WHERE id = ? AND version = ? AND head_hash = ?',
      );
      updates.set(changed, statement);
    }
    return statement;
  };
  const deleteAgency = db.prepare(
    'DELETE FROM application_agencies WHERE agency = ? AND application_id = ?',
  );
  const insertAgency = db.prepare(
    'INSERT INTO application_agencies (agency, application_id) VALUES (?, ?)',
  );
  const deletePending = db.prepare(
    'DELETE FROM application_pending WHERE actor = ? AND due_key = ? AND application_id = ?',
  );
  const insertPending = db.prepare(
    'INSERT INTO application_pending (actor, due_key, application_id) VALUES (?, ?, ?)',
  );
  const insertEvent = db.prepare(
    'INSERT INTO events (application_id, seq, type, at, actor_id, prev_hash, hash, body) ' +
      'VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const selectEvents = db.prepare<[string], { body: string }>(
    'SELECT body FROM events WHERE application_id = ? ORDER BY seq',
  );
  const selectDue = db.prepare<[string, number], { body: string }>(sqliteDueSql);
  const selectClaimable = db.prepare<[string, string, number], { id: string; body: string }>(
    sqliteClaimSql,
  );
  const setLease = db.prepare('UPDATE applications SET lease_until = ? WHERE id = ?');
  const selectCount = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM applications');
  const queries = new Map<string, Database.Statement<unknown[], { body: string }>>();

  const writeEvent = ({ event, body }: SealedEvent): void => {
    insertEvent.run(
      event.applicationId,
      event.seq,
      event.type,
      event.at,
      event.actor.id,
      event.prevHash,
      event.hash,
      body,
    );
  };
  // The agencies and the pending actors of an application seldom all change between events: on an
  // append only the rows that differ are written (every index page written is a page more in the
  // log). The rows before the append are those of the stored head: the store writes both together.
  const writeIndexRows = (row: RecordRow, before: StoredHead | undefined): void => {
    const agenciesBefore = new Set(before?.agencies);
    const agencies = new Set(row.agencies);
    for (const agency of agenciesBefore)
      if (!agencies.has(agency)) deleteAgency.run(agency, row.id);
    for (const agency of agencies)
      if (!agenciesBefore.has(agency)) insertAgency.run(agency, row.id);
    const dueKey = row.actionDueSortable ?? SQLITE_NO_DUE_KEY;
    const pending = new Set(row.pendingActors);
    const kept = new Set<string>();
    if (before !== undefined) {
      for (const actor of before.pendingActors) {
        if (before.dueKey === dueKey && pending.has(actor)) kept.add(actor);
        else deletePending.run(actor, before.dueKey, row.id);
      }
    }
    for (const actor of pending) if (!kept.has(actor)) insertPending.run(actor, dueKey, row.id);
  };

  // The heads this store last read or wrote: an append at the version it holds writes without
  // reading the row first. Only a hint: the update writes only when the stored row is still at that
  // version and hash; otherwise the append reads the row and goes on as it would have.
  const heads = createHeadCache<StoredHead>(HEAD_CACHE_SIZE);
  const headOf = (row: RecordRow, hash: string): StoredHead => ({
    applicationId: row.id,
    version: row.version,
    hash,
    mallId: row.mallId,
    serviceId: row.serviceId,
    serviceVersion: row.serviceVersion,
    workflowId: row.workflowId,
    workflowVersion: row.workflowVersion,
    applicantId: row.applicantId,
    createdAt: row.createdAt,
    state: row.state,
    dueAt: row.dueAtSortable,
    uncoveredFrom: row.uncoveredFrom,
    agencies: row.agencies,
    pendingActors: row.pendingActors,
    dueKey: row.actionDueSortable ?? SQLITE_NO_DUE_KEY,
  });
  const readHead = (id: string): StoredHead | undefined => {
    const head = selectHead.get(id);
    return (
      head && {
        applicationId: id,
        version: head.version,
        hash: head.head_hash,
        mallId: head.mall_id,
        serviceId: head.service_id,
        serviceVersion: head.service_version,
        workflowId: head.workflow_id,
        workflowVersion: head.workflow_version,
        applicantId: head.applicant_id,
        createdAt: head.created_at,
        state: head.state,
        dueAt: head.due_at,
        uncoveredFrom: head.uncovered_from,
        agencies: JSON.parse(head.agencies) as string[],
        pendingActors:
          head.pending_actors === null
            ? []
            : [...new Set(JSON.parse(head.pending_actors) as string[])],
        dueKey:
          head.action_due_at === null
            ? SQLITE_NO_DUE_KEY
            : sortableInstant(head.action_due_at, 'record.actionDueAt'),
      }
    );
  };
  /** Runs one operation: fails when closed, maps driver errors to `StoreError('io')`. */
  const run = <T>(work: () => T): Promise<T> =>
    attempt(() => {
      if (closed) throw new StoreError('closed');
      try {
        return work();
      } catch (error) {
        throw ioError(error);
      }
    });
  const outbox = createSqliteOutbox(db, run);

  const createTx = db.transaction(
    (row: RecordRow, event: CheckedEvent, notes: OutboxRow[]): SealedEvent => {
      const existing = selectVersion.get(row.id);
      if (existing)
        throw new ConflictError({
          applicationId: row.id,
          expectedVersion: 0,
          actualVersion: existing.version,
        });
      const sealed = sealEvent(row.id, 1, GENESIS_HASH, event);
      insertApplication.run(
        row.id,
        row.mallId,
        row.serviceId,
        row.serviceVersion,
        row.workflowId,
        row.workflowVersion,
        row.applicantId,
        row.state,
        row.version,
        row.dueAtSortable,
        row.createdAtSortable,
        row.updatedAt,
        sealed.event.hash,
        row.uncoveredFrom,
        row.body,
      );
      writeIndexRows(row, undefined);
      writeEvent(sealed);
      outbox.write(notes);
      return sealed;
    },
  );

  /** Writes the application row at `head`'s version and hash: whether the row was there. */
  const updateAt = (head: StoredHead, row: RecordRow, hash: string): boolean => {
    const values: unknown[] = [];
    let changed = 0;
    if (row.state !== head.state) {
      changed |= 1;
      values.push(row.state);
    }
    if (row.dueAtSortable !== head.dueAt) {
      changed |= 2;
      values.push(row.dueAtSortable);
    }
    if (row.uncoveredFrom !== head.uncoveredFrom) {
      changed |= 4;
      values.push(row.uncoveredFrom);
    }
    values.push(row.version, row.updatedAt, hash, row.body, row.id, head.version, head.hash);
    return updateApplication(changed).run(...values).changes === 1;
  };

  const appendTx = db.transaction(
    (
      expectedVersion: number,
      event: CheckedEvent,
      row: RecordRow,
      notes: OutboxRow[],
    ): SealedEvent => {
      const id = row.id;
      const known = heads.get(id);
      heads.delete(id);
      let head = usableHead(known, expectedVersion, row) ? known : undefined;
      let sealed: SealedEvent | undefined;
      if (head !== undefined) {
        sealed = sealEvent(id, expectedVersion + 1, head.hash, event);
        if (!updateAt(head, row, sealed.event.hash)) sealed = undefined;
      }
      if (sealed === undefined) {
        head = readHead(id);
        if (head?.version !== expectedVersion) {
          throw new ConflictError({
            applicationId: id,
            expectedVersion,
            actualVersion: head?.version ?? 0,
          });
        }
        checkFixedFields(head, row);
        sealed = sealEvent(id, expectedVersion + 1, head.hash, event);
        // Cannot fail inside the IMMEDIATE transaction after the read; checked all the same.
        if (!updateAt(head, row, sealed.event.hash)) {
          throw new ConflictError({
            applicationId: id,
            expectedVersion,
            actualVersion: selectVersion.get(id)?.version ?? 0,
          });
        }
      }
      writeIndexRows(row, head);
      writeEvent(sealed);
      outbox.write(notes);
      return sealed;
    },
  );

  const claimTx = db.transaction((now: string, limit: number, leaseUntil: string): string[] => {
    const rows = selectClaimable.all(now, now, limit);
    for (const row of rows) setLease.run(leaseUntil, row.id);
    return rows.map((row) => row.body);
  });

  const parseRecord = (body: string): ApplicationRecord => JSON.parse(body) as ApplicationRecord;

  return {
    floor: createSqliteFloor(db, run, outbox.write),
    outbox: outbox.outbox,

    create: (record, event, notifications) =>
      run(() => {
        const row = recordRow(record, { version: 1 });
        const checked = checkEvent(event);
        const notes = outboxRows(notifications);
        const sealed = createTx.immediate(row, checked, notes);
        heads.set(row.id, headOf(row, sealed.event.hash));
        return sealed.event;
      }),

    append: (id, expectedVersion, event, record, notifications) =>
      run(() => {
        checkVersion(expectedVersion);
        const row = recordRow(record, { id, version: expectedVersion + 1 });
        const checked = checkEvent(event);
        const notes = outboxRows(notifications);
        const sealed = appendTx.immediate(expectedVersion, checked, row, notes);
        heads.set(row.id, headOf(row, sealed.event.hash));
        return sealed.event;
      }),

    get: (id) =>
      run(() => {
        const row = selectBody.get(id);
        return row && parseRecord(row.body);
      }),

    events: (id) =>
      run(() => selectEvents.all(id).map((row) => JSON.parse(row.body) as StoredEvent)),

    query: (query: ApplicationQuery) =>
      run((): ApplicationPage => {
        const q = checkQuery(query);
        const where: string[] = [];
        const params: unknown[] = [];
        if (q.serviceId !== undefined) {
          where.push('a.service_id = ?');
          params.push(q.serviceId);
        }
        if (q.states !== undefined) {
          if (q.states.length === 0) return { items: [] };
          where.push(`a.state IN (${q.states.map(() => '?').join(', ')})`);
          params.push(...q.states);
        }
        if (q.applicantId !== undefined) {
          where.push('a.applicant_id = ?');
          params.push(q.applicantId);
        }
        if (q.agency !== undefined) {
          where.push(
            'EXISTS (SELECT 1 FROM application_agencies g WHERE g.agency = ? AND g.application_id = a.id)',
          );
          params.push(q.agency);
        }
        if (q.overdueAtSortable !== undefined) {
          where.push('a.due_at IS NOT NULL AND a.due_at <= ?');
          params.push(q.overdueAtSortable);
        }
        if (q.uncoveredBefore !== undefined) {
          where.push('a.uncovered_from IS NOT NULL AND a.uncovered_from < ?');
          params.push(q.uncoveredBefore);
        }
        if (q.after !== undefined) {
          where.push('(a.created_at, a.id) > (?, ?)');
          params.push(q.after.createdAtSortable, q.after.id);
        }
        if (q.afterDue !== undefined) {
          where.push('(a.due_at, a.id) > (?, ?)');
          params.push(q.afterDue.dueAtSortable, q.afterDue.id);
        }
        // An overdue query walks the due index (due_at, id) in its order; any other in creation order.
        const order = q.overdueAt === undefined ? 'a.created_at, a.id' : 'a.due_at, a.id';
        const sql =
          `SELECT a.body FROM applications a${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ` +
          `ORDER BY ${order} LIMIT ?`;
        let statement = queries.get(sql);
        if (!statement) {
          statement = db.prepare<unknown[], { body: string }>(sql);
          queries.set(sql, statement);
        }
        const rows = statement.all(...params, q.limit + 1);
        const items = rows.slice(0, q.limit).map((row) => parseRecord(row.body));
        const last = items[items.length - 1];
        return rows.length > q.limit && last ? { items, next: encodeCursor(last, q) } : { items };
      }),

    inbox: (query) =>
      run((): ApplicationPage => {
        const q = checkInboxQuery(query);
        const sql = sqliteInboxSql(q.actors.length, q.after !== undefined);
        let statement = queries.get(sql);
        if (!statement) {
          statement = db.prepare<unknown[], { body: string }>(sql);
          queries.set(sql, statement);
        }
        const resume = q.after === undefined ? [] : [q.after.due ?? SQLITE_NO_DUE_KEY, q.after.id];
        const rows = statement.all(...q.actors, ...resume, q.limit + 1) as {
          body: string;
          due_key: string;
        }[];
        const page = rows.slice(0, q.limit);
        const items = page.map((row) => parseRecord(row.body));
        const last = page[page.length - 1];
        const lastItem = items[items.length - 1];
        return rows.length > q.limit && last && lastItem
          ? {
              items,
              next: encodeInboxCursor(
                last.due_key === SQLITE_NO_DUE_KEY ? null : last.due_key,
                lastItem.id,
              ),
            }
          : { items };
      }),

    due: (now, limit) =>
      run(() => {
        const at = sortableInstant(now, 'now');
        checkLimit(limit);
        return selectDue.all(at, limit).map((row) => parseRecord(row.body));
      }),

    claimDue: (now, limit, leaseUntil) =>
      run(() => {
        checkClaim(now, limit, leaseUntil);
        const bodies = claimTx.immediate(
          sortableInstant(now, 'now'),
          limit,
          sortableInstant(leaseUntil, 'leaseUntil'),
        );
        return bodies.map(parseRecord);
      }),

    count: () => run(() => (selectCount.get() as { n: number }).n),

    close: () =>
      attempt(() => {
        if (closed) return;
        closed = true;
        db.close();
      }),
  };
}
