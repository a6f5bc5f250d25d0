import type Database from 'better-sqlite3';
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
import { outboxRows, type OutboxRow } from '../_outboxInput.js';
import type { ComplaintRecord, FloorNotify, FloorStore, QueueTicket } from '../FloorStore.js';

/**
 * The floor tables (queue tickets, complaints, number sequences), versioned apart from the
 * application tables in `floor_schema_version` so that they migrate on their own.
 */
const floorMigrations: readonly string[] = [
  `
  CREATE TABLE floor_sequences (
    key  TEXT    NOT NULL PRIMARY KEY,
    last INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE queue_tickets (
    id            TEXT    NOT NULL PRIMARY KEY,
    number        TEXT    NOT NULL,
    day           TEXT    NOT NULL,
    issued_by     TEXT    NOT NULL,
    counter_id    TEXT    NOT NULL,
    status        TEXT    NOT NULL,
    priority_rank INTEGER NOT NULL,   -- 0: a protected group, 1: the others
    callable_from TEXT    NOT NULL,   -- toISOString(): sorts as text
    slot          TEXT,
    body          TEXT    NOT NULL,   -- the whole QueueTicket, JSON
    UNIQUE (day, number)
  );
  CREATE INDEX queue_tickets_waiting ON queue_tickets (counter_id, day, status, priority_rank, callable_from, number);
  CREATE INDEX queue_tickets_issued ON queue_tickets (issued_by, day, slot);
  CREATE TABLE complaints (
    id          TEXT    NOT NULL PRIMARY KEY,
    number      TEXT    NOT NULL UNIQUE,
    agency      TEXT    NOT NULL,
    state       TEXT    NOT NULL,
    reporter_id TEXT,
    version     INTEGER NOT NULL,
    received_at TEXT    NOT NULL,
    body        TEXT    NOT NULL      -- the whole ComplaintRecord, JSON
  );
  CREATE INDEX complaints_agency ON complaints (agency, state);
  CREATE INDEX complaints_received ON complaints (received_at, id);
  `,
];

type Db = Database.Database;

function migrateFloor(db: Db): void {
  db.transaction(() => {
    db.exec(
      'CREATE TABLE IF NOT EXISTS floor_schema_version (version INTEGER NOT NULL PRIMARY KEY)',
    );
    const { current } = db
      .prepare('SELECT coalesce(max(version), 0) AS current FROM floor_schema_version')
      .get() as { current: number };
    if (current > floorMigrations.length)
      throw new StoreError(
        'schema_mismatch',
        `the floor tables have version ${String(current)}, this library knows up to ${String(floorMigrations.length)}; upgrade @mpp-kit/core`,
      );
    for (let version = current + 1; version <= floorMigrations.length; version++) {
      db.exec(floorMigrations[version - 1] as string);
      db.prepare('INSERT INTO floor_schema_version (version) VALUES (?)').run(version);
    }
  }).immediate();
}

const iso = (instant: string): string => new Date(instant).toISOString();

/**
 * The floor records of `createSqliteStore`, on its database: every write is one `BEGIN
 * IMMEDIATE` transaction, so numbers and calls are serialized across processes sharing the file.
 *
 * @param db - the store's open database (migrated here).
 * @param run - the store's wrapper (fails when closed, maps driver errors).
 * @param writeOutbox - the outbox's writer, called inside the change's transaction.
 */
export function createSqliteFloor(
  db: Db,
  run: <T>(work: () => T) => Promise<T>,
  writeOutbox: (rows: readonly OutboxRow[]) => void,
): FloorStore {
  migrateFloor(db);
  const nextNumber = db.prepare<[string], { last: number }>(
    'INSERT INTO floor_sequences (key, last) VALUES (?, 1) ' +
      'ON CONFLICT (key) DO UPDATE SET last = last + 1 RETURNING last',
  );
  const countIssued = db.prepare<[string, string], { n: number }>(
    'SELECT count(*) AS n FROM queue_tickets WHERE issued_by = ? AND day = ?',
  );
  const countSlot = db.prepare<[string, string, string], { n: number }>(
    'SELECT count(*) AS n FROM queue_tickets WHERE issued_by = ? AND day = ? AND slot = ?',
  );
  const insertTicket = db.prepare(
    'INSERT INTO queue_tickets (id, number, day, issued_by, counter_id, status, priority_rank, callable_from, slot, body) ' +
      'VALUES (@id, @number, @day, @issuedBy, @counterId, @status, @rank, @callableFrom, @slot, @body)',
  );
  const updateTicket = db.prepare(
    'UPDATE queue_tickets SET counter_id = @counterId, status = @status, body = @body WHERE id = @id',
  );
  const selectTicket = db.prepare<[string], { body: string }>(
    'SELECT body FROM queue_tickets WHERE id = ?',
  );
  const selectNext = db.prepare<[string, string, string], { body: string }>(
    "SELECT body FROM queue_tickets WHERE counter_id = ? AND day = ? AND status = 'waiting' " +
      'AND callable_from <= ? ORDER BY priority_rank, callable_from, number LIMIT 1',
  );
  const selectDay = db.prepare<[string], { body: string }>(
    'SELECT body FROM queue_tickets WHERE day = ? ORDER BY counter_id, number',
  );
  const selectCounterDay = db.prepare<[string, string], { body: string }>(
    'SELECT body FROM queue_tickets WHERE day = ? AND counter_id = ? ORDER BY number',
  );
  const insertComplaint = db.prepare(
    'INSERT INTO complaints (id, number, agency, state, reporter_id, version, received_at, body) ' +
      'VALUES (@id, @number, @agency, @state, @reporterId, @version, @receivedAt, @body)',
  );
  const updateComplaint = db.prepare(
    'UPDATE complaints SET agency = @agency, state = @state, version = @version, body = @body ' +
      'WHERE id = @id AND version = @expectedVersion',
  );
  const selectComplaint = db.prepare<[string], { body: string }>(
    'SELECT body FROM complaints WHERE id = ?',
  );

  const ticketRow = (ticket: QueueTicket) => ({
    id: ticket.id,
    number: ticket.number,
    day: ticket.day,
    issuedBy: ticket.issuedBy,
    counterId: ticket.counterId,
    status: ticket.status,
    rank: ticket.priority === null ? 1 : 0,
    callableFrom: iso(ticket.callableFrom),
    slot: ticket.slot,
    body: JSON.stringify(ticket),
  });
  const complaintRow = (record: ComplaintRecord) => ({
    id: record.id,
    number: record.number,
    agency: record.agency,
    state: record.state,
    reporterId: record.reporterId,
    version: record.version,
    receivedAt: iso(record.receivedAt),
    body: JSON.stringify(record),
  });
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names what the JSON holds
  const parse = <T>(row: { body: string } | undefined): T | undefined =>
    row === undefined ? undefined : (JSON.parse(row.body) as T);

  const takeTx = db.transaction((input: Parameters<FloorStore['takeTicket']>[0]) => {
    const issued = countIssued.get(input.counterId, input.day)?.n ?? 0;
    if (input.dailyCapacity !== undefined && issued >= input.dailyCapacity)
      return { full: 'day' as const };
    if (
      input.slotCapacity !== undefined &&
      input.slot !== null &&
      (countSlot.get(input.counterId, input.day, input.slot)?.n ?? 0) >= input.slotCapacity
    )
      return { full: 'slot' as const };
    const seq = nextNumber.get(`ticket:${input.prefix}:${input.day}`)?.last ?? 1;
    const ticket = newTicket(input, seq);
    insertTicket.run(ticketRow(ticket));
    return { ticket };
  });
  const callTx = db.transaction(
    (
      counterId: string,
      day: string,
      officer: string,
      at: string,
      notify: FloorNotify<QueueTicket> | undefined,
    ) => {
      const first = parse<QueueTicket>(selectNext.get(counterId, day, iso(at)));
      if (first === undefined) return undefined;
      const called = movedTicket(first, { status: 'called', at, officer });
      updateTicket.run(ticketRow(called));
      writeOutbox(outboxRows(notify?.(called)));
      return called;
    },
  );
  const moveTx = db.transaction(
    (
      id: string,
      from: readonly string[],
      change: Parameters<FloorStore['moveTicket']>[2],
      notify: FloorNotify<QueueTicket> | undefined,
    ) => {
      const ticket = parse<QueueTicket>(selectTicket.get(id));
      if (ticket === undefined || !from.includes(ticket.status)) return undefined;
      const moved = movedTicket(ticket, change);
      updateTicket.run(ticketRow(moved));
      writeOutbox(outboxRows(notify?.(moved)));
      return moved;
    },
  );
  const createComplaintTx = db.transaction(
    (record: ComplaintRecord, year: string, notify: FloorNotify<ComplaintRecord> | undefined) => {
      const seq = nextNumber.get(complaintSequenceKey(year))?.last ?? 1;
      const stored: ComplaintRecord = { ...record, number: complaintNumber(year, seq) };
      insertComplaint.run(complaintRow(stored));
      writeOutbox(outboxRows(notify?.(stored)));
      return stored;
    },
  );
  const updateComplaintTx = db.transaction(
    (
      id: string,
      expectedVersion: number,
      record: ComplaintRecord,
      notify: FloorNotify<ComplaintRecord> | undefined,
    ) => {
      const current = parse<ComplaintRecord>(selectComplaint.get(id));
      if (current?.version !== expectedVersion) return undefined;
      const stored: ComplaintRecord = { ...record, id, number: current.number };
      const { changes } = updateComplaint.run({ ...complaintRow(stored), expectedVersion });
      if (changes !== 1) return undefined;
      writeOutbox(outboxRows(notify?.(stored)));
      return stored;
    },
  );

  return {
    takeTicket: (input) =>
      run(() => {
        checkTakeTicket(input);
        return takeTx.immediate(input);
      }),
    callNext: ({ counterId, day, officer, at }, notify) =>
      run(() => callTx.immediate(counterId, day, officer, at, notify)),
    moveTicket: (id, from, change, notify) => run(() => moveTx.immediate(id, from, change, notify)),
    getTicket: (id) => run(() => parse<QueueTicket>(selectTicket.get(id))),
    tickets: ({ day, counterId }) =>
      run(() =>
        (counterId === undefined ? selectDay.all(day) : selectCounterDay.all(day, counterId)).map(
          (row) => JSON.parse(row.body) as QueueTicket,
        ),
      ),
    createComplaint: (record, options) =>
      run(() => {
        checkComplaint(record, 1);
        return createComplaintTx.immediate(record, complaintYear(record, options), options?.notify);
      }),
    updateComplaint: (id, expectedVersion, record, notify) =>
      run(() => {
        checkComplaint(record, expectedVersion + 1);
        return updateComplaintTx.immediate(id, expectedVersion, record, notify);
      }),
    getComplaint: (id) => run(() => parse<ComplaintRecord>(selectComplaint.get(id))),
    listComplaints: (query) =>
      run(() => {
        const where: string[] = [];
        const params: unknown[] = [];
        if (query.agency !== undefined) {
          where.push('agency = ?');
          params.push(query.agency);
        }
        if (query.state !== undefined) {
          if (query.state.length === 0) return [];
          where.push(`state IN (${query.state.map(() => '?').join(', ')})`);
          params.push(...query.state);
        }
        if (query.reporterId !== undefined) {
          where.push('reporter_id = ?');
          params.push(query.reporterId);
        }
        if (query.number !== undefined) {
          where.push('number = ?');
          params.push(query.number);
        }
        const sql =
          `SELECT body FROM complaints${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ` +
          'ORDER BY received_at, id LIMIT ?';
        return db
          .prepare<unknown[], { body: string }>(sql)
          .all(...params, query.limit ?? 1000)
          .map((row) => JSON.parse(row.body) as ComplaintRecord);
      }),
  };
}
