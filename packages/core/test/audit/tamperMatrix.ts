/**
 * The tamper matrix: kinds of change someone with write access to the database (or to the heads
 * file a second party keeps) can make, each run on a real store and audited three ways — the hash
 * chain alone (what `verify` checked before signed heads), `auditMall` without heads (chain and
 * record against replay), and `auditMall` with the signed heads.
 */
import { describe, expect, it } from 'vitest';
import type { MallConfig } from '@mpp-kit/schemas';
import {
  createAuditKey,
  createMemoryStore,
  GENESIS_HASH,
  hashEvent,
  listChainHeads,
  parseAuditKey,
  signChainHead,
  verifyChain,
  type ApplicationRecord,
  type MallStore,
  type NewEvent,
  type SignedChainHead,
  type StoredEvent,
} from '../../src/store/index.js';
import { auditMall, createMallRuntime, type MallRuntime } from '../../src/runtime/index.js';
import {
  batang,
  batangNik,
  createTestClock,
  officer,
  pbgDocuments,
  pbgFacts,
} from '../runtime/runtimeFixtures.js';

/** One application's rows as the store gives them back. */
export interface StoredApplication {
  record: ApplicationRecord;
  events: StoredEvent[];
}

/** What a raw database connection lets a test (the attacker) do to one store. */
export interface RawDatabase {
  /** Replaces (or inserts) an application's record and its whole event log, bypassing the store. */
  write(application: StoredApplication): Promise<void>;
  /** Removes an application's record and events. */
  remove(id: string): Promise<void>;
  close(): Promise<void>;
}

/** A fresh, empty store and a raw connection to the same database. */
export type OpenTamperTarget = () => Promise<{
  store: MallStore;
  reopen: () => Promise<MallStore>;
  raw: () => Promise<RawDatabase>;
}>;

type Call =
  | { kind: 'create'; record: ApplicationRecord; event: NewEvent }
  | { kind: 'append'; id: string; expected: number; event: NewEvent; record: ApplicationRecord };

const clone = <T>(value: T): T => structuredClone(value);

/** A memory store that also remembers every create and append, to play them again elsewhere. */
function recordingStore(): { store: MallStore; calls: Call[] } {
  const inner = createMemoryStore();
  const calls: Call[] = [];
  const store: MallStore = Object.create(inner) as MallStore;
  Object.assign(store, {
    create: (record: ApplicationRecord, event: NewEvent) => {
      calls.push({ kind: 'create', record: clone(record), event: clone(event) });
      return inner.create(record, event);
    },
    append: (id: string, expected: number, event: NewEvent, record: ApplicationRecord) => {
      calls.push({ kind: 'append', id, expected, event: clone(event), record: clone(record) });
      return inner.append(id, expected, event, record);
    },
  });
  return { store, calls };
}

const frontOffice = officer('front-office', 'dpmptsp');
const dpupr = officer('reviewer', 'dpupr');
const dlh = officer('reviewer', 'dlh');
const backOffice = officer('back-office', 'dpmptsp');
const treasurer = officer('treasurer', 'dpmptsp');
const head = officer('head', 'dpmptsp');

/** Ids of the scenario's applications. */
const A = 'app-a';
const B = 'app-b';
const C = 'app-c';
/** An application made outside the runtime of the mall, to be slipped into the database. */
const FORGED = 'app-forged';
const START = '2025-05-05T02:00:00Z';
/** When the heads are signed: after every action of the scenario. */
const EXPORT_AT = '2025-05-20T02:00:00.000Z';

interface Scenario {
  mall: MallConfig;
  calls: Call[];
  /** The rows of each application after every step: `history[id][v - 1]` at version v. */
  history: Map<string, StoredApplication[]>;
  final: Map<string, StoredApplication>;
  forged: StoredApplication;
}

async function rowsOf(store: MallStore, id: string): Promise<StoredApplication> {
  const record = await store.get(id);
  if (record === undefined) throw new Error(`no ${id}`);
  return { record, events: await store.events(id) };
}

/** Three PBG applications at different points: A paid (6 events), B accepted (2), C submitted (1). */
async function buildScenario(): Promise<Scenario> {
  const mall = await batang();
  const { store, calls } = recordingStore();
  const clock = createTestClock(START);
  const ids = [A, B, C];
  const runtime = createMallRuntime(mall, { store, clock, createId: () => ids.shift() ?? 'x' });
  const history = new Map<string, StoredApplication[]>();
  const keep = async (id: string) => {
    const list = history.get(id) ?? [];
    list.push(await rowsOf(store, id));
    history.set(id, list);
  };
  const act = async (id: string, type: string, actor: typeof head, hours = 2) => {
    clock.advanceHours(hours);
    const current = await store.get(id);
    await runtime.act(id, { type, actor, expectedVersion: current?.version ?? 0 });
    await keep(id);
  };
  for (const [n, id] of [A, B, C].entries()) {
    await runtime.submit({
      serviceId: 'pbg',
      documents: pbgDocuments,
      facts: pbgFacts,
      applicant: { id: `akun-${String(n)}`, nik: batangNik(n + 1), name: 'Siti Aminah' },
    });
    await keep(id);
  }
  await act(A, 'ACCEPT', frontOffice);
  await act(B, 'ACCEPT', frontOffice);
  await act(A, 'APPROVE', dpupr, 24);
  await act(A, 'APPROVE', dlh, 24);
  await act(A, 'ASSESS', backOffice);
  await act(A, 'PAID', treasurer, 48);
  const final = new Map<string, StoredApplication>();
  for (const id of [A, B, C]) final.set(id, await rowsOf(store, id));

  // A whole application made with the mall's own rules on a scratch store, dated before the export.
  const scratch = createMemoryStore();
  const forger = createMallRuntime(mall, {
    store: scratch,
    clock: createTestClock(START),
    createId: () => FORGED,
  });
  await forger.submit({
    serviceId: 'pbg',
    documents: pbgDocuments,
    facts: pbgFacts,
    applicant: { id: 'akun-forged', nik: batangNik(9), name: 'Nama Palsu' },
  });
  return { mall, calls, history, final, forged: await rowsOf(scratch, FORGED) };
}

/** Plays the scenario's writes on `store`, through its own API (so its rows are its own). */
async function populate(store: MallStore, calls: readonly Call[]): Promise<void> {
  for (const call of calls) {
    if (call.kind === 'create') await store.create(call.record, call.event);
    else await store.append(call.id, call.expected, call.event, call.record);
  }
}

/** Recomputes `prevHash` and `hash` from `from` (an index) to the end, as a careful forger does. */
function rehash(events: StoredEvent[], from = 0, renumber = false): void {
  for (let i = from; i < events.length; i++) {
    const event = events[i] as StoredEvent;
    const prevHash = i === 0 ? GENESIS_HASH : (events[i - 1] as StoredEvent).hash;
    const base = { ...event, ...(renumber ? { seq: i + 1 } : {}), prevHash };
    events[i] = { ...base, hash: hashEvent(base) };
  }
}

/** The state a tamper kind works on: every application's rows, and the second party's heads. */
interface Image {
  apps: Map<string, StoredApplication>;
  heads: SignedChainHead[];
  scenario: Scenario;
  /** A runtime over the real store, for changes made through the runtime itself. */
  runtime: MallRuntime;
}

function app(image: Image, id: string): StoredApplication {
  const found = image.apps.get(id);
  if (found === undefined) throw new Error(`no ${id} in the image`);
  return found;
}

function event(application: StoredApplication, seq: number): StoredEvent {
  const found = application.events[seq - 1];
  if (found === undefined) throw new Error(`no event ${String(seq)}`);
  return found;
}

/** Replaces event `seq` of `application` with `change(event)`. */
function editEvent(
  application: StoredApplication,
  seq: number,
  change: (event: StoredEvent) => StoredEvent,
): void {
  application.events[seq - 1] = change(event(application, seq));
}

function setRecord(application: StoredApplication, change: Partial<ApplicationRecord>): void {
  application.record = { ...application.record, ...change };
}

/** Rolls an application back to an earlier version, record and events, exactly as it was then. */
function rollBack(image: Image, id: string, version: number): void {
  const earlier = image.scenario.history.get(id)?.[version - 1];
  if (earlier === undefined) throw new Error(`no ${id} at ${String(version)}`);
  image.apps.set(id, clone(earlier));
}

/**
 * One kind of tampering, and whether each audit detects it: the chain alone, the chain and the
 * record against replay, and all that with the signed heads.
 */
interface TamperKind {
  readonly name: string;
  readonly apply: (image: Image) => void | Promise<void>;
  readonly detected: { readonly chain: boolean; readonly replay: boolean; readonly heads: boolean };
}

const all = { chain: true, replay: true, heads: true };
const replayAndHeads = { chain: false, replay: true, heads: true };
const headsOnly = { chain: false, replay: false, heads: true };
const none = { chain: false, replay: false, heads: false };

/** The kinds (the red team's 27 were not listed; these cover each way they described and more). */
export const tamperKinds: readonly TamperKind[] = [
  {
    name: 'edit a payload',
    apply: (i) =>
      editEvent(app(i, A), 1, (e) => ({ ...e, payload: { ...(e.payload as object), facts: {} } })),
    detected: all,
  },
  {
    name: 'edit a payload and rehash that event only',
    apply: (i) => {
      const a = app(i, A);
      editEvent(a, 2, (e) => ({ ...e, payload: { checklist: ['ktp'] } }));
      const edited = event(a, 2);
      editEvent(a, 2, () => ({ ...edited, hash: hashEvent(edited) }));
    },
    detected: all,
  },
  {
    name: 'edit a middle payload and rehash the rest of the chain',
    apply: (i) => {
      const a = app(i, A);
      editEvent(a, 2, (e) => ({ ...e, payload: { checklist: ['ktp'] } }));
      rehash(a.events, 1);
    },
    detected: headsOnly,
  },
  {
    name: 'edit the submitted facts and rehash the whole chain',
    apply: (i) => {
      const a = app(i, A);
      editEvent(a, 1, (e) => ({
        ...e,
        payload: { ...(e.payload as object), facts: { ...pbgFacts, floorArea: 1 } },
      }));
      rehash(a.events);
    },
    detected: headsOnly,
  },
  {
    name: 'rewrite the last event (its reason) with its hash',
    apply: (i) => {
      const a = app(i, A);
      editEvent(a, 6, (e) => ({ ...e, reason: 'dibayar tunai' }));
      rehash(a.events, 5);
    },
    detected: headsOnly,
  },
  {
    name: 'rewrite the last event as another action with its hash',
    apply: (i) => {
      const b = app(i, B);
      editEvent(b, 2, (e) => ({ ...e, type: 'REJECT', reason: 'berkas tidak lengkap' }));
      rehash(b.events, 1);
    },
    detected: replayAndHeads,
  },
  {
    name: 'cut the last event, leaving the version',
    apply: (i) => {
      app(i, A).events.pop();
    },
    detected: all,
  },
  {
    name: 'cut the last event and lower the version',
    apply: (i) => {
      const a = app(i, A);
      a.events.pop();
      setRecord(a, { version: 5 });
    },
    detected: replayAndHeads,
  },
  {
    name: 'roll an application back to an earlier version, record and events',
    apply: (i) => {
      rollBack(i, A, 4);
    },
    detected: headsOnly,
  },
  {
    name: 'roll every application back to the day before (an old backup)',
    apply: (i) => {
      rollBack(i, A, 2);
      rollBack(i, B, 1);
    },
    detected: headsOnly,
  },
  {
    name: 'edit the record only: state',
    apply: (i) => {
      setRecord(app(i, A), { state: 'issued' });
    },
    detected: replayAndHeads,
  },
  {
    name: 'edit the record only: due date',
    apply: (i) => {
      setRecord(app(i, B), { dueAt: '2030-01-01T00:00:00.000Z' });
    },
    detected: replayAndHeads,
  },
  {
    name: 'edit the record only: snapshot',
    apply: (i) => {
      const b = app(i, B);
      setRecord(b, { snapshot: { ...(b.record.snapshot as object), value: 'issued' } });
    },
    detected: replayAndHeads,
  },
  {
    name: 'edit the record only: inbox (who acts next)',
    apply: (i) => {
      setRecord(app(i, B), { pendingActors: ['head@dpmptsp'] });
    },
    detected: replayAndHeads,
  },
  {
    name: 'edit the record only: applicant',
    apply: (i) => {
      setRecord(app(i, C), { applicantId: 'akun-lain' });
    },
    detected: replayAndHeads,
  },
  {
    name: 'edit the record only: agencies',
    apply: (i) => {
      setRecord(app(i, C), { agencies: ['dpmptsp'] });
    },
    detected: replayAndHeads,
  },
  {
    name: 'raise the record version',
    apply: (i) => {
      setRecord(app(i, B), { version: 3 });
    },
    detected: all,
  },
  {
    name: 'swap two events',
    apply: (i) => {
      const a = app(i, A);
      const [third, fourth] = [event(a, 3), event(a, 4)];
      a.events[2] = { ...fourth, seq: 3 };
      a.events[3] = { ...third, seq: 4 };
    },
    detected: all,
  },
  {
    name: 'swap two events, renumber and rehash',
    apply: (i) => {
      const a = app(i, A);
      const [second, third] = [event(a, 2), event(a, 3)];
      a.events[1] = third;
      a.events[2] = second;
      rehash(a.events, 1, true);
    },
    detected: replayAndHeads,
  },
  {
    name: 'delete a middle event',
    apply: (i) => {
      app(i, A).events.splice(2, 1);
    },
    detected: all,
  },
  {
    name: 'delete a middle event, renumber, rehash and lower the version',
    apply: (i) => {
      const a = app(i, A);
      a.events.splice(3, 1);
      rehash(a.events, 3, true);
      setRecord(a, { version: 5 });
    },
    detected: replayAndHeads,
  },
  {
    name: 'insert a forged event in the middle',
    apply: (i) => {
      const a = app(i, A);
      const copy = { ...event(a, 3), seq: 4 };
      a.events.splice(3, 0, copy);
      a.events.forEach((e, n) => (a.events[n] = { ...e, seq: n + 1 }));
      setRecord(a, { version: a.events.length });
    },
    detected: all,
  },
  {
    name: 'move an event from one application to another',
    apply: (i) => {
      const a = app(i, A);
      const b = app(i, B);
      b.events[1] = { ...event(a, 2), applicationId: B };
    },
    detected: all,
  },
  {
    name: 'swap two applications, records and logs relabelled and rehashed',
    apply: (i) => {
      const b = app(i, B);
      const c = app(i, C);
      const relabel = (from: StoredApplication, id: string): StoredApplication => {
        const events = from.events.map((e) => ({ ...e, applicationId: id }));
        rehash(events);
        return { record: { ...from.record, id }, events };
      };
      i.apps.set(B, relabel(c, B));
      i.apps.set(C, relabel(b, C));
    },
    detected: headsOnly,
  },
  {
    name: 'change an actor',
    apply: (i) => editEvent(app(i, A), 3, (e) => ({ ...e, actor: { ...e.actor, id: 'nip-lain' } })),
    detected: all,
  },
  {
    name: 'change an actor and rehash',
    apply: (i) => {
      const a = app(i, A);
      editEvent(a, 3, (e) => ({ ...e, actor: { ...e.actor, id: 'nip-lain' } }));
      rehash(a.events, 2);
    },
    detected: headsOnly,
  },
  {
    name: 'change an actor’s agency and rehash',
    apply: (i) => {
      const a = app(i, A);
      editEvent(a, 3, (e) => ({ ...e, actor: { ...e.actor, agency: 'dlh' } }));
      rehash(a.events, 2);
    },
    detected: replayAndHeads,
  },
  {
    name: 'change a timestamp',
    apply: (i) => editEvent(app(i, A), 2, (e) => ({ ...e, at: '2025-05-05T03:30:00.000Z' })),
    detected: all,
  },
  {
    name: 'change a middle timestamp and rehash',
    apply: (i) => {
      const a = app(i, A);
      editEvent(a, 3, (e) => ({ ...e, at: '2025-05-06T04:30:00.000Z' }));
      rehash(a.events, 2);
    },
    detected: headsOnly,
  },
  {
    name: 'change the last timestamp and rehash, record left alone',
    apply: (i) => {
      const b = app(i, B);
      editEvent(b, 2, (e) => ({ ...e, at: '2025-05-05T05:00:00.000Z' }));
      rehash(b.events, 1);
    },
    detected: replayAndHeads,
  },
  {
    name: 'change the last timestamp, rehash, and the record’s update time with it',
    apply: (i) => {
      const b = app(i, B);
      editEvent(b, 2, (e) => ({ ...e, at: '2025-05-05T05:00:00.000Z' }));
      rehash(b.events, 1);
      setRecord(b, { updatedAt: '2025-05-05T05:00:00.000Z' });
    },
    // The due dates the record holds are counted from the action's time.
    detected: replayAndHeads,
  },
  {
    name: 'delete a whole application',
    apply: (i) => {
      i.apps.delete(C);
    },
    detected: headsOnly,
  },
  {
    name: 'insert a whole application, dated before the export',
    apply: (i) => {
      i.apps.set(FORGED, clone(i.scenario.forged));
    },
    detected: headsOnly,
  },
  {
    name: 'forge a head in the heads file',
    apply: (i) => {
      const h = i.heads.find((x) => x.applicationId === A);
      if (h) i.heads[i.heads.indexOf(h)] = { ...h, version: h.version - 1 };
    },
    detected: headsOnly,
  },
  {
    name: 'append an event the lifecycle accepts, as a forged officer, after the export',
    apply: async (i) => {
      await i.runtime.act(A, {
        type: 'ISSUE',
        actor: { ...head, id: 'nip-palsu' },
        expectedVersion: 6,
      });
    },
    detected: none,
  },
];

/** Audits a store the three ways. */
async function audit(
  runtime: MallRuntime,
  store: MallStore,
  heads: readonly SignedChainHead[],
  publicKey: ReturnType<typeof parseAuditKey>,
): Promise<{ chain: boolean; replay: boolean; heads: boolean }> {
  let chain = false;
  let page = await store.query({ limit: 1000 });
  for (const record of page.items) {
    if (!verifyChain(await store.events(record.id), { version: record.version }).ok) chain = true;
  }
  while (page.next !== undefined) page = await store.query({ limit: 1000, after: page.next });
  const mallId = 'mpp-batang';
  const replay = (await auditMall(runtime, store, { mallId })).findings.length > 0;
  const signed = await auditMall(runtime, store, {
    mallId,
    heads,
    ...(publicKey === undefined ? {} : { publicKey: publicKey.publicKey }),
  });
  return { chain, replay, heads: signed.findings.length > 0 };
}

/** Writes the image's changes since `before` through the raw connection. */
async function writeBack(
  raw: RawDatabase,
  before: Map<string, StoredApplication>,
  after: Map<string, StoredApplication>,
): Promise<void> {
  for (const id of before.keys()) if (!after.has(id)) await raw.remove(id);
  for (const [id, application] of after) {
    if (JSON.stringify(before.get(id)) !== JSON.stringify(application))
      await raw.write(application);
  }
}

/** The matrix on one store. */
export function describeTamperMatrix(name: string, open: OpenTamperTarget): void {
  describe(`tamper matrix on ${name}`, () => {
    let scenario: Promise<Scenario> | undefined;
    const key = createAuditKey();
    const parsed = parseAuditKey(key.privateKeyPem);

    async function run(kind: TamperKind | undefined) {
      scenario ??= buildScenario();
      const s = await scenario;
      const target = await open();
      await populate(target.store, s.calls);
      const heads: SignedChainHead[] = [];
      for await (const h of listChainHeads(target.store)) {
        if (!parsed?.privateKey) throw new Error('the key does not parse');
        heads.push(
          signChainHead({ mallId: 'mpp-batang', signedAt: EXPORT_AT, ...h }, parsed.privateKey),
        );
      }
      const apps = new Map<string, StoredApplication>();
      for (const id of [A, B, C]) apps.set(id, await rowsOf(target.store, id));
      const before = clone(apps);
      const clock = createTestClock('2025-05-21T02:00:00Z');
      const runtime = createMallRuntime(s.mall, { store: target.store, clock });
      const image: Image = { apps, heads, scenario: s, runtime };
      await kind?.apply(image);
      await target.store.close();
      const raw = await target.raw();
      try {
        await writeBack(raw, before, image.apps);
      } finally {
        await raw.close();
      }
      const store = await target.reopen();
      try {
        return await audit(createMallRuntime(s.mall, { store, clock }), store, heads, parsed);
      } finally {
        await store.close();
      }
    }

    it('finds nothing in an untouched store, with or without heads', async () => {
      expect(await run(undefined)).toEqual({ chain: false, replay: false, heads: false });
    });

    it.each(tamperKinds.map((kind) => [kind.name, kind] as const))('%s', async (_name, kind) => {
      expect(await run(kind)).toEqual(kind.detected);
    });
  });
}
