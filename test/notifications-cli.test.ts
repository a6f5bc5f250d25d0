import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { NotificationEntry } from '@mpp-kit/core';
import { runMpp } from './_runMpp.js';
import { openMallStore, resolveStoreLocation } from '@mpp-kit/server';

/**
 * `mpp notifications` against real stores of Batang, as an operator types it: rows written and
 * dead-lettered through the store's outbox (as the delivery worker does), then listed and retried
 * from the command line.
 */
const root = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'mpp-notifications-'));
const pgUrl =
  process.env['MPP_TEST_PG_URL'] ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const pgPrefix = `t_notif_${randomBytes(4).toString('hex')}_`;

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${pgPrefix}mpp_batang CASCADE`);
  } finally {
    await client.end();
  }
});

const mpp = (argv: string[], lang?: string) => runMpp(argv, lang === undefined ? {} : { lang });

/** Three rows: one delivered, two dead (one of them with control characters in its error). */
async function seed(store: string): Promise<void> {
  const opened = await openMallStore(resolveStoreLocation(store, 'mpp-batang', 1, root));
  try {
    const outbox = opened.store.outbox!;
    const at = '2025-07-01T02:30:00.000Z';
    await outbox.enqueue(
      ['msg_a', 'msg_b', 'msg_c'].map((id) => ({
        id,
        channel: 'webhook' as const,
        target: 'dinas-kominfo',
        type: 'application.submit',
        sourceId: `app-${id}`,
        at,
        message: { body: '{}' },
      })),
    );
    const rows = await outbox.claim(at, 3, '2025-07-01T02:31:00.000Z', 'w');
    expect(rows.map((row) => row.id)).toEqual(['msg_a', 'msg_b', 'msg_c']);
    await outbox.complete('msg_a', 'w', at);
    await outbox.fail('msg_b', 'w', 'HTTP 500 from https://example.test/hook', null);
    await outbox.fail('msg_c', 'w', 'refused\u001b[31m red', null);
  } finally {
    await opened.close();
  }
}

const stores = {
  sqlite: () => join(dir, '{mall}.sqlite'),
  postgres: () => {
    const url = new URL(pgUrl);
    url.searchParams.set('schemaPrefix', `${pgPrefix}mpp_`);
    return url.toString();
  },
};

describe.each(Object.entries(stores))('mpp notifications on %s', (_kind, storeOf) => {
  it('lists dead letters, retries them by id and all at once, and refuses what it cannot do', async () => {
    const store = storeOf();
    await seed(store);
    const base = ['examples/batang', '--store', store];

    const dead = await mpp(['notifications', 'list', ...base, '--status', 'dead']);
    expect(dead.code).toBe(0);
    const lines = dead.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Id\s+Status\s+Channel/);
    expect(lines.slice(2).map((line) => line.split(/\s+/)[0])).toEqual(['msg_b', 'msg_c']);
    // The error text comes from a receiver: control characters are shown, not sent to the terminal.
    expect(dead.stdout).toContain('refused\\x1b[31m red');
    expect(dead.stdout).not.toContain('\u001b');

    const json = await mpp(['notifications', 'list', ...base, '--json']);
    const all = JSON.parse(json.stdout) as NotificationEntry[];
    expect(all.map((row) => [row.id, row.status, row.attempts])).toEqual([
      ['msg_a', 'delivered', 1],
      ['msg_b', 'dead', 1],
      ['msg_c', 'dead', 1],
    ]);

    const one = await mpp(['notifications', 'retry', ...base, 'msg_b', 'msg_a', 'msg_zz']);
    expect(one.code).toBe(1);
    expect(one.stdout).toBe('1 notification pending again.\n');
    expect(one.stderr).toContain('No dead notification with the id "msg_a", "msg_zz"');
    const pending = JSON.parse(
      (await mpp(['notifications', 'list', ...base, '--status', 'pending', '--json'])).stdout,
    ) as NotificationEntry[];
    expect(pending.map((row) => [row.id, row.attempts])).toEqual([['msg_b', 0]]);

    const rest = await mpp(['notifications', 'retry', ...base, '--all-dead']);
    expect(rest).toMatchObject({ code: 0, stdout: '1 notification pending again.\n' });
    const none = await mpp(['notifications', 'list', ...base, '--status', 'dead', '--json']);
    expect(JSON.parse(none.stdout)).toEqual([]);
  });
});

describe('mpp notifications usage', () => {
  it('explains bad input in English and Indonesian and opens no store for it', async () => {
    const missing = join(dir, 'nowhere', 'mpp.sqlite');
    const noFile = await mpp(['notifications', 'list', 'examples/batang', '--store', missing]);
    expect(noFile.code).toBe(1);
    expect(noFile.stderr).toContain(`Cannot read the store "${missing}": the file does not exist`);
    const both = await mpp(['notifications', 'retry', 'examples/batang', 'msg_a', '--all-dead']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('not both');
    const neither = await mpp(['notifications', 'retry', 'examples/batang'], 'id_ID.UTF-8');
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain('retry memerlukan id notifikasi mati atau --all-dead');
    const action = await mpp(['notifications', 'drop', 'examples/batang']);
    expect(action).toMatchObject({ code: 2 });
    expect(action.stderr).toContain('must be list or retry, not "drop"');
    const limit = await mpp(['notifications', 'list', 'examples/batang', '--limit', '0']);
    expect(limit.stderr).toContain('--limit must be a whole number from 1 to 1000');
    const help = await mpp(['help', 'notifications']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--all-dead');
  });
});
