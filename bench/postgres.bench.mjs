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
import { createPostgresStore } from '@mpp-kit/core/store/postgres';
import { defineBenchmark } from './defineBenchmark.mjs';
import { forkBenchChild } from './_benchActions.mjs';
import { repoRoot } from './mallText.mjs';

const pg = createRequire(join(repoRoot, 'packages', 'core', 'package.json'))('pg');
const pgUrl = process.env.MPP_TEST_PG_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const perProcess = 200;
const applicationsPerProcess = 50;
const raceApplications = 20;
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
    await admin.query(
      `CREATE SCHEMA "${rawSchema}"; CREATE TABLE "${rawSchema}".rows (id bigserial PRIMARY KEY, application_id text NOT NULL, body text NOT NULL)`,
    );
    await (await createPostgresStore({ connectionString: pgUrl, schema })).close();
    for (let i = 0; i < processes; i++) workers.push(startWorker());
    return await prepare({ admin, workers, schema, rawSchema, processes, stop });
  } catch (error) {
    await stop();
    throw error;
  }
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

  // The raw row is as long as what one action stores: its event and the application's record.
  const written = await admin.query(
    `SELECT length(e.body::text) + length(a.body::text) AS n FROM "${schema}".events e JOIN "${schema}".applications a ON a.id = e.application_id WHERE e.application_id = $1 AND e.seq = 2`,
    [ids[0]],
  );
  const body = 'x'.repeat(Number(written.rows[0]?.n ?? 0));
  process.stderr.write(
    `  postgres/${processes}: race on ${ids.length} applications, ${attempts} attempts: ${won} won, ${conflicts} ConflictError; raw rows of ${body.length} characters\n`,
  );
  return { admin, workers, schema, body, expected: won, stop };
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

export default [row(1), row(2), row(4)];
