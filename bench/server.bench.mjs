// Issue 9, the HTTP server (`mpp serve`), on Batang's mall, the load from a process of its own
// (bench/_httpLoad.mjs: client loops on a pool of keep-alive HTTP/1.1 connections written as
// bytes, each loop on its own applications, RETURN and RESUBMIT alternating with If-Match, as in
// runtime.bench.mjs):
//
// 1. Accepted actions over HTTP, 1 server process on SQLite (synchronous = FULL), 8 concurrent
//    clients, against the same runtime actions called in-process on SQLite with the same
//    settings. Time per 200 actions; target ≤ 2×, i.e. HTTP keeps at least half the in-process
//    rate with authentication, authorization, If-Match, problems, logs and metrics on top.
// 2. 4 server processes (--workers 4) on one PostgreSQL, 16 concurrent clients, sustained about
//    30 s, against raw `pg` single-row transactions (BEGIN; INSERT; COMMIT) from 16 clients. One
//    round. Target ≤ 2× (at least half the raw durable rate). Afterwards the events in the database
//    are counted: exactly one per accepted action (none lost, none doubled), or the row fails.
// The absolute rates and the p50/p99 latencies are printed on stderr.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { createMallRuntime, loadMall } from '@mpp-kit/core';
import { createSqliteStore } from '@mpp-kit/core/store/sqlite';
import { forkBenchChild } from './_benchActions.mjs';
import { defineBenchmark } from './defineBenchmark.mjs';
import { repoRoot } from './mallText.mjs';

const pg = createRequire(join(repoRoot, 'packages', 'core', 'package.json'))('pg');
const pgUrl = process.env.MPP_TEST_PG_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const bin = join(repoRoot, 'packages', 'cli', 'bin', 'mpp.mjs');
const clock = '2025-03-03T01:00:00Z';
const sqliteActions = 200;
// 60,000 actions: about 30 s at the ~2,000 actions/s of the idle 2-core machine, longer under load
// (3,000 lasted only 1.5–5 s once requests got cheaper, short of the sustained half minute issue 9
// asks for).
const pgActions = Number(process.env.MPP_BENCH_SERVER_PG_ACTIONS ?? 60_000);
const pgClients = 16;
// The floor of the PostgreSQL row: long enough for a rate (~2 s at the idle machine's rate), short
// enough for an informational row.
const floorActions = Number(process.env.MPP_BENCH_SERVER_FLOOR_ACTIONS ?? 6_000);
// The floors' bare handlers check no token; the requests carry one of the same form.
const floorToken = 'floor.not-checked.token';

const cleanups = [];
process.on('exit', () => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** `mpp serve` on Batang; resolves with its address once it prints "listening on". */
const startServer = (args) =>
  startListening([
    bin,
    'serve',
    'examples/batang',
    '--port',
    '0',
    '--clock',
    clock,
    '--rate-limit',
    '0',
    '--tick',
    '3600',
    ...args,
  ]);

/** A floor's server (bench/_serverFloor.mjs). */
const startFloor = (...args) =>
  startListening([join(repoRoot, 'bench', '_serverFloor.mjs'), ...args]);

/** Runs `node ...args`; resolves with its address once it prints "listening on", and `stop()`. */
async function startListening(args) {
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cleanups.push(() => child.exitCode === null && child.kill('SIGKILL'));
  let output = '';
  const url = await new Promise((resolve, reject) => {
    const onData = (chunk) => {
      if (output.length < 100_000) output += chunk.toString('utf8');
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`${args[0]} exited with ${code}: ${output.slice(0, 2000)}`)),
    );
  });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve(child.exitCode);
      child.once('exit', resolve);
      child.kill('SIGTERM');
    });
  return { url, stop };
}

function token(store, sub, ...roles) {
  const run = spawnSync(
    process.execPath,
    [
      bin,
      'token',
      'examples/batang',
      '--store',
      store,
      '--sub',
      sub,
      ...roles.flatMap((r) => ['--role', r]),
    ],
    {
      cwd: repoRoot,
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(`mpp token: ${run.stderr}`);
  return run.stdout.trim();
}

/** The load generator process, and a call into it. */
const startLoader = () => forkBenchChild('_httpLoad.mjs', cleanups);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const rateOf = (count, ms) => Math.round((count / ms) * 1000);

/** Times a run (the harness times it too; these feed the stderr summary). */
async function timed(list, work) {
  const started = performance.now();
  const result = await work();
  list.push(performance.now() - started);
  return result;
}

// ---------------------------------------------------------------------------------------------
// 1. One process on SQLite vs in-process.

async function sqliteSetup() {
  const dir = mkdtempSync(join(tmpdir(), 'mpp-bench-server-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const store = join(dir, '{mall}.sqlite');
  const server = await startServer(['--store', store]);
  const loader = startLoader();
  const officer = token(store, 'nip-front-office', 'front-office@dpmptsp');
  const applicant = token(store, 'akun-bench');
  await loader.call({ type: 'submit', url: server.url, token: applicant, count: 64 });
  return { ...(await inProcessSetup(dir)), server, loader, officer, applicant };
}

/** The floor of the SQLite row: a bare handler calling the runtime, in a process of its own. */
async function sqliteFloorSetup() {
  const dir = mkdtempSync(join(tmpdir(), 'mpp-bench-server-floor-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const server = await startFloor('runtime', join(dir, 'floor.sqlite'));
  const loader = startLoader();
  await loader.call({ type: 'submit', url: server.url, token: floorToken, count: 64 });
  return {
    ...(await inProcessSetup(dir)),
    server,
    loader,
    officer: floorToken,
    applicant: floorToken,
  };
}

/** The in-process side of the SQLite rows: 64 applications on a runtime of this process. */
async function inProcessSetup(dir) {
  const loaded = await loadMall(join(repoRoot, 'examples', 'batang'));
  if (!loaded.ok) throw new Error('examples/batang does not load');
  let ms = Date.parse(clock);
  const runtime = createMallRuntime(loaded.mall, {
    store: createSqliteStore({ file: join(dir, 'in-process.sqlite'), synchronous: 'full' }),
    clock: () => new Date((ms += 1000)).toISOString(),
  });
  const apps = [];
  for (let i = 0; i < 64; i++) {
    const app = await runtime.submit({ serviceId: 'sip-bidan', applicant: { id: 'akun-bench' } });
    apps.push({ id: app.id, version: app.version, returned: false });
  }
  return { runtime, apps, next: 0, http: [], local: [], last: undefined };
}

async function inProcessActions(context) {
  for (let i = 0; i < sqliteActions; i++) {
    const app = context.apps[context.next++ % context.apps.length];
    const summary = app.returned
      ? await context.runtime.act(app.id, {
          type: 'RESUBMIT',
          actor: { id: 'akun-bench', role: 'applicant' },
          expectedVersion: app.version,
        })
      : await context.runtime.act(app.id, {
          type: 'RETURN',
          actor: { id: 'nip-front-office', role: 'front-office', agency: 'dpmptsp' },
          expectedVersion: app.version,
          reason: 'Berkas perlu dilengkapi',
        });
    app.version = summary.version;
    app.returned = !app.returned;
  }
  return sqliteActions;
}

// ---------------------------------------------------------------------------------------------
// 2. Four processes on PostgreSQL vs raw pg.

async function pgSetup() {
  const prefix = `bench${process.pid}_`;
  const store = `${pgUrl}?schemaPrefix=${prefix}`;
  const schema = `${prefix}mpp_batang`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(
    `DROP SCHEMA IF EXISTS "${schema}" CASCADE; DROP SCHEMA IF EXISTS "${prefix}raw" CASCADE`,
  );
  await admin.query(
    `CREATE SCHEMA "${prefix}raw"; CREATE TABLE "${prefix}raw".rows (id bigserial PRIMARY KEY, body text NOT NULL)`,
  );
  const server = await startServer(['--store', store, '--workers', '4']);
  const loader = startLoader();
  const officer = token(store, 'nip-front-office', 'front-office@dpmptsp');
  const applicant = token(store, 'akun-bench');
  // About 50 actions per application over the row (as with 3,000 actions on 64): every RETURN
  // adds a clock stop to the file's record, so fewer files would make each action costlier.
  const files = Math.max(pgClients * 4, Math.ceil(pgActions / 50));
  await loader.call({ type: 'submit', url: server.url, token: applicant, count: files });
  // The row has one round and no warm-up of the harness's: warm both sides here, untimed, before
  // the events are counted. Each worker's JIT needs some 3,000 requests to settle, as the SQLite
  // row's one process does, and the workers share the requests: from a fresh start, 2,000-action
  // batches cost 1.5, 1.4, 1.1, 0.87, 0.81, 0.69, then 0.5-0.6 ms of CPU per action in the
  // server's processes (load average 13). 2,000 warm-up actions left the steep part in the
  // counted round.
  await loader.call({
    type: 'actions',
    url: server.url,
    officer,
    applicant,
    count: 3000 * 4,
    concurrency: pgClients,
  });
  await loader.call({
    type: 'pg',
    connectionString: pgUrl,
    count: 2000,
    concurrency: pgClients,
    table: `"${prefix}raw".rows`,
  });
  return {
    server,
    loader,
    officer,
    applicant,
    admin,
    schema,
    prefix,
    http: [],
    raw: [],
    last: undefined,
  };
}

/** The floor of the PostgreSQL row: 4 workers' bare handlers doing the raw transaction. */
async function pgFloorSetup() {
  const prefix = `benchfloor${process.pid}_`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  const drop = `DROP SCHEMA IF EXISTS "${prefix}raw" CASCADE; DROP SCHEMA IF EXISTS "${prefix}floor" CASCADE`;
  await admin.query(drop);
  for (const schema of ['raw', 'floor']) {
    await admin.query(
      `CREATE SCHEMA "${prefix}${schema}"; CREATE TABLE "${prefix}${schema}".rows (id bigserial PRIMARY KEY, body text NOT NULL)`,
    );
  }
  const server = await startFloor('pg', pgUrl, `"${prefix}floor".rows`, '4');
  const loader = startLoader();
  await loader.call({ type: 'submit', url: server.url, token: floorToken, count: pgClients * 4 });
  const http = { type: 'actions', url: server.url, officer: floorToken, applicant: floorToken };
  const raw = { type: 'pg', connectionString: pgUrl, table: `"${prefix}raw".rows` };
  // Warmed as the row is, untimed.
  await loader.call({ ...http, count: 2000, concurrency: pgClients });
  await loader.call({ ...raw, count: 2000, concurrency: pgClients });
  return { server, loader, admin, drop, http, raw, floor: [], rawTimes: [], last: undefined };
}

async function countActions(context) {
  const { rows } = await context.admin.query(
    `SELECT count(*)::int AS n, count(DISTINCT (application_id, seq))::int AS distinct_n FROM "${context.schema}".events WHERE type IN ('RETURN', 'RESUBMIT')`,
  );
  return rows[0];
}

/**
 * A row of 200 actions over HTTP from 8 clients against the same runtime actions in-process (the
 * SQLite row and its floor); `label` starts the stderr summary, `%http` standing for the rate.
 */
function sqliteRow({ name, setup, target, label }) {
  const rounds = 5;
  return defineBenchmark({
    name,
    setup,
    subject: (context) =>
      timed(context.http, async () => {
        context.last = await context.loader.call({
          type: 'actions',
          url: context.server.url,
          officer: context.officer,
          applicant: context.applicant,
          count: sqliteActions,
          concurrency: 8,
        });
        return context.last;
      }),
    check: (result) => {
      if (result.accepted !== sqliteActions || result.refused !== 0)
        throw new Error(
          `expected ${sqliteActions} accepted actions, got ${JSON.stringify(result)}`,
        );
    },
    baseline: (context) => timed(context.local, () => inProcessActions(context)),
    ...(target === undefined ? {} : { target }),
    // A server runs warm: its JIT needs some 3,000 requests to settle (200-action batches from a
    // fresh start: 415, 537, 455, … 864, 768, 1,152, 1,839 actions/s), so both sides warm up on
    // 2,000 actions before the rounds, as the harness means a warm-up to (optimized code).
    warmup: 10,
    warmupMs: 0,
    minSampleMs: 0,
    rounds,
    async teardown(context) {
      // The last samples are the rounds' (timed() records the warm-up's too).
      const http = rateOf(sqliteActions, median(context.http.slice(-rounds)));
      const local = rateOf(sqliteActions, median(context.local.slice(-rounds)));
      process.stderr.write(
        `${label.replace('%http', String(http))}; p50 ${context.last.p50.toFixed(1)} ms, p99 ${context.last.p99.toFixed(1)} ms) vs ${local} actions/s in-process: ${(http / local).toFixed(2)}×\n`,
      );
      context.loader.stop();
      await context.server.stop();
    },
  });
}

/**
 * Ends a PostgreSQL row: its load process and servers stopped, its schemas dropped (`drop`), the
 * admin connection closed.
 */
async function stopPostgresRow({ loader, server, admin }, drop) {
  loader.stop();
  await server.stop();
  await admin.query(drop);
  await admin.end();
}

export default [
  sqliteRow({
    name: 'server: 200 accepted actions over HTTP, 1 process on SQLite, vs the same runtime actions in-process',
    setup: sqliteSetup,
    target: 2,
    label: 'server/sqlite: %http actions/s over HTTP (1 process, 8 clients',
  }),
  defineBenchmark({
    name: `server: ${pgActions} accepted actions over HTTP, 4 processes on one PostgreSQL (~30 s sustained, 16 clients), vs raw pg single-row transactions`,
    setup: pgSetup,
    warmupSetup: () => undefined,
    subject: (context) =>
      timed(context.http, async () => {
        const before = await countActions(context);
        const result = await context.loader.call({
          type: 'actions',
          url: context.server.url,
          officer: context.officer,
          applicant: context.applicant,
          count: pgActions,
          concurrency: pgClients,
        });
        const after = await countActions(context);
        context.last = {
          ...result,
          counted: after.n - before.n,
          duplicates: after.n - after.distinct_n,
        };
        return context.last;
      }),
    // Every accepted action is exactly one event in the database: none lost, none doubled.
    check: (result) => {
      if (
        result.accepted !== pgActions ||
        result.counted !== result.accepted ||
        result.duplicates !== 0
      )
        throw new Error(`lost or doubled actions: ${JSON.stringify(result)}`);
    },
    baseline: (context) =>
      timed(context.raw, () =>
        context.loader.call({
          type: 'pg',
          connectionString: pgUrl,
          count: pgActions,
          concurrency: pgClients,
          table: `"${context.prefix}raw".rows`,
        }),
      ),
    target: 2,
    rounds: 1,
    minRounds: 1,
    minSampleMs: 0,
    async teardown(context) {
      const http = rateOf(pgActions, median(context.http));
      const raw = rateOf(pgActions, median(context.raw));
      const last = context.last;
      process.stderr.write(
        `server/postgres: ${http} actions/s over HTTP (4 processes, ${pgClients} clients, ${(median(context.http) / 1000).toFixed(1)} s; p50 ${last.p50.toFixed(1)} ms, p99 ${last.p99.toFixed(1)} ms; ${last.counted} events counted for ${last.accepted} accepted, ${last.duplicates} doubled) vs ${raw} raw pg transactions/s: ${(http / raw).toFixed(2)}×\n`,
      );
      await stopPostgresRow(
        context,
        `DROP SCHEMA IF EXISTS "${context.schema}" CASCADE; DROP SCHEMA IF EXISTS "${context.prefix}raw" CASCADE`,
      );
    },
  }),
  sqliteRow({
    name: 'server floor: the 200 HTTP actions of the SQLite row answered by a bare handler calling the same runtime actions (1 process), vs in-process',
    setup: sqliteFloorSetup,
    label: 'server floor/sqlite: %http actions/s over HTTP to a bare handler (1 process, 8 clients',
  }),
  defineBenchmark({
    name: `server floor: ${floorActions} HTTP requests of the PostgreSQL row to 4 workers' bare handlers doing the raw transaction, vs raw pg single-row transactions`,
    setup: pgFloorSetup,
    warmupSetup: () => undefined,
    subject: (context) =>
      timed(context.floor, async () => {
        context.last = await context.loader.call({
          ...context.http,
          count: floorActions,
          concurrency: pgClients,
        });
        return context.last;
      }),
    check: (result) => {
      if (result.accepted !== floorActions)
        throw new Error(`expected ${floorActions} answers, got ${JSON.stringify(result)}`);
    },
    baseline: (context) =>
      timed(context.rawTimes, () =>
        context.loader.call({ ...context.raw, count: floorActions, concurrency: pgClients }),
      ),
    rounds: 1,
    minRounds: 1,
    minSampleMs: 0,
    async teardown(context) {
      const http = rateOf(floorActions, median(context.floor));
      const raw = rateOf(floorActions, median(context.rawTimes));
      process.stderr.write(
        `server floor/postgres: ${http} requests/s over HTTP to 4 workers' bare handlers (p50 ${context.last.p50.toFixed(1)} ms, p99 ${context.last.p99.toFixed(1)} ms) vs ${raw} raw pg transactions/s: ${(http / raw).toFixed(2)}×\n`,
      );
      await stopPostgresRow(context, context.drop);
    },
  }),
];
