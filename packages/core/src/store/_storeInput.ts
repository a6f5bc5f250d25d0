/** Validation, copying and sealing shared by every store implementation. */
import { findNonJson } from './jsonValue.js';
import { hashNewEvent } from './auditChain.js';
import { StoreError } from './errors.js';
import type {
  ActorRef,
  ApplicationQuery,
  ApplicationRecord,
  InboxQuery,
  NewEvent,
  StoredEvent,
} from './MallStore.js';

/** An ISO 8601 instant with a zone: `2025-07-01T09:30:00+07:00`, `2025-07-01T02:30:00.123Z`. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Default and maximum page size of `query`. */
export const DEFAULT_QUERY_LIMIT = 100;
export const MAX_LIMIT = 1000;

function invalid(detail: string): StoreError {
  return new StoreError('invalid_input', detail);
}

/**
 * The NUL character: PostgreSQL cannot keep it in a text column, so no store accepts it in an id,
 * a name or a reason (JSON payloads keep it, escaped).
 */
const NUL = '\u0000';

function nulIn(what: string): StoreError {
  return invalid(`${what} holds a NUL character (\\u0000), which no store keeps`);
}

/**
 * Whether a store could hold an application with this id. One with a NUL character was refused
 * when written, so a read answers it as missing on every store (PostgreSQL would fail on it).
 */
export function couldBeStoredId(id: string): boolean {
  return !id.includes(NUL);
}

function assertString(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.length === 0)
    throw invalid(`${what} must be a non-empty string`);
  if (value.includes(NUL)) throw nulIn(what);
  return value;
}

/** A value as it appears in a message: strings quoted. */
function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** Milliseconds since the epoch of an ISO 8601 instant with a zone. */
export function instantMs(value: unknown, what: string): number {
  if (typeof value !== 'string' || !INSTANT.test(value)) {
    throw invalid(
      `${what} must be an ISO 8601 instant with "Z" or an offset, got ${describe(value)}`,
    );
  }
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw invalid(`${what} is not a real instant: ${value}`);
  return ms;
}

/** The instant normalised to `toISOString()` form, which sorts as text. */
export function sortableInstant(value: unknown, what: string): string {
  return new Date(instantMs(value, what)).toISOString();
}

/** Serialises a value that must be JSON, failing with `invalid_input` otherwise. */
export function toJsonText(value: unknown, what: string): string {
  const bad = findNonJson(value, what);
  if (bad) throw invalid(`${bad.path}: ${bad.problem}`);
  return JSON.stringify(value);
}

/** A page size or claim size: an integer from 1 to 1000. */
export function checkLimit(value: unknown, what = 'limit'): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_LIMIT) {
    throw invalid(
      `${what} must be an integer from 1 to ${String(MAX_LIMIT)}, got ${String(value)}`,
    );
  }
  return value;
}

/** A version number the caller expects: an integer ≥ 1. */
export function checkVersion(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw invalid(`expectedVersion must be an integer of 1 or more, got ${String(value)}`);
  }
  return value;
}

/** The columns a store indexes, taken from a validated record. */
export interface RecordRow {
  readonly id: string;
  readonly mallId: string;
  readonly serviceId: string;
  readonly serviceVersion: string;
  readonly workflowId: string;
  readonly workflowVersion: string;
  readonly applicantId: string;
  /** Distinct, in the order given. */
  readonly agencies: readonly string[];
  readonly state: string;
  readonly version: number;
  /** As given by the caller. */
  readonly dueAt: string | null;
  /** `dueAt` in `toISOString()` form. */
  readonly dueAtSortable: string | null;
  readonly createdAt: string;
  readonly createdAtSortable: string;
  readonly updatedAt: string;
  /** `pendingActors`, distinct (empty when absent). */
  readonly pendingActors: readonly string[];
  /** `actionDueAt` in `toISOString()` form, or null. */
  readonly actionDueSortable: string | null;
  /** `uncoveredFrom` (`YYYY-MM-DD`), or null. */
  readonly uncoveredFrom: string | null;
  /** The whole record as JSON text, the fields in interface order. */
  readonly body: string;
}

/** The fields an append may not change. */
export const FIXED_FIELDS = [
  'mallId',
  'serviceId',
  'serviceVersion',
  'workflowId',
  'workflowVersion',
  'applicantId',
  'createdAt',
] as const;

/** Validates a record and copies it to JSON text plus the indexed columns. */
export function recordRow(
  record: ApplicationRecord,
  expected: { id?: string; version: number },
): RecordRow {
  // Callers may be plain JavaScript: check the shape the types promise.
  const input: unknown = record;
  if (typeof input !== 'object' || input === null) throw invalid('record must be an object');
  const id = assertString(record.id, 'record.id');
  if (expected.id !== undefined && id !== expected.id) {
    throw invalid(
      `record.id ${JSON.stringify(id)} does not match the application id ${JSON.stringify(expected.id)}`,
    );
  }
  if (record.version !== expected.version) {
    throw invalid(
      `record.version must be ${String(expected.version)}, got ${String(record.version)}`,
    );
  }
  if (!Array.isArray(record.agencies)) throw invalid('record.agencies must be an array of strings');
  const agencies = [
    ...new Set(record.agencies.map((a, i) => assertString(a, `record.agencies[${String(i)}]`))),
  ];
  const dueAt = record.dueAt;
  if (dueAt !== null) instantMs(dueAt, 'record.dueAt');
  instantMs(record.updatedAt, 'record.updatedAt');
  const inbox = inboxFields(record);
  const copy: ApplicationRecord = {
    id,
    mallId: assertString(record.mallId, 'record.mallId'),
    serviceId: assertString(record.serviceId, 'record.serviceId'),
    serviceVersion: assertString(record.serviceVersion, 'record.serviceVersion'),
    workflowId: assertString(record.workflowId, 'record.workflowId'),
    workflowVersion: assertString(record.workflowVersion, 'record.workflowVersion'),
    applicantId: assertString(record.applicantId, 'record.applicantId'),
    agencies: record.agencies,
    state: assertString(record.state, 'record.state'),
    snapshot: record.snapshot,
    version: record.version,
    dueAt,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    ...(record.pendingActors === undefined ? {} : { pendingActors: record.pendingActors }),
    ...(record.actionDueAt === undefined ? {} : { actionDueAt: record.actionDueAt }),
    ...(record.uncoveredFrom === undefined ? {} : { uncoveredFrom: record.uncoveredFrom }),
  };
  const body = toJsonText(copy, 'record');
  return {
    id,
    mallId: copy.mallId,
    serviceId: copy.serviceId,
    serviceVersion: copy.serviceVersion,
    workflowId: copy.workflowId,
    workflowVersion: copy.workflowVersion,
    applicantId: copy.applicantId,
    agencies,
    state: copy.state,
    version: copy.version,
    dueAt,
    dueAtSortable: dueAt === null ? null : sortableInstant(dueAt, 'record.dueAt'),
    createdAt: copy.createdAt,
    createdAtSortable: sortableInstant(copy.createdAt, 'record.createdAt'),
    updatedAt: copy.updatedAt,
    ...inbox,
    uncoveredFrom: localDateOrNull(record.uncoveredFrom, 'record.uncoveredFrom'),
    body,
  };
}

/** A local date `YYYY-MM-DD` (or null/absent, as null), else `invalid_input`. */
function localDateOrNull(value: unknown, what: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value))
    throw invalid(`${what} must be a date YYYY-MM-DD or null, got ${describe(value)}`);
  return value;
}

/** The inbox columns of a record: distinct pending actors and the sortable action due instant. */
function inboxFields(
  record: ApplicationRecord,
): Pick<RecordRow, 'pendingActors' | 'actionDueSortable'> {
  const actors: unknown = record.pendingActors ?? [];
  if (!Array.isArray(actors)) throw invalid('record.pendingActors must be an array of strings');
  const due = record.actionDueAt ?? null;
  return {
    pendingActors: [
      ...new Set(actors.map((a, i) => assertString(a, `record.pendingActors[${String(i)}]`))),
    ],
    actionDueSortable: due === null ? null : sortableInstant(due, 'record.actionDueAt'),
  };
}

/** A validated inbox query: the actors, the limit, and where to resume (due instant or null, id). */
export interface CheckedInboxQuery {
  readonly actors: readonly string[];
  readonly limit: number;
  readonly after?: { readonly due: string | null; readonly id: string };
}

/** The most actors one inbox query may name. */
export const MAX_INBOX_ACTORS = 100;

/** Validates an inbox query. */
export function checkInboxQuery(query: InboxQuery): CheckedInboxQuery {
  const input: unknown = query;
  if (typeof input !== 'object' || input === null) throw invalid('query must be an object');
  const list: unknown = query.actors;
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_INBOX_ACTORS) {
    throw invalid(
      `query.actors must be an array of 1 to ${String(MAX_INBOX_ACTORS)} role@agency strings`,
    );
  }
  const actors = [...new Set(list.map((a, i) => assertString(a, `query.actors[${String(i)}]`)))];
  const limit =
    query.limit === undefined ? DEFAULT_QUERY_LIMIT : checkLimit(query.limit, 'query.limit');
  if (query.after === undefined) return { actors, limit };
  const bad = (): StoreError =>
    invalid(`query.after is not a cursor returned by inbox(): ${String(query.after)}`);
  const parsed = parseCursorText(query.after, bad);
  const [due, id] = parsed;
  if (
    parsed.length !== 2 ||
    (due !== null && (typeof due !== 'string' || Number.isNaN(Date.parse(due)))) ||
    typeof id !== 'string'
  ) {
    throw bad();
  }
  return {
    actors,
    limit,
    after: { due: due === null ? null : sortableInstant(due, 'query.after'), id },
  };
}

/** The inbox cursor that resumes after this row (its sortable action due instant, or null, and id). */
export function encodeInboxCursor(due: string | null, id: string): string {
  return Buffer.from(JSON.stringify([due, id]), 'utf8').toString('base64url');
}

/** Decodes a base64url JSON array cursor, or throws `bad()`. */
function parseCursorText(cursor: unknown, bad: () => StoreError): unknown[] {
  if (typeof cursor !== 'string' || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw bad();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (!Array.isArray(parsed)) throw bad();
  return parsed;
}

/** Fails with `invalid_input` when an append would change a field fixed at creation. */
export function checkFixedFields(
  stored: { readonly [K in (typeof FIXED_FIELDS)[number]]: string },
  next: RecordRow,
): void {
  for (const field of FIXED_FIELDS) {
    const same =
      field === 'createdAt'
        ? Date.parse(stored.createdAt) === Date.parse(next.createdAt)
        : stored[field] === next[field];
    if (!same) {
      throw invalid(
        `record.${field} is fixed at creation (${JSON.stringify(stored[field])}), got ${JSON.stringify(next[field])}`,
      );
    }
  }
}

function actorCopy(actor: ActorRef): ActorRef {
  const input: unknown = actor;
  if (typeof input !== 'object' || input === null) throw invalid('event.actor must be an object');
  const base = {
    id: assertString(actor.id, 'event.actor.id'),
    role: assertString(actor.role, 'event.actor.role'),
  };
  return actor.agency === undefined
    ? base
    : { ...base, agency: assertString(actor.agency, 'event.actor.agency') };
}

/** A new event, validated and copied: everything of the stored event but its place in the chain. */
export interface CheckedEvent {
  readonly type: string;
  readonly actor: ActorRef;
  readonly at: string;
  /** A copy of the payload (`null` when absent), parsed from its JSON text. */
  readonly payload: unknown;
  /** The payload's JSON text (`JSON.stringify`), which the stored event's text embeds. */
  readonly payloadText: string;
  readonly reason?: string;
}

const checkedEvents = new WeakSet<object>();

function isChecked(event: NewEvent | CheckedEvent): event is CheckedEvent {
  return checkedEvents.has(event);
}

/**
 * Validates and copies a new event before any write (so a bad event never reaches a
 * transaction); {@link sealEvent} links and hashes the copy inside the transaction.
 */
export function checkEvent(event: NewEvent): CheckedEvent {
  const input: unknown = event;
  if (typeof input !== 'object' || input === null) throw invalid('event must be an object');
  const type = assertString(event.type, 'event.type');
  const actor = actorCopy(event.actor);
  instantMs(event.at, 'event.at');
  const payloadText = toJsonText(
    event.payload === undefined ? null : event.payload,
    'event.payload',
  );
  if (event.reason !== undefined && typeof event.reason !== 'string')
    throw invalid('event.reason must be a string');
  if (event.reason?.includes(NUL) === true) throw nulIn('event.reason');
  const checked: CheckedEvent = {
    type,
    actor,
    at: event.at,
    payload: JSON.parse(payloadText) as unknown,
    payloadText,
    ...(event.reason === undefined ? {} : { reason: event.reason }),
  };
  checkedEvents.add(checked);
  return checked;
}

/** A stored event and its JSON text. */
export interface SealedEvent {
  readonly event: StoredEvent;
  readonly body: string;
}

/**
 * Builds the stored event: links and hashes an event {@link checkEvent} returned (an event not
 * checked yet is checked first). The stored event shares nothing with the caller's objects.
 */
export function sealEvent(
  applicationId: string,
  seq: number,
  prevHash: string,
  event: NewEvent | CheckedEvent,
): SealedEvent {
  const checked = isChecked(event) ? event : checkEvent(event);
  const base = {
    applicationId,
    seq,
    type: checked.type,
    actor: checked.actor,
    at: checked.at,
    payload: checked.payload,
    ...(checked.reason === undefined ? {} : { reason: checked.reason }),
    prevHash,
  };
  const hash = hashNewEvent(base);
  const stored: StoredEvent = { ...base, hash };
  // `JSON.stringify(stored)`, written from its parts: the payload's text is the one checkEvent
  // made (a test compares the two on arbitrary events).
  const { actor } = checked;
  const body =
    `{"applicationId":${JSON.stringify(applicationId)},"seq":${JSON.stringify(seq)},` +
    `"type":${JSON.stringify(checked.type)},"actor":{"id":${JSON.stringify(actor.id)},` +
    `"role":${JSON.stringify(actor.role)}` +
    `${actor.agency === undefined ? '' : `,"agency":${JSON.stringify(actor.agency)}`}},` +
    `"at":${JSON.stringify(checked.at)},"payload":${checked.payloadText}` +
    `${checked.reason === undefined ? '' : `,"reason":${JSON.stringify(checked.reason)}`},` +
    `"prevHash":${JSON.stringify(prevHash)},"hash":"${hash}"}`;
  return { event: stored, body };
}

/** A validated query. */
export interface CheckedQuery {
  readonly serviceId?: string;
  readonly agency?: string;
  /** `undefined`: any state; empty: none. */
  readonly states?: readonly string[];
  readonly applicantId?: string;
  readonly overdueAt?: string;
  readonly overdueAtSortable?: string;
  /** A local date `YYYY-MM-DD`. */
  readonly uncoveredBefore?: string;
  readonly limit: number;
  /** Resume after this (createdAt as stored, id): a page in creation order. */
  readonly after?: {
    readonly createdAt: string;
    readonly createdAtSortable: string;
    readonly id: string;
  };
  /** Resume after this (dueAt as `toISOString()`, id): a page of an overdue query, in due order. */
  readonly afterDue?: { readonly dueAtSortable: string; readonly id: string };
}

/** Validates a query's filters, limit and cursor. */
export function checkQuery(query: ApplicationQuery): CheckedQuery {
  const input: unknown = query;
  if (typeof input !== 'object' || input === null) throw invalid('query must be an object');
  const optional = (value: unknown, what: string): string | undefined =>
    value === undefined ? undefined : assertString(value, what);
  const serviceId = optional(query.serviceId, 'query.serviceId');
  const agency = optional(query.agency, 'query.agency');
  const applicantId = optional(query.applicantId, 'query.applicantId');
  let states: string[] | undefined;
  if (query.state !== undefined) {
    const list: readonly unknown[] = typeof query.state === 'string' ? [query.state] : query.state;
    if (!Array.isArray(list)) throw invalid('query.state must be a string or an array of strings');
    states = [...new Set(list.map((s, i) => assertString(s, `query.state[${String(i)}]`)))];
  }
  const limit =
    query.limit === undefined ? DEFAULT_QUERY_LIMIT : checkLimit(query.limit, 'query.limit');
  const uncoveredBefore = localDateOrNull(query.uncoveredBefore, 'query.uncoveredBefore');
  return {
    ...(serviceId === undefined ? {} : { serviceId }),
    ...(uncoveredBefore === null ? {} : { uncoveredBefore }),
    ...(agency === undefined ? {} : { agency }),
    ...(states === undefined ? {} : { states }),
    ...(applicantId === undefined ? {} : { applicantId }),
    ...(query.overdueAt === undefined
      ? {}
      : {
          overdueAt: query.overdueAt,
          overdueAtSortable: sortableInstant(query.overdueAt, 'query.overdueAt'),
        }),
    limit,
    ...(query.after === undefined
      ? {}
      : query.overdueAt === undefined
        ? { after: decodeCursor(query.after) }
        : { afterDue: decodeDueCursor(query.after) }),
  };
}

/**
 * The cursor that resumes a query after this record: in creation order, or for an overdue query
 * (which comes in due order) after its due instant.
 */
export function encodeCursor(
  record: Pick<ApplicationRecord, 'createdAt' | 'dueAt' | 'id'>,
  query?: Pick<CheckedQuery, 'overdueAt'>,
): string {
  const position =
    query?.overdueAt === undefined || record.dueAt === null
      ? [record.createdAt, record.id]
      : [DUE_CURSOR, sortableInstant(record.dueAt, 'record.dueAt'), record.id];
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

/** The first item of an overdue query's cursor (creation cursors have two items). */
const DUE_CURSOR = 'due';

function badQueryCursor(cursor: unknown): StoreError {
  return invalid(
    `query.after is not a cursor returned by query() with these filters: ${String(cursor)}`,
  );
}

function decodeCursor(cursor: unknown): NonNullable<CheckedQuery['after']> {
  const parsed = parseCursorText(cursor, () => badQueryCursor(cursor));
  if (parsed.length !== 2 || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'string') {
    throw badQueryCursor(cursor);
  }
  const [createdAt, id] = parsed as [string, string];
  if (Number.isNaN(Date.parse(createdAt))) throw badQueryCursor(cursor);
  return { createdAt, createdAtSortable: sortableInstant(createdAt, 'query.after'), id };
}

function decodeDueCursor(cursor: unknown): NonNullable<CheckedQuery['afterDue']> {
  const parsed = parseCursorText(cursor, () => badQueryCursor(cursor));
  const [kind, dueAt, id] = parsed;
  if (
    parsed.length !== 3 ||
    kind !== DUE_CURSOR ||
    typeof dueAt !== 'string' ||
    typeof id !== 'string' ||
    Number.isNaN(Date.parse(dueAt))
  ) {
    throw badQueryCursor(cursor);
  }
  return { dueAtSortable: sortableInstant(dueAt, 'query.after'), id };
}

/** Validates `claimDue`'s arguments. */
export function checkClaim(
  now: string,
  limit: number,
  leaseUntil: string,
): { nowMs: number; leaseMs: number } {
  const nowMs = instantMs(now, 'now');
  const leaseMs = instantMs(leaseUntil, 'leaseUntil');
  checkLimit(limit);
  if (leaseMs <= nowMs) throw invalid(`leaseUntil (${leaseUntil}) must be after now (${now})`);
  return { nowMs, leaseMs };
}

/** Byte-wise (UTF-8) comparison, the order of SQLite's BINARY and PostgreSQL's "C" collation. */
export function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
