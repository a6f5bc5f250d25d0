import { attempt } from './_attempt.js';
import { callOrder } from './callOrder.js';
import {
  checkComplaint,
  checkTakeTicket,
  complaintNumber,
  complaintSequenceKey,
  complaintYear,
  movedTicket,
  newTicket,
} from './_floorInput.js';
import { StoreError } from './errors.js';
import { outboxRows, type OutboxRow } from './_outboxInput.js';
import type { ComplaintRecord, FloorStore, QueueTicket } from './FloorStore.js';

const copy = <T>(value: T): T =>
  value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);

/**
 * The floor records of {@link createMemoryStore}, in this process's memory; `writeOutbox` adds a
 * change's notifications after the change (both in the same synchronous step).
 */
export function createMemoryFloor(
  isOpen: () => void,
  writeOutbox: (rows: readonly OutboxRow[]) => void,
): FloorStore {
  const tickets = new Map<string, QueueTicket>();
  const complaints = new Map<string, ComplaintRecord>();
  const sequences = new Map<string, number>();
  const next = (key: string): number => {
    const value = (sequences.get(key) ?? 0) + 1;
    sequences.set(key, value);
    return value;
  };
  const run = <T>(work: () => T): Promise<T> =>
    attempt(() => {
      isOpen();
      return copy(work());
    });

  return {
    takeTicket: (input) =>
      run(() => {
        checkTakeTicket(input);
        const issued = [...tickets.values()].filter(
          (t) => t.issuedBy === input.counterId && t.day === input.day,
        );
        if (input.dailyCapacity !== undefined && issued.length >= input.dailyCapacity)
          return { full: 'day' as const };
        if (
          input.slotCapacity !== undefined &&
          issued.filter((t) => t.slot === input.slot).length >= input.slotCapacity
        )
          return { full: 'slot' as const };
        if (tickets.has(input.id))
          throw new StoreError('invalid_input', `a ticket with id ${input.id} exists`);
        const ticket = newTicket(input, next(`ticket:${input.prefix}:${input.day}`));
        tickets.set(ticket.id, ticket);
        return { ticket };
      }),
    callNext: ({ counterId, day, officer, at }, notify) =>
      run(() => {
        const now = Date.parse(at);
        const [first] = [...tickets.values()]
          .filter(
            (t) =>
              t.counterId === counterId &&
              t.day === day &&
              t.status === 'waiting' &&
              Date.parse(t.callableFrom) <= now,
          )
          .sort(callOrder);
        if (first === undefined) return undefined;
        const called = movedTicket(first, { status: 'called', at, officer });
        const notes = outboxRows(notify?.(called));
        tickets.set(called.id, called);
        writeOutbox(notes);
        return called;
      }),
    moveTicket: (id, from, change, notify) =>
      run(() => {
        const ticket = tickets.get(id);
        if (ticket === undefined || !from.includes(ticket.status)) return undefined;
        const moved = movedTicket(ticket, change);
        const notes = outboxRows(notify?.(moved));
        tickets.set(id, moved);
        writeOutbox(notes);
        return moved;
      }),
    getTicket: (id) => run(() => tickets.get(id)),
    tickets: ({ day, counterId }) =>
      run(() =>
        [...tickets.values()]
          .filter((t) => t.day === day && (counterId === undefined || t.counterId === counterId))
          .sort((a, b) => a.counterId.localeCompare(b.counterId) || (a.number < b.number ? -1 : 1)),
      ),
    createComplaint: (record, options) =>
      run(() => {
        checkComplaint(record, 1);
        const year = complaintYear(record, options);
        if (complaints.has(record.id))
          throw new StoreError('invalid_input', `a complaint with id ${record.id} exists`);
        const key = complaintSequenceKey(year);
        const seq = (sequences.get(key) ?? 0) + 1;
        const stored = { ...copy(record), number: complaintNumber(year, seq) };
        const notes = outboxRows(options?.notify?.(stored));
        sequences.set(key, seq);
        complaints.set(stored.id, stored);
        writeOutbox(notes);
        return stored;
      }),
    updateComplaint: (id, expectedVersion, record, notify) =>
      run(() => {
        checkComplaint(record, expectedVersion + 1);
        const current = complaints.get(id);
        if (current?.version !== expectedVersion) return undefined;
        const stored = { ...copy(record), id, number: current.number };
        const notes = outboxRows(notify?.(stored));
        complaints.set(id, stored);
        writeOutbox(notes);
        return stored;
      }),
    getComplaint: (id) => run(() => complaints.get(id)),
    listComplaints: (query) =>
      run(() =>
        [...complaints.values()]
          .filter(
            (c) =>
              (query.agency === undefined || c.agency === query.agency) &&
              (query.state === undefined || query.state.includes(c.state)) &&
              (query.reporterId === undefined || c.reporterId === query.reporterId) &&
              (query.number === undefined || c.number === query.number),
          )
          .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id))
          .slice(0, query.limit ?? 1000),
      ),
  };
}
