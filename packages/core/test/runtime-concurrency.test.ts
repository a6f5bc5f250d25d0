/**
 * Two runtimes in two processes act on the same applications with the same expected version, on
 * one SQLite file and on PostgreSQL: exactly one of each conflicting pair wins, the other gets
 * ConflictError, and nothing is half-written. Two schedulers run the deadline step at once: each
 * due application gets exactly one TICK. PostgreSQL: MPP_TEST_PG_URL, by default
 * postgres://postgres:postgres@127.0.0.1:5432/postgres (start it with .ci/postgres.sh); the tests
 * fail, never skip, when it cannot be reached.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool, escapeIdentifier } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createMallRuntime, type ActionInput } from '../src/runtime/index.js';
import type { MallStore } from '../src/store/index.js';
import type { ActOutcome } from './runtime/runtimeProcess.js';
import { startRuntimeProcess } from './runtime/runtimeProcesses.js';
import {
  batang,
  createTestClock,
  officer,
  pbgDocuments,
  pbgFacts,
} from './runtime/runtimeFixtures.js';
import { openStore, type StoreSpec } from './store/storeSpec.js';

const dir = mkdtempSync(join(tmpdir(), 'mpp-runtime-concurrency-'));
const connectionString =
  process.env.MPP_TEST_PG_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const schema = `mpp_runtime_${String(process.pid)}_${Date.now().toString(36)}`;
const admin = new Pool({ connectionString, connectionTimeoutMillis: 5000, max: 2 });
admin.on('error', () => undefined);

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  try {
    await admin.query(`DROP SCHEMA IF EXISTS ${escapeIdentifier(schema)} CASCADE`);
  } catch {
    // unreachable: the tests already failed saying so
  } finally {
    await admin.end();
  }
});

let files = 0;
const kinds: { name: string; fresh: () => Promise<StoreSpec> }[] = [
  {
    name: 'sqlite',
    fresh: () =>
      Promise.resolve({ kind: 'sqlite', file: join(dir, `race-${String(++files)}.sqlite`) }),
  },
  {
    name: 'postgres',
    fresh: async () => {
      try {
        await admin.query(`DROP SCHEMA IF EXISTS ${escapeIdentifier(schema)} CASCADE`);
      } catch (error) {
        throw new Error(
          `PostgreSQL is unreachable (${String(error)}): run .ci/postgres.sh, or set MPP_TEST_PG_URL`,
          { cause: error },
        );
      }
      return { kind: 'postgres', connectionString, schema };
    },
  },
];

const frontOffice = officer('front-office', 'dpmptsp');
const start = '2025-05-05T02:00:00Z';

/** `count` PBG applications, accepted at intake (version 2, in technical review). */
async function acceptedApplications(store: MallStore, count: number): Promise<string[]> {
  const clock = createTestClock(start);
  const runtime = createMallRuntime(await batang(), { store, clock });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const app = await runtime.submit(
      {
        serviceId: 'pbg',
        applicant: { id: `akun-${String(i)}` },
        documents: pbgDocuments,
        facts: pbgFacts,
      },
      { id: `race-${String(i).padStart(2, '0')}` },
    );
    await runtime.act(app.id, { type: 'ACCEPT', actor: frontOffice, expectedVersion: 1 });
    ids.push(app.id);
  }
  return ids;
}

describe.each(kinds)('runtime in two processes on $name', ({ fresh }) => {
  it('lets exactly one of two officers deciding on the same version win, the other getting ConflictError', async () => {
    const spec = await fresh();
    const store = await openStore(spec);
    try {
      const ids = await acceptedApplications(store, 30);
      const at = '2025-05-06T03:00:00.000Z';
      const approve: ActionInput = {
        type: 'APPROVE',
        actor: officer('reviewer', 'dpupr'),
        expectedVersion: 2,
      };
      const returnIt: ActionInput = {
        type: 'RETURN',
        actor: officer('reviewer', 'dlh'),
        expectedVersion: 2,
        reason: 'Dokumen UKL-UPL belum lengkap',
      };
      const children = [
        startRuntimeProcess('act', { spec, ids, action: approve, at }),
        startRuntimeProcess('act', { spec, ids, action: returnIt, at }),
      ];
      await Promise.all(children.map((child) => child.ready));
      for (const child of children) child.go();
      const [a, b] = (await Promise.all(
        children.map(async (child) => JSON.parse(await child.result) as ActOutcome[]),
      )) as [ActOutcome[], ActOutcome[]];
      const runtime = createMallRuntime(await batang(), { store, clock: createTestClock(at) });
      for (const id of ids) {
        const pair = [a.find((o) => o.id === id), b.find((o) => o.id === id)];
        expect(pair.map((o) => o?.result).sort(), id).toEqual(['conflict', 'won']);
        const app = await runtime.get(id);
        expect(app.version).toBe(3);
        if (pair[0]?.result === 'won') {
          expect(app).toMatchObject({ phase: 'active', votes: { dpupr: 'approve' } });
        } else {
          expect(app).toMatchObject({ phase: 'returned', rounds: 1 });
        }
        expect(await runtime.verify(id)).toEqual({ ok: true });
        expect((await runtime.replay(id)).matches).toBe(true);
        expect(await store.events(id)).toHaveLength(3);
      }
    } finally {
      await store.close();
    }
  }, 60_000);

  it('gives each due application exactly one TICK when two schedulers run at once', async () => {
    const spec = await fresh();
    const store = await openStore(spec);
    try {
      const ids = await acceptedApplications(store, 24);
      const now = '2025-06-21T00:00:00.000Z'; // after the 28-working-day term (due 20 June)
      const children = [
        startRuntimeProcess('tick', { spec, now, batchSize: 3 }),
        startRuntimeProcess('tick', { spec, now, batchSize: 3 }),
      ];
      await Promise.all(children.map((child) => child.ready));
      for (const child of children) child.go();
      const results = await Promise.all(
        children.map(
          async (child) =>
            JSON.parse(await child.result) as {
              claimed: number;
              delivered: number;
              failed: unknown[];
            },
        ),
      );
      expect(results.reduce((sum, r) => sum + r.delivered, 0)).toBe(ids.length);
      expect(results.flatMap((r) => r.failed)).toEqual([]);
      for (const id of ids) {
        const events = await store.events(id);
        expect(
          events.filter((e) => e.type === 'TICK'),
          id,
        ).toHaveLength(1);
      }
      const runtime = createMallRuntime(await batang(), { store, clock: createTestClock(now) });
      expect(await runtime.runDueDeadlines(now)).toMatchObject({ claimed: 0, delivered: 0 });
    } finally {
      await store.close();
    }
  }, 60_000);
});
