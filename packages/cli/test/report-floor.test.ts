/**
 * `mpp report` on the floor's operating data, on SQLite and PostgreSQL: queue waits per counter
 * and hour and complaint compliance per agency, checked against figures counted by hand from the
 * tickets and complaints the test writes through the desks.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createComplaintDesk, createQueueDesk, loadMall } from '@mpp-kit/core';
import type { MallConfig } from '@mpp-kit/schemas';
import { openMallStore, resolveStoreLocation } from '@mpp-kit/server';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadMallResult } from '../src/index.js';
import { runMain } from './_runMain.js';

const root = new URL('../../..', import.meta.url).pathname;
const batang = join(root, 'examples/batang');
const pgUrl =
  process.env['MPP_TEST_PG_URL'] ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const dir = mkdtempSync(join(tmpdir(), 'mpp-report-floor-'));
const prefix = `rf${randomBytes(5).toString('hex')}_`;
let mall: MallConfig;

function run(argv: readonly string[]) {
  return runMain(
    argv,
    {},
    {
      cwd: root,
      loadMall: (path, options) => loadMall(path, options) as Promise<LoadMallResult>,
    },
  );
}

beforeAll(async () => {
  const loaded = await loadMall(batang);
  if (!loaded.ok) throw new Error('examples/batang does not load');
  mall = loaded.mall;
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  const { rows } = await client.query<{ nspname: string }>(
    'SELECT nspname FROM pg_namespace WHERE nspname LIKE $1',
    [`${prefix}%`],
  );
  for (const row of rows) await client.query(`DROP SCHEMA "${row.nspname}" CASCADE`);
  await client.end();
});

/**
 * Monday 7 December 2026 at MPP Batang (UTC+7), counter gerai-dpmptsp: A-001 taken 08:00, A-002
 * 08:05, A-003 08:10. A-001 called 08:12 (waited 12) and served 08:20 (8); A-002 called 08:20
 * (waited 15) and served 08:30 (10); A-003 called 09:10 (waited 60), no-show. Complaints: one
 * request for information (DPMPTSP) verified, assigned and answered the same day; one about civil
 * registration (Disdukcapil) left received.
 */
async function writeFloor(store: string): Promise<void> {
  const opened = await openMallStore(resolveStoreLocation(store, mall.mall.id, 1, root));
  let now = new Date('2026-12-07T01:00:00Z');
  const clock = () => now;
  const at = (instant: string) => {
    now = new Date(instant);
  };
  const queue = createQueueDesk(mall, opened.store, { clock });
  const complaints = createComplaintDesk(mall, opened.store, { clock });
  const counterId = 'gerai-dpmptsp';
  const a1 = await queue.take({ counterId });
  at('2026-12-07T01:05:00Z');
  const a2 = await queue.take({ counterId });
  at('2026-12-07T01:10:00Z');
  const a3 = await queue.take({ counterId });
  at('2026-12-07T01:12:00Z');
  expect((await queue.callNext(counterId, 'nip-1'))?.id).toBe(a1.id);
  at('2026-12-07T01:20:00Z');
  await queue.serve(a1.id);
  expect((await queue.callNext(counterId, 'nip-1'))?.id).toBe(a2.id);
  at('2026-12-07T01:30:00Z');
  await queue.serve(a2.id);
  at('2026-12-07T02:10:00Z');
  expect((await queue.callNext(counterId, 'nip-1'))?.id).toBe(a3.id);
  await queue.noShow(a3.id);

  const officer = { id: 'nip-adu', role: 'complaint-officer', agency: 'dpmptsp' };
  const handler = { id: 'nip-h', role: 'complaint-handler', agency: 'dpmptsp' };
  const info = await complaints.submit({
    categoryId: 'informasi',
    title: 'Jam layanan',
    content: 'Kapan gerai buka hari Sabtu?',
    anonymous: true,
    confidential: false,
  });
  at('2026-12-07T03:00:00Z');
  const verified = await complaints.act(info.id, 1, 'verify', officer);
  const assigned = await complaints.act(info.id, verified.version, 'assign', officer);
  await complaints.act(info.id, assigned.version, 'answer', handler, { answer: 'Tutup.' });
  await complaints.submit({
    categoryId: 'adminduk',
    title: 'KTP',
    content: 'Belum jadi.',
    anonymous: false,
    confidential: true,
    reporter: { id: 'akun-1' },
  });
  await opened.close();
}

describe.each(['sqlite', 'postgres'] as const)('mpp report on the floor, %s', (kind) => {
  const store =
    kind === 'sqlite' ? join(dir, 'floor.sqlite') : `${pgUrl}?schemaPrefix=${prefix}${kind}_`;

  beforeAll(() => writeFloor(store));

  it('JSON: waits per counter and hour and complaints per agency, as counted by hand', async () => {
    const result = await run([
      'report',
      batang,
      '--store',
      store,
      '--format',
      'json',
      '--now',
      '2026-12-07T08:00:00Z',
      '--queue-days',
      '1',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const { floor } = JSON.parse(result.stdout) as { floor: unknown };
    expect(floor).toEqual({
      from: '2026-12-07',
      to: '2026-12-07',
      queue: [
        // 12 and 15 minutes: mean 13.5; nearest-rank p90 of two is the larger; services 8 and 10.
        {
          counterId: 'gerai-dpmptsp',
          hour: 8,
          called: 2,
          meanWait: 13.5,
          p90Wait: 15,
          meanService: 9,
        },
        // 60 minutes, then no-show (no service time).
        {
          counterId: 'gerai-dpmptsp',
          hour: 9,
          called: 1,
          meanWait: 60,
          p90Wait: 60,
          meanService: null,
        },
      ],
      complaints: [
        {
          agency: 'disdukcapil',
          total: 1,
          open: 1,
          answeredOnTime: 0,
          answeredLate: 0,
          overdue: 0,
          firstResponseOnTime: 0,
        },
        {
          agency: 'dpmptsp',
          total: 1,
          open: 0,
          answeredOnTime: 1,
          answeredLate: 0,
          overdue: 0,
          firstResponseOnTime: 1,
        },
      ],
    });
  });

  it('a later day: the queue days hold no tickets, the open complaint is overdue', async () => {
    // Five working days from Monday 7 December are due Monday 14 December; 4 January is after it.
    const result = await run([
      'report',
      batang,
      '--store',
      store,
      '--format',
      'json',
      '--now',
      '2027-01-04T08:00:00Z',
    ]);
    expect(result.code).toBe(0);
    const { floor } = JSON.parse(result.stdout) as {
      floor: { from: string; queue: unknown[]; complaints: { agency: string; overdue: number }[] };
    };
    expect(floor.from).toBe('2026-12-29');
    expect(floor.queue).toEqual([]);
    expect(floor.complaints.map((row) => [row.agency, row.overdue])).toEqual([
      ['disdukcapil', 1],
      ['dpmptsp', 0],
    ]);
  });

  it('pretty, in English and Indonesian', async () => {
    const args = ['report', batang, '--store', store, '--now', '2026-12-07T08:00:00Z'];
    const en = await run(args);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain(
      'Queue waits per counter and hour, 2026-12-01 to 2026-12-07 (minutes)',
    );
    expect(en.stdout).toMatch(/gerai-dpmptsp\s+08:00\s+2\s+13\.5\s+15\.0\s+9\.0/);
    expect(en.stdout).toContain('Complaints per agency and their terms, as of 2026-12-07');
    expect(en.stdout).toMatch(/dpmptsp\s+1\s+0\s+1\s+0\s+0\s+1/);
    const id = await run([...args, '--lang', 'id']);
    expect(id.stdout).toContain('Waktu tunggu antrean per gerai dan jam');
    expect(id.stdout).toMatch(/gerai-dpmptsp\s+08:00\s+2\s+13,5\s+15,0\s+9,0/);
  });

  it('refuses a bad --queue-days with a usage error', async () => {
    const result = await run(['report', batang, '--store', store, '--queue-days', '0']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--queue-days must be a whole number from 1 to 366, not "0"');
  });
});
