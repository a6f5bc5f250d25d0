/**
 * Two processes on one SQLite file and on PostgreSQL: 1,000 rounds in which both call "next" at
 * the same moment never hand one ticket to both, and racing "take a ticket" never issues one number
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

/** Starts a child; `ready` when it printed it, `nextLine()` for each later line. */
function child(mode: 'call' | 'take', config: object) {
  const running = spawn(
    process.execPath,
    ['--import', 'tsx', script, mode, JSON.stringify(config)],
    {
      cwd: repoRoot,
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  const lines: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  let partial = '';
  let err = '';
  running.stdout.setEncoding('utf8');
  running.stderr.setEncoding('utf8');
  running.stdout.on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      const waiter = waiting.shift();
      if (waiter) waiter(line);
      else lines.push(line);
    }
  });
  running.stderr.on('data', (chunk: string) => {
    err += chunk;
  });
  let exited = false;
  running.on('close', () => {
    exited = true;
    for (const waiter of waiting.splice(0)) waiter(`exited: ${err}`);
  });
  const nextLine = (): Promise<string> => {
    const line = lines.shift();
    if (line !== undefined) return Promise.resolve(line);
    if (exited) return Promise.resolve(`exited: ${err}`);
    return new Promise((resolve) => waiting.push(resolve));
  };
  const send = (line: string) => running.stdin.write(`${line}\n`);
  return { nextLine, send };
}

const day = '2026-12-07';
const at = '2026-12-07T01:30:00.000Z';

describe.each(specs)('floor races on $name', ({ spec }) => {
  it('1,000 rounds of two processes calling next at once never give one ticket twice', async () => {
    const store = await openStore(spec);
    const rounds = 1000;
    for (let i = 0; i < 2 * rounds; i++) {
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
    expect([await one.nextLine(), await two.nextLine()]).toEqual(['ready', 'ready']);
    const a: string[] = [];
    const b: string[] = [];
    for (let round = 0; round < rounds; round++) {
      one.send('go');
      two.send('go');
      const [x, y] = await Promise.all([one.nextLine(), two.nextLine()]);
      a.push(x);
      b.push(y);
    }
    one.send('end');
    two.send('end');
    const all = [...a, ...b];
    expect(all.filter((id) => !id.startsWith('race-'))).toEqual([]);
    expect(new Set(all).size).toBe(2 * rounds);
    const tickets = await store.floor.tickets({ day, counterId: 'gerai-disdukcapil' });
    const byId = new Map(tickets.map((t) => [t.id, t]));
    for (const id of a) expect(byId.get(id)?.calledBy).toBe('nip-1');
    for (const id of b) expect(byId.get(id)?.calledBy).toBe('nip-2');
    expect(tickets.every((t) => t.status === 'called' && t.recalls === 0)).toBe(true);
    await store.close();
  }, 180_000);

  it('two processes taking tickets at once get distinct, gapless numbers', async () => {
    const base = { spec, counterId: 'gerai-dpmptsp', prefix: 'A', day, at, count: 250 };
    const one = child('take', { ...base, idPrefix: 'p1' });
    const two = child('take', { ...base, idPrefix: 'p2' });
    expect([await one.nextLine(), await two.nextLine()]).toEqual(['ready', 'ready']);
    one.send('go');
    two.send('go');
    const lines = await Promise.all([one.nextLine(), two.nextLine()]);
    const numbers = lines.flatMap((line) => JSON.parse(line) as string[]).sort();
    expect(numbers).toEqual(
      Array.from({ length: 500 }, (_, i) => `A-${String(i + 1).padStart(3, '0')}`),
    );
  }, 120_000);
});
