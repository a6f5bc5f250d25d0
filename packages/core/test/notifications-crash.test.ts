/**
 * A delivery worker killed with SIGKILL in the middle of a delivery loses no notification: the
 * outbox rows survive in SQLite and PostgreSQL, a restarted worker delivers every one once its
 * predecessor's lease has run out; a receiver that drops repeats by id processes each once.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Pool, escapeIdentifier } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createMallRuntime } from '../src/runtime/index.js';
import { batang } from './runtime/runtimeFixtures.js';
import { openStore, type StoreSpec } from './store/storeSpec.js';
import { startReceiver, withNotifications } from './notifications/notificationFixtures.js';

const script = fileURLToPath(new URL('./notifications/notificationProcess.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const connectionString =
  process.env.MPP_TEST_PG_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const schema = `mpp_crash_${String(process.pid)}_${Date.now().toString(36)}`;
const dir = mkdtempSync(join(tmpdir(), 'mpp-crash-'));
const admin = new Pool({ connectionString, max: 1 });
admin.on('error', () => undefined);

afterAll(async () => {
  try {
    await admin.query(`DROP SCHEMA IF EXISTS ${escapeIdentifier(schema)} CASCADE`);
  } finally {
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Starts a worker process; resolves once it printed `ready`. */
async function startWorker(spec: StoreSpec, url: string) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', script, JSON.stringify({ spec, url, leaseMs: 1500 })],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.once('exit', (_code, signal) => resolve(signal)),
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
    child.once('exit', () => reject(new Error(`worker exited before ready: ${stderr}`)));
  });
  return { child, exited };
}

const specs: { name: string; spec: StoreSpec }[] = [
  { name: 'sqlite', spec: { kind: 'sqlite', file: join(dir, 'crash.sqlite') } },
  { name: 'postgres', spec: { kind: 'postgres', connectionString, schema } },
];

describe.each(specs)('a worker killed with SIGKILL on $name', ({ spec }) => {
  it('loses no notification: a restarted worker delivers every one, and repeats carry the same id', async () => {
    let first = true;
    const receiver = await startReceiver(() => {
      if (first) {
        first = false;
        return 'hold'; // the first delivery never gets an answer: the worker is killed meanwhile
      }
      return 200;
    });
    const mall = withNotifications(await batang(), receiver.url);
    const store = await openStore(spec);
    const runtime = createMallRuntime(mall, { store });
    try {
      for (let i = 0; i < 12; i++) {
        await runtime.submit({ serviceId: 'ktp-el', applicant: { id: `akun-${String(i)}` } });
      }
      const rows = (await store.outbox!.list({ limit: 1000 })).filter(
        (r) => r.channel === 'webhook',
      );
      expect(rows).toHaveLength(12);

      const held = new Promise<void>((resolve) => {
        receiver.onRequest((hook) => {
          if (hook.status === 0) resolve();
        });
      });
      const one = await startWorker(spec, receiver.url);
      await held;
      one.child.kill('SIGKILL');
      expect(await one.exited).toBe('SIGKILL');
      // The killed worker's rows are still in the outbox.
      expect((await store.outbox!.list({ status: 'pending', limit: 1000 })).length).toBeGreaterThan(
        0,
      );

      const two = await startWorker(spec, receiver.url);
      try {
        // Poll the store until nothing is pending.
        for (;;) {
          const pending = await store.outbox!.list({ status: 'pending', limit: 1000 });
          if (pending.length === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      } finally {
        two.child.kill('SIGTERM');
        await two.exited;
      }
      const all = await store.outbox!.list({ limit: 1000 });
      expect(all.every((r) => r.status === 'delivered')).toBe(true);
      // At least once: every id acknowledged; a receiver that drops repeats by id processes each
      // notification once. Repeats can only be rows the killed worker had in flight (one batch).
      const acknowledged = receiver.received.filter((h) => h.status === 200).map((h) => h.id);
      const processed = [...new Set(acknowledged)].sort();
      expect(processed).toEqual(rows.map((r) => r.id).sort());
      expect(acknowledged.length - processed.length).toBeLessThanOrEqual(10);
      expect(receiver.received.every((h) => h.verified)).toBe(true);
      // The interrupted delivery was sent again, with the same id.
      const heldId = receiver.received.find((h) => h.status === 0)!.id;
      expect(acknowledged).toContain(heldId);
    } finally {
      await store.close();
      await receiver.close();
    }
  }, 60_000);
});
