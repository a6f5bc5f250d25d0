/**
 * The PostgreSQL store's `create` and `append`, each one statement: one round trip and one
 * transaction (the statement's own) for the application row, its event, its inbox rows and its
 * notifications. Data-modifying CTEs are gated on the application row's CTE, so a create of a
 * taken id or an append whose expected head no longer matches writes nothing and returns 0.
 */
import type { OutboxRow } from '../_outboxInput.js';
import type { FIXED_FIELDS, RecordRow, SealedEvent } from '../_storeInput.js';
import { outboxInsertSql, outboxValues } from './_postgresOutbox.js';
import { postgresPendingCtes } from './_postgresSchema.js';

/**
 * What an append checks in the stored row before it writes: the version and the hash of the
 * event at that version (the new event's `prevHash`), and the fields fixed at creation, as the
 * store last read or wrote them (`createdAt` as stored in the record's JSON).
 */
export type StoredHead = {
  readonly version: number;
  readonly hash: string;
} & { readonly [K in (typeof FIXED_FIELDS)[number]]: string };

/** A statement and its parameters, as `pg`'s `query` takes them (named: prepared once per connection). */
export interface Statement {
  readonly name: string;
  readonly text: string;
  readonly values: unknown[];
}

/** The columns of `applications` an append sets, from parameter 2 on (`$1` is the id). */
const SET_COLUMNS = [
  'state',
  'version',
  'due_at',
  'updated_at',
  'agencies',
  'body',
  'uncovered_from',
  'head_hash',
] as const;

/** The fixed columns, in the order of {@link StoredHead}'s fields after `version` and `hash`. */
const FIXED_COLUMNS = [
  'mall_id',
  'service_id',
  'service_version',
  'workflow_id',
  'workflow_version',
  'applicant_id',
] as const;

const EVENT_COLUMNS = 'application_id, seq, type, at, actor_id, prev_hash, hash, body';

/** A short name for a prepared statement, from its text (different schemas, different names). */
function statementName(kind: string, text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `mpp_${kind}_${(h >>> 0).toString(36)}`;
}

/** The statements of one store (quoted schema `s`). */
export interface WriteStatements {
  /** Inserts a new application (`ON CONFLICT (id) DO NOTHING`); returns `n` = 1, or 0 when taken. */
  readonly create: (row: RecordRow, sealed: SealedEvent, notes: readonly OutboxRow[]) => Statement;
  /** Appends when the stored row still matches `head`; returns `n` = 1, or 0 when it does not. */
  readonly append: (
    row: RecordRow,
    sealed: SealedEvent,
    head: StoredHead,
    notes: readonly OutboxRow[],
  ) => Statement;
}

/** Builds the one-statement create and append of the store in the quoted schema `s`. */
export function writeStatements(s: string): WriteStatements {
  const apps = `${s}.applications`;
  const events = `${s}.events`;
  const pending = `${s}.application_pending`;

  // Parameters: $1 id, $2–$9 SET_COLUMNS, $10–$16 event (type, at, actor id, prev hash, body,
  // pending actors, pending due key), $17–$23 outbox arrays, then the create's or append's own.
  const shared = (row: RecordRow, sealed: SealedEvent, notes: readonly OutboxRow[]): unknown[] => [
    row.id,
    row.state,
    row.version,
    row.dueAt,
    row.updatedAt,
    row.agencies,
    row.body,
    row.uncoveredFrom,
    sealed.event.hash,
    sealed.event.type,
    sealed.event.at,
    sealed.event.actor.id,
    sealed.event.prevHash,
    sealed.body,
    row.pendingActors,
    row.actionDueSortable ?? 'infinity',
    ...outboxValues(notes),
  ];
  const rest = (gate: string): string =>
    `, event AS (
      INSERT INTO ${events} (${EVENT_COLUMNS})
      SELECT ${gate}.id, $3::integer, $10::text, $11::timestamptz, $12::text, $13::text, $9::text, $14::json
      FROM ${gate}
    ), ${postgresPendingCtes(pending, { id: '$1', actors: '$15', due: '$16', gate })}, notes AS (
      ${outboxInsertSql(`${s}.outbox`, 17, gate)}
    )
    SELECT count(*)::int AS n FROM ${gate}`;

  const createText =
    `WITH app AS (
      INSERT INTO ${apps} (id, ${SET_COLUMNS.join(', ')}, ${FIXED_COLUMNS.join(', ')}, created_at)
      VALUES ($1, ${SET_COLUMNS.map((_, i) => `$${String(i + 2)}`).join(', ')}, ` +
    `${FIXED_COLUMNS.map((_, i) => `$${String(i + 24)}`).join(', ')}, $30)
      ON CONFLICT (id) DO NOTHING RETURNING id
    )` +
    rest('app');
  const appendText =
    `WITH head AS (
      UPDATE ${apps} SET ${SET_COLUMNS.map((c, i) => `${c} = $${String(i + 2)}`).join(', ')}
      WHERE id = $1 AND version = $24 AND head_hash = $13 AND ` +
    `${FIXED_COLUMNS.map((c, i) => `${c} = $${String(i + 25)}`).join(' AND ')} ` +
    `AND body->>'createdAt' = $31
      RETURNING id
    )` +
    rest('head');
  const createName = statementName('create', createText);
  const appendName = statementName('append', appendText);

  return {
    create: (row, sealed, notes) => ({
      name: createName,
      text: createText,
      values: [
        ...shared(row, sealed, notes),
        row.mallId,
        row.serviceId,
        row.serviceVersion,
        row.workflowId,
        row.workflowVersion,
        row.applicantId,
        row.createdAt,
      ],
    }),
    append: (row, sealed, head, notes) => ({
      name: appendName,
      text: appendText,
      values: [
        ...shared(row, sealed, notes),
        head.version,
        head.mallId,
        head.serviceId,
        head.serviceVersion,
        head.workflowId,
        head.workflowVersion,
        head.applicantId,
        head.createdAt,
      ],
    }),
  };
}
