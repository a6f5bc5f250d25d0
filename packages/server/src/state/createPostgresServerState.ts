import { escapeIdentifier, type Pool } from 'pg';
import { createPostgresWebState } from './createPostgresWebState.js';
import { keyOfRow } from './createSqliteServerState.js';
import type { ServerState } from './ServerState.js';

/**
 * The {@link ServerState} in PostgreSQL: tables `server_signing_keys` and
 * `server_idempotency_keys` in the mall's schema, beside the store's tables, shared by every
 * process on every machine.
 *
 * @param pool - a pool on the database (left open on `close()` when `ownsPool` is false).
 * @param schema - the mall's schema (created when missing).
 * @param ownsPool - whether `close()` ends the pool.
 * @returns the state.
 * @example
 * ```ts
 * const state = await createPostgresServerState(new Pool({ connectionString }), 'mpp_batang', true);
 * ```
 */
export async function createPostgresServerState(
  pool: Pool,
  schema: string,
  ownsPool: boolean,
): Promise<ServerState> {
  const s = escapeIdentifier(schema);
  const keys = `${s}.server_signing_keys`;
  const uses = `${s}.server_idempotency_keys`;
  await pool.query(`CREATE SCHEMA IF NOT EXISTS ${s}`).catch(() => undefined);
  await pool.query(`
    CREATE TABLE IF NOT EXISTS ${keys} (
      kid text PRIMARY KEY, private_jwk text NOT NULL, public_jwk text NOT NULL,
      created_at text NOT NULL, retired_at text
    );
    CREATE TABLE IF NOT EXISTS ${uses} (
      caller_id text NOT NULL, key text NOT NULL, request_hash text NOT NULL,
      application_id text NOT NULL, created_at text NOT NULL, PRIMARY KEY (caller_id, key)
    );`);
  const web = await createPostgresWebState(pool, schema);
  let closed = false;
  return {
    web,
    async keys() {
      const { rows } = await pool.query<Parameters<typeof keyOfRow>[0]>(
        `SELECT * FROM ${keys} ORDER BY created_at DESC, kid DESC`,
      );
      return rows.map(keyOfRow);
    },
    async addKey(key) {
      await pool.query(
        `INSERT INTO ${keys} (kid, private_jwk, public_jwk, created_at, retired_at) VALUES ($1, $2, $3, $4, $5)`,
        [
          key.kid,
          JSON.stringify(key.privateJwk),
          JSON.stringify(key.publicJwk),
          key.createdAt,
          key.retiredAt,
        ],
      );
    },
    async retireKey(kid, at) {
      const result = await pool.query(
        `UPDATE ${keys} SET retired_at = coalesce(retired_at, $1) WHERE kid = $2`,
        [at, kid],
      );
      return result.rowCount === 1;
    },
    async claimIdempotencyKey(record) {
      // Insert-or-read in one statement: concurrent first uses agree on one row.
      const { rows } = await pool.query<{
        request_hash: string;
        application_id: string;
        created_at: string;
      }>(
        `WITH added AS (
           INSERT INTO ${uses} (caller_id, key, request_hash, application_id, created_at)
           VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING
           RETURNING request_hash, application_id, created_at
         )
         SELECT request_hash, application_id, created_at FROM added
         UNION ALL
         SELECT request_hash, application_id, created_at FROM ${uses} WHERE caller_id = $1 AND key = $2
         LIMIT 1`,
        [record.callerId, record.key, record.requestHash, record.applicationId, record.createdAt],
      );
      // A concurrent first use that committed after this statement's snapshot: read it now.
      const row =
        rows[0] ??
        (
          await pool.query<{ request_hash: string; application_id: string; created_at: string }>(
            `SELECT request_hash, application_id, created_at FROM ${uses} WHERE caller_id = $1 AND key = $2`,
            [record.callerId, record.key],
          )
        ).rows[0];
      if (row === undefined) return record;
      return {
        callerId: record.callerId,
        key: record.key,
        requestHash: row.request_hash,
        applicationId: row.application_id,
        createdAt: row.created_at,
      };
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      if (closed) return;
      closed = true;
      if (ownsPool) await pool.end();
    },
  };
}
