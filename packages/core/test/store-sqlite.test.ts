import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreError } from '../src/store/index.js';
import { sqliteDueSql, sqliteInboxSql } from '../src/store/sqlite/_sqliteSchema.js';
import { createSqliteStore } from '../src/store/sqlite/index.js';
import { describeStoreConformance } from './store/conformance.js';
import { describeMultiProcess } from './store/multiProcess.js';
import { describeProvisionalDeadlines } from './store/provisionalDeadlines.js';
import { at, makeEvent, makeRecord, nextRecord } from './store/storeFixtures.js';
import { openStore } from './store/storeSpec.js';

const dir = mkdtempSync(join(tmpdir(), 'mpp-store-sqlite-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
let files = 0;
const freshFile = (): string => join(dir, `store-${String(++files)}.sqlite`);

function inspect<T>(file: string, work: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true });
  try {
    return work(db);
  } finally {
    db.close();
  }
}

describeStoreConformance(
  'sqlite',
  () => {
    const file = freshFile();
    return Promise.resolve({
      store: createSqliteStore({ file }),
      reopen: () => Promise.resolve(createSqliteStore({ file })),
      assertDueIndex: () => {
        const plan = inspect(
          file,
          (db) =>
            db.prepare(`EXPLAIN QUERY PLAN ${sqliteDueSql}`).all(at(0), 10) as { detail: string }[],
        );
        expect(plan.map((row) => row.detail).join('\n')).toMatch(
          /SEARCH applications USING INDEX applications_due_at \(due_at/,
        );
        expect(plan.map((row) => row.detail).join('\n')).not.toMatch(/TEMP B-TREE/);
        return Promise.resolve();
      },
    });
  },
  { durable: true, dueIndex: true },
);

describeProvisionalDeadlines('sqlite', () =>
  Promise.resolve({ store: createSqliteStore({ file: freshFile() }) }),
);

describeMultiProcess('sqlite', {
  fresh: () => Promise.resolve({ kind: 'sqlite', file: freshFile() }),
  open: openStore,
  afterCrashes: (spec) => {
    if (spec.kind !== 'sqlite') throw new Error('not sqlite');
    expect(inspect(spec.file, (db) => db.pragma('integrity_check', { simple: true }))).toBe('ok');
    return Promise.resolve();
  },
});

describe('sqlite store: the file', () => {
  it('is in WAL mode with the schema version recorded and the indexes in place', async () => {
    const file = freshFile();
    const store = createSqliteStore({ file, synchronous: 'normal' });
    await store.create(makeRecord('app-1'), makeEvent('SUBMIT'));
    inspect(file, (db) => {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.prepare('SELECT version FROM schema_version').all()).toEqual([
        { version: 1 },
        { version: 2 },
        { version: 3 },
        { version: 4 },
        { version: 5 },
      ]);
      // The recount of provisional deadlines reads its partial index.
      const recountPlan = db
        .prepare(
          'EXPLAIN QUERY PLAN SELECT a.body FROM applications a WHERE a.uncovered_from IS NOT NULL ' +
            'AND a.uncovered_from < ? ORDER BY a.created_at, a.id LIMIT ?',
        )
        .all('2028-01-01', 10) as { detail: string }[];
      expect(recountPlan.map((row) => row.detail).join('\n')).toMatch(/applications_uncovered/);
      // The inbox reads the (actor, due_key, id) key, not the whole table.
      const plan = db
        .prepare(`EXPLAIN QUERY PLAN ${sqliteInboxSql(2, true)}`)
        .all('a@b', 'c@d', '~', 'x', 10) as { detail: string }[];
      expect(plan.map((row) => row.detail).join('\n')).toMatch(
        /SEARCH application_pending USING PRIMARY KEY \(actor=\?/,
      );
      const indexes = db
        .prepare(
          "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name",
        )
        .all() as { name: string; sql: string }[];
      expect(indexes.find((i) => i.name === 'applications_due_at')?.sql).toMatch(
        /WHERE due_at IS NOT NULL$/,
      );
      expect(indexes.map((i) => i.name)).toContain('applications_service_state');
      // Inbox rows are found from the stored record and deleted by primary key (version 5).
      expect(indexes.map((i) => i.name)).not.toContain('application_pending_application');
    });
    await store.close();
    // Opening again migrates nothing.
    await createSqliteStore({ file }).close();
    expect(
      inspect(file, (db) => db.prepare('SELECT count(*) AS n FROM schema_version').get()),
    ).toEqual({
      n: 5,
    });
  });

  it('appends after another store wrote the row: a head it holds that is stale conflicts and writes nothing; the rows follow the stored record', async () => {
    const file = freshFile();
    const first = createSqliteStore({ file });
    const second = createSqliteStore({ file });
    const created = makeRecord('app-1', {
      pendingActors: ['front-office@dpmptsp'],
      actionDueAt: '2025-07-01T09:00:00+07:00',
      dueAt: at(600),
    });
    await first.create(created, makeEvent('SUBMIT')); // the first store holds version 1
    const accepted = nextRecord(created, {
      state: 'review',
      agencies: ['dpmptsp', 'dinkes'],
      pendingActors: ['head@dpmptsp'],
      actionDueAt: null,
      dueAt: null,
    });
    await second.append('app-1', 1, makeEvent('ACCEPT'), accepted);
    // The first store's head (version 1) is stale: the same conflict as without it.
    await expect(
      first.append('app-1', 1, makeEvent('ACCEPT'), nextRecord(created)),
    ).rejects.toMatchObject({ name: 'ConflictError', expectedVersion: 1, actualVersion: 2 });
    const returned = nextRecord(accepted, {
      state: 'intake',
      agencies: ['dpmptsp'],
      pendingActors: ['front-office@dpmptsp'],
      actionDueAt: '2025-07-02T09:00:00+07:00',
      dueAt: at(900),
    });
    await first.append('app-1', 2, makeEvent('RETURN'), returned);
    // And the second store's head (version 2) is stale in turn.
    await expect(second.append('app-1', 2, makeEvent('RETURN'), returned)).rejects.toMatchObject({
      name: 'ConflictError',
      expectedVersion: 2,
      actualVersion: 3,
    });
    const events = await second.events('app-1');
    expect(events.map((event) => event.type)).toEqual(['SUBMIT', 'ACCEPT', 'RETURN']);
    expect(events[2]?.prevHash).toBe(events[1]?.hash);
    expect(await second.get('app-1')).toEqual(returned);
    expect((await second.due(at(1000), 10)).map((record) => record.id)).toEqual(['app-1']);
    expect((await second.query({ agency: 'dinkes' })).items).toEqual([]);
    expect((await second.inbox({ actors: ['head@dpmptsp'] })).items).toEqual([]);
    await first.close();
    await second.close();
    inspect(file, (db) => {
      expect(db.prepare('SELECT state, due_at, head_hash FROM applications').all()).toEqual([
        { state: 'intake', due_at: at(900), head_hash: events[2]?.hash },
      ]);
      expect(db.prepare('SELECT agency FROM application_agencies').all()).toEqual([
        { agency: 'dpmptsp' },
      ]);
      expect(db.prepare('SELECT actor, due_key FROM application_pending').all()).toEqual([
        { actor: 'front-office@dpmptsp', due_key: '2025-07-02T02:00:00.000Z' },
      ]);
    });
  });

  it('migrates a version 4 file: the inbox index goes, its rows stay and follow appends', async () => {
    const file = freshFile();
    const store = createSqliteStore({ file });
    const record = makeRecord('app-1', {
      pendingActors: ['front-office@dpmptsp', 'head@dpmptsp'],
      actionDueAt: '2025-07-01T09:00:00+07:00',
    });
    await store.create(record, makeEvent('SUBMIT'));
    await store.close();
    // Back to version 4, as an older library left it.
    const old = new Database(file);
    old.exec(
      'CREATE INDEX application_pending_application ON application_pending (application_id); ' +
        'DELETE FROM schema_version WHERE version = 5;',
    );
    old.close();
    const reopened = createSqliteStore({ file });
    const inbox = async (actor: string) =>
      (await reopened.inbox({ actors: [actor] })).items.map((item) => item.id);
    expect(await inbox('head@dpmptsp')).toEqual(['app-1']);
    await reopened.append(
      'app-1',
      1,
      makeEvent('ACCEPT'),
      nextRecord(record, { pendingActors: ['head@dpmptsp'], actionDueAt: null }),
    );
    expect(await inbox('front-office@dpmptsp')).toEqual([]);
    expect(await inbox('head@dpmptsp')).toEqual(['app-1']);
    await reopened.close();
    inspect(file, (db) => {
      expect(db.prepare('SELECT max(version) AS v FROM schema_version').get()).toEqual({ v: 5 });
      expect(
        db
          .prepare("SELECT name FROM sqlite_master WHERE name = 'application_pending_application'")
          .all(),
      ).toEqual([]);
      expect(db.prepare('SELECT actor, due_key FROM application_pending').all()).toEqual([
        { actor: 'head@dpmptsp', due_key: '~' },
      ]);
    });
  });

  it('refuses to edit or delete events (append-only triggers)', async () => {
    const file = freshFile();
    const store = createSqliteStore({ file });
    await store.create(makeRecord('app-1'), makeEvent('SUBMIT'));
    await store.close();
    const db = new Database(file);
    try {
      expect(() => db.prepare("UPDATE events SET type = 'FORGED'").run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM events').run()).toThrow(/append-only/);
    } finally {
      db.close();
    }
  });

  it('refuses a file written by a newer schema version', async () => {
    const file = freshFile();
    await createSqliteStore({ file }).close();
    const db = new Database(file);
    db.prepare(
      "INSERT INTO schema_version (version, applied_at) VALUES (99, '2030-01-01T00:00:00.000Z')",
    ).run();
    db.close();
    expect(() => createSqliteStore({ file })).toThrow(
      expect.objectContaining({ code: 'schema_mismatch' }) as Error,
    );
  });

  it('reports a file that cannot be opened as StoreError io, and bad options as invalid_input', () => {
    let error: unknown;
    try {
      createSqliteStore({ file: join(dir, 'no-such-dir', 'x.sqlite') });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({
      code: 'io',
      messageId: expect.stringMatching(/^Penyimpanan permohonan gagal/) as string,
    });
    expect(() => createSqliteStore({ file: freshFile(), synchronous: 'off' as 'full' })).toThrow(
      expect.objectContaining({ code: 'invalid_input' }) as Error,
    );
  });
});
