// `mpp serve` as operators run it: a child process, waited on by its "listening on" line, driven
// over HTTP with tokens from `mpp token`, stopped with SIGTERM. SQLite in one process (with a
// request in flight when SIGTERM comes), PostgreSQL with two worker processes racing to act on
// one application.
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { send, serve, servedChildren, token } from './_serveProcess.js';

const pgUrl =
  process.env['MPP_TEST_PG_URL'] ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const dir = mkdtempSync(join(tmpdir(), 'mpp-serve-'));
afterAll(() => {
  for (const child of servedChildren) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

const pbg = {
  serviceId: 'pbg',
  applicant: { nik: '3325080808670008' },
  documents: ['ktp', 'bukti-tanah', 'kkpr', 'persetujuan-lingkungan', 'rencana-teknis'].map(
    (requirementId) => ({
      requirementId,
    }),
  ),
  facts: {
    floorArea: 100,
    integratedIndex: 0.5,
    localityIndex: 0.004,
    shst: 5_000_000,
    buildingIndex: 1,
  },
};

const base = '/api/v1/malls/mpp-batang';

describe('mpp serve', () => {
  it('on SQLite: serves with tokens from mpp token, finishes a request in flight on SIGTERM, exits 0', async () => {
    const store = join(dir, '{mall}.sqlite');
    const server = await serve(['--store', store, '--clock', '2025-05-05T02:00:00Z']);
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);
    const siti = token(store, 'akun-siti');
    const frontOffice = token(store, 'nip-fo', ['front-office@dpmptsp']);
    const submitted = await send(server.url, 'POST', `${base}/applications`, siti, pbg);
    expect(submitted.status).toBe(201);
    const accepted = await send(
      server.url,
      'POST',
      `${base}/applications/${String(submitted.json.id)}/actions`,
      frontOffice,
      { type: 'ACCEPT' },
      { 'if-match': '"1"' },
    );
    expect(accepted.status).toBe(200);
    expect(accepted.json.state).toBe('technical-review');
    expect(server.output()).not.toContain('3325080808670008');

    // A submission whose body is still arriving when SIGTERM comes: it completes, then the server exits.
    const text = JSON.stringify(pbg);
    const inFlight = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(`${server.url}${base}/applications`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${siti}`,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(text)),
          expect: '100-continue',
          connection: 'close',
        },
      });
      req.on('response', (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      // "100 Continue" says the server has the request in hand: then SIGTERM, and once the server
      // says it is draining, the body.
      req.on('continue', () => {
        server.child.kill('SIGTERM');
        void server.waitFor(/"msg":"draining"/).then(() => req.end(text));
      });
      req.flushHeaders();
    });
    const done = await inFlight;
    expect(done.status).toBe(201);
    expect(await server.exited).toBe(0);
    expect(server.output()).toMatch(/"msg":"stopped"/);
  });

  it('with --workers 2 on PostgreSQL: two processes race to act on one application, exactly one wins', async () => {
    const prefix = `t${randomBytes(5).toString('hex')}_`;
    const store = `${pgUrl}?schemaPrefix=${prefix}`;
    const server = await serve([
      '--store',
      store,
      '--workers',
      '2',
      '--clock',
      '2025-05-05T02:00:00Z',
    ]);
    try {
      const siti = token(store, 'akun-siti');
      const frontOffice = token(store, 'nip-fo', ['front-office@dpmptsp']);
      const submitted = await send(server.url, 'POST', `${base}/applications`, siti, pbg);
      expect(submitted.status).toBe(201);
      const id = String(submitted.json.id);
      const results = await Promise.all(
        Array.from({ length: 8 }, () =>
          send(
            server.url,
            'POST',
            `${base}/applications/${id}/actions`,
            frontOffice,
            { type: 'ACCEPT' },
            { 'if-match': '"1"' },
          ),
        ),
      );
      const outcomes = results
        .map((r) => `${String(r.status)} ${String(r.json.code ?? r.json.state)}`)
        .sort();
      // One wins; every other is told the application moved on (412), or, when it read the new
      // version first, that ACCEPT no longer fits (409).
      expect(outcomes.filter((o) => o.startsWith('200 '))).toEqual(['200 technical-review']);
      expect(
        outcomes
          .filter((o) => !o.startsWith('200 '))
          .every((o) => /^(412 precondition_failed|409 invalid_action)$/.test(o)),
        outcomes.join(', '),
      ).toBe(true);
      // The action requests were served by both workers.
      const pids = new Set(
        server
          .output()
          .split('\n')
          .filter((line) =>
            line.includes('"route":"/api/v1/malls/:mallId/applications/:id/actions"'),
          )
          .map((line) => (JSON.parse(line) as { pid: number }).pid),
      );
      expect(pids.size).toBe(2);
      // In the database: one SUBMIT and one ACCEPT, nothing lost or doubled.
      const client = new pg.Client({ connectionString: pgUrl });
      await client.connect();
      try {
        const { rows } = await client.query<{ type: string }>(
          `SELECT type FROM "${prefix}mpp_batang".events WHERE application_id = $1 ORDER BY seq`,
          [id],
        );
        expect(rows.map((r) => r.type)).toEqual(['SUBMIT', 'ACCEPT']);
      } finally {
        await client.end();
      }
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    } finally {
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
      const client = new pg.Client({ connectionString: pgUrl });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${prefix}mpp_batang" CASCADE`);
      await client.end();
    }
  });
});
