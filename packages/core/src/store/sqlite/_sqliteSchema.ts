/** The SQLite store's schema, its migrations and the statements the tests inspect. */

/**
 * Migrations, applied in order on open; `sqliteMigrations[n - 1]` brings the schema to version n.
 * Never edit a released migration: add the next one.
 */
export const sqliteMigrations: readonly string[] = [
  `
  CREATE TABLE applications (
    id               TEXT    NOT NULL PRIMARY KEY,
    mall_id          TEXT    NOT NULL,
    service_id       TEXT    NOT NULL,
    service_version  TEXT    NOT NULL,
    workflow_id      TEXT    NOT NULL,
    workflow_version TEXT    NOT NULL,
    applicant_id     TEXT    NOT NULL,
    state            TEXT    NOT NULL,
    version          INTEGER NOT NULL CHECK (version >= 1),
    due_at           TEXT,              -- the record's dueAt as toISOString(): sorts as text
    created_at       TEXT    NOT NULL,  -- the record's createdAt as toISOString()
    updated_at       TEXT    NOT NULL,  -- as given
    head_hash        TEXT    NOT NULL,  -- hash of the event with seq = version
    lease_until      TEXT,              -- claimDue's lease, as toISOString()
    body             TEXT    NOT NULL   -- the whole ApplicationRecord, JSON: what get() returns
  );
  CREATE INDEX applications_due_at ON applications (due_at, id) WHERE due_at IS NOT NULL;
  CREATE INDEX applications_service_state ON applications (service_id, state);
  CREATE INDEX applications_state ON applications (state);
  CREATE INDEX applications_applicant ON applications (applicant_id);
  CREATE INDEX applications_created ON applications (created_at, id);

  CREATE TABLE application_agencies (
    agency         TEXT NOT NULL,
    application_id TEXT NOT NULL REFERENCES applications (id),
    PRIMARY KEY (agency, application_id)
  ) WITHOUT ROWID;
  CREATE INDEX application_agencies_application ON application_agencies (application_id);

  CREATE TABLE events (
    application_id TEXT    NOT NULL REFERENCES applications (id),
    seq            INTEGER NOT NULL CHECK (seq >= 1),
    type           TEXT    NOT NULL,
    at             TEXT    NOT NULL,
    actor_id       TEXT    NOT NULL,
    prev_hash      TEXT    NOT NULL,
    hash           TEXT    NOT NULL,
    body           TEXT    NOT NULL,  -- the whole StoredEvent, JSON: what events() returns
    PRIMARY KEY (application_id, seq)
  );
  CREATE TRIGGER events_no_update BEFORE UPDATE ON events
    BEGIN SELECT RAISE(ABORT, 'mpp-kit: events are append-only'); END;
  CREATE TRIGGER events_no_delete BEFORE DELETE ON events
    BEGIN SELECT RAISE(ABORT, 'mpp-kit: events are append-only'); END;
  `,
  // 2: the inbox, who is expected to act on which application, soonest due first.
  `
  CREATE TABLE application_pending (
    actor          TEXT NOT NULL,  -- role@agency
    due_key        TEXT NOT NULL,  -- the record's actionDueAt as toISOString(), '~' when none (last)
    application_id TEXT NOT NULL REFERENCES applications (id),
    PRIMARY KEY (actor, due_key, application_id)
  ) WITHOUT ROWID;
  CREATE INDEX application_pending_application ON application_pending (application_id);
  `,
  // 3: provisional due dates, found again when the calendar gains the year they reached.
  `
  ALTER TABLE applications ADD COLUMN uncovered_from TEXT; -- the record's uncoveredFrom, YYYY-MM-DD
  CREATE INDEX applications_uncovered ON applications (uncovered_from, id) WHERE uncovered_from IS NOT NULL;
  `,
  // 4: the notification outbox, written in the transaction of the event that causes it.
  `
  CREATE TABLE outbox (
    id              TEXT    NOT NULL PRIMARY KEY,  -- the idempotency key (webhook-id)
    channel         TEXT    NOT NULL,
    target          TEXT    NOT NULL,
    type            TEXT    NOT NULL,
    source_id       TEXT,
    status          TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'dead')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT    NOT NULL,              -- toISOString(): sorts as text
    lease_until     TEXT,
    lease_owner     TEXT,
    last_error      TEXT,
    created_at      TEXT    NOT NULL,
    delivered_at    TEXT,
    body            TEXT    NOT NULL               -- the NewNotification, JSON
  );
  CREATE INDEX outbox_due ON outbox (next_attempt_at, id) WHERE status = 'pending';
  CREATE INDEX outbox_status ON outbox (status, created_at, id);
  CREATE INDEX outbox_source ON outbox (source_id) WHERE source_id IS NOT NULL;
  `,
  // 5: an append finds an application's inbox rows from its stored record (pending actors and
  // action due instant) and deletes them by primary key, so the index by application goes: one
  // page less in the log on every action that moves the inbox.
  `
  DROP INDEX application_pending_application;
  `,
];

/** The schema version this code writes. */
export const SQLITE_SCHEMA_VERSION = sqliteMigrations.length;

/** `due(now, limit)`: served by `applications_due_at`. */
export const sqliteDueSql =
  'SELECT body FROM applications WHERE due_at IS NOT NULL AND due_at <= ? ORDER BY due_at, id LIMIT ?';

/** `claimDue`'s selection: the due query minus running leases. */
export const sqliteClaimSql =
  'SELECT id, body FROM applications WHERE due_at IS NOT NULL AND due_at <= ? ' +
  'AND (lease_until IS NULL OR lease_until <= ?) ORDER BY due_at, id LIMIT ?';

/** `due_key` of a record without an action due instant: sorts after every instant. */
export const SQLITE_NO_DUE_KEY = '~';

/** `inbox(actors…)`: the first page of distinct applications by (due_key, id) from the index. */
export function sqliteInboxSql(actorCount: number, resume: boolean): string {
  const actors = Array.from({ length: actorCount }, () => '?').join(', ');
  return (
    'SELECT a.body, k.due_key FROM (SELECT DISTINCT due_key, application_id FROM application_pending ' +
    `WHERE actor IN (${actors})${resume ? ' AND (due_key, application_id) > (?, ?)' : ''} ` +
    'ORDER BY due_key, application_id LIMIT ?) k JOIN applications a ON a.id = k.application_id ' +
    'ORDER BY k.due_key, k.application_id'
  );
}
