// createMallRuntime refuses wrong arguments when it is called, with a message in English and
// Indonesian that says how to fix the call — not later, inside a request, with "store.create is
// not a function". Plain JavaScript callers have no type checker: these are the values they pass.
import { describe, expect, it } from 'vitest';
import type { MallConfig } from '@mpp-kit/schemas';
import { createMallCalendar } from '../src/calendar/createMallCalendar.js';
import { loadMall } from '../src/load/loadMall.js';
import {
  createMallRuntime,
  RuntimeOptionsError,
  type MallRuntimeOptions,
} from '../src/runtime/index.js';
import { createMemoryStore, StoreError } from '../src/store/index.js';
import { createPostgresStore } from '../src/store/postgres/index.js';
import { batang, batangNik } from './runtime/runtimeFixtures.js';

const mall = await batang();
const store = createMemoryStore();

/** Calls createMallRuntime as JavaScript would, without the type checker. */
const create = (mallArgument: unknown, options: unknown) => () =>
  createMallRuntime(mallArgument as MallConfig, options as MallRuntimeOptions);

function refusal(run: () => unknown): RuntimeOptionsError {
  try {
    run();
  } catch (error) {
    if (error instanceof RuntimeOptionsError) return error;
    throw error;
  }
  throw new Error('createMallRuntime accepted it');
}

describe('createMallRuntime checks its arguments', () => {
  it.each<[string, () => unknown, string, string, string]>([
    [
      'an un-awaited createPostgresStore()',
      create(mall, { store: Promise.resolve(store) }),
      'store',
      'options.store is a Promise, not a store. createPostgresStore() is asynchronous: await it first',
      'options.store berupa Promise, bukan penyimpanan',
    ],
    [
      'no store',
      create(mall, { clock: () => new Date() }),
      'store',
      'options.store is missing. Give the store applications are kept in: createMemoryStore()',
      'options.store tidak ada',
    ],
    [
      'an object that is not a store',
      create(mall, { store: { get: () => undefined } }),
      'store',
      'it has no create(), append(), events(), query(), inbox(), claimDue() method',
      'tidak ada metode create(), append()',
    ],
    [
      'a Date as the clock',
      create(mall, { store, clock: new Date() }),
      'clock',
      'options.clock is a Date, not a function. The clock is called for the time of every action: () => new Date()',
      'options.clock berupa Date, bukan fungsi',
    ],
    [
      'an id maker that is a string',
      create(mall, { store, createId: 'uuid' }),
      'createId',
      'options.createId is string "uuid", not a function',
      'options.createId berupa string "uuid", bukan fungsi',
    ],
    [
      'a logger that is console',
      create(mall, { store, logger: console }),
      'logger',
      'options.logger is an object, not a function. It receives one entry per action',
      'bukan fungsi',
    ],
    [
      'a calendar that is not one',
      create(mall, { store, calendar: { timeZone: 'Asia/Jakarta' } }),
      'calendar',
      'options.calendar is not a working-day calendar. Leave it out',
      'options.calendar bukan kalender hari kerja',
    ],
    [
      'no options',
      create(mall, undefined),
      'options',
      'options is undefined, not an object. Pass at least { store }',
      'options berupa undefined, bukan objek',
    ],
    [
      "loadMall()'s result instead of its mall",
      create({ ok: true, mall, document: mall, issues: [], files: [] }, { store }),
      'mall',
      'the first argument is the result of loadMall(), not the mall. Check result.ok, then pass result.mall.',
      'argumen pertama adalah hasil loadMall(), bukan malnya',
    ],
    [
      'something else than a mall',
      create({ services: [] }, { store }),
      'mall',
      'the first argument is not a loaded mall',
      'argumen pertama bukan mal yang telah dimuat',
    ],
  ])('%s', (_case, run, option, english, indonesian) => {
    const error = refusal(run);
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toMatchObject({ name: 'RuntimeOptionsError', code: 'invalid_options', option });
    expect(error.message).toContain(english);
    expect(error.messageId).toContain(indonesian);
  });

  it('accepts a loaded mall with a store, and each optional option when it is right', () => {
    expect(() =>
      createMallRuntime(mall, {
        store,
        clock: () => '2025-05-05T02:00:00Z',
        createId: () => 'a-1',
        logger: () => undefined,
        calendar: createMallCalendar(mall),
      }),
    ).not.toThrow();
  });

  it('names an undeclared calendar of mall.calendars in both languages, with the declared ones', () => {
    const broken = { ...mall, mall: { ...mall.mall, calendars: ['id-nasional'] } };
    let error: unknown;
    try {
      createMallCalendar(broken);
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({
      name: 'CalendarDefinitionError',
      code: 'invalid_calendar',
      calendarId: 'id-nasional',
      issues: [{ code: 'unknown_reference', path: ['mall', 'calendars', 0] }],
    });
    const { message, messageId } = error as { message: string; messageId: string };
    expect(message).toContain('mall.calendars.0: Unknown calendar "id-nasional".');
    expect(messageId).toContain('mall.calendars.0: Kalender "id-nasional" tidak dikenal.');
    // What to do: the hint lists the declared calendars.
    for (const declared of mall.calendars.map((calendar) => calendar.id)) {
      expect(message).toContain(declared);
      expect(messageId).toContain(declared);
    }
  });

  it('refuses a clock that gives no instant at the first action, and writes nothing', async () => {
    const own = createMemoryStore();
    const runtime = createMallRuntime(mall, { store: own, clock: () => 'yesterday' });
    const submitted = runtime.submit({
      serviceId: 'skck',
      applicant: { id: 'akun-1', nik: batangNik(1) },
      facts: { feeRow: 'wni' },
    });
    await expect(submitted).rejects.toBeInstanceOf(RuntimeOptionsError);
    await expect(submitted).rejects.toMatchObject({
      option: 'clock',
      message: expect.stringContaining('returned string "yesterday", not an instant') as string,
    });
    expect(await own.count()).toBe(0);
  });

  it('is what the loadMall result narrows to: a result that did not load has no mall to pass', async () => {
    const result = await loadMall('no/such/folder');
    expect(result.ok).toBe(false);
    expect(refusal(create(result, { store })).option).toBe('mall');
  });
});

describe('createPostgresStore checks its options before connecting', () => {
  it.each<[string, unknown, string]>([
    ['no options', undefined, 'createPostgresStore takes an options object'],
    [
      'neither a URL nor a pool',
      { schema: 'mpp' },
      'give either options.connectionString or options.pool',
    ],
    [
      'both',
      { connectionString: 'postgres://x', pool: { connect() {}, query() {}, end() {} } },
      'give either options.connectionString or options.pool',
    ],
    ['a pool that is not one', { pool: { query() {} } }, 'it has no connect, end method'],
    [
      'a bad schema name',
      { connectionString: 'postgres://x', schema: 'My Schema' },
      'options.schema',
    ],
  ])('%s', async (_case, options, message) => {
    const opened = createPostgresStore(options as never);
    await expect(opened).rejects.toBeInstanceOf(StoreError);
    await expect(opened).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining(message) as string,
    });
  });
});
