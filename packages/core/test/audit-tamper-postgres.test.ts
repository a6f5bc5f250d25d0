/**
 * The tamper matrix on the PostgreSQL store (MPP_TEST_PG_URL): the attacker connects as the owner
 * and disables the append-only trigger. Each run gets its own schema, dropped after the file.
 */
import { Pool, escapeIdentifier } from 'pg';
import { afterAll } from 'vitest';
import { createPostgresStore } from '../src/store/postgres/index.js';
import { describeTamperMatrix, type RawDatabase } from './audit/tamperMatrix.js';

const connectionString =
  process.env.MPP_TEST_PG_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const prefix = `mpp_tamper_${String(process.pid)}_${Date.now().toString(36)}`;
const admin = new Pool({ connectionString, connectionTimeoutMillis: 5000, max: 2 });
admin.on('error', () => undefined);
const schemas: string[] = [];

afterAll(async () => {
  try {
    for (const schema of schemas)
      await admin.query(`DROP SCHEMA IF EXISTS ${escapeIdentifier(schema)} CASCADE`);
  } finally {
    await admin.end();
  }
});

function rawPostgres(schema: string): RawDatabase {
  const s = escapeIdentifier(schema);
  const remove = async (id: string) => {
    await admin.query(`DELETE FROM ${s}.events WHERE application_id = $1`, [id]);
    await admin.query(`DELETE FROM ${s}.application_pending WHERE application_id = $1`, [id]);
    await admin.query(`DELETE FROM ${s}.applications WHERE id = $1`, [id]);
  };
  return {
    write: async ({ record, events }) => {
      await admin.query(`ALTER TABLE ${s}.events DISABLE TRIGGER events_append_only`);
      await remove(record.id);
      await admin.query(
        `INSERT INTO ${s}.applications (id, mall_id, service_id, service_version, workflow_id,
          workflow_version, applicant_id, agencies, state, version, due_at, created_at, updated_at,
          head_hash, body)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
        [
          record.id,
          record.mallId,
          record.serviceId,
          record.serviceVersion,
          record.workflowId,
          record.workflowVersion,
          record.applicantId,
          record.agencies,
          record.state,
          record.version,
          record.dueAt,
          record.createdAt,
          record.updatedAt,
          events.at(-1)?.hash ?? '',
          JSON.stringify(record),
        ],
      );
      for (const event of events)
        await admin.query(
          `INSERT INTO ${s}.events (application_id, seq, type, at, actor_id, prev_hash, hash, body)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            record.id,
            event.seq,
            event.type,
            event.at,
            event.actor.id,
            event.prevHash,
            event.hash,
            JSON.stringify(event),
          ],
        );
    },
    remove: async (id) => {
      await admin.query(`ALTER TABLE ${s}.events DISABLE TRIGGER events_append_only`);
      await remove(id);
    },
    close: () => Promise.resolve(),
  };
}

describeTamperMatrix('postgres', async () => {
  const schema = `${prefix}_${String(schemas.length + 1)}`;
  schemas.push(schema);
  const store = await createPostgresStore({ connectionString, schema });
  return {
    store,
    reopen: () => createPostgresStore({ connectionString, schema }),
    raw: () => Promise.resolve(rawPostgres(schema)),
  };
});
