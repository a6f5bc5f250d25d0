/**
 * Property-based tests of the runtime: random sequences of actions from random actors (right and
 * wrong role, agency and applicant) and of scheduler runs, on three Batang services, never break
 * the invariants: no unauthorized action is accepted, a refused action writes nothing, an issued
 * permit passed every required review and payment (read from the timeline), replaying the events
 * gives the stored snapshot, and the audit chain verifies. On the memory store, and once on SQLite.
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { actorMatches } from '@mpp-kit/workflows';
import {
  ConflictError,
  createMemoryStore,
  type ActorRef,
  type MallStore,
} from '../src/store/index.js';
import { createSqliteStore } from '../src/store/sqlite/index.js';
import {
  createMallRuntime,
  ForbiddenError,
  InvalidActionError,
  ValidationError,
  type ApplicationSummary,
  type SubmitInput,
  type TimelineEntry,
} from '../src/runtime/index.js';
import { createMallCalendar } from '../src/calendar/createMallCalendar.js';
import { dueInstant } from '../src/runtime/_deadlines.js';
import { compileLifecycle } from '../src/runtime/_lifecycleRegistry.js';
import { advance, persistedSnapshot, restoreSnapshot } from '../src/runtime/_machineRunner.js';
import { resolveServiceDefinition } from '../src/runtime/index.js';
import type { WorkflowContext, WorkflowMachine } from '@mpp-kit/workflows';
import {
  batang,
  batangNik,
  createTestClock,
  pbgDocuments,
  pbgFacts,
} from './runtime/runtimeFixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'mpp-runtime-properties-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const OWNER = 'akun-pemilik';

/** What the random runs did, so a test can check they exercised both sides. */
const seen = { accepted: 0, forbidden: 0, invalid: 0, conflicts: 0, issued: 0, ticks: 0 };

const submissions: Record<string, SubmitInput> = {
  pbg: {
    serviceId: 'pbg',
    applicant: { id: OWNER, nik: batangNik(3) },
    documents: pbgDocuments,
    facts: pbgFacts,
  },
  'sip-bidan': { serviceId: 'sip-bidan', applicant: { id: OWNER, nik: batangNik(4) } },
  'ktp-el': { serviceId: 'ktp-el', applicant: { id: OWNER, nik: batangNik(5) } },
};
const serviceIds = Object.keys(submissions);

const roles = ['front-office', 'back-office', 'reviewer', 'head', 'treasurer'];
const agencies = ['dpmptsp', 'dpupr', 'dlh', 'dinkes', 'disdukcapil'];
const actorPool: ActorRef[] = [
  ...roles.flatMap((role) =>
    agencies.map((agency) => ({ id: `nip-${role}-${agency}`, role, agency })),
  ),
  { id: OWNER, role: 'applicant' },
  { id: 'akun-lain', role: 'applicant' },
  { id: OWNER, role: 'applicant', agency: 'dpmptsp' },
  { id: 'nip-tanpa-instansi', role: 'reviewer' },
];
const typePool = [
  'ACCEPT',
  'REJECT',
  'RETURN',
  'RESUBMIT',
  'WITHDRAW',
  'EXTEND',
  'APPROVE',
  'RECOMMEND',
  'ASSESS',
  'PAID',
  'ISSUE',
  'COMPLETE',
  'HAND_OVER',
];

const command = fc.record({
  kind: fc.constantFrom('act', 'act', 'act', 'act', 'tick', 'stale'),
  biased: fc.boolean(),
  typePick: fc.nat(),
  actorPick: fc.nat(),
  hours: fc.integer({ min: 0, max: 96 }),
  withReason: fc.boolean(),
  days: fc.integer({ min: 1, max: 3 }),
});
const scenario = fc.record({
  serviceId: fc.constantFrom(...serviceIds),
  commands: fc.array(command, { minLength: 1, maxLength: 30 }),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

const machines = new Map<string, Promise<WorkflowMachine>>();
function machineOf(serviceId: string): Promise<WorkflowMachine> {
  let machine = machines.get(serviceId);
  if (machine === undefined) {
    machine = batang().then(
      (mall) =>
        compileLifecycle(resolveServiceDefinition(mall, serviceId), createMallCalendar(mall))
          .machine,
    );
    machines.set(serviceId, machine);
  }
  return machine;
}

/**
 * The next deadline as the machine itself answers it: the earliest due date of the context at
 * whose passing a TICK changes the snapshot. The record's `dueAt` must be exactly this.
 */
async function probedDueAt(serviceId: string, persisted: unknown): Promise<string | null> {
  const snapshot = restoreSnapshot(await machineOf(serviceId), persisted);
  if (snapshot.status !== 'active') return null;
  const context = snapshot.context as WorkflowContext;
  const dates = [context.stepDue, context.serviceDue, context.returned?.waitDue ?? null]
    .filter((d): d is string => d !== null)
    .sort();
  for (const date of dates) {
    const at = dueInstant(date, 'Asia/Jakarta') as string;
    try {
      if (advance(snapshot, { type: 'TICK', at }) !== snapshot) return at;
    } catch {
      return at;
    }
  }
  return null;
}

/**
 * The runtime's own persisted snapshot is XState's `getPersistedSnapshot`, key for key, and
 * restoring then persisting gives back the stored snapshot byte for byte.
 */
async function expectPersistedAsXState(serviceId: string, stored: unknown): Promise<void> {
  const machine = await machineOf(serviceId);
  const snapshot = restoreSnapshot(machine, stored);
  const ours = JSON.stringify(persistedSnapshot(snapshot));
  expect(ours).toBe(JSON.stringify(machine.getPersistedSnapshot(snapshot as never)));
  expect(ours).toBe(JSON.stringify(stored));
}

/** The accepted events of the timeline after the last one of `types` in `step`. */
function since(
  timeline: readonly TimelineEntry[],
  step: string,
  types: readonly string[],
): TimelineEntry[] {
  const last = timeline.findLastIndex((e) => e.step === step && types.includes(e.type));
  return timeline.slice(last + 1);
}

/** An issued permit passed every required review and payment, in order. */
function assertIssuedProperly(serviceId: string, timeline: readonly TimelineEntry[]): void {
  const index = (type: string, step: string, from = 0) =>
    timeline.findIndex((e, i) => i >= from && e.type === type && e.step === step);
  const escalatedBefore = (i: number) =>
    timeline
      .slice(0, i)
      .some((e) => e.type === 'TICK' && (e.payload as { effect?: string }).effect === 'expiry');
  const path: Record<string, [string, string][]> = {
    pbg: [
      ['ACCEPT', 'intake'],
      ['APPROVE', 'technical-review'],
      ['ASSESS', 'levy-assessment'],
      ['PAID', 'payment'],
      ['ISSUE', 'issuance'],
    ],
    'sip-bidan': [
      ['ACCEPT', 'intake'],
      ['RECOMMEND', 'review'],
      ['APPROVE', 'decision'],
      ['ISSUE', 'issuance'],
    ],
    'ktp-el': [
      ['ACCEPT', 'intake'],
      ['COMPLETE', 'processing'],
      ['HAND_OVER', 'hand-over'],
    ],
  };
  let at = 0;
  for (const [type, step] of path[serviceId] ?? []) {
    const found = index(type, step, at);
    expect(found, `${serviceId}: ${type} in ${step} before issuance`).toBeGreaterThanOrEqual(at);
    at = found + 1;
  }
  if (serviceId === 'pbg') {
    // Every team agency approved in the last round, or the escalation decided for the team.
    const round = since(timeline, 'technical-review', ['RESUBMIT', 'RETURN']).filter(
      (e) => e.step === 'technical-review' && e.type === 'APPROVE',
    );
    const approvedBy = new Set(round.map((e) => e.actor.agency));
    const byEscalation = round.some(
      (e) => e.actor.role === 'head' && escalatedBefore(timeline.indexOf(e)),
    );
    expect(
      byEscalation || (approvedBy.has('dpupr') && approvedBy.has('dlh')),
      'technical team approval',
    ).toBe(true);
    // Paid after the levy was assessed.
    expect(timeline.findLastIndex((e) => e.type === 'PAID')).toBeGreaterThan(
      timeline.findLastIndex((e) => e.type === 'ASSESS'),
    );
  }
}

async function runScenario(store: MallStore, { serviceId, commands }: Scenario): Promise<void> {
  const clock = createTestClock('2025-02-03T01:00:00Z');
  const runtime = createMallRuntime(await batang(), { store, clock });
  const submitted = await runtime.submit(submissions[serviceId] as SubmitInput);
  const id = submitted.id;
  let current: ApplicationSummary = submitted;
  for (const step of commands) {
    clock.advanceHours(step.hours);
    if (step.kind === 'tick') {
      const result = await runtime.runDueDeadlines(clock());
      expect(result.failed).toEqual([]);
      seen.ticks += result.delivered;
      const record = await store.get(id);
      expect(record?.dueAt).toBe(await probedDueAt(serviceId, record?.snapshot));
      current = (await runtime.query({ applicantId: OWNER })).items[0] as ApplicationSummary;
      continue;
    }
    const before = await runtime.allowedActions(id);
    const pending = current.pending;
    // Biased steps mostly take the lifecycle forward (the first pending action), sometimes another.
    const type =
      step.biased && pending.length > 0
        ? (pending[step.typePick % 4 === 0 ? step.typePick % pending.length : 0]?.type as string)
        : (typePool[step.typePick % typePool.length] as string);
    const named = pending.find((p) => p.type === type)?.allowed ?? [];
    const candidates: ActorRef[] =
      step.biased && named.length > 0
        ? named.map((a) =>
            a.agency === 'applicant'
              ? { id: OWNER, role: 'applicant' }
              : { id: `nip-${a.role}-${a.agency}`, role: a.role, agency: a.agency },
          )
        : actorPool;
    const actor = candidates[step.actorPick % candidates.length] as ActorRef;
    const stale = step.kind === 'stale' && current.version > 1;
    const expectedVersion = stale ? current.version - 1 : current.version;
    const written = [(await store.get(id))?.version, (await store.events(id)).length];
    const allowed = before.find((a) => a.type === type)?.allowed ?? [];
    const isAllowed = allowed.some((a) => actorMatches(actor, a, OWNER));
    try {
      current = await runtime.act(id, {
        type,
        actor,
        expectedVersion,
        ...(step.withReason ? { reason: 'Alasan uji' } : {}),
        ...(type === 'EXTEND' ? { days: step.days } : {}),
      });
      // No unauthorized action is ever accepted, and never on a stale version.
      expect(
        isAllowed,
        `${type} by ${actor.role}@${actor.agency ?? '-'} (${actor.id}) was accepted`,
      ).toBe(true);
      expect(stale).toBe(false);
      expect(current.version).toBe((written[0] as number) + 1);
      // The scheduler's next deadline is exactly when the machine would next change by time.
      const record = await store.get(id);
      expect(record?.dueAt).toBe(await probedDueAt(serviceId, record?.snapshot));
      await expectPersistedAsXState(serviceId, record?.snapshot);
      seen.accepted += 1;
    } catch (error) {
      if (error instanceof ForbiddenError) seen.forbidden += 1;
      if (error instanceof InvalidActionError) seen.invalid += 1;
      if (error instanceof ConflictError) seen.conflicts += 1;
      if (stale) expect(error).toBeInstanceOf(ConflictError);
      else {
        expect(
          [ValidationError, ForbiddenError, InvalidActionError].some(
            (type) => error instanceof type,
          ),
          String(error),
        ).toBe(true);
        // Whoever the lifecycle allows is never told they are forbidden.
        if (isAllowed) expect(error).not.toBeInstanceOf(ForbiddenError);
      }
      // A refusal writes nothing.
      expect([(await store.get(id))?.version, (await store.events(id)).length]).toEqual(written);
    }
  }
  const replay = await runtime.replay(id);
  expect(replay.matches, JSON.stringify({ stored: replay.stored, replayed: replay.replayed })).toBe(
    true,
  );
  expect(await runtime.verify(id)).toEqual({ ok: true });
  const final = await runtime.get(id);
  if (final.state === 'issued') {
    assertIssuedProperly(serviceId, await runtime.timeline(id));
    seen.issued += 1;
  }
}

describe('runtime invariants under random actions', () => {
  it('hold on the memory store', async () => {
    await batang();
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const store = createMemoryStore();
        try {
          await runScenario(store, s);
        } finally {
          await store.close();
        }
      }),
      { numRuns: 200 },
    );
    // The runs exercised both sides: accepted and refused actions, stale versions, deadlines.
    expect(seen.accepted).toBeGreaterThan(100);
    expect(seen.forbidden).toBeGreaterThan(100);
    expect(seen.invalid).toBeGreaterThan(10);
    expect(seen.conflicts).toBeGreaterThan(10);
    expect(seen.ticks).toBeGreaterThan(0);
    expect(seen.issued).toBeGreaterThan(0);
  }, 120_000);

  it('reach issuance often enough to test it', async () => {
    // A guard for the property above: biased actions do lead to issued permits.
    let issued = 0;
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const store = createMemoryStore();
        const biased = {
          ...s,
          commands: Array.from({ length: 24 }, (_, i) => ({
            ...(s.commands[i % s.commands.length] as Scenario['commands'][number]),
            kind: 'act' as const,
            biased: true,
            typePick: 1,
            withReason: true,
            hours: 2,
          })),
        };
        await runScenario(store, biased);
        const runtime = createMallRuntime(await batang(), { store });
        const [app] = (await runtime.query({})).items;
        if (app?.state === 'issued') issued += 1;
      }),
      { numRuns: 20 },
    );
    expect(issued).toBeGreaterThan(0);
  }, 120_000);

  it('hold on the SQLite store', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const store = createSqliteStore({
          file: join(dir, `run-${String(++n)}.sqlite`),
          synchronous: 'normal',
        });
        try {
          await runScenario(store, s);
        } finally {
          await store.close();
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
