import Database from 'better-sqlite3';
import { createSqliteWebState, run } from './createSqliteWebState.js';
import type { IdempotencyRecord, ServerState, SigningKeyRecord } from './ServerState.js';

interface KeyRow {
  kid: string;
  private_jwk: string;
  public_jwk: string;
  created_at: string;
  retired_at: string | null;
}

const schema = `
  CREATE TABLE IF NOT EXISTS server_signing_keys (
    kid         TEXT NOT NULL PRIMARY KEY,
    private_jwk TEXT NOT NULL,
    public_jwk  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    retired_at  TEXT
  );
  CREATE TABLE IF NOT EXISTS server_idempotency_keys (
    caller_id      TEXT NOT NULL,
    key            TEXT NOT NULL,
    request_hash   TEXT NOT NULL,
    application_id TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    PRIMARY KEY (caller_id, key)
  ) WITHOUT ROWID;
`;

/** A key row as a record. */
export function keyOfRow(row: KeyRow): SigningKeyRecord {
  return {
    kid: row.kid,
    privateJwk: JSON.parse(row.private_jwk) as Record<string, unknown>,
    publicJwk: JSON.parse(row.public_jwk) as Record<string, unknown>,
    createdAt: row.created_at,
    retiredAt: row.retired_at,
  };
}

/**
 * The {@link ServerState} in a SQLite file: tables `server_signing_keys` and
 * `server_idempotency_keys` beside the store's own tables in the same file (WAL, shared by every
 * process on the machine).
 *
 * @param file - the mall's SQLite file (created when missing).
 * @returns the state.
 * @example
 * ```ts
 * const state = createSqliteServerState('/var/lib/mpp/batang.sqlite');
 * ```
 */
export function createSqliteServerState(file: string): ServerState {
  const db = new Database(file, { timeout: 5000 });
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(schema);
  const selectKeys = db.prepare<[], KeyRow>(
    'SELECT * FROM server_signing_keys ORDER BY created_at DESC, kid DESC',
  );
  const insertKey = db.prepare(
    'INSERT INTO server_signing_keys (kid, private_jwk, public_jwk, created_at, retired_at) VALUES (?, ?, ?, ?, ?)',
  );
  const retire = db.prepare(
    'UPDATE server_signing_keys SET retired_at = coalesce(retired_at, ?) WHERE kid = ?',
  );
  const insertKeyUse = db.prepare(
    'INSERT INTO server_idempotency_keys (caller_id, key, request_hash, application_id, created_at) ' +
      'VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const selectKeyUse = db.prepare<
    [string, string],
    { request_hash: string; application_id: string; created_at: string }
  >(
    'SELECT request_hash, application_id, created_at FROM server_idempotency_keys WHERE caller_id = ? AND key = ?',
  );
  const claim = db.transaction((record: IdempotencyRecord): IdempotencyRecord => {
    insertKeyUse.run(
      record.callerId,
      record.key,
      record.requestHash,
      record.applicationId,
      record.createdAt,
    );
    const row = selectKeyUse.get(record.callerId, record.key);
    if (row === undefined) return record;
    return {
      callerId: record.callerId,
      key: record.key,
      requestHash: row.request_hash,
      applicationId: row.application_id,
      createdAt: row.created_at,
    };
  });
  let closed = false;
  return {
    web: createSqliteWebState(db),
    keys: () => run(() => selectKeys.all().map(keyOfRow)),
    addKey: (key) =>
      run(() => {
        insertKey.run(
          key.kid,
          JSON.stringify(key.privateJwk),
          JSON.stringify(key.publicJwk),
          key.createdAt,
          key.retiredAt,
        );
      }),
    retireKey: (kid, at) => run(() => retire.run(at, kid).changes === 1),
    claimIdempotencyKey: (record) => run(() => claim.immediate(record)),
    ping: () => run(() => void db.prepare('SELECT 1').get()),
    close: () =>
      run(() => {
        if (closed) return;
        closed = true;
        db.close();
      }),
  };
}
