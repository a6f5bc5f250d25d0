// One process of bench/postgres.bench.mjs: a runtime on the PostgreSQL store (its own pool), or a
// raw `pg` client, driven over IPC by the bench process:
//
//   { type: 'open', connectionString, schema, raw, applications, lane }
//       opens the store (the bench created the schema) and a runtime on Batang, submits
//       `applications` sip-bidan applications of its own, opens a raw client: { submitted }
//   { type: 'actions', count }
//       `count` accepted actions, one after another, rotating over its applications: RETURN and
//       RESUBMIT alternating, each with the version the last one returned: { accepted }
//   { type: 'raw', count, body }
//       `count` raw single-row transactions, one after another: one INSERT in autocommit (one
//       round trip, one commit) of a row as long as an action writes: { done }
//   { type: 'submit', count }
//       submits `count` applications for the race, not acted on by 'actions': { ids }
//   { type: 'race', ids, copies, at }
//       `copies` RETURNs at version 1 on every id, all at once (every process is sent this at
//       the same time), the clock moved ahead to `at` first: { won, conflicts, other }
import { join } from 'node:path';
import process from 'node:process';
import { createRequire } from 'node:module';
import { ConflictError, createMallRuntime, loadMall } from '@mpp-kit/core';
import { createPostgresStore } from '@mpp-kit/core/store/postgres';
import { actAlternately, frontOffice, returnReason as reason } from './_benchActions.mjs';
import { repoRoot } from './mallText.mjs';

// pg is a dependency of @mpp-kit/core, not of the root.
const pg = createRequire(join(repoRoot, 'packages', 'core', 'package.json'))('pg');

const state = {
  runtime: undefined,
  store: undefined,
  raw: undefined,
  table: '',
  apps: [],
  next: 0,
};

/** A clock that moves one second per reading, from a Monday in 2025; `skipTo` moves it ahead. */
let ms = Date.parse('2025-03-03T01:00:00Z');
const clock = () => new Date((ms += 1000)).toISOString();
const skipTo = (instant) => {
  ms = Math.max(ms, Date.parse(instant));
};

async function open({ connectionString, schema, raw, applications, lane }) {
  const loaded = await loadMall(join(repoRoot, 'examples', 'batang'));
  if (!loaded.ok) throw new Error('examples/batang does not load');
  state.store = await createPostgresStore({ connectionString, schema });
  state.runtime = createMallRuntime(loaded.mall, { store: state.store, clock });
  for (let i = 0; i < applications; i++) {
    const applicant = { id: `akun-${lane}-${i}`, role: 'applicant' };
    const app = await state.runtime.submit({ serviceId: 'sip-bidan', applicant });
    state.apps.push({ id: app.id, version: app.version, applicant, returned: false });
  }
  state.raw = new pg.Client({ connectionString });
  await state.raw.connect();
  state.table = raw;
  return { submitted: state.apps.length };
}

async function actions({ count }) {
  return { accepted: await actAlternately(state, count) };
}

async function rawRows({ count, body }) {
  for (let i = 0; i < count; i++)
    await state.raw.query(`INSERT INTO ${state.table} (application_id, body) VALUES ($1, $2)`, [
      `app-${i}`,
      body,
    ]);
  return { done: count };
}

async function submit({ count }) {
  const ids = [];
  for (let i = 0; i < count; i++) {
    const applicant = { id: `akun-race-${i}`, role: 'applicant' };
    ids.push((await state.runtime.submit({ serviceId: 'sip-bidan', applicant })).id);
  }
  return { ids };
}

async function race({ ids, copies, at }) {
  // Every process acts at the same time, after the applications were submitted.
  skipTo(at);
  const attempts = ids.flatMap((id) =>
    Array.from({ length: copies }, () =>
      state.runtime.act(id, { type: 'RETURN', actor: frontOffice, expectedVersion: 1, reason }),
    ),
  );
  let won = 0;
  let conflicts = 0;
  const other = [];
  for (const outcome of await Promise.allSettled(attempts)) {
    if (outcome.status === 'fulfilled') won += 1;
    else if (outcome.reason instanceof ConflictError) conflicts += 1;
    else other.push(String(outcome.reason));
  }
  return { won, conflicts, other };
}

async function close() {
  await state.raw?.end();
  await state.store?.close();
  return {};
}

const handlers = { open, actions, raw: rawRows, submit, race, close };
process.on('message', (message) => {
  handlers[message.type](message).then(
    (result) => process.send({ id: message.id, result }),
    (error) => process.send({ id: message.id, error: String(error?.stack ?? error) }),
  );
});
process.on('disconnect', () => process.exit(0));
