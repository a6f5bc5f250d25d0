import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createMallRuntime, hashEvent, loadMall, type StoredEvent } from '@mpp-kit/core';
import { runMpp } from './_runMpp.js';
import { openMallStore, resolveStoreLocation } from '@mpp-kit/server';

/**
 * `mpp audit` against real stores of Batang: an audit key, signed heads appended to a file a second
 * party keeps, and verify — clean, then after someone with database access rewrote a chain.
 */
const root = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'mpp-audit-'));
const pgUrl =
  process.env['MPP_TEST_PG_URL'] ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const pgPrefix = `t_audit_${randomBytes(4).toString('hex')}_`;
const pgSchema = `${pgPrefix}mpp_batang`;

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${pgSchema} CASCADE`);
  } finally {
    await client.end();
  }
});

const mpp = (argv: string[], lang?: string) => runMpp(argv, lang === undefined ? {} : { lang });

/** Two PBG applications, one accepted: returns their ids. */
async function seed(store: string): Promise<string[]> {
  const loaded = await loadMall(join(root, 'examples/batang'));
  if (!loaded.ok) throw new Error('examples/batang does not load');
  const opened = await openMallStore(resolveStoreLocation(store, 'mpp-batang', 1, root));
  try {
    const runtime = createMallRuntime(loaded.mall, { store: opened.store });
    const ids: string[] = [];
    for (const account of ['akun-siti', 'akun-budi']) {
      const app = await runtime.submit({
        serviceId: 'pbg',
        applicant: { id: account },
        facts: {
          floorArea: 100,
          integratedIndex: 0.5,
          localityIndex: 0.004,
          shst: 5_000_000,
          buildingIndex: 1,
        },
        documents: ['ktp', 'bukti-tanah', 'kkpr', 'persetujuan-lingkungan', 'rencana-teknis'].map(
          (requirementId) => ({ requirementId }),
        ),
      });
      ids.push(app.id);
    }
    await runtime.act(ids[0]!, {
      type: 'ACCEPT',
      actor: { id: 'nip-1', role: 'front-office', agency: 'dpmptsp' },
      expectedVersion: 1,
    });
    return ids;
  } finally {
    await opened.close();
  }
}

const stores = {
  sqlite: () => join(dir, '{mall}.sqlite'),
  postgres: () => {
    const url = new URL(pgUrl);
    url.searchParams.set('schemaPrefix', pgPrefix);
    return url.toString();
  },
};

describe.each(Object.entries(stores))('mpp audit on %s', (kind, storeOf) => {
  it('signs heads into a file, verifies against them, and refuses what it cannot do', async () => {
    const store = storeOf();
    const [first] = await seed(store);
    const key = join(dir, `${kind}-key.pem`);
    const made = await mpp(['audit', 'key', '--out', key]);
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/^Audit key ed25519-[0-9a-f]{16}: private key in /);
    expect(statSync(key).mode & 0o777).toBe(0o600);
    const again = await mpp(['audit', 'key', '--out', key]);
    expect(again).toMatchObject({ code: 2 });
    expect(again.stderr).toContain('exists already: nothing was written');

    const base = ['examples/batang', '--store', store];
    const heads = join(dir, `${kind}-heads.jsonl`);
    const signed = await mpp(['audit', 'heads', ...base, '--key', key, '--out', heads]);
    expect(signed).toMatchObject({ code: 0, stdout: '' });
    expect(signed.stderr).toMatch(/^2 heads signed with ed25519-/);
    const lines = readFileSync(heads, 'utf8').trimEnd().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as { version: number }).version)).toEqual([2, 1]);
    // A second export appends, after checking the heads the file holds.
    expect((await mpp(['audit', 'heads', ...base, '--key', key, '--out', heads])).code).toBe(0);
    expect(readFileSync(heads, 'utf8').trimEnd().split('\n')).toHaveLength(4);

    const ok = await mpp(['audit', 'verify', ...base, '--heads', heads, '--key', `${key}.pub`]);
    expect(ok).toMatchObject({
      code: 0,
      stdout: '2 applications checked: every chain and record holds.\n',
    });
    const json = await mpp(['audit', 'verify', ...base, '--json']);
    expect(JSON.parse(json.stdout)).toEqual({ checked: 2, findings: [] });
    expect(first).toBeDefined();

    const noKey = await mpp(['audit', 'heads', ...base]);
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toContain('heads needs --key <file>');
    const publicOnly = await mpp(['audit', 'heads', ...base, '--key', `${key}.pub`], 'id_ID.UTF-8');
    expect(publicOnly.code).toBe(2);
    expect(publicOnly.stderr).toContain('adalah kunci publik');
    const notKey = await mpp(['audit', 'verify', ...base, '--heads', heads, '--key', heads]);
    expect(notKey.code).toBe(2);
    expect(notKey.stderr).toContain('not an Ed25519 key in PEM');
    const otherKey = join(dir, `${kind}-other.pem`);
    await mpp(['audit', 'key', '--out', otherKey]);
    const wrong = await mpp(['audit', 'verify', ...base, '--heads', heads, '--key', otherKey]);
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toContain('is not signed by this key, or was changed');
    const action = await mpp(['audit', 'sign', ...base]);
    expect(action.code).toBe(2);
    expect(action.stderr).toContain('must be key, heads or verify, not "sign"');
  });
});

describe('mpp audit after a chain is rewritten (PostgreSQL)', () => {
  it('passes without heads, and the signed heads name the application that changed', async () => {
    const store = stores.postgres();
    const base = ['examples/batang', '--store', store];
    const heads = join(dir, 'postgres-heads.jsonl');
    const key = join(dir, 'postgres-key.pem');
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    try {
      // The first describe left the applications and the heads file of this schema.
      const { rows } = await client.query<{ body: StoredEvent }>(
        `SELECT body FROM ${pgSchema}.events WHERE seq = 2`,
      );
      const last = rows[0]!.body;
      const rewritten = { ...last, reason: 'diterima\u001b[2J' };
      const { hash: _old, ...content } = rewritten;
      const forged = { ...content, hash: hashEvent(content) };
      await client.query(`ALTER TABLE ${pgSchema}.events DISABLE TRIGGER events_append_only`);
      await client.query(
        `UPDATE ${pgSchema}.events SET body = $1, hash = $2 WHERE application_id = $3 AND seq = 2`,
        [JSON.stringify(forged), forged.hash, last.applicationId],
      );
    } finally {
      await client.end();
    }
    const blind = await mpp(['audit', 'verify', ...base]);
    expect(blind.code).toBe(0);
    const seen = await mpp(['audit', 'verify', ...base, '--heads', heads, '--key', `${key}.pub`]);
    expect(seen.code).toBe(1);
    expect(seen.stdout).toMatch(
      /^[0-9a-f-]+ \(event 2\): the event a signed head names is not in the log: the chain was rewritten\n2 applications checked: 1 problem\.\n$/,
    );
    const resign = await mpp(['audit', 'heads', ...base, '--key', key, '--out', heads]);
    expect(resign.code).toBe(1);
    expect(resign.stderr).toContain('1 head signed');
    expect(resign.stderr).toContain('fail the audit and were not signed');
  });
});
