/**
 * Two processes on one SQLite file and on PostgreSQL: racing "call next" over 1,200 waiting
 * tickets never hands one ticket to both, and racing "take a ticket" never issues one number
 * twice. PostgreSQL: MPP_TEST_PG_URL (default postgres://postgres:postgres@127.0.0.1:5432/postgres);
 * the tests fail, never skip, when it cannot be reached.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import { Pool, escapeIdentifier } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, type StoreSpec } from './store/storeSpec.js';

const dir = mkdtempSync(join(tmpdir(), 'mpp-floor-race-'));
const connectionString =
  process.env.MPP_TEST_PG_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const schema = `mpp_floor_${String(process.pid)}_${Date.now().toString(36)}`;
const admin = new Pool({ connectionString, connectionTimeoutMillis: 5000, max: 2 });
admin.on('error', () => undefined);
const script = fileURLToPath(new URL('./floor/floorProcess.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  try {
    await admin.query(`DROP SCHEMA IF EXISTS ${escapeIdentifier(schema)} CASCADE`);
  } finally {
    await admin.end();
  }
});

const specs: { name: string; spec: StoreSpec }[] = [
  { name: 'sqlite', spec: { kind: 'sqlite', file: join(dir, 'floor.sqlite') } },
  { name: 'postgres', spec: { kind: 'postgres', connectionString, schema } },
];

/** Starts a child; resolves `ready` when it printed it, `result` with its JSON line. */
function child(mode: 'call' | 'take', config: object) {
  const process_ = spawn(
    process.execPath,
    ['--import', 'tsx', script, mode, JSON.stringify(config)],
    {
      cwd: repoRoot,
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  process_.stdout.setEncoding('utf8');
  process_.stderr.setEncoding('utf8');
  let onReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    onReady = resolve;
  });
  process_.stdout.on('data', (chunk: string) => {
    out += chunk;
    if (out.startsWith('ready\n')) onReady();
  });
  process_.stderr.on('data', (chunk: string) => {
    err += chunk;
  });
  const result = new Promise<string[]>((resolve, reject) => {
    process_.on('close', (code) => {
      const line = out.split('\n')[1];
      if (code !== 0 || line === undefined)
        reject(new Error(`child ${mode} exited ${String(code)}: ${err}`));
      else resolve(JSON.parse(line) as string[]);
    });
  });
  return { ready, result, go: () => process_.stdin.write('go\n') };
}

const day = '2026-12-07';
const at = '2026-12-07T01:30:00.000Z';

describe.each(specs)('floor races on $name', ({ spec }) => {
  it('two processes calling next over 1,200 tickets never get the same one', async () => {
    const store = await openStore(spec);
    const total = 1200;
    for (let i = 0; i < total; i++) {
      await store.floor.takeTicket({
        id: `race-${String(i)}`,
        counterId: 'gerai-disdukcapil',
        prefix: 'B',
        day,
        kind: 'walk-in',
        priority: i % 7 === 0 ? 'older-person' : null,
        serviceId: null,
        slot: null,
        at,
        callableFrom: at,
      });
    }
    const base = { spec, counterId: 'gerai-disdukcapil', day, at };
    const one = child('call', { ...base, officer: 'nip-1' });
    const two = child('call', { ...base, officer: 'nip-2' });
    await Promise.all([one.ready, two.ready]);
    one.go();
    two.go();
    const [a, b] = await Promise.all([one.result, two.result]);
    const all = [...a, ...b];
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(total);
    expect(a.length).toBeGreaterThan(0);
    expect(b.length).toBeGreaterThan(0);
    const tickets = await store.floor.tickets({ day, counterId: 'gerai-disdukcapil' });
    const byId = new Map(tickets.map((t) => [t.id, t]));
    for (const id of a) expect(byId.get(id)?.calledBy).toBe('nip-1');
    for (const id of b) expect(byId.get(id)?.calledBy).toBe('nip-2');
    expect(tickets.every((t) => t.status === 'called' && t.recalls === 0)).toBe(true);
    await store.close();
  }, 120_000);

  it('two processes taking tickets at once get distinct, gapless numbers', async () => {
    const base = { spec, counterId: 'gerai-dpmptsp', prefix: 'A', day, at, count: 250 };
    const one = child('take', { ...base, idPrefix: 'p1' });
    const two = child('take', { ...base, idPrefix: 'p2' });
    await Promise.all([one.ready, two.ready]);
    one.go();
    two.go();
    const numbers = [...(await one.result), ...(await two.result)].sort();
    expect(numbers).toEqual(
      Array.from({ length: 500 }, (_, i) => `A-${String(i + 1).padStart(3, '0')}`),
    );
  }, 120_000);
});
