// Issue 4, runtime benchmarks, on Batang's mall (examples/batang):
//
// 1. Accepted actions on the SQLite store against raw better-sqlite3 doing one comparable
//    single-row transaction each (the same file settings: WAL, the same `synchronous`; the row as
//    long as an action's event and record together), once at synchronous = FULL (every action on
//    disk before it resolves) and once at NORMAL (WAL: safe across a crash of the process, the
//    last commits may be lost on a power cut). Time per 200 actions; targets (issue 15): at
//    least 0.8× the raw rate at FULL (≤ 1.25× the time) and 0.3× at NORMAL (≤ 3.33×), with
//    validation, authorization, the lifecycle machine, the next deadline, the store's checks and
//    the hash chain on top of the same commit.
// 2. Memory as stored applications grow: heap used (after a full GC) with a runtime open on 10,000
//    and on 100,000 stored applications, after the same working set (an applicant's applications,
//    one application, a page of overdue ones, a scheduler step with nothing due). The heap ratio
//    (≈ 1 when applications are not held in memory) cannot be a bench value (rows are times or
//    rates): it is printed on stderr; the row times the working set on 100k against 10k (info).
//    1,000,000 is too slow to build within the bench budget. The stores are filled with SQL, one
//    transaction each (valid records and chained first events), not through the runtime.
// 1b. The floor of the action rows (info): the statements the store sent for 200 of those actions
//    (recorded once, from the store itself), replayed on a copy of its file with parameters computed
//    beforehand, one `BEGIN IMMEDIATE` transaction per action, no runtime and no store JavaScript,
//    against the same raw transactions. No action row can go below its floor with this schema.
// 3. Finding overdue applications among 100,000, each against the bare SQL of its own query on the
//    same file (info): the store's due query and the runtime's overdue page (a `runtime.query`
//    page), both in the order of the `applications_due_at` index, due_at then id.
import { createRequire } from 'node:module';
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import {
  createMallRuntime,
  createMemoryStore,
  hashEvent,
  GENESIS_HASH,
  loadMall,
} from '@mpp-kit/core';
import { createSqliteStore } from '@mpp-kit/core/store/sqlite';
import { actAlternately, frontOffice, returnReason } from './_benchActions.mjs';
import { defineBenchmark } from './defineBenchmark.mjs';
import { repoRoot } from './mallText.mjs';

// better-sqlite3 is a dependency of @mpp-kit/core, not of the root.
const Database = createRequire(join(repoRoot, 'packages', 'core', 'package.json'))(
  'better-sqlite3',
);

// 200 commits per sample (40 before): one slow fsync on the shared disk moves a sample by a few
// per cent, not by half, so the disk's jitter cannot decide the ratio.
const actionsPerRun = 200;
const applicationsForActions = 200;

let mallPromise;
function batang() {
  mallPromise ??= loadMall(join(repoRoot, 'examples', 'batang')).then((result) => {
    if (!result.ok) throw new Error(`examples/batang does not load: ${result.issues[0]?.message}`);
    return result.mall;
  });
  return mallPromise;
}

/** A clock that moves one second per reading, from a Monday in 2025. */
function tickingClock() {
  let ms = Date.parse('2025-03-03T01:00:00Z');
  return () => new Date((ms += 1000)).toISOString();
}

const tempDirs = [];
function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'mpp-bench-runtime-'));
  tempDirs.push(dir);
  return dir;
}
process.on('exit', () => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// 1. Accepted actions per second.

/** A store with `applicationsForActions` submitted sip-bidan applications, and its runtime. */
async function storeWithApplications(file, synchronous) {
  const mall = await batang();
  const store = createSqliteStore({ file, synchronous });
  const runtime = createMallRuntime(mall, { store, clock: tickingClock() });
  // sip-bidan runs on the `permit` template: returns for correction are unlimited, so RETURN and
  // RESUBMIT can alternate for as long as the benchmark runs.
  const apps = [];
  for (let i = 0; i < applicationsForActions; i++) {
    const app = await runtime.submit({ serviceId: 'sip-bidan', applicant: { id: `akun-${i}` } });
    apps.push({
      id: app.id,
      version: app.version,
      applicant: { id: `akun-${i}`, role: 'applicant' },
      returned: false,
    });
  }
  return { runtime, store, apps, next: 0 };
}

/** How many characters one action stores: its event and the application's record. */
async function writtenPerAction({ runtime, store }) {
  const probe = await runtime.submit({ serviceId: 'sip-bidan', applicant: { id: 'akun-probe' } });
  await runtime.act(probe.id, {
    type: 'RETURN',
    actor: frontOffice,
    expectedVersion: probe.version,
    reason: returnReason,
  });
  return (
    JSON.stringify((await store.events(probe.id))[1]).length +
    JSON.stringify(await store.get(probe.id)).length
  );
}

/**
 * The raw side of the action rows: one `INSERT` per `BEGIN IMMEDIATE` transaction on a file of
 * its own with the same settings, the row `written` characters long.
 */
function rawSide(file, synchronous, written) {
  const raw = new Database(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma(`synchronous = ${synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
  raw.exec(
    'CREATE TABLE events (id INTEGER PRIMARY KEY, application_id TEXT NOT NULL, body TEXT NOT NULL)',
  );
  const insert = raw.prepare('INSERT INTO events (application_id, body) VALUES (?, ?)');
  const oneRow = raw.transaction((id, body) => insert.run(id, body));
  return { raw, oneRow, body: 'x'.repeat(written) };
}

/** @param {'full' | 'normal'} synchronous */
async function actionsSetup(synchronous) {
  const dir = tempDir();
  const context = await storeWithApplications(join(dir, 'runtime.sqlite'), synchronous);
  const written = await writtenPerAction(context);
  return { ...context, ...rawSide(join(dir, 'raw.sqlite'), synchronous, written) };
}

function acceptActions(context) {
  return actAlternately(context, actionsPerRun);
}

function rawTransactions(context) {
  for (let i = 0; i < actionsPerRun; i++) context.oneRow.immediate(`app-${i}`, context.body);
  return actionsPerRun;
}

// ---------------------------------------------------------------------------------------------
// 1b. The floor: the store's own statements for the same actions, without the runtime.

// Warm-up and rounds are bounded (2 + 11 samples: an informational row, kept to about a second on
// an idle machine), so the recording is long enough.
const floorSamples = 2 + 11;

/**
 * Records, per action, the statements a store sends for `floorSamples × actionsPerRun` of the
 * action rows' actions (`Statement#run` is wrapped while they run: SQL text, parameters and rows
 * changed), from a copy of its file taken before the first one. Done once for both floor rows
 * (the statements do not depend on `synchronous`). Also counts the WAL frames the first 400
 * actions append (the log only grows while automatic checkpoints are off).
 */
async function recordStoreStatements() {
  const dir = tempDir();
  const file = join(dir, 'recorded.sqlite');
  const context = await storeWithApplications(file, 'normal');
  const written = await writtenPerAction(context);
  const side = new Database(file);
  side.pragma('wal_checkpoint(TRUNCATE)');
  const pageSize = side.pragma('page_size', { simple: true });
  side.close();
  const start = join(dir, 'start.sqlite');
  copyFileSync(file, start);
  const Statement = Object.getPrototypeOf(new Database(':memory:').prepare('SELECT 1')).constructor;
  const run = Statement.prototype.run;
  /** @type {{ sql: string, params: unknown[] }[][]} */
  const actions = [];
  let changes = 0;
  let current = [];
  let storeDb;
  Statement.prototype.run = function (...params) {
    const result = run.apply(this, params);
    storeDb ??= this.database;
    if (!/^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/.test(this.source)) {
      current.push({ sql: this.source, params });
      changes += result.changes;
    }
    return result;
  };
  let framesPerAction;
  try {
    for (let i = 0; i < floorSamples * actionsPerRun; i++) {
      if (i === 401) {
        framesPerAction = (statSync(`${file}-wal`).size - 32) / (pageSize + 24) / 400;
        storeDb.pragma('wal_autocheckpoint = 1000');
      }
      await actAlternately(context, 1);
      if (i === 0) {
        // The first action found the store's connection: count the next 400 actions' frames.
        storeDb.pragma('wal_checkpoint(TRUNCATE)');
        storeDb.pragma('wal_autocheckpoint = 0');
      }
      actions.push(current);
      current = [];
    }
  } finally {
    Statement.prototype.run = run;
  }
  await context.store.close();
  return { start, actions, changesPerSample: changes / floorSamples, written, framesPerAction };
}

let recording;
/** The rows a sample of the store's actions changed (set when the recording is done). */
let recordedChanges;

/** @param {'full' | 'normal'} synchronous */
async function floorSetup(synchronous) {
  recording ??= recordStoreStatements();
  const { start, actions, written, framesPerAction, changesPerSample } = await recording;
  recordedChanges = changesPerSample;
  const dir = tempDir();
  const file = join(dir, 'floor.sqlite');
  copyFileSync(start, file);
  // The store's connection settings (createSqliteStore's openDatabase).
  const db = new Database(file, { timeout: 5000 });
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
  db.pragma('foreign_keys = ON');
  const statements = new Map();
  const plan = actions.map((steps) =>
    steps.map(({ sql, params }) => {
      let statement = statements.get(sql);
      if (statement === undefined) statements.set(sql, (statement = db.prepare(sql)));
      return { statement, params };
    }),
  );
  const oneAction = db.transaction((steps) => {
    let changed = 0;
    for (const { statement, params } of steps) changed += statement.run(...params).changes;
    return changed;
  });
  const side = rawSide(join(dir, 'raw.sqlite'), synchronous, written);
  side.raw.pragma('wal_autocheckpoint = 0');
  rawTransactions(side);
  const rawPage = side.raw.pragma('page_size', { simple: true });
  const rawFrames =
    (statSync(join(dir, 'raw.sqlite-wal')).size - 32) / (rawPage + 24) / actionsPerRun;
  side.raw.pragma('wal_checkpoint(TRUNCATE)');
  side.raw.pragma('wal_autocheckpoint = 1000');
  if (synchronous === 'normal')
    process.stderr.write(
      `  SQLite floor: an action appends ${framesPerAction.toFixed(2)} WAL frames, a raw transaction ${rawFrames.toFixed(2)}\n`,
    );
  return { db, plan, next: 0, oneAction, ...side };
}

function replayStatements(context) {
  if (context.next + actionsPerRun > context.plan.length)
    throw new Error('the floor replay ran past its recording (more samples than floorSamples)');
  let changed = 0;
  for (let i = 0; i < actionsPerRun; i++)
    changed += context.oneAction.immediate(context.plan[context.next++]);
  return changed;
}

// ---------------------------------------------------------------------------------------------
// 2 and 3. Many stored applications.

/** A real sip-bidan application's record, to copy. */
async function templateApplication(mall) {
  const store = createMemoryStore();
  const runtime = createMallRuntime(mall, { store, clock: () => '2025-03-03T01:00:00.000Z' });
  const app = await runtime.submit({ serviceId: 'sip-bidan', applicant: { id: 'akun-0' } });
  return { record: await store.get(app.id) };
}

/**
 * A SQLite store holding `count` applications, written with SQL in one transaction: copies of a
 * real record (ids, times and due instants varied: about 1 in 100 overdue at `overdueAt`) with a
 * short, correctly chained first event.
 */
async function filledStore(count, overdueAt) {
  const mall = await batang();
  const { record } = await templateApplication(mall);
  const file = join(tempDir(), `filled-${count}.sqlite`);
  createSqliteStore({ file }).close(); // creates the schema
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const insertApplication = db.prepare(
    'INSERT INTO applications (id, mall_id, service_id, service_version, workflow_id, workflow_version, applicant_id, state, version, due_at, created_at, updated_at, head_hash, body) ' +
      'VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)',
  );
  const insertAgency = db.prepare(
    'INSERT INTO application_agencies (agency, application_id) VALUES (?, ?)',
  );
  const insertEvent = db.prepare(
    'INSERT INTO events (application_id, seq, type, at, actor_id, prev_hash, hash, body) VALUES (?, 1, ?, ?, ?, ?, ?, ?)',
  );
  const overdueMs = Date.parse(overdueAt);
  const fill = db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const id = `bulk-${String(i).padStart(7, '0')}`;
      const createdAt = new Date(Date.parse('2025-01-06T01:00:00Z') + i * 1000).toISOString();
      const dueAt = new Date(
        overdueMs + (i % 100 === 0 ? -3_600_000 : 86_400_000 * (1 + (i % 30))),
      ).toISOString();
      const body = {
        ...record,
        id,
        applicantId: `akun-${i}`,
        dueAt,
        createdAt,
        updatedAt: createdAt,
      };
      const event = {
        applicationId: id,
        seq: 1,
        type: 'SUBMIT',
        actor: { id: `akun-${i}`, role: 'applicant' },
        at: createdAt,
        payload: { bulk: true },
        prevHash: GENESIS_HASH,
      };
      const hash = hashEvent(event);
      insertApplication.run(
        id,
        body.mallId,
        body.serviceId,
        body.serviceVersion,
        body.workflowId,
        body.workflowVersion,
        body.applicantId,
        body.state,
        dueAt,
        createdAt,
        createdAt,
        hash,
        JSON.stringify(body),
      );
      for (const agency of new Set(record.agencies)) insertAgency.run(agency, id);
      insertEvent.run(
        id,
        'SUBMIT',
        createdAt,
        event.actor.id,
        GENESIS_HASH,
        hash,
        JSON.stringify({ ...event, hash }),
      );
    }
  });
  fill();
  db.close();
  const store = createSqliteStore({ file });
  const runtime = createMallRuntime(mall, { store, clock: () => overdueAt });
  return { file, store, runtime };
}

const overdueAt = '2025-06-02T01:00:00.000Z';
const nothingDueAt = '2025-01-01T00:00:00.000Z';

/**
 * The working set of an embedding application — an applicant's applications, one application in
 * full, a page of overdue applications, a scheduler step with nothing due — all through indexes;
 * the runtime holds nothing between calls but a bounded cache of recently written snapshots.
 */
async function workingSet({ runtime }, count) {
  const mine = await runtime.query({ applicantId: `akun-${count - 7}`, limit: 10 });
  const one = await runtime.get(`bulk-${String(count - 7).padStart(7, '0')}`);
  const overdue = await runtime.query({ overdue: overdueAt, limit: 100 });
  const ticks = await runtime.runDueDeadlines(nothingDueAt);
  return mine.items.length + one.version + overdue.items.length + ticks.claimed;
}

function heapAfterGc() {
  globalThis.gc?.();
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
}

async function manySetup() {
  const small = await filledStore(10_000, overdueAt);
  await workingSet(small, 10_000);
  await workingSet(small, 10_000);
  const heapSmall = heapAfterGc();
  const large = await filledStore(100_000, overdueAt);
  await workingSet(large, 100_000);
  await workingSet(large, 100_000);
  const heapLarge = heapAfterGc();
  const mb = (bytes) => (bytes / 1_048_576).toFixed(1);
  process.stderr.write(
    `  runtime memory: heap used ${mb(heapSmall)} MB with 10,000 stored applications, ${mb(heapLarge)} MB with 100,000: ratio ${(heapLarge / heapSmall).toFixed(2)}× (≈ 1: applications are not held in memory)${globalThis.gc ? '' : ' [no --expose-gc: heap not collected first]'}\n`,
  );
  const raw = new Database(large.file, { readonly: true });
  // The bare SQL of each subject's own query, on the same file: both walk the due index
  // (due_at, id) in its order; the runtime's overdue page reads one row more, to know whether a
  // next page exists.
  const bareDue = raw.prepare(
    'SELECT body FROM applications WHERE due_at IS NOT NULL AND due_at <= ? ORDER BY due_at, id LIMIT ?',
  );
  const bareOverduePage = raw.prepare(
    'SELECT a.body FROM applications a WHERE a.due_at IS NOT NULL AND a.due_at <= ? ORDER BY a.due_at, a.id LIMIT ?',
  );
  return { small, large, raw, bareDue, bareOverduePage };
}

let manyContext;
const many = () => (manyContext ??= manySetup());

export default [
  ...[
    // synchronous, the least share of the raw rate (issue 15)
    ['full', 0.8],
    ['normal', 0.3],
  ].map(([synchronous, share]) =>
    defineBenchmark({
      name: `runtime: ${actionsPerRun} accepted actions on the SQLite store (synchronous=${synchronous.toUpperCase()}) vs ${actionsPerRun} raw better-sqlite3 single-row transactions (≤ ${(1 / share).toFixed(2)}× = ≥ ${share}× the rate)`,
      setup: () => actionsSetup(synchronous),
      subject: acceptActions,
      check: (accepted) => {
        if (accepted !== actionsPerRun)
          throw new Error(`only ${accepted} of ${actionsPerRun} actions were accepted`);
      },
      baseline: rawTransactions,
      // A time ratio ceiling: the actions may take 1/share the raw transactions' time.
      target: Number((1 / share).toFixed(2)),
      warmup: 2,
      warmupMs: 300,
      // Bounded work, not bounded time: every run does 21 rounds whatever the load (the median of
      // 21 samples of 200 commits each; the raw side's samples still spread widely on a busy disk).
      rounds: 21,
      minRounds: 21,
      minSampleMs: 0,
      teardown: async (context) => {
        await context.store.close();
        context.raw.close();
      },
    }),
  ),
  ...['full', 'normal'].map((synchronous) =>
    defineBenchmark({
      name: `runtime floor: the SQLite store's own statements for ${actionsPerRun} of those actions replayed without the runtime (synchronous=${synchronous.toUpperCase()}) vs ${actionsPerRun} raw better-sqlite3 single-row transactions (info)`,
      setup: () => floorSetup(synchronous),
      subject: replayStatements,
      check: (changed) => {
        if (changed !== recordedChanges)
          throw new Error(`the replay changed ${changed} rows, the store ${recordedChanges}`);
      },
      baseline: rawTransactions,
      target: null,
      // Exactly floorSamples runs of each: the recording holds that many samples.
      warmup: 2,
      warmupMs: 0,
      rounds: floorSamples - 2,
      minRounds: floorSamples - 2,
      minSampleMs: 0,
      teardown: (context) => {
        context.db.close();
        context.raw.close();
      },
    }),
  ),
  defineBenchmark({
    name: 'runtime memory: working set on 100,000 stored applications vs 10,000 (time; the heap ratio is printed on stderr, ≈ 1×)',
    setup: many,
    subject: (context) => workingSet(context.large, 100_000),
    baseline: (context) => workingSet(context.small, 10_000),
    target: null,
    rounds: 7,
    minRounds: 7,
  }),
  defineBenchmark({
    name: 'runtime: overdue page among 100,000 applications (runtime.query overdue, in due index order) vs the same SQL',
    setup: many,
    subject: (context) => context.large.runtime.query({ overdue: overdueAt, limit: 100 }),
    check: (page) => {
      if (page.items.length !== 100)
        throw new Error(`expected a full page of overdue applications, got ${page.items.length}`);
    },
    baseline: (context) =>
      context.bareOverduePage.all(overdueAt, 101).map((row) => JSON.parse(row.body)),
    target: null,
    rounds: 7,
    minRounds: 7,
  }),
  defineBenchmark({
    name: 'runtime: overdue among 100,000 applications (store.due, in due index order) vs the same SQL',
    setup: many,
    subject: (context) => context.large.store.due(overdueAt, 100),
    baseline: (context) => context.bareDue.all(overdueAt, 100).map((row) => JSON.parse(row.body)),
    target: null,
    rounds: 7,
    minRounds: 7,
    teardown: async (context) => {
      await context.small.store.close();
      await context.large.store.close();
      context.raw.close();
    },
  }),
];
