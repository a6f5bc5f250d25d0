// Issue 15 item 3, runtime actions on the PostgreSQL store, in 1, 2 and 4 processes on one
// database (MPP_TEST_PG_URL), each process with its own runtime and pool (bench/_pgActions.mjs):
//
// Subject: every process makes 200 accepted actions one after another on its own sip-bidan
// applications (RETURN and RESUBMIT alternating, each with the version the last one returned),
// all processes at once. Baseline: every process makes 200 raw single-row transactions one after
// another on its own `pg` client, all at once: one INSERT in autocommit of a row as long as what
// one action writes (its event and the application's record). Both sides make one round trip and
// one commit (one WAL flush) per action: the store's append is one statement. Target ≤ 2× the
// time, i.e. the runtime keeps at least half the raw rate.
//
// Counted afterwards, every sample: the RETURN and RESUBMIT events in the database are exactly
// the accepted actions (none lost, none doubled), or the row fails. Setup also races the
// processes: 20 applications, two RETURNs at version 1 from every process at once; exactly one
// wins on each application, every other attempt gets ConflictError, and each has two events.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import process from 'node:process';
import { createMallRuntime, loadMall } from '@mpp-kit/core';
import { createPostgresStore } from '@mpp-kit/core/store/postgres';
import { defineBenchmark } from './defineBenchmark.mjs';
import { actAlternately, forkBenchChild } from './_benchActions.mjs';
import { repoRoot } from './mallText.mjs';

const pg = createRequire(join(repoRoot, 'packages', 'core', 'package.json'))('pg');
const pgUrl = process.env.MPP_TEST_PG_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const perProcess = 200;
const applicationsPerProcess = 50;
const raceApplications = 20;
// Actions every process makes before the first timed sample, on the applications it measures: a
// runtime process reaches its steady cost per action (V8's optimized code for the runtime, the
// store and pg) only after about 2,000 of them — measured in one process, node's CPU per action
// falls from 500–800 µs over the first thousand to 220–300 µs — while the raw side's loop is warm
// after a few rows. A server makes millions; the row measures that steady cost, not the JIT.
const warmActions = 2000;
const raceCopies = 2;
// After every process's submissions (one clock second each), so every RETURN is in time order.
const raceAt = '2025-03-10T01:00:00Z';

const cleanups = [];
process.on('exit', () => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A process of bench/_pgActions.mjs, and a call into it. */
const startWorker = () => forkBenchChild('_pgActions.mjs', cleanups);

const sum = (values) => values.reduce((a, b) => a + b, 0);

async function setup(processes) {
  const prefix = `bench_pg${process.pid}_${processes}_`;
  const schema = `${prefix}store`;
  const rawSchema = `${prefix}raw`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  const drop = `DROP SCHEMA IF EXISTS "${schema}" CASCADE; DROP SCHEMA IF EXISTS "${rawSchema}" CASCADE`;
  const workers = [];
  const stop = async () => {
    for (const worker of workers) worker.stop();
    await admin.query(drop);
    await admin.end();
  };
  try {
    await admin.query(drop);
    await admin.query(rawTableSql(rawSchema));
    await (await createPostgresStore({ connectionString: pgUrl, schema })).close();
    for (let i = 0; i < processes; i++) workers.push(startWorker());
    return await prepare({ admin, workers, schema, rawSchema, processes, stop });
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The raw side's table, in a schema of its own. */
const rawTableSql = (rawSchema) =>
  `CREATE SCHEMA "${rawSchema}"; CREATE TABLE "${rawSchema}".rows (id bigserial PRIMARY KEY, application_id text NOT NULL, body text NOT NULL)`;

/**
 * The raw row's text: as long as what one action stores, its event and the application's record
 * (the RETURN, seq 2, of application `id`).
 */
async function rawBody(db, schema, id) {
  const written = await db.query(
    `SELECT length(e.body::text) + length(a.body::text) AS n FROM "${schema}".events e JOIN "${schema}".applications a ON a.id = e.application_id WHERE e.application_id = $1 AND e.seq = 2`,
    [id],
  );
  return 'x'.repeat(Number(written.rows[0]?.n ?? 0));
}

/** Opens the processes, races them, and sizes the raw row. */
async function prepare({ admin, workers, schema, rawSchema, processes, stop }) {
  await Promise.all(
    workers.map((worker, lane) =>
      worker.call({
        type: 'open',
        connectionString: pgUrl,
        schema,
        raw: `"${rawSchema}".rows`,
        applications: applicationsPerProcess,
        lane,
      }),
    ),
  );

  // Concurrent actions on the same application: exactly one winner per version.
  const [first] = workers;
  const { ids } = await first.call({ type: 'submit', count: raceApplications });
  const outcomes = await Promise.all(
    workers.map((worker) => worker.call({ type: 'race', ids, copies: raceCopies, at: raceAt })),
  );
  const won = sum(outcomes.map((o) => o.won));
  const conflicts = sum(outcomes.map((o) => o.conflicts));
  const other = outcomes.flatMap((o) => o.other);
  const attempts = ids.length * processes * raceCopies;
  const perApplication = await admin.query(
    `SELECT application_id, count(*)::int AS n FROM "${schema}".events WHERE application_id = ANY($1) GROUP BY application_id`,
    [ids],
  );
  if (
    won !== ids.length ||
    conflicts !== attempts - ids.length ||
    other.length > 0 ||
    perApplication.rows.length !== ids.length ||
    perApplication.rows.some((row) => row.n !== 2)
  )
    throw new Error(
      `race on ${ids.length} applications, ${attempts} attempts: ${won} won, ${conflicts} conflicts, ${other.length} other errors (${other[0] ?? ''}); events per application: ${JSON.stringify(perApplication.rows.map((row) => row.n))}`,
    );

  // Warm: every process makes warmActions accepted actions (counted, like every other) and as
  // many raw rows, all at once.
  const warmed = await Promise.all(
    workers.map((worker) => worker.call({ type: 'actions', count: warmActions })),
  );
  const warm = sum(warmed.map((w) => w.accepted));
  if (warm !== warmActions * processes)
    throw new Error(`only ${warm} of ${warmActions * processes} warm-up actions were accepted`);

  const body = await rawBody(admin, schema, ids[0]);
  await Promise.all(
    workers.map((worker) => worker.call({ type: 'raw', count: warmActions, body })),
  );
  process.stderr.write(
    `  postgres/${processes}: race on ${ids.length} applications, ${attempts} attempts: ${won} won, ${conflicts} ConflictError; raw rows of ${body.length} characters\n`,
  );
  return { admin, workers, schema, body, expected: won + warm, stop };
}

/** The RETURN and RESUBMIT events in the database, and how many distinct (application, seq). */
async function countEvents(context) {
  const { rows } = await context.admin.query(
    `SELECT count(*)::int AS n, count(DISTINCT (application_id, seq))::int AS distinct_n FROM "${context.schema}".events WHERE type IN ('RETURN', 'RESUBMIT')`,
  );
  return rows[0];
}

async function acceptActions(context) {
  const results = await Promise.all(
    context.workers.map((worker) => worker.call({ type: 'actions', count: perProcess })),
  );
  const accepted = sum(results.map((r) => r.accepted));
  context.expected += accepted;
  // Every accepted action is exactly one event in the database: none lost, none doubled.
  const counted = await countEvents(context);
  if (counted.n !== context.expected || counted.distinct_n !== counted.n)
    throw new Error(
      `lost or doubled actions: ${context.expected} accepted in all, ${counted.n} events, ${counted.distinct_n} distinct`,
    );
  return accepted;
}

function rawTransactions(context) {
  return Promise.all(
    context.workers.map((worker) =>
      worker.call({ type: 'raw', count: perProcess, body: context.body }),
    ),
  );
}

function row(processes) {
  const total = perProcess * processes;
  return defineBenchmark({
    name: `runtime on PostgreSQL, ${processes} process${processes === 1 ? '' : 'es'}: ${total} accepted actions vs ${total} raw pg single-row transactions (${perProcess} per process; ≤ 2× = ≥ 0.5× the rate)`,
    setup: () => setup(processes),
    subject: acceptActions,
    check: (accepted) => {
      if (accepted !== total) throw new Error(`only ${accepted} of ${total} actions were accepted`);
    },
    baseline: rawTransactions,
    target: 2,
    warmup: 2,
    warmupMs: 300,
    // Bounded work, not bounded time: 9 rounds whatever the load.
    rounds: 9,
    minRounds: 9,
    minSampleMs: 0,
    async teardown(context) {
      await Promise.all(context.workers.map((worker) => worker.call({ type: 'close' })));
      await context.stop();
    },
  });
}

// The floor (informational): the statements the store sends for a RETURN and a RESUBMIT, without
// the runtime. One process, one pool (as the store has): the first application's RETURN and
// RESUBMIT are recorded from the store's pool, and every later action is one of the two statements
// again with its parameters computed beforehand for the next application and version — the id,
// applicant and creation instant (the fixed fields the append checks), the expected and new
// version, the head hash and a new hash of the same length swapped in; the
// record and event bodies keep their length. Each must write its row (n = 1) or the row fails.
// Against the same raw single-row INSERTs as the rows above. What is above this ratio in the rows
// above is the runtime's and the store's JavaScript; what is in it is the statement's.
async function floorSetup() {
  const schema = `bench_pg${process.pid}_floor`;
  const rawSchema = `${schema}_raw`;
  const pool = new pg.Pool({ connectionString: pgUrl, max: 1 });
  const drop = `DROP SCHEMA IF EXISTS "${schema}" CASCADE; DROP SCHEMA IF EXISTS "${rawSchema}" CASCADE`;
  await pool.query(drop);
  try {
    return await recordFloor(pool, schema, rawSchema, drop);
  } catch (error) {
    await pool.query(drop).catch(() => undefined);
    await pool.end();
    throw error;
  }
}

/** Records the templates and reads every other application's head (see floorSetup). */
async function recordFloor(pool, schema, rawSchema, drop) {
  const recorded = [];
  const query = pool.query.bind(pool);
  const recording = (config, values) => {
    if (typeof config === 'object' && config.name !== undefined) recorded.push(config);
    return query(config, values);
  };
  const store = await createPostgresStore({
    pool: {
      ...pool,
      connect: () => pool.connect(),
      end: () => Promise.resolve(),
      query: recording,
    },
    schema,
  });
  const loaded = await loadMall(join(repoRoot, 'examples', 'batang'));
  if (!loaded.ok) throw new Error('examples/batang does not load');
  let ms = Date.parse('2025-03-03T01:00:00Z');
  const runtime = createMallRuntime(loaded.mall, {
    store,
    clock: () => new Date((ms += 1000)).toISOString(),
  });
  const apps = [];
  for (let i = 0; i < applicationsPerProcess; i++) {
    const applicant = { id: `akun-floor-${i}`, role: 'applicant' };
    const app = await runtime.submit({ serviceId: 'sip-bidan', applicant });
    apps.push({ id: app.id, version: app.version, applicant, returned: false });
  }
  const first = apps[0];
  const before = recorded.length;
  const hashes = [(await store.events(first.id)).at(-1).hash];
  await actAlternately({ runtime, apps: [first], next: 0 }, 2);
  for (const event of (await store.events(first.id)).slice(1)) hashes.push(event.hash);
  const templates = recorded.slice(before);
  if (templates.length !== 2)
    throw new Error(`expected 2 statements, recorded ${templates.length}`);
  const { createdAt } = await store.get(first.id);
  await store.close();
  const { rows } = await pool.query(
    `SELECT id, version, head_hash, applicant_id, body->>'createdAt' AS created_at FROM "${schema}".applications WHERE id <> $1`,
    [first.id],
  );
  await pool.query(rawTableSql(rawSchema));
  const raw = new pg.Client({ connectionString: pgUrl });
  await raw.connect();
  return {
    pool,
    raw,
    templates,
    // What each template's parameters hold that changes from action to action.
    from: {
      id: first.id,
      applicant: first.applicant.id,
      createdAt,
      versions: [1, 2],
      hashes,
    },
    heads: rows.map((r) => ({
      id: r.id,
      applicant: r.applicant_id,
      createdAt: r.created_at,
      version: r.version,
      hash: r.head_hash,
    })),
    next: 0,
    made: 0,
    body: await rawBody(pool, schema, first.id),
    table: `"${rawSchema}".rows`,
    stop: async () => {
      await raw.end();
      await pool.query(drop);
      await pool.end();
    },
  };
}

/** The next floor statement: a template with the next application's id, versions and hashes. */
function floorStatement(context) {
  const head = context.heads[context.next++ % context.heads.length];
  const step = (head.version - 1) % 2; // 0: RETURN (from version 1, 3, …), 1: RESUBMIT
  const template = context.templates[step];
  const { id, applicant, createdAt, versions, hashes } = context.from;
  const hash = (++context.made).toString(16).padStart(hashes[0].length, 'f');
  const swap = new Map([
    [id, head.id],
    [applicant, head.applicant],
    [createdAt, head.createdAt],
    [versions[step], head.version],
    [versions[step] + 1, head.version + 1],
    [hashes[step], head.hash],
    [hashes[step + 1], hash],
  ]);
  head.version += 1;
  head.hash = hash;
  return {
    name: template.name,
    text: template.text,
    values: template.values.map((value) => (swap.has(value) ? swap.get(value) : value)),
  };
}

const floorRow = defineBenchmark({
  name: `runtime on PostgreSQL, floor: ${perProcess} of the store's RETURN/RESUBMIT statements without the runtime (parameters computed beforehand, one process) vs ${perProcess} raw pg single-row transactions`,
  setup: floorSetup,
  async subject(context) {
    let written = 0;
    for (let i = 0; i < perProcess; i++)
      written += (await context.pool.query(floorStatement(context))).rows[0]?.n ?? 0;
    return written;
  },
  check: (written) => {
    if (written !== perProcess)
      throw new Error(`only ${written} of ${perProcess} floor statements wrote their row`);
  },
  async baseline(context) {
    for (let i = 0; i < perProcess; i++)
      await context.raw.query(
        `INSERT INTO ${context.table} (application_id, body) VALUES ($1, $2)`,
        [`app-${i}`, context.body],
      );
  },
  target: null,
  warmup: 2,
  warmupMs: 300,
  rounds: 9,
  minRounds: 9,
  minSampleMs: 0,
  teardown: (context) => context.stop(),
});

export default [row(1), row(2), row(4), floorRow];
