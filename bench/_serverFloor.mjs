// The floors of the server rows (bench/server.bench.mjs): the rows' HTTP requests (the same bytes,
// from the same load process) answered by a trivial Hono handler on @hono/node-server that does
// only the row's baseline work — no authentication, validation, If-Match, problems, logs,
// metrics or security headers. What is left between a floor and its baseline is what HTTP (and
// the workers) cost before any of the server's own work.
//
//   node bench/_serverFloor.mjs pg <connection string> <table> <workers>
//       node:cluster workers; an action is the raw baseline's transaction (BEGIN; INSERT of a
//       1,500-character row; COMMIT) on a pg pool of the worker's own
//   node bench/_serverFloor.mjs runtime <sqlite file>
//       one process; an action is the in-process baseline's runtime.act (RETURN by the front
//       office, RESUBMIT by the applicant) on Batang and a SQLite store (synchronous = FULL)
//
// Prints "listening on URL" once every process listens; SIGTERM stops it.
import cluster from 'node:cluster';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import process from 'node:process';
import { frontOffice } from './_benchActions.mjs';
import { repoRoot } from './mallText.mjs';

const [mode, where, table, workerArg] = process.argv.slice(2);
const workers = mode === 'pg' ? Number(workerArg ?? 4) : 1;
const clock = '2025-03-03T01:00:00Z';

if (cluster.isPrimary && workers > 1) {
  let listening = 0;
  for (let i = 0; i < workers; i++) {
    cluster.fork().on('message', (message) => {
      if (++listening === workers) process.stdout.write(`listening on ${message.url}\n`);
    });
  }
  process.once('SIGTERM', () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
    process.exit(0);
  });
  cluster.on('exit', (_worker, code, signal) => {
    if (code !== 0 && signal !== 'SIGTERM') process.exit(1);
  });
} else {
  const require = createRequire(join(repoRoot, 'packages', 'server', 'package.json'));
  const { Hono } = require('hono');
  const { serve } = require('@hono/node-server');
  const { act, submit, close } = mode === 'pg' ? await pgWork() : await runtimeWork();
  const app = new Hono();
  app.post('/api/v1/malls/:mallId/applications', async (c) => {
    await c.req.json();
    return c.json(await submit(), 201);
  });
  app.post('/api/v1/malls/:mallId/applications/:id/actions', async (c) => {
    const body = await c.req.json();
    const version = Number(/"(\d+)"/.exec(c.req.header('if-match') ?? '')?.[1] ?? 0);
    const answer = await act(c.req.param('id'), body, version);
    return c.json(answer, 200, { etag: `"${String(answer.version)}"` });
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  server.once('listening', () => {
    const url = `http://127.0.0.1:${String(server.address().port)}`;
    if (cluster.isWorker) process.send({ url });
    else process.stdout.write(`listening on ${url}\n`);
  });
  process.once('SIGTERM', () => {
    server.close();
    void close().then(() => process.exit(0));
  });
}

/** The raw baseline's transaction per action, answered with a body about as long as an action's. */
async function pgWork() {
  const pg = createRequire(join(repoRoot, 'packages', 'core', 'package.json'))('pg');
  const pool = new pg.Pool({ connectionString: where, max: 8 });
  const row = 'x'.repeat(1500);
  const padding = 'y'.repeat(820);
  let submitted = 0;
  return {
    submit: () => ({ id: `floor-${String(process.pid)}-${String(++submitted)}`, version: 1 }),
    async act(id, _body, version) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(`INSERT INTO ${table} (body) VALUES ($1)`, [row]);
        await client.query('COMMIT');
      } finally {
        client.release();
      }
      return { id, version: version + 1, padding };
    },
    close: () => pool.end(),
  };
}

/** The in-process baseline's runtime.act per action, answered with the runtime's summary. */
async function runtimeWork() {
  const { createMallRuntime, loadMall } = await import('@mpp-kit/core');
  const { createSqliteStore } = await import('@mpp-kit/core/store/sqlite');
  const loaded = await loadMall(join(repoRoot, 'examples', 'batang'));
  if (!loaded.ok) throw new Error('examples/batang does not load');
  const store = createSqliteStore({ file: where, synchronous: 'full' });
  const offset = Date.parse(clock) - Date.now();
  const runtime = createMallRuntime(loaded.mall, {
    store,
    clock: () => new Date(Date.now() + offset),
  });
  const applicant = { id: 'akun-bench', role: 'applicant' };
  return {
    submit: () => runtime.submit({ serviceId: 'sip-bidan', applicant: { id: applicant.id } }),
    act: (id, body, version) =>
      body.type === 'RESUBMIT'
        ? runtime.act(id, { type: 'RESUBMIT', actor: applicant, expectedVersion: version })
        : runtime.act(id, {
            type: 'RETURN',
            actor: frontOffice,
            expectedVersion: version,
            reason: body.reason,
          }),
    close: () => Promise.resolve(store.close?.()),
  };
}
