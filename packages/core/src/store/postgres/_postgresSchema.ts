/** The PostgreSQL store's schema and its migrations, for a given (quoted) schema name. */

/**
 * Migrations, applied in order on open; element n - 1 brings the schema to version n. `s` is the
 * quoted schema name. Never edit a released migration: add the next one.
 */
export function postgresMigrations(s: string): readonly string[] {
  return [
    `
    CREATE TABLE ${s}.applications (
      id               text COLLATE "C" NOT NULL PRIMARY KEY,
      mall_id          text        NOT NULL,
      service_id       text        NOT NULL,
      service_version  text        NOT NULL,
      workflow_id      text        NOT NULL,
      workflow_version text        NOT NULL,
      applicant_id     text        NOT NULL,
      agencies         text[]      NOT NULL,
      state            text        NOT NULL,
      version          integer     NOT NULL CHECK (version >= 1),
      due_at           timestamptz,
      created_at       timestamptz NOT NULL,
      updated_at       timestamptz NOT NULL,
      head_hash        text        NOT NULL,  -- hash of the event with seq = version
      lease_until      timestamptz,           -- claimDue's lease
      body             json        NOT NULL   -- the whole ApplicationRecord, verbatim: what get() returns
    );
    CREATE INDEX applications_due_at ON ${s}.applications (due_at, id) WHERE due_at IS NOT NULL;
    CREATE INDEX applications_service_state ON ${s}.applications (service_id, state);
    CREATE INDEX applications_state ON ${s}.applications (state);
    CREATE INDEX applications_applicant ON ${s}.applications (applicant_id);
    CREATE INDEX applications_created ON ${s}.applications (created_at, id);
    CREATE INDEX applications_agencies ON ${s}.applications USING gin (agencies);

    CREATE TABLE ${s}.events (
      application_id text COLLATE "C" NOT NULL REFERENCES ${s}.applications (id),
      seq            integer     NOT NULL CHECK (seq >= 1),
      type           text        NOT NULL,
      at             timestamptz NOT NULL,
      actor_id       text        NOT NULL,
      prev_hash      text        NOT NULL,
      hash           text        NOT NULL,
      body           json        NOT NULL,  -- the whole StoredEvent, verbatim: what events() returns
      PRIMARY KEY (application_id, seq)
    );
    CREATE FUNCTION ${s}.events_append_only() RETURNS trigger LANGUAGE plpgsql AS
      $$ BEGIN RAISE EXCEPTION 'mpp-kit: events are append-only'; END $$;
    CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON ${s}.events
      FOR EACH ROW EXECUTE FUNCTION ${s}.events_append_only();
    `,
    // 2: the inbox, who is expected to act on which application, soonest due first.
    `
    CREATE TABLE ${s}.application_pending (
      actor          text        NOT NULL,  -- role@agency
      due_key        timestamptz NOT NULL,  -- the record's actionDueAt, 'infinity' when none (last)
      application_id text COLLATE "C" NOT NULL REFERENCES ${s}.applications (id),
      PRIMARY KEY (actor, due_key, application_id)
    );
    CREATE INDEX application_pending_application ON ${s}.application_pending (application_id);
    `,
    // 3: provisional due dates, found again when the calendar gains the year they reached.
    `
    ALTER TABLE ${s}.applications ADD COLUMN uncovered_from text COLLATE "C"; -- uncoveredFrom, YYYY-MM-DD
    CREATE INDEX applications_uncovered ON ${s}.applications (uncovered_from, id)
      WHERE uncovered_from IS NOT NULL;
    `,
    // 4: the notification outbox, written in the transaction of the event that causes it.
    `
    CREATE TABLE ${s}.outbox (
      id              text COLLATE "C" NOT NULL PRIMARY KEY,  -- the idempotency key (webhook-id)
      channel         text        NOT NULL,
      target          text        NOT NULL,
      type            text        NOT NULL,
      source_id       text COLLATE "C",
      status          text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'dead')),
      attempts        integer     NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL,
      lease_until     timestamptz,
      lease_owner     text,
      last_error      text,
      created_at      timestamptz NOT NULL,
      delivered_at    timestamptz,
      body            json        NOT NULL  -- the NewNotification, verbatim
    );
    CREATE INDEX outbox_due ON ${s}.outbox (next_attempt_at, id) WHERE status = 'pending';
    CREATE INDEX outbox_status ON ${s}.outbox (status, created_at, id);
    CREATE INDEX outbox_source ON ${s}.outbox (source_id) WHERE source_id IS NOT NULL;
    `,
  ];
}

/** `due(now, limit)` on the quoted table `apps`: served by `applications_due_at`. */
export function postgresDueSql(apps: string): string {
  return `SELECT body::text AS body FROM ${apps} WHERE due_at IS NOT NULL AND due_at <= $1 ORDER BY due_at, id LIMIT $2`;
}

/** The schema version this code writes. */
export const POSTGRES_SCHEMA_VERSION = postgresMigrations('x').length;

/** Key space of the advisory lock that serialises migrations (ASCII "MPPK"). */
export const MIGRATION_LOCK_SPACE = 0x4d50504b;

/**
 * What a write does to an application's inbox rows: `insert` the wanted rows (there were none),
 * `replace` them (delete those no longer wanted, insert the new), `delete` them all (none is
 * wanted), or `none` (they are the wanted ones already).
 */
export type PendingWrite = 'insert' | 'replace' | 'delete' | 'none';

/**
 * An application's inbox rows, as the CTEs (`gone`, `came`, joined by commas; none for `none`) of
 * the statement that writes the application: rows no longer pending go, new ones come (rows that
 * stay are neither deleted nor inserted), and nothing changes unless the CTE `gate` (the
 * application row written) returned a row. `id`, `actors` (text[]) and `due` (the due key) give
 * the parameter references, called only for the parameters the CTEs use.
 */
export function postgresPendingCtes(
  pending: string,
  write: PendingWrite,
  p: {
    readonly id: () => string;
    readonly actors: () => string;
    readonly due: () => string;
    readonly gate: string;
  },
): string {
  const ctes: string[] = [];
  if (write === 'delete') {
    ctes.push(`gone AS (
      DELETE FROM ${pending} WHERE application_id = ${p.id()} AND EXISTS (SELECT 1 FROM ${p.gate})
    )`);
  }
  if (write === 'replace') {
    ctes.push(`gone AS (
      DELETE FROM ${pending} WHERE application_id = ${p.id()} AND EXISTS (SELECT 1 FROM ${p.gate})
      AND NOT (due_key = ${p.due()} AND actor = ANY(${p.actors()}))
    )`);
  }
  if (write === 'insert' || write === 'replace') {
    ctes.push(`came AS (
      INSERT INTO ${pending} (actor, due_key, application_id)
      SELECT actor, ${p.due()}, ${p.gate}.id FROM ${p.gate}, unnest(${p.actors()}) AS actor
      ON CONFLICT DO NOTHING
    )`);
  }
  return ctes.join(', ');
}

/** `inbox(actors…)`: distinct applications by (due_key, id) from the index, `$1` actors. */
export function postgresInboxSql(apps: string, pending: string, resume: boolean): string {
  return `SELECT a.body::text AS body, k.due_key FROM (
      SELECT DISTINCT due_key, application_id FROM ${pending}
      WHERE actor = ANY($1::text[])${resume ? ' AND (due_key, application_id) > ($3::timestamptz, $4::text)' : ''}
      ORDER BY due_key, application_id LIMIT $2
    ) k JOIN ${apps} a ON a.id = k.application_id ORDER BY k.due_key, k.application_id`;
}
