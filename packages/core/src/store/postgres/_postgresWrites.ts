/**
 * The PostgreSQL store's `create` and `append`, each one statement: one round trip and one
 * transaction (the statement's own) for the application row, its event, its inbox rows and its
 * notifications. Data-modifying CTEs are gated on the application row's CTE, so a create of a
 * taken id or an append whose expected head no longer matches writes nothing and returns 0.
 *
 * A statement holds only the CTEs its write needs (no outbox insert without notifications, no
 * inbox insert without pending actors, no inbox delete when the rows the head's record made are
 * the ones wanted): each part costs the server its plan node even when it writes nothing. Each
 * combination is its own named statement, prepared once per connection.
 */
import type { OutboxRow } from '../_outboxInput.js';
import type { FIXED_FIELDS, RecordRow, SealedEvent } from '../_storeInput.js';
import { outboxInsertSql, outboxValues } from './_postgresOutbox.js';
import { postgresPendingCtes, type PendingWrite } from './_postgresSchema.js';

/** An application's inbox rows as its record makes them: distinct actors, sortable due or null. */
export interface PendingRows {
  readonly actors: readonly string[];
  readonly due: string | null;
}

/**
 * What an append checks in the stored row before it writes: the version and the hash of the
 * event at that version (the new event's `prevHash`), and the fields fixed at creation, as the
 * store last read or wrote them; and, when the store knows the record of that version, the inbox
 * rows it made (`pending`), which the append then need not delete or insert again.
 */
export type StoredHead = {
  readonly version: number;
  readonly hash: string;
  readonly pending?: PendingRows;
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

/** The values one write draws its parameters from. */
interface WriteInput {
  readonly row: RecordRow;
  readonly sealed: SealedEvent;
  readonly notes: readonly OutboxRow[];
  readonly head?: StoredHead;
}

/** A statement's text and how to draw its parameters, in order, from a write's input. */
interface Prepared {
  readonly name: string;
  readonly text: string;
  readonly values: (input: WriteInput) => unknown[];
}

/**
 * Parameter `$n` of a statement being built, one per distinct source: `ref` returns `$n` (and the
 * cast); `ref.next()` is the number the next new parameter gets.
 */
interface Ref {
  (source: string, cast?: string): string;
  readonly next: () => number;
}

/** Where each parameter's value comes from, by source name. */
const SOURCES: Readonly<Record<string, (input: WriteInput) => unknown>> = {
  id: ({ row }) => row.id,
  state: ({ row }) => row.state,
  version: ({ row }) => row.version,
  due_at: ({ row }) => row.dueAt,
  updated_at: ({ row }) => row.updatedAt,
  agencies: ({ row }) => row.agencies,
  body: ({ row }) => row.body,
  uncovered_from: ({ row }) => row.uncoveredFrom,
  head_hash: ({ sealed }) => sealed.event.hash,
  event_type: ({ sealed }) => sealed.event.type,
  event_at: ({ sealed }) => sealed.event.at,
  event_actor: ({ sealed }) => sealed.event.actor.id,
  event_prev: ({ sealed }) => sealed.event.prevHash,
  event_body: ({ sealed }) => sealed.body,
  pending_actors: ({ row }) => row.pendingActors,
  pending_due: ({ row }) => row.actionDueSortable ?? 'infinity',
  mall_id: ({ row }) => row.mallId,
  service_id: ({ row }) => row.serviceId,
  service_version: ({ row }) => row.serviceVersion,
  workflow_id: ({ row }) => row.workflowId,
  workflow_version: ({ row }) => row.workflowVersion,
  applicant_id: ({ row }) => row.applicantId,
  created_at: ({ row }) => row.createdAt,
  head_version: ({ head }) => head?.version,
  head_mall_id: ({ head }) => head?.mallId,
  head_service_id: ({ head }) => head?.serviceId,
  head_service_version: ({ head }) => head?.serviceVersion,
  head_workflow_id: ({ head }) => head?.workflowId,
  head_workflow_version: ({ head }) => head?.workflowVersion,
  head_applicant_id: ({ head }) => head?.applicantId,
  head_created_at: ({ head }) => head?.createdAt,
  head_prev: ({ head }) => head?.hash,
};

/** Builds a statement's text with `build`, numbering its parameters in the order it names them. */
function prepare(kind: string, build: (ref: Ref) => string, notes: boolean): Prepared {
  const order: string[] = [];
  const ref = Object.assign(
    (source: string, cast = '') => {
      let at = order.indexOf(source);
      if (at < 0) at = order.push(source) - 1;
      return `$${String(at + 1)}${cast}`;
    },
    { next: () => order.length + 1 },
  );
  // The outbox's arrays, when there are notes, come after every parameter the text names.
  const text = build(ref);
  const getters = order.map((source) => SOURCES[source] as (input: WriteInput) => unknown);
  return {
    name: statementName(kind, text),
    text,
    values: notes
      ? (input) => [...getters.map((get) => get(input)), ...outboxValues(input.notes)]
      : (input) => getters.map((get) => get(input)),
  };
}

/** Whether two lists of distinct actors hold the same actors. */
function sameActors(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((actor) => b.includes(actor));
}

/**
 * What an append does to the inbox rows: nothing when the rows the head's record made are the
 * ones wanted; no delete when it made none; otherwise delete what is no longer wanted (all, when
 * nothing is) and insert the wanted rows (when there are any).
 */
function pendingWrite(row: RecordRow, before: PendingRows | undefined): PendingWrite {
  const wanted = row.pendingActors.length > 0;
  if (before === undefined) return wanted ? 'replace' : 'delete';
  if (before.actors.length === 0) return wanted ? 'insert' : 'none';
  if (before.due === row.actionDueSortable && sameActors(before.actors, row.pendingActors))
    return 'none';
  return wanted ? 'replace' : 'delete';
}

/** Builds the one-statement create and append of the store in the quoted schema `s`. */
export function writeStatements(s: string): WriteStatements {
  const apps = `${s}.applications`;
  const events = `${s}.events`;
  const pending = `${s}.application_pending`;

  const rest = (ref: Ref, gate: string, inbox: PendingWrite, notes: boolean): string => {
    const ctes = postgresPendingCtes(pending, inbox, {
      id: () => ref('id'),
      actors: () => ref('pending_actors', '::text[]'),
      due: () => ref('pending_due', '::timestamptz'),
      gate,
    });
    return (
      `, event AS (
      INSERT INTO ${events} (${EVENT_COLUMNS})
      SELECT ${gate}.id, ${ref('version', '::integer')}, ${ref('event_type', '::text')}, ` +
      `${ref('event_at', '::timestamptz')}, ${ref('event_actor', '::text')}, ${ref('event_prev', '::text')}, ` +
      `${ref('head_hash', '::text')}, ${ref('event_body', '::json')}
      FROM ${gate}
    )${ctes === '' ? '' : `, ${ctes}`}` +
      (notes
        ? `, notes AS (\n      ${outboxInsertSql(`${s}.outbox`, ref.next(), gate)}\n    )`
        : '') +
      `
    SELECT count(*)::int AS n FROM ${gate}`
    );
  };

  const createText = (ref: Ref, inbox: PendingWrite, notes: boolean): string =>
    `WITH app AS (
      INSERT INTO ${apps} (id, ${SET_COLUMNS.join(', ')}, ${FIXED_COLUMNS.join(', ')}, created_at)
      VALUES (${ref('id')}, ${SET_COLUMNS.map((c) => ref(c)).join(', ')}, ` +
    `${FIXED_COLUMNS.map((c) => ref(c)).join(', ')}, ${ref('created_at')})
      ON CONFLICT (id) DO NOTHING RETURNING id
    )` +
    rest(ref, 'app', inbox, notes);
  // The fixed fields are compared with the row's columns (created_at as an instant, as
  // checkFixedFields compares it), not with the JSON body, which the server would parse.
  const appendText = (ref: Ref, inbox: PendingWrite, notes: boolean): string =>
    `WITH head AS (
      UPDATE ${apps} SET ${SET_COLUMNS.map((c) => `${c} = ${ref(c)}`).join(', ')}
      WHERE id = ${ref('id')} AND version = ${ref('head_version')} AND head_hash = ${ref('head_prev')} AND ` +
    `${FIXED_COLUMNS.map((c) => `${c} = ${ref(`head_${c}`)}`).join(' AND ')} ` +
    `AND created_at = ${ref('head_created_at', '::timestamptz')}
      RETURNING id
    )` +
    rest(ref, 'head', inbox, notes);

  const variants = new Map<string, Prepared>();
  const variant = (kind: 'create' | 'append', inbox: PendingWrite, notes: boolean): Prepared => {
    const key = `${kind} ${inbox} ${String(notes)}`;
    let found = variants.get(key);
    if (found === undefined) {
      const text = kind === 'create' ? createText : appendText;
      found = prepare(kind, (ref) => text(ref, inbox, notes), notes);
      variants.set(key, found);
    }
    return found;
  };
  const statement = (prepared: Prepared, input: WriteInput): Statement => ({
    name: prepared.name,
    text: prepared.text,
    values: prepared.values(input),
  });

  return {
    create: (row, sealed, notes) =>
      statement(
        variant('create', row.pendingActors.length > 0 ? 'insert' : 'none', notes.length > 0),
        { row, sealed, notes },
      ),
    append: (row, sealed, head, notes) =>
      statement(variant('append', pendingWrite(row, head.pending), notes.length > 0), {
        row,
        sealed,
        notes,
        head,
      }),
  };
}
