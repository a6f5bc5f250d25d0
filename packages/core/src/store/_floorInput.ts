/** What the three floor stores share: numbers, the call order and input checks. */
import { StoreError } from './errors.js';
import type {
  ComplaintRecord,
  CreateComplaintOptions,
  QueueTicket,
  TakeTicketInput,
} from './FloorStore.js';

/** `A` and 7 give `A-007`. */
export function ticketNumber(prefix: string, seq: number): string {
  return `${prefix}-${String(seq).padStart(3, '0')}`;
}

/**
 * The year a complaint is numbered in: the caller's (the mall's local year), else the UTC year
 * of `receivedAt`.
 */
export function complaintYear(record: ComplaintRecord, options?: CreateComplaintOptions): string {
  const year = options?.year ?? record.receivedAt.slice(0, 4);
  if (!/^\d{4}$/.test(year))
    throw new StoreError('invalid_input', `year must be YYYY, got ${JSON.stringify(year)}`);
  return year;
}

/** The counter key of a complaint's number: its year. */
export function complaintSequenceKey(year: string): string {
  return `complaint:${year}`;
}

/** `2026` and 12 give `ADU-2026-000012`. */
export function complaintNumber(year: string, seq: number): string {
  return `ADU-${year}-${String(seq).padStart(6, '0')}`;
}

/** The ticket a fresh take makes. */
export function newTicket(input: TakeTicketInput, seq: number): QueueTicket {
  return {
    id: input.id,
    number: ticketNumber(input.prefix, seq),
    counterId: input.counterId,
    issuedBy: input.counterId,
    day: input.day,
    kind: input.kind,
    priority: input.priority,
    serviceId: input.serviceId,
    slot: input.slot,
    status: 'waiting',
    takenAt: input.at,
    callableFrom: input.callableFrom,
    calledAt: null,
    calledBy: null,
    recalls: 0,
    finishedAt: null,
  };
}

/** Rejects what no caller of the floor store should send. */
export function checkTakeTicket(input: TakeTicketInput): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.day))
    throw new StoreError(
      'invalid_input',
      `day must be YYYY-MM-DD, got ${JSON.stringify(input.day)}`,
    );
  if (!/^[A-Z]{1,3}$/.test(input.prefix))
    throw new StoreError('invalid_input', `prefix must be 1–3 capital letters`);
  if (input.kind === 'appointment' && input.slot === null)
    throw new StoreError('invalid_input', 'an appointment ticket needs its slot');
}

/** Rejects a complaint record a store cannot keep. */
export function checkComplaint(record: ComplaintRecord, version: number): void {
  if (record.version !== version)
    throw new StoreError(
      'invalid_input',
      `the complaint's version must be ${String(version)}, got ${String(record.version)}`,
    );
  if (!/^\d{4}-/.test(record.receivedAt))
    throw new StoreError('invalid_input', 'receivedAt must be an ISO 8601 instant');
}

/** The ticket after a move. */
export function movedTicket(
  ticket: QueueTicket,
  change: { status: QueueTicket['status']; at: string; counterId?: string; officer?: string },
): QueueTicket {
  if (change.status === 'called')
    return {
      ...ticket,
      status: 'called',
      calledAt: change.at,
      calledBy: change.officer ?? ticket.calledBy,
      recalls: ticket.status === 'called' ? ticket.recalls + 1 : ticket.recalls,
    };
  if (change.status === 'waiting')
    return {
      ...ticket,
      status: 'waiting',
      counterId: change.counterId ?? ticket.counterId,
      calledAt: null,
      calledBy: null,
    };
  return { ...ticket, status: change.status, finishedAt: change.at };
}
