import { escapeIdentifier, type Pool } from 'pg';
import {
  accountOfRow,
  blobOfRow,
  sessionOfRow,
  type AccountRow,
  type SessionRow,
} from './createSqliteWebState.js';
import type { WebState } from './WebState.js';

/**
 * The {@link WebState} in PostgreSQL: tables `web_accounts`, `web_sessions` and `web_blobs` in
 * the mall's schema, shared by every process on every machine.
 *
 * @param pool - a pool on the database.
 * @param schema - the mall's schema (exists already: the server state made it).
 * @returns the state.
 * @example
 * ```ts
 * const web = await createPostgresWebState(pool, 'mpp_mpp_batang');
 * ```
 */
export async function createPostgresWebState(pool: Pool, schema: string): Promise<WebState> {
  const s = escapeIdentifier(schema);
  const accounts = `${s}.web_accounts`;
  const sessions = `${s}.web_sessions`;
  const blobs = `${s}.web_blobs`;
  await pool.query(`
    CREATE TABLE IF NOT EXISTS ${accounts} (
      id text PRIMARY KEY, login text NOT NULL UNIQUE, name text NOT NULL, roles text NOT NULL,
      password_hash text NOT NULL, nik text, disabled boolean NOT NULL DEFAULT false,
      failed_logins integer NOT NULL DEFAULT 0, locked_until text, created_at text NOT NULL
    );
    CREATE TABLE IF NOT EXISTS ${sessions} (
      id_hash text PRIMARY KEY, account_id text NOT NULL, roles text NOT NULL, name text NOT NULL,
      source text NOT NULL, csrf text NOT NULL, created_at text NOT NULL, expires_at text NOT NULL
    );
    CREATE INDEX IF NOT EXISTS web_sessions_account ON ${sessions} (account_id);
    CREATE TABLE IF NOT EXISTS ${blobs} (
      sha256 text PRIMARY KEY, size integer NOT NULL, media_type text NOT NULL, data bytea NOT NULL
    );`);
  const one = async (sql: string, values: unknown[]) => {
    const { rows } = await pool.query<AccountRow>(sql, values);
    return rows[0] === undefined ? undefined : accountOfRow(rows[0]);
  };
  return {
    async addAccount(a) {
      const result = await pool.query(
        `INSERT INTO ${accounts} (id, login, name, roles, password_hash, nik, disabled, failed_logins, locked_until, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING`,
        [
          a.id,
          a.login,
          a.name,
          JSON.stringify(a.roles),
          a.passwordHash,
          a.nik,
          a.disabled,
          a.failedLogins,
          a.lockedUntil,
          a.createdAt,
        ],
      );
      return result.rowCount === 1;
    },
    accountById: (id) => one(`SELECT * FROM ${accounts} WHERE id = $1`, [id]),
    accountByLogin: (login) => one(`SELECT * FROM ${accounts} WHERE login = $1`, [login]),
    async accounts() {
      const { rows } = await pool.query<AccountRow>(
        `SELECT * FROM ${accounts} ORDER BY created_at, id`,
      );
      return rows.map(accountOfRow);
    },
    async setDisabled(id, disabled) {
      const result = await pool.query(`UPDATE ${accounts} SET disabled = $1 WHERE id = $2`, [
        disabled,
        id,
      ]);
      if (result.rowCount === 1 && disabled)
        await pool.query(`DELETE FROM ${sessions} WHERE account_id = $1`, [id]);
      return result.rowCount === 1;
    },
    async setLoginFailures(id, count, until) {
      await pool.query(
        `UPDATE ${accounts} SET failed_logins = $1, locked_until = $2 WHERE id = $3`,
        [count, until, id],
      );
    },
    async addSession(x) {
      await pool.query(`DELETE FROM ${sessions} WHERE expires_at <= $1`, [x.createdAt]);
      await pool.query(
        `INSERT INTO ${sessions} (id_hash, account_id, roles, name, source, csrf, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          x.idHash,
          x.accountId,
          JSON.stringify(x.roles),
          x.name,
          x.source,
          x.csrf,
          x.createdAt,
          x.expiresAt,
        ],
      );
    },
    async session(idHash, now) {
      const { rows } = await pool.query<SessionRow>(
        `SELECT * FROM ${sessions} WHERE id_hash = $1 AND expires_at > $2`,
        [idHash, now],
      );
      return rows[0] === undefined ? undefined : sessionOfRow(rows[0]);
    },
    async deleteSession(idHash) {
      await pool.query(`DELETE FROM ${sessions} WHERE id_hash = $1`, [idHash]);
    },
    async putBlob(b) {
      await pool.query(
        `INSERT INTO ${blobs} (sha256, size, media_type, data) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [b.sha256, b.size, b.mediaType, Buffer.from(b.data)],
      );
    },
    async blob(sha256) {
      const { rows } = await pool.query<{
        sha256: string;
        size: number;
        media_type: string;
        data: Buffer;
      }>(`SELECT * FROM ${blobs} WHERE sha256 = $1`, [sha256]);
      return rows[0] === undefined ? undefined : blobOfRow(rows[0]);
    },
  };
}
