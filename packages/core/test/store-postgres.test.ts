/**
 * The PostgreSQL store against a real server: MPP_TEST_PG_URL, by default
 * postgres://postgres:postgres@127.0.0.1:5432/postgres (start one with .ci/postgres.sh). The tests
 * fail, never skip, when the server cannot be reached. Everything happens in a schema made for
 * this file and dropped after it.
 */
import { Pool, escapeIdentifier } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictError, StoreError, type ApplicationRecord } from '../src/store/index.js';
import { postgresDueSql } from '../src/store/postgres/_postgresSchema.js';
import { createPostgresStore } from '../src/store/postgres/index.js';
import { describeStoreConformance } from './store/conformance.js';
import { describeMultiProcess } from './store/multiProcess.js';
import { describeProvisionalDeadlines } from './store/provisionalDeadlines.js';
import { at, makeEvent, makeRecord, nextRecord } from './store/storeFixtures.js';
import { openStore, type StoreSpec } from './store/storeSpec.js';

const connectionString =
  process.env.MPP_TEST_PG_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const schema = `mpp_test_${String(process.pid)}_${Date.now().toString(36)}`;
const newerSchema = `${schema}_newer`;
const s = escapeIdentifier(schema);
const admin = new Pool({ connectionString, connectionTimeoutMillis: 5000, max: 3 });
admin.on('error', () => undefined);

/** Set when the server cannot be reached: every test then fails with it (none is skipped). */
let unreachable: Error | undefined;

beforeAll(async () => {
  try {
    await admin.query('SELECT 1');
  } catch (error) {
    const where = connectionString.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
    unreachable = new Error(
      `PostgreSQL is unreachable at ${where} (${String(error)}): run .ci/postgres.sh, or set MPP_TEST_PG_URL`,
      { cause: error },
    );
    return;
  }
  await (await createPostgresStore({ pool: admin, schema })).close();
});

afterAll(async () => {
  try {
    if (!unreachable) {
      await admin.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
      await admin.query(`DROP SCHEMA IF EXISTS ${escapeIdentifier(newerSchema)} CASCADE`);
    }
  } finally {
    await admin.end();
  }
});

/** Fails the calling test when the server is unreachable. */
function ready(): void {
  if (unreachable) throw unreachable;
}

/** Empties this file's schema. */
async function fresh(): Promise<StoreSpec> {
  ready();
  await admin.query(`TRUNCATE ${s}.events, ${s}.application_pending, ${s}.applications`);
  return { kind: 'postgres', connectionString, schema };
}

describeStoreConformance(
  'postgres',
  async () => {
    await fresh();
    return {
      store: await createPostgresStore({ connectionString, schema }),
      reopen: () => createPostgresStore({ connectionString, schema }),
      assertDueIndex: async () => {
        const { rows } = await admin.query<{ indexdef: string }>(
          "SELECT indexdef FROM pg_indexes WHERE schemaname = $1 AND indexname = 'applications_due_at'",
          [schema],
        );
        expect(rows[0]?.indexdef).toMatch(/\(due_at, id\) WHERE \(due_at IS NOT NULL\)$/);
        // And the planner can serve the due query from it (with sequential scans ruled out, as
        // on a table too small for the planner to prefer the index on its own).
        const client = await admin.connect();
        try {
          await client.query('BEGIN');
          await client.query('SET LOCAL enable_seqscan = off');
          const plan = await client.query<{ 'QUERY PLAN': string }>(
            `EXPLAIN ${postgresDueSql(`${s}.applications`)}`,
            [at(100), 10],
          );
          expect(plan.rows.map((r) => r['QUERY PLAN']).join('\n')).toMatch(
            /Index Scan using applications_due_at/,
          );
          expect(plan.rows.map((r) => r['QUERY PLAN']).join('\n')).not.toMatch(/Sort/);
        } finally {
          await client.query('ROLLBACK');
          client.release();
        }
      },
    };
  },
  { durable: true, dueIndex: true },
);

describeProvisionalDeadlines('postgres', async () => {
  await fresh();
  return { store: await createPostgresStore({ connectionString, schema }) };
});

describeMultiProcess('postgres', { fresh, open: openStore });

describe('postgres store: the database', () => {
  it('keeps the inbox rows what the record says through every kind of append, from two stores', async () => {
    // An append writes only the inbox rows that change, from the record of the head it checks:
    // none when the actors and due instant stay, no delete when there were none, no insert
    // when none is wanted, and both when it does not know the stored record (read after a
    // conflict). After each append the rows are exactly the record's.
    await fresh();
    const first = await createPostgresStore({ connectionString, schema });
    const second = await createPostgresStore({ connectionString, schema });
    try {
      const rows = async (id: string): Promise<string[]> =>
        (
          await admin.query<{ row: string }>(
            `SELECT actor || ' ' || CASE WHEN due_key = 'infinity' THEN 'none' ELSE to_char(due_key AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') END AS row FROM ${s}.application_pending WHERE application_id = $1 ORDER BY 1`,
            [id],
          )
        ).rows.map((r) => r.row);
      const wanted = (record: ApplicationRecord): string[] =>
        [...new Set(record.pendingActors ?? [])]
          .map(
            (a) =>
              `${a} ${record.actionDueAt ? new Date(record.actionDueAt).toISOString().slice(0, 19) : 'none'}`,
          )
          .sort();
      let record = makeRecord('p-1', { pendingActors: [] });
      await first.create(record, makeEvent('SUBMIT'));
      expect(await rows('p-1')).toEqual([]);
      const steps: Partial<ApplicationRecord>[] = [
        { pendingActors: [] }, // none to none
        { pendingActors: ['front-office@dpmptsp'], actionDueAt: at(60) }, // insert
        { pendingActors: ['front-office@dpmptsp'], actionDueAt: at(60) }, // the same: none
        { pendingActors: ['front-office@dpmptsp', 'head@dpmptsp'], actionDueAt: at(60) }, // replace
        {
          pendingActors: ['head@dpmptsp', 'front-office@dpmptsp'],
          actionDueAt: '2025-07-01T10:00:00+07:00',
        }, // same instant
        { pendingActors: ['head@dpmptsp'], actionDueAt: at(30) }, // replace
        { pendingActors: ['head@dpmptsp'] }, // due removed
        { pendingActors: [] }, // delete
        { pendingActors: ['reviewer@dpupr', 'reviewer@dpupr'], actionDueAt: at(5) }, // insert, distinct
      ];
      for (const [i, step] of steps.entries()) {
        // Alternate the stores: each knows the other's last write only by reading it.
        const store = i % 2 === 0 ? first : second;
        const stored = (await store.get('p-1')) as ApplicationRecord;
        const { actionDueAt: _gone, ...rest } = stored;
        record = nextRecord(rest, step);
        await store.append('p-1', stored.version, makeEvent(`STEP${String(i)}`), record);
        expect(await rows('p-1'), `after step ${String(i)}`).toEqual(wanted(record));
      }
      // A store whose head is stale conflicts, reads the row (not the record) and then appends
      // knowing nothing of the stored inbox rows: it replaces them.
      const stale = record;
      const newer = nextRecord(stale, { pendingActors: ['head@dpmptsp'], actionDueAt: at(9) });
      await second.append('p-1', stale.version, makeEvent('NEWER'), newer);
      await expect(
        first.append('p-1', stale.version, makeEvent('STALE'), nextRecord(stale)),
      ).rejects.toBeInstanceOf(ConflictError);
      const last = nextRecord(newer, {
        pendingActors: ['front-office@dpmptsp'],
        actionDueAt: at(7),
      });
      await first.append('p-1', newer.version, makeEvent('LAST'), last);
      expect(await rows('p-1')).toEqual(wanted(last));
      expect((await first.inbox({ actors: ['front-office@dpmptsp'] })).items).toEqual([last]);
      expect((await first.inbox({ actors: ['head@dpmptsp', 'reviewer@dpupr'] })).items).toEqual([]);
    } finally {
      await first.close();
      await second.close();
    }
  });

  it('has the schema version recorded and the indexes in place', async () => {
    ready();
    const { rows } = await admin.query(`SELECT version FROM ${s}.schema_version ORDER BY version`);
    expect(rows).toEqual([{ version: 1 }, { version: 2 }, { version: 3 }, { version: 4 }]);
    const indexes = await admin.query<{ indexname: string }>(
      'SELECT indexname FROM pg_indexes WHERE schemaname = $1 ORDER BY indexname',
      [schema],
    );
    expect(indexes.rows.map((r) => r.indexname)).toEqual(
      expect.arrayContaining([
        'applications_agencies',
        'applications_due_at',
        'applications_service_state',
        'application_pending_pkey',
        'applications_uncovered',
        'events_pkey',
      ]),
    );
  });

  it('refuses to edit or delete events (append-only trigger)', async () => {
    await fresh();
    const store = await createPostgresStore({ pool: admin, schema });
    await store.create(makeRecord('app-1'), makeEvent('SUBMIT'));
    await store.close();
    await expect(admin.query(`UPDATE ${s}.events SET type = 'FORGED'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(admin.query(`DELETE FROM ${s}.events`)).rejects.toThrow(/append-only/);
  });

  it('leaves a pool it was given open on close', async () => {
    await fresh();
    const store = await createPostgresStore({ pool: admin, schema });
    await store.create(makeRecord('app-1'), makeEvent('SUBMIT'));
    await store.close();
    expect(
      (await admin.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${s}.applications`))
        .rows[0]?.n,
    ).toBe('1');
  });

  it('refuses a schema written by a newer version', async () => {
    ready();
    await (await createPostgresStore({ pool: admin, schema: newerSchema })).close();
    await admin.query(
      `INSERT INTO ${escapeIdentifier(newerSchema)}.schema_version (version) VALUES (99)`,
    );
    await expect(createPostgresStore({ pool: admin, schema: newerSchema })).rejects.toMatchObject({
      code: 'schema_mismatch',
    });
  });

  it('reports an unreachable server as StoreError io, and bad options as invalid_input', async () => {
    const error: unknown = await createPostgresStore({
      connectionString: 'postgres://postgres:postgres@127.0.0.1:1/postgres',
      schema,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({
      code: 'io',
      detail: expect.stringMatching(/ECONNREFUSED/) as string,
    });
    await expect(
      createPostgresStore({ connectionString, schema: 'Bad-Name' }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await expect(createPostgresStore({} as { connectionString: string })).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });
});
