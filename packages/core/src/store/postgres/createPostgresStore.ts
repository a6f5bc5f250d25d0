import { Pool, escapeIdentifier, type PoolClient } from 'pg';
import {
  checkClaim,
  checkEvent,
  checkFixedFields,
  checkInboxQuery,
  checkLimit,
  checkQuery,
  checkVersion,
  couldBeStoredId,
  encodeCursor,
  encodeInboxCursor,
  instantMs,
  recordRow,
  sealEvent,
  type RecordRow,
} from '../_storeInput.js';
import { createHeadCache, HEAD_CACHE_SIZE, usableHead } from '../_headCache.js';
import { outboxRows } from '../_outboxInput.js';
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
  MIGRATION_LOCK_SPACE,
  POSTGRES_SCHEMA_VERSION,
  postgresDueSql,
  postgresInboxSql,
  postgresMigrations,
} from './_postgresSchema.js';
import { createPostgresFloor, migratePostgresFloor } from './_postgresFloor.js';
import { createPostgresOutbox } from './_postgresOutbox.js';
import {
  writeStatements,
  type PendingRows,
  type Statement,
  type StoredHead,
} from './_postgresWrites.js';

/**
 * A connection pool of `pg` 8 (`new Pool(...)`), as {@link createPostgresStore} takes it: only the
 * methods the store calls, so that the type declarations of `@mpp-kit/core/store/postgres` do not
 * need `@types/pg`. Any `pg` `Pool` fits.
 *
 * @example
 * ```ts
 * import pg from 'pg';
 *
 * const pool: PostgresPool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
 * const store = await createPostgresStore({ pool, schema: 'mpp_batang' });
 * ```
 */
export interface PostgresPool {
  /** Checks a client out of the pool (the store releases it). */
  connect(): Promise<unknown>;
  /** Runs one statement on any client of the pool. */
  query(text: string, values?: unknown[]): Promise<unknown>;
  /** Closes every client (called by the store only for a pool it created itself). */
  end(): Promise<void>;
}

/**
 * Options of {@link createPostgresStore}: where to connect — a connection string (the store then
 * owns a pool and ends it on `close()`) or a pool of yours (left open on `close()`, so that you
 * can share it and set its size, timeouts and TLS) — and the schema to use.
 *
 * @example
 * ```ts
 * const options: PostgresStoreOptions = { connectionString: process.env.DATABASE_URL!, schema: 'mpp_batang' };
 * ```
 */
export type PostgresStoreOptions = (
  | {
      /** A `postgres://user:password@host:port/database` URL; the store creates a pool with `pg`'s defaults. */
      readonly connectionString: string;
      readonly pool?: never;
    }
  | {
      /** A `pg` `Pool` of yours; the store never ends it. */
      readonly pool: PostgresPool;
      readonly connectionString?: never;
    }
) & {
  /**
   * The schema holding the tables, created (with its tables) when missing and migrated on open;
   * lower case letters, digits and `_`, at most 63 characters. Default `mpp_kit`. Several malls,
   * or tests, can share one database with one schema each.
   */
  readonly schema?: string;
};

const UNIQUE_VIOLATION = '23505';

/** Appends tried on a freshly read head before a row that keeps changing counts as a conflict. */
const APPEND_ATTEMPTS = 3;

function ioError(error: unknown): Error {
  if (error instanceof ConflictError || error instanceof StoreError) return error;
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error && error.message !== '' ? error.message : String(error);
  return new StoreError('io', typeof code === 'string' ? `${code}: ${message}` : message, {
    cause: error,
  });
}

/** The inbox rows a checked record makes. */
function pendingRowsOf(row: RecordRow): PendingRows {
  return { actors: row.pendingActors, due: row.actionDueSortable };
}

/**
 * The inbox rows a stored record made (its append wrote them in the same statement), or
 * undefined when its fields do not say (the next append then rewrites them).
 */
function storedPendingRows(record: ApplicationRecord): PendingRows | undefined {
  const actors: unknown = record.pendingActors ?? [];
  const due: unknown = record.actionDueAt ?? null;
  if (!Array.isArray(actors) || !actors.every((a) => typeof a === 'string')) return undefined;
  if (due !== null && typeof due !== 'string') return undefined;
  const ms = due === null ? 0 : Date.parse(due);
  if (Number.isNaN(ms)) return undefined;
  return {
    actors: [...new Set(actors)],
    due: due === null ? null : new Date(ms).toISOString(),
  };
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === UNIQUE_VIOLATION;
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
}

async function migrate(client: PoolClient, schema: string): Promise<void> {
  const s = escapeIdentifier(schema);
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
      MIGRATION_LOCK_SPACE,
      schema,
    ]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${s}.schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const { rows } = await client.query<{ current: string }>(
      `SELECT coalesce(max(version), 0)::text AS current FROM ${s}.schema_version`,
    );
    const current = Number(rows[0]?.current ?? 0);
    if (current > POSTGRES_SCHEMA_VERSION) {
      throw new StoreError(
        'schema_mismatch',
        `schema ${schema} has version ${String(current)}, this library knows up to ${String(POSTGRES_SCHEMA_VERSION)}; upgrade @mpp-kit/core`,
      );
    }
    const migrations = postgresMigrations(s);
    for (let version = current + 1; version <= POSTGRES_SCHEMA_VERSION; version++) {
      await client.query(migrations[version - 1] as string);
      await client.query(`INSERT INTO ${s}.schema_version (version) VALUES ($1)`, [version]);
    }
    await migratePostgresFloor(client, schema);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/**
 * Opens an application store in a PostgreSQL database, with `pg`: the path past one machine, for
 * many application processes on one database. Creates the schema and its tables when missing and
 * migrates them (table `schema_version`; concurrent openers wait on an advisory lock).
 *
 * Each `create` and `append` is one statement, so one round trip and one transaction: the
 * application row, its event, its inbox rows and its notifications, or nothing. `append` checks the
 * version, the hash of the last event and the fields fixed at creation in its
 * `UPDATE … WHERE id = $1 AND version = $2 AND head_hash = $3 …` (a concurrent append that
 * committed first makes it match no row), with the head the store last read or wrote for that
 * application (`get` reads it beside the record); without one, or when the row did not match, it
 * reads the row first. Unique violations become {@link ConflictError}, so of two processes
 * appending with the same expected version exactly one succeeds. `claimDue` leases due applications with
 * `FOR UPDATE SKIP LOCKED`, so schedulers in several processes never receive the same one.
 *
 * Instants are `timestamptz` columns (compared to the microsecond); records and events are stored
 * verbatim as `json`, and `get`/`events` return exactly what was stored. After an `io` error on
 * `create` or `append` (a connection lost during commit) the write may or may not have happened:
 * re-read before retrying.
 *
 * Import it from `@mpp-kit/core/store/postgres`, which loads `pg` (an optional peer dependency);
 * the main entry never does.
 *
 * @param options - where to connect, and the schema.
 * @returns the open store; call `close()` when done.
 * @throws {@link StoreError} `invalid_input` for bad options, `io` when the server cannot be
 * reached or refuses, `schema_mismatch` when a newer version of this library created the schema.
 * @example
 * ```ts
 * import { createPostgresStore } from '@mpp-kit/core/store/postgres';
 *
 * const store = await createPostgresStore({ connectionString: 'postgres://mpp:secret@db/mpp', schema: 'mpp_batang' });
 * const { items } = await store.query({ agency: 'dpupr', state: 'review' });
 * await store.close();
 * ```
 */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<MallStore> {
  const given = options as unknown;
  if (given === null || typeof given !== 'object') {
    throw new StoreError(
      'invalid_input',
      'createPostgresStore takes an options object: { connectionString } or { pool }, and an optional schema',
    );
  }
  const hasPool = (given as { pool?: unknown }).pool !== undefined;
  const hasUrl = typeof (given as { connectionString?: unknown }).connectionString === 'string';
  if (hasPool === hasUrl) {
    throw new StoreError('invalid_input', 'give either options.connectionString or options.pool');
  }
  if (hasPool) {
    const missing = (['connect', 'query', 'end'] as const).filter(
      (method) => typeof (given as { pool: Record<string, unknown> }).pool[method] !== 'function',
    );
    if (missing.length > 0) {
      throw new StoreError(
        'invalid_input',
        `options.pool must be a pg Pool (new Pool(...) from "pg"); it has no ${missing.join(', ')} method`,
      );
    }
  }
  const schema = options.schema ?? 'mpp_kit';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new StoreError(
      'invalid_input',
      `options.schema must be lower case letters, digits and "_", got ${JSON.stringify(schema)}`,
    );
  }
  const ownsPool = options.pool === undefined;
  // A pool of the caller's was checked above to have the methods a pg Pool has; the store uses
  // it through pg's own types.
  const pool =
    (options.pool as Pool | undefined) ?? new Pool({ connectionString: options.connectionString });
  // An idle client losing its connection emits 'error' on the pool; without a listener that would
  // crash the process. The next query fails with StoreError('io') instead.
  if (ownsPool) pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    let failure: Error | undefined;
    try {
      await migrate(client, schema);
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
      throw error;
    } finally {
      client.release(failure);
    }
  } catch (error) {
    if (ownsPool) await pool.end().catch(() => undefined);
    throw ioError(error);
  }

  const s = escapeIdentifier(schema);
  const apps = `${s}.applications`;
  const events = `${s}.events`;
  const pending = `${s}.application_pending`;
  let closed = false;

  const guard = (): void => {
    if (closed) throw new StoreError('closed');
  };

  /** One transaction on one client; the client is discarded when the rollback itself fails. */
  const transaction = async <T>(work: (client: PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: unknown) => {
        broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
      });
      throw error;
    } finally {
      client.release(broken);
    }
  };

  const outbox = createPostgresOutbox(pool, s, async (work) => {
    guard();
    try {
      return await work();
    } catch (error) {
      throw ioError(error);
    }
  });

  const currentVersion = async (id: string): Promise<number> => {
    const { rows } = await pool.query<{ version: number }>(
      `SELECT version FROM ${apps} WHERE id = $1`,
      [id],
    );
    return rows[0]?.version ?? 0;
  };

  const parseRecord = (body: string): ApplicationRecord => JSON.parse(body) as ApplicationRecord;

  const statements = writeStatements(s);
  const heads = createHeadCache<StoredHead>(HEAD_CACHE_SIZE);

  /** The stored head of an application, read (one round trip), or undefined when there is none. */
  const readHead = async (id: string): Promise<StoredHead | undefined> => {
    const { rows } = await pool.query<HeadRow>(
      'SELECT version, head_hash, mall_id, service_id, service_version, workflow_id, workflow_version, ' +
        `applicant_id, body->>'createdAt' AS created_at FROM ${apps} WHERE id = $1`,
      [id],
    );
    const row = rows[0];
    return (
      row && {
        version: row.version,
        hash: row.head_hash,
        mallId: row.mall_id,
        serviceId: row.service_id,
        serviceVersion: row.service_version,
        workflowId: row.workflow_id,
        workflowVersion: row.workflow_version,
        applicantId: row.applicant_id,
        createdAt: row.created_at,
      }
    );
  };

  /**
   * Remembers the head a record and its event make (after a write, or a read of both), with the
   * inbox rows that record made when they are known (`pending`).
   */
  const remember = (
    record: ApplicationRecord | RecordRow,
    hash: string,
    pending: PendingRows | undefined,
  ): void => {
    heads.set(record.id, {
      version: record.version,
      hash,
      ...(pending === undefined ? {} : { pending }),
      mallId: record.mallId,
      serviceId: record.serviceId,
      serviceVersion: record.serviceVersion,
      workflowId: record.workflowId,
      workflowVersion: record.workflowVersion,
      applicantId: record.applicantId,
      createdAt: record.createdAt,
    });
  };

  /** The row count a write statement returned (1 written, 0 not). */
  const run = async (statement: Statement): Promise<number> => {
    const { rows } = await pool.query<{ n: number }>(statement);
    return rows[0]?.n ?? 0;
  };

  return {
    floor: createPostgresFloor({
      pool,
      schema,
      transaction,
      guard,
      ioError,
      writeOutbox: outbox.write,
    }),
    outbox: outbox.outbox,

    async create(record, event, notifications) {
      guard();
      const row = recordRow(record, { version: 1 });
      const sealed = sealEvent(row.id, 1, GENESIS_HASH, event);
      const notes = outboxRows(notifications);
      try {
        // One statement: the row, its first event, inbox rows and notifications, or nothing.
        if ((await run(statements.create(row, sealed, notes))) !== 1) {
          throw new ConflictError({
            applicationId: row.id,
            expectedVersion: 0,
            actualVersion: await currentVersion(row.id),
          });
        }
        remember(row, sealed.event.hash, pendingRowsOf(row));
        return sealed.event;
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new ConflictError(
            {
              applicationId: row.id,
              expectedVersion: 0,
              actualVersion: await currentVersion(row.id).catch(() => 0),
            },
            { cause: error },
          );
        }
        throw ioError(error);
      }
    },

    async append(id, expectedVersion, event, record, notifications) {
      guard();
      checkVersion(expectedVersion);
      const row = recordRow(record, { id, version: expectedVersion + 1 });
      const checked = checkEvent(event);
      const notes = outboxRows(notifications);
      try {
        // The head this store last read or wrote saves reading the row: the statement checks
        // the version, the head hash and the fixed fields against the stored row and writes
        // nothing unless all match (a concurrent append that committed first makes it match no
        // row: READ COMMITTED re-checks the updated row). Then the row is read and checked as
        // before, and the append tried again on what was read.
        const known = heads.get(id);
        let head = usableHead(known, expectedVersion, row) ? known : undefined;
        for (let attempt = 1; ; attempt++) {
          if (head === undefined) {
            const stored = await readHead(id);
            if (stored?.version !== expectedVersion || attempt > APPEND_ATTEMPTS) {
              heads.delete(id);
              throw new ConflictError({
                applicationId: id,
                expectedVersion,
                actualVersion: stored?.version ?? 0,
              });
            }
            checkFixedFields(stored, row);
            head = stored;
          }
          const sealed = sealEvent(id, expectedVersion + 1, head.hash, checked);
          if ((await run(statements.append(row, sealed, head, notes))) === 1) {
            remember(row, sealed.event.hash, pendingRowsOf(row));
            return sealed.event;
          }
          head = undefined;
        }
      } catch (error) {
        if (isUniqueViolation(error)) {
          heads.delete(id);
          throw new ConflictError(
            {
              applicationId: id,
              expectedVersion,
              actualVersion: await currentVersion(id).catch(() => 0),
            },
            { cause: error },
          );
        }
        throw ioError(error);
      }
    },

    async get(id) {
      guard();
      if (!couldBeStoredId(id)) return undefined;
      try {
        const { rows } = await pool.query<{ body: string; head_hash: string }>(
          `SELECT body::text AS body, head_hash FROM ${apps} WHERE id = $1`,
          [id],
        );
        const row = rows[0];
        if (row === undefined) return undefined;
        const record = parseRecord(row.body);
        // What a reader does next is often an append at this version: it need not read again.
        remember(record, row.head_hash, storedPendingRows(record));
        return record;
      } catch (error) {
        throw ioError(error);
      }
    },

    async events(id) {
      guard();
      if (!couldBeStoredId(id)) return [];
      try {
        const { rows } = await pool.query<{ body: string }>(
          `SELECT body::text AS body FROM ${events} WHERE application_id = $1 ORDER BY seq`,
          [id],
        );
        return rows.map((row) => JSON.parse(row.body) as StoredEvent);
      } catch (error) {
        throw ioError(error);
      }
    },

    async query(query: ApplicationQuery): Promise<ApplicationPage> {
      guard();
      const q = checkQuery(query);
      const where: string[] = [];
      const params: unknown[] = [];
      const param = (value: unknown, cast = ''): string => {
        params.push(value);
        return `$${String(params.length)}${cast}`;
      };
      if (q.serviceId !== undefined) where.push(`a.service_id = ${param(q.serviceId)}`);
      if (q.states !== undefined) {
        if (q.states.length === 0) return { items: [] };
        where.push(`a.state = ANY(${param(q.states, '::text[]')})`);
      }
      if (q.applicantId !== undefined) where.push(`a.applicant_id = ${param(q.applicantId)}`);
      if (q.agency !== undefined) where.push(`a.agencies @> ARRAY[${param(q.agency, '::text')}]`);
      if (q.overdueAt !== undefined) {
        where.push(`a.due_at IS NOT NULL AND a.due_at <= ${param(q.overdueAt, '::timestamptz')}`);
      }
      if (q.uncoveredBefore !== undefined) {
        where.push(
          `a.uncovered_from IS NOT NULL AND a.uncovered_from < ${param(q.uncoveredBefore, '::text')}`,
        );
      }
      if (q.after !== undefined) {
        where.push(
          `(a.created_at, a.id) > (${param(q.after.createdAt, '::timestamptz')}, ${param(q.after.id, '::text')})`,
        );
      }
      if (q.afterDue !== undefined) {
        where.push(
          `(a.due_at, a.id) > (${param(q.afterDue.dueAtSortable, '::timestamptz')}, ${param(q.afterDue.id, '::text')})`,
        );
      }
      // An overdue query walks the due index (due_at, id) in its order; any other in creation order.
      const order = q.overdueAt === undefined ? 'a.created_at, a.id' : 'a.due_at, a.id';
      const sql =
        `SELECT a.body::text AS body FROM ${apps} a${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ` +
        `ORDER BY ${order} LIMIT ${param(q.limit + 1)}`;
      try {
        const { rows } = await pool.query<{ body: string }>(sql, params);
        const items = rows.slice(0, q.limit).map((row) => parseRecord(row.body));
        const last = items[items.length - 1];
        return rows.length > q.limit && last ? { items, next: encodeCursor(last, q) } : { items };
      } catch (error) {
        throw ioError(error);
      }
    },

    async inbox(query) {
      guard();
      const q = checkInboxQuery(query);
      const params: unknown[] = [q.actors, q.limit + 1];
      if (q.after !== undefined) params.push(q.after.due ?? 'infinity', q.after.id);
      try {
        const { rows } = await pool.query<{ body: string; due_key: Date | number | string }>(
          postgresInboxSql(apps, pending, q.after !== undefined),
          params,
        );
        const page = rows.slice(0, q.limit);
        const items = page.map((row) => parseRecord(row.body));
        const last = page[page.length - 1];
        const lastItem = items[items.length - 1];
        if (!(rows.length > q.limit && last && lastItem)) return { items };
        // pg gives 'infinity' back as the number Infinity (or the text, by type parser).
        const due = last.due_key instanceof Date ? last.due_key.toISOString() : null;
        return { items, next: encodeInboxCursor(due, lastItem.id) };
      } catch (error) {
        throw ioError(error);
      }
    },

    async due(now, limit) {
      guard();
      instantMs(now, 'now');
      checkLimit(limit);
      try {
        const { rows } = await pool.query<{ body: string }>(postgresDueSql(apps), [now, limit]);
        return rows.map((row) => parseRecord(row.body));
      } catch (error) {
        throw ioError(error);
      }
    },

    async claimDue(now, limit, leaseUntil) {
      guard();
      checkClaim(now, limit, leaseUntil);
      try {
        // One statement, so one transaction: rows another claimer has locked are skipped, not
        // waited for, and the lease is set before any other claimer can see them again.
        const { rows } = await pool.query<{ body: string }>(
          `WITH picked AS (
             SELECT id FROM ${apps}
             WHERE due_at IS NOT NULL AND due_at <= $1 AND (lease_until IS NULL OR lease_until <= $1)
             ORDER BY due_at, id LIMIT $2
             FOR UPDATE SKIP LOCKED
           ), leased AS (
             UPDATE ${apps} a SET lease_until = $3 FROM picked WHERE a.id = picked.id
             RETURNING a.id, a.due_at, a.body
           )
           SELECT body::text AS body FROM leased ORDER BY due_at, id`,
          [now, limit, leaseUntil],
        );
        return rows.map((row) => parseRecord(row.body));
      } catch (error) {
        throw ioError(error);
      }
    },

    async count() {
      guard();
      try {
        const { rows } = await pool.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${apps}`);
        return Number(rows[0]?.n ?? 0);
      } catch (error) {
        throw ioError(error);
      }
    },

    async close() {
      if (closed) return;
      closed = true;
      if (ownsPool) await pool.end();
    },
  };
}
