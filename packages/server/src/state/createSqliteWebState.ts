import type Database from 'better-sqlite3';
import type { AccountRecord, BlobRecord, SessionRecord, WebState } from './WebState.js';

const schema = `
  CREATE TABLE IF NOT EXISTS web_accounts (
    id            TEXT NOT NULL PRIMARY KEY,
    login         TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    roles         TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    nik           TEXT,
    disabled      INTEGER NOT NULL DEFAULT 0,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until  TEXT,
    created_at    TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS web_sessions (
    id_hash    TEXT NOT NULL PRIMARY KEY,
    account_id TEXT NOT NULL,
    roles      TEXT NOT NULL,
    name       TEXT NOT NULL,
    source     TEXT NOT NULL,
    csrf       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS web_sessions_account ON web_sessions (account_id);
  CREATE TABLE IF NOT EXISTS web_blobs (
    sha256     TEXT NOT NULL PRIMARY KEY,
    size       INTEGER NOT NULL,
    media_type TEXT NOT NULL,
    data       BLOB NOT NULL
  ) WITHOUT ROWID;
`;

/** An account row of `web_accounts` (SQLite or PostgreSQL). */
export interface AccountRow {
  id: string;
  login: string;
  name: string;
  roles: string;
  password_hash: string;
  nik: string | null;
  disabled: number | boolean;
  failed_logins: number;
  locked_until: string | null;
  created_at: string;
}

/** A session row of `web_sessions`. */
export interface SessionRow {
  id_hash: string;
  account_id: string;
  roles: string;
  name: string;
  source: string;
  csrf: string;
  created_at: string;
  expires_at: string;
}

/** Runs a synchronous statement as a promise (a thrown error becomes a rejection). */
export function run<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/** A row of `web_blobs` as a blob. */
export function blobOfRow(row: {
  sha256: string;
  size: number;
  media_type: string;
  data: Buffer;
}): BlobRecord {
  return {
    sha256: row.sha256,
    size: row.size,
    mediaType: row.media_type,
    data: new Uint8Array(row.data),
  };
}

/** A row as an account. */
export function accountOfRow(row: AccountRow): AccountRecord {
  return {
    id: row.id,
    login: row.login,
    name: row.name,
    roles: JSON.parse(row.roles) as string[],
    passwordHash: row.password_hash,
    nik: row.nik,
    disabled: row.disabled === true || row.disabled === 1,
    failedLogins: row.failed_logins,
    lockedUntil: row.locked_until,
    createdAt: row.created_at,
  };
}

/** A row as a session. */
export function sessionOfRow(row: SessionRow): SessionRecord {
  return {
    idHash: row.id_hash,
    accountId: row.account_id,
    roles: JSON.parse(row.roles) as string[],
    name: row.name,
    source: row.source === 'oidc' ? 'oidc' : 'local',
    csrf: row.csrf,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}

/**
 * The {@link WebState} in the mall's SQLite file: tables `web_accounts`, `web_sessions` and
 * `web_blobs` beside the store's.
 *
 * @param db - the open database (the server state's connection).
 * @returns the state.
 * @example
 * ```ts
 * const web = createSqliteWebState(new Database('batang.sqlite'));
 * ```
 */
export function createSqliteWebState(db: Database.Database): WebState {
  db.exec(schema);
  const insertAccount = db.prepare(
    'INSERT INTO web_accounts (id, login, name, roles, password_hash, nik, disabled, failed_logins, locked_until, created_at) ' +
      'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const byId = db.prepare<[string], AccountRow>('SELECT * FROM web_accounts WHERE id = ?');
  const byLogin = db.prepare<[string], AccountRow>('SELECT * FROM web_accounts WHERE login = ?');
  const all = db.prepare<[], AccountRow>('SELECT * FROM web_accounts ORDER BY created_at, id');
  const disable = db.prepare('UPDATE web_accounts SET disabled = ? WHERE id = ?');
  const endSessions = db.prepare('DELETE FROM web_sessions WHERE account_id = ?');
  const failures = db.prepare(
    'UPDATE web_accounts SET failed_logins = ?, locked_until = ? WHERE id = ?',
  );
  const insertSession = db.prepare(
    'INSERT INTO web_sessions (id_hash, account_id, roles, name, source, csrf, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const selectSession = db.prepare<[string, string], SessionRow>(
    'SELECT * FROM web_sessions WHERE id_hash = ? AND expires_at > ?',
  );
  const deleteSession = db.prepare('DELETE FROM web_sessions WHERE id_hash = ?');
  const dropExpired = db.prepare('DELETE FROM web_sessions WHERE expires_at <= ?');
  const insertBlob = db.prepare(
    'INSERT INTO web_blobs (sha256, size, media_type, data) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const selectBlob = db.prepare<
    [string],
    { sha256: string; size: number; media_type: string; data: Buffer }
  >('SELECT * FROM web_blobs WHERE sha256 = ?');
  const setDisabled = db.transaction((id: string, disabled: boolean) => {
    const changed = disable.run(disabled ? 1 : 0, id).changes === 1;
    if (changed && disabled) endSessions.run(id);
    return changed;
  });
  return {
    addAccount: (a) =>
      run(
        () =>
          insertAccount.run(
            a.id,
            a.login,
            a.name,
            JSON.stringify(a.roles),
            a.passwordHash,
            a.nik,
            a.disabled ? 1 : 0,
            a.failedLogins,
            a.lockedUntil,
            a.createdAt,
          ).changes === 1,
      ),
    accountById: (id) =>
      run(() => {
        const row = byId.get(id);
        return row === undefined ? undefined : accountOfRow(row);
      }),
    accountByLogin: (login) =>
      run(() => {
        const row = byLogin.get(login);
        return row === undefined ? undefined : accountOfRow(row);
      }),
    accounts: () => run(() => all.all().map(accountOfRow)),
    setDisabled: (id, disabled) => run(() => setDisabled(id, disabled)),
    setLoginFailures: (id, count, until) =>
      run(() => {
        failures.run(count, until, id);
      }),
    addSession: (s) =>
      run(() => {
        dropExpired.run(s.createdAt);
        insertSession.run(
          s.idHash,
          s.accountId,
          JSON.stringify(s.roles),
          s.name,
          s.source,
          s.csrf,
          s.createdAt,
          s.expiresAt,
        );
      }),
    session: (idHash, now) =>
      run(() => {
        const row = selectSession.get(idHash, now);
        return row === undefined ? undefined : sessionOfRow(row);
      }),
    deleteSession: (idHash) =>
      run(() => {
        deleteSession.run(idHash);
      }),
    putBlob: (b) =>
      run(() => {
        insertBlob.run(b.sha256, b.size, b.mediaType, Buffer.from(b.data));
      }),
    blob: (sha256) =>
      run(() => {
        const row = selectBlob.get(sha256);
        return row === undefined ? undefined : blobOfRow(row);
      }),
  };
}
