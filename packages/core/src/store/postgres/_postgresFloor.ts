import { escapeIdentifier, type Pool, type PoolClient } from 'pg';
import {
  checkComplaint,
  checkTakeTicket,
  complaintNumber,
  complaintSequenceKey,
  complaintYear,
  movedTicket,
  newTicket,
} from '../_floorInput.js';
import { StoreError } from '../errors.js';
import type { ComplaintRecord, FloorNotify, FloorStore, QueueTicket } from '../FloorStore.js';
import { outboxRows, type OutboxRow } from '../_outboxInput.js';
import { MIGRATION_LOCK_SPACE } from './_postgresSchema.js';

/** The floor tables, versioned apart from the application tables in `floor_schema_version`. */
const floorMigrations = (s: string): readonly string[] => [
  `
  CREATE TABLE ${s}.floor_sequences (
    key  text   NOT NULL PRIMARY KEY,
    last bigint NOT NULL
  );
  CREATE TABLE ${s}.queue_tickets (
    id            text     NOT NULL PRIMARY KEY,
    number        text     NOT NULL,
    day           text     NOT NULL,
    issued_by     text     NOT NULL,
    counter_id    text     NOT NULL,
    status        text     NOT NULL,
    priority_rank smallint NOT NULL,
    callable_from text     NOT NULL,
    slot          text,
    body          text     NOT NULL,
    UNIQUE (day, number)
  );
  CREATE INDEX queue_tickets_waiting ON ${s}.queue_tickets (counter_id, day, priority_rank, callable_from, number) WHERE status = 'waiting';
  CREATE INDEX queue_tickets_issued ON ${s}.queue_tickets (issued_by, day, slot);
  CREATE TABLE ${s}.complaints (
    id          text    NOT NULL PRIMARY KEY,
    number      text    NOT NULL UNIQUE,
    agency      text    NOT NULL,
    state       text    NOT NULL,
    reporter_id text,
    version     integer NOT NULL,
    received_at text    NOT NULL,
    body        text    NOT NULL
  );
  CREATE INDEX complaints_agency ON ${s}.complaints (agency, state);
  CREATE INDEX complaints_received ON ${s}.complaints (received_at, id);
  `,
];

/**
 * Creates or migrates the floor tables in `schema`; runs inside the store's migration
 * transaction (which holds the schema's advisory lock).
 */
export async function migratePostgresFloor(client: PoolClient, schema: string): Promise<void> {
  const s = escapeIdentifier(schema);
  await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
    MIGRATION_LOCK_SPACE,
    `${schema}:floor`,
  ]);
  await client.query(
    `CREATE TABLE IF NOT EXISTS ${s}.floor_schema_version (version integer PRIMARY KEY)`,
  );
  const { rows } = await client.query<{ current: string }>(
    `SELECT coalesce(max(version), 0)::text AS current FROM ${s}.floor_schema_version`,
  );
  const current = Number(rows[0]?.current ?? 0);
  const migrations = floorMigrations(s);
  if (current > migrations.length)
    throw new StoreError(
      'schema_mismatch',
      `the floor tables of schema ${schema} have version ${String(current)}, this library knows up to ${String(migrations.length)}; upgrade @mpp-kit/core`,
    );
  for (let version = current + 1; version <= migrations.length; version++) {
    await client.query(migrations[version - 1] as string);
    await client.query(`INSERT INTO ${s}.floor_schema_version (version) VALUES ($1)`, [version]);
  }
}

const iso = (instant: string): string => new Date(instant).toISOString();

/** What the floor borrows from `createPostgresStore`. */
export interface PostgresFloorContext {
  readonly pool: Pool;
  readonly schema: string;
  /** One transaction on one client. */
  readonly transaction: <T>(work: (client: PoolClient) => Promise<T>) => Promise<T>;
  /** Throws when the store is closed. */
  readonly guard: () => void;
  /** Maps a driver error. */
  readonly ioError: (error: unknown) => Error;
  /** The outbox's writer, on the change's transaction. */
  readonly writeOutbox: (client: PoolClient, rows: readonly OutboxRow[]) => Promise<void>;
}

/**
 * The floor records of `createPostgresStore`: numbers from a row locked by `INSERT … ON
 * CONFLICT DO UPDATE`, capacity counted under that lock, and `callNext` through `FOR UPDATE SKIP
 * LOCKED`, so two processes calling at once get two different tickets.
 */
export function createPostgresFloor(context: PostgresFloorContext): FloorStore {
  const { pool, transaction, guard, ioError, writeOutbox } = context;
  const notifyIn = async <T>(
    client: PoolClient,
    notify: FloorNotify<T> | undefined,
    stored: T,
  ): Promise<void> => {
    if (notify !== undefined) await writeOutbox(client, outboxRows(notify(stored)));
  };
  const s = escapeIdentifier(context.schema);
  const tickets = `${s}.queue_tickets`;
  const complaints = `${s}.complaints`;
  const nextNumberSql =
    `INSERT INTO ${s}.floor_sequences AS q (key, last) VALUES ($1, 1) ` +
    'ON CONFLICT (key) DO UPDATE SET last = q.last + 1 RETURNING last::text AS last';
  const ticketColumns = (ticket: QueueTicket): unknown[] => [
    ticket.id,
    ticket.number,
    ticket.day,
    ticket.issuedBy,
    ticket.counterId,
    ticket.status,
    ticket.priority === null ? 1 : 0,
    iso(ticket.callableFrom),
    ticket.slot,
    JSON.stringify(ticket),
  ];
  const updateTicketSql = `UPDATE ${tickets} SET counter_id = $2, status = $3, body = $4 WHERE id = $1`;
  const writeMoved = (client: PoolClient, moved: QueueTicket) =>
    client.query(updateTicketSql, [moved.id, moved.counterId, moved.status, JSON.stringify(moved)]);
  const nextNumber = async (client: PoolClient, key: string): Promise<number> => {
    const { rows } = await client.query<{ last: string }>(nextNumberSql, [key]);
    return Number(rows[0]?.last ?? 1);
  };
  const wrap = async <T>(work: () => Promise<T>): Promise<T> => {
    guard();
    try {
      return await work();
    } catch (error) {
      throw ioError(error);
    }
  };
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names what the JSON holds
  const parse = <T>(rows: { body: string }[]): T | undefined =>
    rows[0] === undefined ? undefined : (JSON.parse(rows[0].body) as T);

  return {
    takeTicket: (input) =>
      wrap(() => {
        checkTakeTicket(input);
        return transaction(async (client) => {
          // The sequence row, locked until commit, serializes the takers of this prefix and day.
          const seq = await nextNumber(client, `ticket:${input.prefix}:${input.day}`);
          const { rows } = await client.query<{ issued: string; in_slot: string }>(
            `SELECT count(*)::text AS issued, count(*) FILTER (WHERE slot = $3)::text AS in_slot ` +
              `FROM ${tickets} WHERE issued_by = $1 AND day = $2`,
            [input.counterId, input.day, input.slot],
          );
          const issued = Number(rows[0]?.issued ?? 0);
          const inSlot = Number(rows[0]?.in_slot ?? 0);
          if (input.dailyCapacity !== undefined && issued >= input.dailyCapacity)
            throw new CapacityUsed('day');
          if (input.slotCapacity !== undefined && inSlot >= input.slotCapacity)
            throw new CapacityUsed('slot');
          const ticket = newTicket(input, seq);
          await client.query(
            `INSERT INTO ${tickets} (id, number, day, issued_by, counter_id, status, priority_rank, callable_from, slot, body) ` +
              'VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)',
            ticketColumns(ticket),
          );
          return { ticket };
        }).catch((error: unknown) => {
          if (error instanceof CapacityUsed) return { full: error.which };
          throw error;
        });
      }),
    callNext: ({ counterId, day, officer, at }, notify) =>
      wrap(() =>
        transaction(async (client) => {
          const { rows } = await client.query<{ body: string }>(
            `SELECT body FROM ${tickets} WHERE counter_id = $1 AND day = $2 AND status = 'waiting' ` +
              'AND callable_from <= $3 ORDER BY priority_rank, callable_from, number ' +
              'LIMIT 1 FOR UPDATE SKIP LOCKED',
            [counterId, day, iso(at)],
          );
          const first = parse<QueueTicket>(rows);
          if (first === undefined) return undefined;
          const called = movedTicket(first, { status: 'called', at, officer });
          await writeMoved(client, called);
          await notifyIn(client, notify, called);
          return called;
        }),
      ),
    moveTicket: (id, from, change, notify) =>
      wrap(() =>
        transaction(async (client) => {
          const { rows } = await client.query<{ body: string }>(
            `SELECT body FROM ${tickets} WHERE id = $1 FOR UPDATE`,
            [id],
          );
          const ticket = parse<QueueTicket>(rows);
          if (ticket === undefined || !from.includes(ticket.status)) return undefined;
          const moved = movedTicket(ticket, change);
          await writeMoved(client, moved);
          await notifyIn(client, notify, moved);
          return moved;
        }),
      ),
    getTicket: (id) =>
      wrap(async () =>
        parse<QueueTicket>(
          (await pool.query<{ body: string }>(`SELECT body FROM ${tickets} WHERE id = $1`, [id]))
            .rows,
        ),
      ),
    tickets: ({ day, counterId }) =>
      wrap(async () => {
        const { rows } = await pool.query<{ body: string }>(
          `SELECT body FROM ${tickets} WHERE day = $1 AND ($2::text IS NULL OR counter_id = $2) ` +
            'ORDER BY counter_id, number',
          [day, counterId ?? null],
        );
        return rows.map((row) => JSON.parse(row.body) as QueueTicket);
      }),
    createComplaint: (record, options) =>
      wrap(() => {
        checkComplaint(record, 1);
        const year = complaintYear(record, options);
        return transaction(async (client) => {
          const seq = await nextNumber(client, complaintSequenceKey(year));
          const stored: ComplaintRecord = { ...record, number: complaintNumber(year, seq) };
          await client.query(
            `INSERT INTO ${complaints} (id, number, agency, state, reporter_id, version, received_at, body) ` +
              'VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
            [
              stored.id,
              stored.number,
              stored.agency,
              stored.state,
              stored.reporterId,
              stored.version,
              iso(stored.receivedAt),
              JSON.stringify(stored),
            ],
          );
          await notifyIn(client, options?.notify, stored);
          return stored;
        });
      }),
    updateComplaint: (id, expectedVersion, record, notify) =>
      wrap(() => {
        checkComplaint(record, expectedVersion + 1);
        return transaction(async (client) => {
          const { rows } = await client.query<{ body: string }>(
            `SELECT body FROM ${complaints} WHERE id = $1 AND version = $2 FOR UPDATE`,
            [id, expectedVersion],
          );
          const current = parse<ComplaintRecord>(rows);
          if (current === undefined) return undefined;
          const stored: ComplaintRecord = { ...record, id, number: current.number };
          await client.query(
            `UPDATE ${complaints} SET agency = $2, state = $3, version = $4, body = $5 WHERE id = $1`,
            [id, stored.agency, stored.state, stored.version, JSON.stringify(stored)],
          );
          await notifyIn(client, notify, stored);
          return stored;
        });
      }),
    getComplaint: (id) =>
      wrap(async () =>
        parse<ComplaintRecord>(
          (await pool.query<{ body: string }>(`SELECT body FROM ${complaints} WHERE id = $1`, [id]))
            .rows,
        ),
      ),
    listComplaints: (query) =>
      wrap(async () => {
        if (query.state?.length === 0) return [];
        const { rows } = await pool.query<{ body: string }>(
          `SELECT body FROM ${complaints} WHERE ($1::text IS NULL OR agency = $1) ` +
            'AND ($2::text[] IS NULL OR state = ANY($2)) AND ($3::text IS NULL OR reporter_id = $3) ' +
            'AND ($5::text IS NULL OR number = $5) ORDER BY received_at, id LIMIT $4',
          [
            query.agency ?? null,
            query.state ?? null,
            query.reporterId ?? null,
            query.limit ?? 1000,
            query.number ?? null,
          ],
        );
        return rows.map((row) => JSON.parse(row.body) as ComplaintRecord);
      }),
  };
}

/** Thrown inside a take's transaction to roll it back (the number is not used). */
class CapacityUsed extends Error {
  constructor(readonly which: 'day' | 'slot') {
    super(`capacity of the ${which} used`);
  }
}
