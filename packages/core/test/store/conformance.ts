/**
 * The conformance suite every {@link MallStore} passes: `describeStoreConformance('sqlite', …)` in
 * each `store-*.test.ts`.
 */
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMall } from '../../src/load/loadMall.js';
import { NotFoundError, createMallRuntime } from '../../src/runtime/index.js';
import {
  ConflictError,
  GENESIS_HASH,
  StoreError,
  hashEvent,
  verifyChain,
  type ApplicationRecord,
  type MallStore,
} from '../../src/store/index.js';
import { applicant, at, makeEvent, makeRecord, nextRecord, officer } from './storeFixtures.js';

/** A store opened on a new, empty database, with what the suite needs around it. */
export interface StoreUnderTest {
  readonly store: MallStore;
  /** Opens another store on the same database (required with `features.durable`). */
  readonly reopen?: () => Promise<MallStore>;
  /** Asserts that `due()` is served by the due-date index (required with `features.dueIndex`). */
  readonly assertDueIndex?: () => Promise<void>;
  /** Removes the database after the test. */
  readonly dispose?: () => Promise<void>;
}

/** Opens a {@link StoreUnderTest} for one test. */
export type StoreFactory = () => Promise<StoreUnderTest>;

/** Optional parts of the suite. */
export interface StoreFeatures {
  /** The data outlives the store object: test `reopen`. */
  readonly durable?: boolean;
  /** The store has a due-date index to check: test `assertDueIndex`. */
  readonly dueIndex?: boolean;
}

async function expectRejection<E extends Error>(
  promise: Promise<unknown>,
  type: new (...args: never[]) => E,
): Promise<E> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(type);
  return error as E;
}

const batang = fileURLToPath(new URL('../../../../examples/batang', import.meta.url));

function ids(records: readonly ApplicationRecord[]): string[] {
  return records.map((r) => r.id);
}

/**
 * Defines the conformance tests of a store implementation.
 *
 * @example
 * ```ts
 * describeStoreConformance('memory', async () => ({ store: createMemoryStore() }));
 * ```
 */
export function describeStoreConformance(
  name: string,
  factory: StoreFactory,
  features: StoreFeatures = {},
): void {
  describe(`${name} store: conformance`, () => {
    const cleanups: (() => Promise<void>)[] = [];

    afterEach(async () => {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    });

    async function open(): Promise<StoreUnderTest> {
      const t = await factory();
      cleanups.push(async () => {
        await t.store.close();
        await t.dispose?.();
      });
      return t;
    }

    function track(store: MallStore): MallStore {
      cleanups.push(() => store.close());
      return store;
    }

    /** Creates a record with `n - 1` more events after the first. */
    async function seed(
      store: MallStore,
      record: ApplicationRecord,
      n = 1,
    ): Promise<ApplicationRecord> {
      await store.create(record, makeEvent('SUBMIT', { actor: applicant, at: record.createdAt }));
      let current = record;
      for (let i = 1; i < n; i++) {
        const next = nextRecord(current, { state: `step-${String(i)}` });
        await store.append(
          current.id,
          current.version,
          makeEvent('ADVANCE', { payload: { i } }),
          next,
        );
        current = next;
      }
      return current;
    }

    it('round-trips create, get and events', async () => {
      const { store } = await open();
      const record = makeRecord('app-1', { dueAt: at(60) });
      const event = makeEvent('SUBMIT', {
        actor: applicant,
        at: at(0),
        payload: { form: { luas: 120 } },
        reason: 'baru',
      });
      const stored = await store.create(record, event);

      expect(stored).toEqual({
        applicationId: 'app-1',
        seq: 1,
        type: 'SUBMIT',
        actor: applicant,
        at: at(0),
        payload: { form: { luas: 120 } },
        reason: 'baru',
        prevHash: GENESIS_HASH,
        hash: hashEvent(stored),
      });
      expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(await store.get('app-1')).toEqual(record);
      expect(await store.events('app-1')).toEqual([stored]);
      expect(await store.get('missing')).toBeUndefined();
      expect(await store.events('missing')).toEqual([]);
      expect(await store.count()).toBe(1);
    });

    it('stores an event without payload or reason as payload null and no reason', async () => {
      const { store } = await open();
      const stored = await store.create(makeRecord('app-1'), {
        type: 'SUBMIT',
        actor: applicant,
        at: at(0),
      });
      expect(stored.payload).toBeNull();
      expect('reason' in stored).toBe(false);
      const [read] = await store.events('app-1');
      expect(read).toEqual(stored);
      expect(read && 'reason' in read).toBe(false);
    });

    it('appends: the event gets the next seq and links to the previous hash, the record is replaced', async () => {
      const { store } = await open();
      const record = makeRecord('app-1');
      const first = await store.create(record, makeEvent('SUBMIT'));
      const next = nextRecord(record, {
        state: 'review',
        agencies: ['dpmptsp', 'dpupr', 'dlh'],
        dueAt: at(600),
      });
      const second = await store.append('app-1', 1, makeEvent('ACCEPT', { at: at(2) }), next);

      expect(second.seq).toBe(2);
      expect(second.prevHash).toBe(first.hash);
      expect(second.hash).toBe(hashEvent(second));
      expect(await store.get('app-1')).toEqual(next);
      expect(await store.events('app-1')).toEqual([first, second]);
    });

    it('refuses a stale append with ConflictError and writes nothing', async () => {
      const { store } = await open();
      const v2 = await seed(store, makeRecord('app-1'), 2);
      const before = await store.events('app-1');

      const error = await expectRejection(
        store.append(
          'app-1',
          1,
          makeEvent('DECIDE'),
          nextRecord(makeRecord('app-1'), { state: 'rejected' }),
        ),
        ConflictError,
      );
      expect(error).toMatchObject({
        code: 'conflict',
        applicationId: 'app-1',
        expectedVersion: 1,
        actualVersion: 2,
      });
      expect(error.message).toMatch(/version 2, not 1/);
      expect(error.messageId).toMatch(/versi 2, bukan 1/);

      expect(await store.get('app-1')).toEqual(v2);
      expect(await store.events('app-1')).toEqual(before);
      // The current version still works.
      await store.append('app-1', 2, makeEvent('DECIDE'), nextRecord(v2, { state: 'rejected' }));
      expect((await store.get('app-1'))?.version).toBe(3);
    });

    it('refuses an append to a missing application with ConflictError (actual version 0)', async () => {
      const { store } = await open();
      const error = await expectRejection(
        store.append('ghost', 1, makeEvent('ACCEPT'), nextRecord(makeRecord('ghost'))),
        ConflictError,
      );
      expect(error).toMatchObject({ applicationId: 'ghost', expectedVersion: 1, actualVersion: 0 });
      expect(await store.count()).toBe(0);
      expect(await store.events('ghost')).toEqual([]);
    });

    it('answers a missing id as missing, whatever it looks like, beside an existing one', async () => {
      const { store } = await open();
      await seed(store, makeRecord('app-1'), 2);
      // Pattern characters, case, padding, length, other scripts and a NUL (which no store can
      // hold) must neither find app-1 nor fail.
      const missing = [
        'x\u0000',
        'app-1\u0000',
        '\ud800',
        'ghost',
        'app_1',
        'app-%',
        '%',
        'APP-1',
        'app-1 ',
        ' app-1',
        'a'.repeat(10_000),
        'ÿ-ü-¡',
        "app-1' --",
      ];
      for (const id of missing) {
        expect(await store.get(id), id).toBeUndefined();
        expect(await store.events(id), id).toEqual([]);
        const append = store.append(id, 1, makeEvent('ACCEPT'), nextRecord(makeRecord(id)));
        if (id.includes('\u0000')) {
          // A write with a NUL is refused as bad input, as everywhere.
          expect((await expectRejection(append, StoreError)).code).toBe('invalid_input');
        } else {
          expect((await expectRejection(append, ConflictError)).actualVersion, id).toBe(0);
        }
      }
      expect(await store.count()).toBe(1);
    });

    it('gives not_found for a missing id through every runtime method that takes one', async () => {
      const { store } = await open();
      const loaded = await loadMall(batang);
      if (!loaded.ok) throw new Error('Batang does not load');
      const runtime = createMallRuntime(loaded.mall, { store, clock: () => at(0) });
      const calls: [string, (id: string) => Promise<unknown>][] = [
        ['get', (id) => runtime.get(id)],
        ['act', (id) => runtime.act(id, { type: 'ACCEPT', expectedVersion: 1, actor: officer })],
        ['withdraw', (id) => runtime.withdraw(id, { expectedVersion: 1, actor: applicant })],
        ['allowedActions', (id) => runtime.allowedActions(id)],
        ['timeline', (id) => runtime.timeline(id)],
        ['export', (id) => runtime.export(id)],
        ['verify', (id) => runtime.verify(id)],
        ['replay', (id) => runtime.replay(id)],
      ];
      for (const id of ['ghost', 'app_%', 'a'.repeat(10_000), 'app-1\u0000', '\ud800']) {
        for (const [method, call] of calls) {
          const error: unknown = await call(id).then(
            () => undefined,
            (caught: unknown) => caught,
          );
          expect(error, `${method}(${id.slice(0, 20)})`).toBeInstanceOf(NotFoundError);
          expect((error as NotFoundError).code).toBe('not_found');
        }
      }
    });

    it('refuses a duplicate create with ConflictError and keeps the original', async () => {
      const { store } = await open();
      const original = await seed(store, makeRecord('app-1'), 3);
      const events = await store.events('app-1');
      const error = await expectRejection(
        store.create(makeRecord('app-1', { serviceId: 'sip' }), makeEvent('SUBMIT')),
        ConflictError,
      );
      expect(error).toMatchObject({
        code: 'conflict',
        applicationId: 'app-1',
        expectedVersion: 0,
        actualVersion: 3,
      });
      expect(error.message).toMatch(/already exists/);
      expect(await store.get('app-1')).toEqual(original);
      expect(await store.events('app-1')).toEqual(events);
      expect(await store.count()).toBe(1);
    });

    const record1 = makeRecord('app-1');
    it.each<[string, (store: MallStore) => Promise<unknown>]>([
      [
        'create with version 2',
        (s) => s.create({ ...makeRecord('app-2'), version: 2 }, makeEvent('SUBMIT')),
      ],
      ['create with an empty id', (s) => s.create(makeRecord(''), makeEvent('SUBMIT'))],
      [
        'create with a Date in the snapshot',
        (s) => s.create(makeRecord('app-2', { snapshot: { d: new Date(0) } }), makeEvent('SUBMIT')),
      ],
      [
        'create with a local time as dueAt',
        (s) => s.create(makeRecord('app-2', { dueAt: '2025-07-01T09:00:00' }), makeEvent('SUBMIT')),
      ],
      [
        'create with an event without actor role',
        (s) => s.create(makeRecord('app-2'), makeEvent('SUBMIT', { actor: { id: 'x', role: '' } })),
      ],
      [
        'append with a NaN in the payload',
        (s) =>
          s.append('app-1', 1, makeEvent('A', { payload: { n: Number.NaN } }), nextRecord(record1)),
      ],
      [
        'append with an undefined array item',
        (s) =>
          s.append('app-1', 1, makeEvent('A', { payload: [1, undefined] }), nextRecord(record1)),
      ],
      [
        'append with a NUL in the reason',
        (s) => s.append('app-1', 1, makeEvent('A', { reason: 'x\u0000' }), nextRecord(record1)),
      ],
      [
        'append with a NUL in the actor id',
        (s) =>
          s.append(
            'app-1',
            1,
            makeEvent('A', { actor: { id: '\u0000', role: 'applicant' } }),
            nextRecord(record1),
          ),
      ],
      [
        'create with a NUL in the applicant id',
        (s) => s.create(makeRecord('app-2', { applicantId: 'akun\u0000' }), makeEvent('SUBMIT')),
      ],
      [
        'append with a bigint',
        (s) => s.append('app-1', 1, makeEvent('A', { payload: { n: 1n } }), nextRecord(record1)),
      ],
      [
        'append with record.version not expected + 1',
        (s) => s.append('app-1', 1, makeEvent('A'), { ...record1, version: 3 }),
      ],
      [
        'append with another record id',
        (s) => s.append('app-1', 1, makeEvent('A'), nextRecord(makeRecord('app-9'))),
      ],
      [
        'append that changes serviceVersion',
        (s) =>
          s.append('app-1', 1, makeEvent('A'), nextRecord(record1, { serviceVersion: '2026.1' })),
      ],
      [
        'append that changes createdAt',
        (s) => s.append('app-1', 1, makeEvent('A'), nextRecord(record1, { createdAt: at(5) })),
      ],
      [
        'append with expected version 0',
        (s) => s.append('app-1', 0, makeEvent('A'), { ...record1, version: 1 }),
      ],
      [
        'append with an event at without zone',
        (s) =>
          s.append('app-1', 1, makeEvent('A', { at: '2025-07-01 09:00' }), nextRecord(record1)),
      ],
    ])(
      'refuses malformed input with StoreError invalid_input and writes nothing: %s',
      async (_label, act) => {
        const { store } = await open();
        await store.create(record1, makeEvent('SUBMIT'));
        const events = await store.events('app-1');
        const error = await expectRejection(act(store), StoreError);
        expect(error.code).toBe('invalid_input');
        expect(error.messageId).toMatch(/^Masukan ke penyimpanan permohonan tidak valid/);
        expect(await store.count()).toBe(1);
        expect(await store.get('app-1')).toEqual(record1);
        expect(await store.events('app-1')).toEqual(events);
      },
    );

    it('keeps a hash chain that verifies after many appends', async () => {
      const { store } = await open();
      const last = await seed(store, makeRecord('app-1'), 60);
      await seed(store, makeRecord('app-2'), 5);
      const events = await store.events('app-1');

      expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
      expect(last.version).toBe(60);
      expect(verifyChain(events, { version: last.version })).toEqual({ ok: true });
      events.forEach((event, i) => {
        expect(event.hash).toBe(hashEvent(event));
        expect(event.prevHash).toBe(i === 0 ? GENESIS_HASH : events[i - 1]?.hash);
      });
      expect(verifyChain(await store.events('app-2'), { version: 5 })).toEqual({ ok: true });
      // The chains are per application: the same content in another application hashes differently.
      expect((await store.events('app-2'))[1]?.hash).not.toBe(events[1]?.hash);
    });

    /** Eight applications covering every filter. */
    async function seedQueryData(store: MallStore): Promise<void> {
      const rows: ApplicationRecord[] = [
        makeRecord('a1', {
          serviceId: 'pbg',
          state: 'intake',
          agencies: ['dpmptsp'],
          createdAt: at(1),
          dueAt: at(100),
        }),
        makeRecord('a2', {
          serviceId: 'pbg',
          state: 'review',
          agencies: ['dpmptsp', 'dpupr'],
          createdAt: at(2),
          dueAt: at(50),
        }),
        makeRecord('a3', {
          serviceId: 'sip',
          state: 'review',
          agencies: ['dinkes'],
          createdAt: at(3),
          dueAt: null,
        }),
        makeRecord('a4', {
          serviceId: 'pbg',
          state: 'issued',
          agencies: ['dpmptsp', 'dlh'],
          createdAt: at(4),
          dueAt: null,
          applicantId: 'nik-2',
        }),
        makeRecord('a5', {
          serviceId: 'sip',
          state: 'intake',
          agencies: ['dinkes', 'dpmptsp'],
          createdAt: at(5),
          dueAt: at(10),
          applicantId: 'nik-2',
        }),
        makeRecord('a6', {
          serviceId: 'pbg',
          state: 'review',
          agencies: ['dlh'],
          createdAt: at(5),
          dueAt: at(200),
        }),
        makeRecord('a0', {
          serviceId: 'pbg',
          state: 'review',
          agencies: ['dpupr', 'dlh'],
          createdAt: at(5),
          dueAt: at(30),
        }),
        makeRecord('a7', {
          serviceId: 'nib',
          state: 'rejected',
          agencies: [],
          createdAt: at(0),
          dueAt: null,
        }),
      ];
      for (const row of rows)
        await store.create({ ...row, updatedAt: row.createdAt }, makeEvent('SUBMIT'));
    }

    it('queries by service, agency, state, applicant and overdue instant, ordered by createdAt then id (overdue: by dueAt then id)', async () => {
      const { store } = await open();
      await seedQueryData(store);
      const q = async (query: Parameters<MallStore['query']>[0]) =>
        ids((await store.query(query)).items);

      expect(await q({})).toEqual(['a7', 'a1', 'a2', 'a3', 'a4', 'a0', 'a5', 'a6']);
      expect(await q({ serviceId: 'pbg' })).toEqual(['a1', 'a2', 'a4', 'a0', 'a6']);
      expect(await q({ agency: 'dpmptsp' })).toEqual(['a1', 'a2', 'a4', 'a5']);
      expect(await q({ agency: 'dlh' })).toEqual(['a4', 'a0', 'a6']);
      expect(await q({ agency: 'nobody' })).toEqual([]);
      expect(await q({ state: 'review' })).toEqual(['a2', 'a3', 'a0', 'a6']);
      expect(await q({ state: ['intake', 'issued'] })).toEqual(['a1', 'a4', 'a5']);
      expect(await q({ state: [] })).toEqual([]);
      expect(await q({ applicantId: 'nik-2' })).toEqual(['a4', 'a5']);
      // Overdue: most overdue first, as the due index (due_at, id) orders them.
      expect(await q({ overdueAt: at(50) })).toEqual(['a5', 'a0', 'a2']);
      expect(await q({ overdueAt: '2025-07-01T08:50:00+07:00' })).toEqual(['a5', 'a0', 'a2']);
      expect(await q({ overdueAt: at(1000) })).toEqual(['a5', 'a0', 'a2', 'a1', 'a6']);
      expect(await q({ serviceId: 'pbg', state: 'review', agency: 'dlh' })).toEqual(['a0', 'a6']);
      expect(
        await q({ serviceId: 'pbg', state: 'review', agency: 'dlh', overdueAt: at(100) }),
      ).toEqual(['a0']);
      expect(
        await q({ serviceId: 'sip', applicantId: 'nik-2', state: ['intake'], agency: 'dinkes' }),
      ).toEqual(['a5']);
    });

    it('finds applications with provisional due dates counted before a day (uncoveredBefore), following appends', async () => {
      const { store } = await open();
      await store.create(makeRecord('p1', { uncoveredFrom: '2027-01-01' }), makeEvent('SUBMIT'));
      await store.create(
        makeRecord('p2', { uncoveredFrom: '2028-01-01', createdAt: at(1) }),
        makeEvent('SUBMIT'),
      );
      await store.create(makeRecord('p3', { createdAt: at(2) }), makeEvent('SUBMIT'));
      await store.create(
        makeRecord('p4', { uncoveredFrom: null, createdAt: at(3) }),
        makeEvent('SUBMIT'),
      );
      const q = async (day: string) => ids((await store.query({ uncoveredBefore: day })).items);
      expect(await q('2027-01-01')).toEqual([]);
      expect(await q('2028-01-01')).toEqual(['p1']);
      expect(await q('2029-01-01')).toEqual(['p1', 'p2']);
      expect((await store.get('p1'))?.uncoveredFrom).toBe('2027-01-01');
      // A recount that confirms the dates clears the field; the query no longer finds it.
      const p1 = (await store.get('p1')) as ApplicationRecord;
      await store.append('p1', 1, makeEvent('RECOUNT'), nextRecord(p1, { uncoveredFrom: null }));
      expect(await q('2029-01-01')).toEqual(['p2']);
      await expect(store.query({ uncoveredBefore: '1 Jan 2028' })).rejects.toMatchObject({
        code: 'invalid_input',
      });
      await expect(
        store.create(makeRecord('p5', { uncoveredFrom: 'soon' }), makeEvent('SUBMIT')),
      ).rejects.toMatchObject({ code: 'invalid_input' });
      expect(await store.get('p5')).toBeUndefined();
    });

    it('follows the agencies of the latest record', async () => {
      const { store } = await open();
      const record = makeRecord('app-1', { agencies: ['dpmptsp'] });
      await store.create(record, makeEvent('SUBMIT'));
      await store.append(
        'app-1',
        1,
        makeEvent('ROUTE'),
        nextRecord(record, { agencies: ['dpmptsp', 'dlh', 'dlh'] }),
      );
      expect(ids((await store.query({ agency: 'dlh' })).items)).toEqual(['app-1']);
      const v2 = await store.get('app-1');
      await store.append(
        'app-1',
        2,
        makeEvent('ROUTE'),
        nextRecord(v2 as ApplicationRecord, { agencies: ['dpupr'] }),
      );
      expect(ids((await store.query({ agency: 'dlh' })).items)).toEqual([]);
      expect(ids((await store.query({ agency: 'dpmptsp' })).items)).toEqual([]);
      expect(ids((await store.query({ agency: 'dpupr' })).items)).toEqual(['app-1']);
    });

    it('pages through results with an opaque cursor', async () => {
      const { store } = await open();
      // 23 records; several share a createdAt, so the id breaks ties.
      const expected: string[] = [];
      for (let i = 0; i < 23; i++) {
        const id = `app-${String(22 - i).padStart(2, '0')}`;
        const record = makeRecord(id, {
          createdAt: at(Math.floor(i / 3)),
          state: i % 2 ? 'review' : 'intake',
        });
        await store.create(record, makeEvent('SUBMIT'));
      }
      for (let minute = 0; minute < 8; minute++) {
        const group: string[] = [];
        for (let i = minute * 3; i < Math.min(minute * 3 + 3, 23); i++)
          group.push(`app-${String(22 - i).padStart(2, '0')}`);
        expected.push(...group.sort());
      }

      const seen: string[] = [];
      let page = await store.query({ limit: 5 });
      let pages = 1;
      while (page.next) {
        expect(page.items).toHaveLength(5);
        seen.push(...ids(page.items));
        page = await store.query({ limit: 5, after: page.next });
        pages++;
      }
      seen.push(...ids(page.items));
      expect(pages).toBe(5);
      expect(page.items).toHaveLength(3);
      expect(seen).toEqual(expected);

      // With a filter, and a page size that divides the result exactly: no empty last page.
      const reviews = expected.filter((id) => Number(id.slice(4)) % 2 === 1);
      const first = await store.query({ state: 'review', limit: reviews.length });
      expect(ids(first.items)).toEqual(reviews);
      expect(first.next).toBeUndefined();
      const half = await store.query({ state: 'review', limit: 6 });
      expect(half.next).toBeDefined();
      const rest = await store.query({ state: 'review', limit: 6, after: half.next as string });
      expect([...ids(half.items), ...ids(rest.items)]).toEqual(reviews);
      expect(rest.next).toBeUndefined();

      expect((await store.query({})).next).toBeUndefined();

      // An overdue query pages in due order; due instants tie (written with different offsets),
      // so the id breaks ties; each kind of cursor resumes only its own kind of query.
      const dues = ['2025-07-01T09:00:00+07:00', '2025-07-01T02:00:00Z', at(-100), at(-100)];
      for (let i = 0; i < 12; i++) {
        await store.create(
          makeRecord(`due-${String(i).padStart(2, '0')}`, { dueAt: dues[i % 4] ?? null }),
          makeEvent('SUBMIT'),
        );
      }
      const dueOrder = [2, 3, 6, 7, 10, 11, 0, 1, 4, 5, 8, 9].map(
        (i) => `due-${String(i).padStart(2, '0')}`,
      );
      const overdue: string[] = [];
      let duePage = await store.query({ overdueAt: at(60), limit: 5 });
      overdue.push(...ids(duePage.items));
      while (duePage.next !== undefined) {
        expect(duePage.items).toHaveLength(5);
        const after = duePage.next;
        duePage = await store.query({ overdueAt: at(60), limit: 5, after });
        overdue.push(...ids(duePage.items));
        await expect(store.query({ limit: 5, after })).rejects.toMatchObject({
          code: 'invalid_input',
        });
      }
      expect(overdue).toEqual(dueOrder);
      await expect(
        store.query({ overdueAt: at(60), after: half.next as string }),
      ).rejects.toMatchObject({ code: 'invalid_input' });

      for (const bad of [
        { after: 'not a cursor!' },
        { after: 'bm90LWpzb24' },
        { limit: 0 },
        { limit: 1001 },
        { limit: 2.5 },
      ]) {
        const error = await expectRejection(store.query(bad), StoreError);
        expect(error.code).toBe('invalid_input');
      }
    });

    it('lists the inbox of some actors: soonest actionDueAt first, none last, distinct, paged, following appends', async () => {
      const { store } = await open();
      const specs: [string, string[], string | null][] = [
        ['i-none', ['front-office@dpmptsp'], null],
        ['i-late', ['front-office@dpmptsp', 'head@dpmptsp'], at(600)],
        ['i-b', ['front-office@dpmptsp'], at(60)],
        ['i-a', ['head@dpmptsp'], at(60)],
        ['i-early', ['reviewer@dlh'], '2025-07-01T08:00:00+07:00'],
        ['i-other', ['reviewer@dpupr'], at(1)],
        ['i-nobody', [], at(2)],
      ];
      for (const [id, pendingActors, actionDueAt] of specs)
        await store.create(makeRecord(id, { pendingActors, actionDueAt }), makeEvent('SUBMIT'));
      const mine = ['front-office@dpmptsp', 'head@dpmptsp', 'reviewer@dlh'];
      const all = await store.inbox({ actors: mine });
      expect(ids(all.items)).toEqual(['i-early', 'i-a', 'i-b', 'i-late', 'i-none']);
      expect(all.next).toBeUndefined();
      expect(all.items[0]?.actionDueAt).toBe('2025-07-01T08:00:00+07:00');
      expect(all.items[0]?.pendingActors).toEqual(['reviewer@dlh']);

      const seen: string[] = [];
      let page = await store.inbox({ actors: mine, limit: 2 });
      seen.push(...ids(page.items));
      while (page.next !== undefined) {
        page = await store.inbox({ actors: mine, limit: 2, after: page.next });
        seen.push(...ids(page.items));
      }
      expect(seen).toEqual(ids(all.items));

      // An append that moves the work to someone else takes it out of this inbox.
      const late = (await store.get('i-late')) as ApplicationRecord;
      await store.append(
        'i-late',
        1,
        makeEvent('ACCEPT'),
        nextRecord(late, { pendingActors: ['reviewer@dpupr'], actionDueAt: at(5) }),
      );
      expect(ids((await store.inbox({ actors: ['head@dpmptsp'] })).items)).toEqual(['i-a']);
      expect(ids((await store.inbox({ actors: ['reviewer@dpupr'] })).items)).toEqual([
        'i-other',
        'i-late',
      ]);
      const none = (await store.get('i-none')) as ApplicationRecord;
      await store.append('i-none', 1, makeEvent('DONE'), nextRecord(none, { pendingActors: [] }));
      expect(ids((await store.inbox({ actors: ['front-office@dpmptsp'] })).items)).toEqual(['i-b']);

      // An append that keeps one actor and adds another, then one that only moves the due
      // instant (before i-early's): the rows that stayed, the new one and the new order.
      const b1 = (await store.get('i-b')) as ApplicationRecord;
      const b2 = nextRecord(b1, { pendingActors: ['front-office@dpmptsp', 'reviewer@dlh'] });
      await store.append('i-b', 1, makeEvent('SHARE'), b2);
      expect(ids((await store.inbox({ actors: ['front-office@dpmptsp'] })).items)).toEqual(['i-b']);
      expect(ids((await store.inbox({ actors: ['reviewer@dlh'] })).items)).toEqual([
        'i-early',
        'i-b',
      ]);
      await store.append('i-b', 2, makeEvent('HURRY'), nextRecord(b2, { actionDueAt: at(-60) }));
      expect(ids((await store.inbox({ actors: ['reviewer@dlh'] })).items)).toEqual([
        'i-b',
        'i-early',
      ]);
      expect(ids((await store.inbox({ actors: mine })).items)).toEqual(['i-b', 'i-early', 'i-a']);
      for (const bad of [
        { actors: [] },
        { actors: ['x'], after: 'not a cursor!' },
        { actors: ['x'], limit: 0 },
      ]) {
        const error = await expectRejection(store.inbox(bad), StoreError);
        expect(error.code).toBe('invalid_input');
      }
    });

    it('lists due applications earliest first, ties by id, at most limit', async () => {
      const { store } = await open();
      const dues: [string, string | null][] = [
        ['d-late', at(300)],
        ['d-b', at(100)],
        ['d-a', at(100)],
        ['d-none', null],
        ['d-early', '2025-07-01T07:30:00+07:00'], // = at(-30)
        ['d-offset', '2025-07-01T08:50:00+07:00'], // = at(50)
        ['d-future', at(10_000)],
      ];
      for (const [id, dueAt] of dues)
        await store.create(makeRecord(id, { dueAt }), makeEvent('SUBMIT'));

      expect(ids(await store.due(at(300), 100))).toEqual([
        'd-early',
        'd-offset',
        'd-a',
        'd-b',
        'd-late',
      ]);
      expect(ids(await store.due(at(100), 100))).toEqual(['d-early', 'd-offset', 'd-a', 'd-b']);
      expect(ids(await store.due(at(99), 100))).toEqual(['d-early', 'd-offset']);
      expect(ids(await store.due(at(300), 3))).toEqual(['d-early', 'd-offset', 'd-a']);
      expect(ids(await store.due(at(-31), 10))).toEqual([]);

      // A new deadline moves the application; clearing it removes it.
      const early = (await store.get('d-early')) as ApplicationRecord;
      await store.append(
        'd-early',
        1,
        makeEvent('RESUBMIT'),
        nextRecord(early, { dueAt: at(200) }),
      );
      const offset = (await store.get('d-offset')) as ApplicationRecord;
      await store.append(
        'd-offset',
        1,
        makeEvent('DECIDE'),
        nextRecord(offset, { dueAt: null, state: 'issued' }),
      );
      expect(ids(await store.due(at(300), 100))).toEqual(['d-a', 'd-b', 'd-early', 'd-late']);
      expect((await store.due(at(300), 1))[0]).toEqual(await store.get('d-a'));

      await expectRejection(store.due('tomorrow', 10), StoreError);
      await expectRejection(store.due(at(0), 0), StoreError);
    });

    it('claims due applications under a lease that other claimers respect until it ends', async () => {
      const { store } = await open();
      for (let i = 0; i < 5; i++) {
        await store.create(makeRecord(`c${String(i)}`, { dueAt: at(i) }), makeEvent('SUBMIT'));
      }
      await store.create(makeRecord('c-later', { dueAt: at(500) }), makeEvent('SUBMIT'));

      const first = await store.claimDue(at(10), 3, at(20));
      expect(ids(first)).toEqual(['c0', 'c1', 'c2']);
      expect(ids(await store.claimDue(at(11), 10, at(21)))).toEqual(['c3', 'c4']);
      expect(await store.claimDue(at(15), 10, at(25))).toEqual([]);
      // due() ignores leases.
      expect(ids(await store.due(at(15), 10))).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);

      // A claimed application is appended with the claimed version; a second writer with the same version loses.
      const claimed = first[0] as ApplicationRecord;
      await store.append(
        'c0',
        claimed.version,
        makeEvent('TICK'),
        nextRecord(claimed, { dueAt: null, state: 'escalated' }),
      );
      await expectRejection(
        store.append('c0', claimed.version, makeEvent('TICK'), nextRecord(claimed)),
        ConflictError,
      );

      // Once the first lease ends, what is still due is claimable again.
      expect(ids(await store.claimDue(at(20), 10, at(30)))).toEqual(['c1', 'c2']);
      expect(ids(await store.claimDue(at(21), 10, at(30)))).toEqual(['c3', 'c4']);
      expect(ids(await store.claimDue(at(600), 10, at(700)))).toEqual([
        'c1',
        'c2',
        'c3',
        'c4',
        'c-later',
      ]);

      const error = await expectRejection(store.claimDue(at(10), 3, at(10)), StoreError);
      expect(error.code).toBe('invalid_input');
    });

    it('gives back JSON exactly: unicode, nesting, numbers, odd keys', async () => {
      const { store } = await open();
      const payload = {
        indonesian: 'Persetujuan Bangunan Gedung — luas 120 m², retribusi Rp1.200.000',
        scripts: 'ꦧꦠꦁ (Jawa) · 中文 · العربية · עברית · Ελληνικά',
        emoji: '🏛️👩🏽‍💼✅',
        escapes: 'quote " backslash \\ newline \n tab \t nul \u0000 bell \u0007 line-sep \u2028',
        lone: 'lone surrogate \ud800 here',
        empty: '',
        numbers: [0, 1, -1, 0.1, 1e21, -2.5e-7, 9007199254740991, 123456789.123],
        booleans: [true, false],
        nothing: null,
        nested: {
          a: [{ b: [[{ c: { d: ['deep', { e: null }] } }]] }],
          '': 'empty key',
          'a.b': 1,
          'x y': 2,
          ñ: 3,
        },
        order: { z: 1, a: 2, m: 3 },
        emptyObject: {},
        emptyArray: [],
      };
      const snapshot = {
        status: 'active',
        value: { review: { dpupr: 'pending', dlh: 'done' } },
        context: payload,
      };
      const record = makeRecord('app-ü/ø#1', { snapshot });
      const stored = await store.create(
        record,
        makeEvent('SUBMIT', { payload, reason: 'alasan: "dikembalikan" ✓' }),
      );

      expect(await store.get('app-ü/ø#1')).toEqual(record);
      const [read] = await store.events('app-ü/ø#1');
      expect(read).toEqual(stored);
      expect(read?.payload).toEqual(payload);
      expect(read?.reason).toBe('alasan: "dikembalikan" ✓');
      expect(verifyChain(await store.events('app-ü/ø#1'), { version: 1 })).toEqual({ ok: true });

      // Properties whose value is undefined are dropped, as JSON does.
      await store.create(
        makeRecord('app-2', { snapshot: { kept: 1, dropped: undefined } }),
        makeEvent('SUBMIT'),
      );
      expect((await store.get('app-2'))?.snapshot).toEqual({ kept: 1 });
      expect(Object.keys((await store.get('app-2'))?.snapshot as object)).toEqual(['kept']);
    });

    it('is isolated from the caller: neither side can change the other through shared objects', async () => {
      const { store } = await open();
      const snapshot = { context: { items: ['a'] } };
      const record = { ...makeRecord('app-1'), snapshot, agencies: ['dpmptsp'] };
      const payload = { list: [1, 2] };
      const event = { ...makeEvent('SUBMIT'), payload, actor: { ...officer } };
      const stored = await store.create(record, event);

      snapshot.context.items.push('mutated');
      record.agencies.push('mutated');
      payload.list.push(3);
      (event.actor as { id: string }).id = 'mutated';
      (stored.payload as { list: number[] }).list.push(4);

      const got = (await store.get('app-1')) as ApplicationRecord;
      expect(got.snapshot).toEqual({ context: { items: ['a'] } });
      expect(got.agencies).toEqual(['dpmptsp']);
      expect(ids((await store.query({ agency: 'mutated' })).items)).toEqual([]);
      const [first] = await store.events('app-1');
      expect(first?.payload).toEqual({ list: [1, 2] });
      expect(first?.actor.id).toBe(officer.id);

      (got.snapshot as { context: { items: string[] } }).context.items.length = 0;
      (first as { type: string }).type = 'mutated';
      expect(((await store.get('app-1'))?.snapshot as typeof snapshot).context.items).toEqual([
        'a',
      ]);
      expect((await store.events('app-1'))[0]?.type).toBe('SUBMIT');
      expect(verifyChain(await store.events('app-1'))).toEqual({ ok: true });
    });

    it('counts, closes idempotently, and refuses work once closed', async () => {
      const { store } = await open();
      expect(await store.count()).toBe(0);
      await seed(store, makeRecord('app-1'));
      await seed(store, makeRecord('app-2'));
      expect(await store.count()).toBe(2);
      await store.close();
      await store.close();
      for (const act of [
        () => store.get('app-1'),
        () => store.events('app-1'),
        () => store.count(),
        () => store.query({}),
        () => store.due(at(0), 1),
        () => store.create(makeRecord('app-3'), makeEvent('SUBMIT')),
      ]) {
        const error = await expectRejection(act(), StoreError);
        expect(error.code).toBe('closed');
        expect(error.messageId).toBe('Penyimpanan permohonan sudah ditutup.');
      }
    });

    if (features.durable) {
      it('finds everything again after reopening', async () => {
        const t = await open();
        expect(t.reopen).toBeDefined();
        const a = await seed(t.store, makeRecord('app-1', { dueAt: at(5) }), 7);
        const b = await seed(
          t.store,
          makeRecord('app-2', { createdAt: at(1), agencies: ['dlh'] }),
          2,
        );
        const eventsA = await t.store.events('app-1');
        await t.store.close();

        const again = track(await (t.reopen as () => Promise<MallStore>)());
        expect(await again.count()).toBe(2);
        expect(await again.get('app-1')).toEqual(a);
        expect(await again.get('app-2')).toEqual(b);
        expect(await again.events('app-1')).toEqual(eventsA);
        expect(verifyChain(await again.events('app-1'), { version: 7 })).toEqual({ ok: true });
        expect(ids(await again.due(at(10), 10))).toEqual(['app-1']);
        expect(ids((await again.query({ agency: 'dlh' })).items)).toEqual(['app-2']);
        await again.append('app-1', 7, makeEvent('CONTINUE'), nextRecord(a));
        expect(verifyChain(await again.events('app-1'), { version: 8 })).toEqual({ ok: true });
      });
    }

    if (features.dueIndex) {
      it('serves due() from the due-date index', async () => {
        const t = await open();
        expect(t.assertDueIndex).toBeDefined();
        for (let i = 0; i < 20; i++) {
          await t.store.create(
            makeRecord(`i${String(i)}`, { dueAt: i % 2 ? at(i) : null }),
            makeEvent('SUBMIT'),
          );
        }
        await (t.assertDueIndex as () => Promise<void>)();
      });
    }
  });
}
