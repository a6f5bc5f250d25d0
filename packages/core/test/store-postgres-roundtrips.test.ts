/**
 * Round trips to PostgreSQL per runtime action: every query any client of the store's pool sends
 * is counted (pg's `Client#query`, wrapped on each new connection; a pool's own `query` goes
 * through it). An accepted action on an application this runtime wrote last is one statement;
 * after another store wrote it, the runtime reads the record once (which also gives the store the
 * head it needs) and appends in one statement. MPP_TEST_PG_URL, by default
 * postgres://postgres:postgres@127.0.0.1:5432/postgres; fails, never skips, without a server.
 */
import { Pool, escapeIdentifier, type PoolClient } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMallRuntime, type MallRuntime } from '../src/runtime/index.js';
import { ConflictError, type MallStore } from '../src/store/index.js';
import { createPostgresStore } from '../src/store/postgres/index.js';
import { applicant, batang, createTestClock, officer } from './runtime/runtimeFixtures.js';

const connectionString =
  process.env.MPP_TEST_PG_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const schema = `mpp_trips_${String(process.pid)}_${Date.now().toString(36)}`;
const admin = new Pool({ connectionString, connectionTimeoutMillis: 5000, max: 2 });
admin.on('error', () => undefined);

/** A pool whose every query on the wire is counted. */
function countingPool(): { pool: Pool; trips: () => number } {
  const pool = new Pool({ connectionString, max: 4 });
  pool.on('error', () => undefined);
  let trips = 0;
  pool.on('connect', (client: PoolClient) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      trips += 1;
      return query(...args);
    };
  });
  return { pool, trips: () => trips };
}

const opened: { store: MallStore; pool: Pool }[] = [];

async function runtimeOn(): Promise<{ runtime: MallRuntime; trips: () => number }> {
  const { pool, trips } = countingPool();
  const store = await createPostgresStore({ pool, schema });
  opened.push({ store, pool });
  const runtime = createMallRuntime(await batang(), {
    store,
    clock: createTestClock('2025-03-03T01:00:00Z'),
  });
  return { runtime, trips };
}

beforeAll(async () => {
  try {
    await admin.query('SELECT 1');
  } catch (error) {
    throw new Error(
      `PostgreSQL is unreachable (${String(error)}): run .ci/postgres.sh, or set MPP_TEST_PG_URL`,
      { cause: error },
    );
  }
});

afterAll(async () => {
  for (const { store, pool } of opened) {
    await store.close();
    await pool.end();
  }
  try {
    await admin.query(`DROP SCHEMA IF EXISTS ${escapeIdentifier(schema)} CASCADE`);
  } finally {
    await admin.end();
  }
});

const frontOffice = officer('front-office', 'dpmptsp');
const returnFor = (version: number) =>
  ({
    type: 'RETURN',
    actor: frontOffice,
    expectedVersion: version,
    reason: 'Berkas perlu dilengkapi',
  }) as const;
const resubmitFor = (applicantId: string, version: number) =>
  ({ type: 'RESUBMIT', actor: applicant(applicantId), expectedVersion: version }) as const;

describe('PostgreSQL round trips per runtime action', () => {
  it('takes one round trip per submit and per accepted action on what this runtime wrote', async () => {
    const { runtime, trips } = await runtimeOn();
    const before = trips();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const app = await runtime.submit({
        serviceId: 'sip-bidan',
        applicant: { id: `akun-${String(i)}` },
      });
      ids.push(app.id);
    }
    expect(trips() - before).toBe(5);
    for (const [i, id] of ids.entries()) {
      for (let version = 1; version <= 6; version += 2) {
        const start = trips();
        const returned = await runtime.act(id, returnFor(version));
        expect(trips() - start, `RETURN at version ${String(version)}`).toBe(1);
        const resubmitted = await runtime.act(id, resubmitFor(`akun-${String(i)}`, version + 1));
        expect(trips() - start, `RETURN and RESUBMIT from version ${String(version)}`).toBe(2);
        expect([returned.version, resubmitted.version]).toEqual([version + 1, version + 2]);
      }
    }
  }, 60_000);

  it('reads once when another store wrote the application last, and keeps the chain whole', async () => {
    const first = await runtimeOn();
    const second = await runtimeOn();
    const app = await first.runtime.submit({ serviceId: 'sip-bidan', applicant: { id: 'akun-a' } });
    let start = second.trips();
    await second.runtime.act(app.id, returnFor(1));
    expect(second.trips() - start, 'read the record, then append').toBe(2);
    start = first.trips();
    await first.runtime.act(app.id, resubmitFor('akun-a', 2));
    expect(first.trips() - start, 'its own version 1 is stale: read, then append').toBe(2);
    start = first.trips();
    await first.runtime.act(app.id, returnFor(3));
    expect(first.trips() - start).toBe(1);
    expect(await first.runtime.verify(app.id)).toEqual({ ok: true });
    const events = await admin.query<{ seq: number; prev_hash: string; hash: string }>(
      `SELECT seq, prev_hash, hash FROM ${escapeIdentifier(schema)}.events WHERE application_id = $1 ORDER BY seq`,
      [app.id],
    );
    expect(events.rows.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    for (let i = 1; i < events.rows.length; i++)
      expect(events.rows[i]?.prev_hash).toBe(events.rows[i - 1]?.hash);
  }, 60_000);

  it('lets exactly one of two stores holding the same head win, the other getting ConflictError', async () => {
    const first = await runtimeOn();
    const second = await runtimeOn();
    const app = await first.runtime.submit({ serviceId: 'sip-bidan', applicant: { id: 'akun-b' } });
    await second.runtime.get(app.id); // both stores now hold version 1's head
    const outcomes = await Promise.allSettled([
      first.runtime.act(app.id, returnFor(1)),
      second.runtime.act(app.id, returnFor(1)),
    ]);
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as unknown] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toBeInstanceOf(ConflictError);
    expect(lost[0]).toMatchObject({ applicationId: app.id, expectedVersion: 1, actualVersion: 2 });
    const count = await admin.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${escapeIdentifier(schema)}.events WHERE application_id = $1`,
      [app.id],
    );
    expect(count.rows[0]?.n).toBe(2);
    expect(await first.runtime.verify(app.id)).toEqual({ ok: true });
  }, 60_000);
});
