import { join } from 'node:path';
import type { MallConfig } from '@mpp-kit/schemas';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore, loadMall, type ActorRef, type MallStore } from '../src/index.js';
import { reportDeadlineCompliance, type DeadlineEventPayload } from '../src/reports/index.js';
import { createMallRuntime } from '../src/runtime/index.js';

const root = new URL('../../..', import.meta.url).pathname;
let batang: MallConfig;

beforeAll(async () => {
  const result = await loadMall(join(root, 'examples/batang'));
  if (!result.ok) throw new Error('Batang must load');
  batang = result.mall;
});

const applicant: ActorRef = { id: 'nik-3325014101900001', role: 'applicant' };
const officer = (role: string, agency: string): ActorRef => ({
  id: `nip-${role}-${agency}`,
  role,
  agency,
});

interface Step {
  readonly type: string;
  readonly actor: ActorRef;
  readonly at: string;
  readonly payload?: DeadlineEventPayload;
}

/**
 * Writes an application the way the runtime will (see `DeadlineEventPayload`): the first event
 * creates it, each further one appends; the record ends in `state` with `dueAt`.
 */
async function writeApplication(
  store: MallStore,
  id: string,
  serviceId: string,
  events: readonly Step[],
  end: { state: string; dueAt: string | null; mallId?: string; pendingActors?: string[] },
): Promise<void> {
  const [first, ...rest] = events;
  if (first === undefined) throw new Error('at least one event');
  let record = {
    id,
    mallId: end.mallId ?? 'mpp-batang',
    serviceId,
    serviceVersion: '2025.1',
    workflowId: 'permit-with-levy',
    workflowVersion: '1',
    applicantId: applicant.id,
    agencies: ['dpmptsp', 'dpupr', 'dlh'],
    state: rest.length === 0 ? end.state : 'intake',
    snapshot: {},
    version: 1,
    dueAt: rest.length === 0 ? end.dueAt : null,
    createdAt: first.at,
    updatedAt: first.at,
  };
  await store.create(record, first);
  for (const [i, event] of rest.entries()) {
    const last = i === rest.length - 1;
    const next = {
      ...record,
      version: record.version + 1,
      updatedAt: event.at,
      state: last ? end.state : record.state,
      dueAt: last ? end.dueAt : record.dueAt,
      ...(last && end.pendingActors !== undefined ? { pendingActors: end.pendingActors } : {}),
    };
    await store.append(id, record.version, event, next);
    record = next;
  }
}

const serviceDue = '2025-08-08T09:00:00.000Z';

/**
 * The scenario, by hand (all in July 2025, WIB = UTC+7, no holidays in July 2025):
 *
 * app-a (pbg, issued 9 Jul, service due 8 Aug → on time)
 *   intake           dpmptsp  1 Jul 04:00Z, due 2 Jul   → on time
 *   technical-review dpupr    3 Jul 03:00Z, due 5 Aug   → on time
 *   technical-review dlh      4 Jul 03:00Z, due 5 Aug   → on time
 *   levy-assessment  dpmptsp  7 Jul 03:00Z, due 5 Jul   → late
 *   payment          applicant 8 Jul, no step due; service due 8 Aug → on time (step only, no agency)
 *   issuance         dpmptsp  9 Jul 03:00Z, due 11 Jul  → on time
 *   handoffs: dpmptsp→dpupr 47 h (Tue→Thu: 2 working days), dpupr→dlh 24 h (1),
 *             dlh→dpmptsp 72 h (Fri→Mon: 1); the applicant's payment ends the chain, so
 *             dpmptsp's issuance is not a handoff.
 * app-b (pbg, open in technical-review; service due 20 Jul, step due 15 Jul)
 *   intake           dpmptsp 11 Jul 02:00Z, due 11 Jul 09:00Z → on time
 *   at now = 1 Aug: service late, open step late; at now = 12 Jul: both pending.
 *   it waits for dlh's and dpupr's reviewers (`pendingActors`).
 * app-c (sip-bidan, withdrawn by the applicant → not judged)
 *   intake           dpmptsp 14 Jul 02:00Z, due 14 Jul 09:00Z → on time
 * app-x (another mall) → ignored.
 */
async function scenario(): Promise<MallStore> {
  const store = createMemoryStore();
  const fo = officer('front-office', 'dpmptsp');
  await writeApplication(
    store,
    'app-a',
    'pbg',
    [
      {
        type: 'SUBMIT',
        actor: applicant,
        at: '2025-07-01T02:00:00.000Z',
        payload: { serviceDueAt: serviceDue },
      },
      {
        type: 'ACCEPT',
        actor: fo,
        at: '2025-07-01T04:00:00.000Z',
        payload: { step: 'intake', dueAt: '2025-07-02T09:00:00.000Z', serviceDueAt: serviceDue },
      },
      {
        type: 'APPROVE',
        actor: officer('reviewer', 'dpupr'),
        at: '2025-07-03T03:00:00.000Z',
        payload: { step: 'technical-review', dueAt: '2025-08-05T09:00:00.000Z' },
      },
      {
        type: 'APPROVE',
        actor: officer('reviewer', 'dlh'),
        at: '2025-07-04T03:00:00.000Z',
        payload: { step: 'technical-review', dueAt: '2025-08-05T09:00:00.000Z' },
      },
      {
        type: 'ASSESS',
        actor: officer('back-office', 'dpmptsp'),
        at: '2025-07-07T03:00:00.000Z',
        payload: { step: 'levy-assessment', dueAt: '2025-07-05T09:00:00.000Z' },
      },
      {
        type: 'TICK',
        actor: { id: 'system', role: 'system' },
        at: '2025-07-07T17:00:00.000Z',
        payload: null as unknown as DeadlineEventPayload,
      },
      {
        type: 'PAID',
        actor: applicant,
        at: '2025-07-08T03:00:00.000Z',
        payload: { step: 'payment', dueAt: null },
      },
      {
        type: 'ISSUE',
        actor: officer('head', 'dpmptsp'),
        at: '2025-07-09T03:00:00.000Z',
        payload: { step: 'issuance', dueAt: '2025-07-11T09:00:00.000Z', serviceDueAt: serviceDue },
      },
    ],
    { state: 'issued', dueAt: null },
  );
  await writeApplication(
    store,
    'app-b',
    'pbg',
    [
      {
        type: 'SUBMIT',
        actor: applicant,
        at: '2025-07-10T02:00:00.000Z',
        payload: { serviceDueAt: '2025-07-20T09:00:00.000Z' },
      },
      {
        type: 'ACCEPT',
        actor: fo,
        at: '2025-07-11T02:00:00.000Z',
        payload: { step: 'intake', dueAt: '2025-07-11T09:00:00.000Z' },
      },
    ],
    {
      state: 'technical-review',
      dueAt: '2025-07-15T09:00:00.000Z',
      pendingActors: ['reviewer@dlh', 'reviewer@dpupr'],
    },
  );
  await writeApplication(
    store,
    'app-c',
    'sip-bidan',
    [
      {
        type: 'SUBMIT',
        actor: applicant,
        at: '2025-07-13T02:00:00.000Z',
        payload: { serviceDueAt: '2025-07-22T09:00:00.000Z' },
      },
      {
        type: 'ACCEPT',
        actor: fo,
        at: '2025-07-14T02:00:00.000Z',
        payload: { step: 'intake', dueAt: '2025-07-14T09:00:00.000Z' },
      },
      {
        type: 'WITHDRAW',
        actor: applicant,
        at: '2025-07-15T02:00:00.000Z',
        payload: { step: 'review', dueAt: '2025-07-18T09:00:00.000Z' },
      },
    ],
    { state: 'withdrawn', dueAt: null },
  );
  await writeApplication(
    store,
    'app-x',
    'pbg',
    [
      {
        type: 'SUBMIT',
        actor: officer('front-office', 'elsewhere'),
        at: '2025-07-02T02:00:00.000Z',
        payload: { step: 'intake', dueAt: '2025-07-01T00:00:00.000Z' },
      },
    ],
    { state: 'intake', dueAt: '2025-07-01T00:00:00.000Z', mallId: 'mpp-elsewhere' },
  );
  return store;
}

const counts = (
  count: number,
  onTime: number,
  late: number,
  pending: number,
  unjudged: number,
  onTimePercent: number | null,
  provisional = 0,
) => ({
  count,
  onTime,
  late,
  pending,
  unjudged,
  onTimePercent,
  provisional,
});

describe('reportDeadlineCompliance', () => {
  it('counts per service, agency and step, judged at `now` (worked scenario)', async () => {
    const report = await reportDeadlineCompliance(batang, await scenario(), {
      now: '2025-08-01T00:00:00.000Z',
    });
    expect(report.mallId).toBe('mpp-batang');
    expect(report.applications).toBe(3);
    expect(report.services).toEqual([
      { serviceId: 'pbg', ...counts(2, 1, 1, 0, 0, 50) },
      { serviceId: 'sip-bidan', ...counts(1, 0, 0, 0, 1, null) },
    ]);
    // dpmptsp: intake a (on time), levy a (late), issuance a (on time), intake b, intake c (on time).
    expect(report.agencies).toEqual([
      { agency: 'dlh', ...counts(1, 1, 0, 0, 0, 100) },
      { agency: 'dpmptsp', ...counts(5, 4, 1, 0, 0, 80) },
      { agency: 'dpupr', ...counts(1, 1, 0, 0, 0, 100) },
    ]);
    expect(report.steps).toEqual([
      { serviceId: 'pbg', step: 'intake', ...counts(2, 2, 0, 0, 0, 100) },
      { serviceId: 'pbg', step: 'technical-review', ...counts(3, 2, 1, 0, 0, 66.7) },
      { serviceId: 'pbg', step: 'levy-assessment', ...counts(1, 0, 1, 0, 0, 0) },
      // No term of its own: judged against the service due instant then in effect.
      { serviceId: 'pbg', step: 'payment', ...counts(1, 1, 0, 0, 0, 100) },
      { serviceId: 'pbg', step: 'issuance', ...counts(1, 1, 0, 0, 0, 100) },
      // app-c's WITHDRAW carries a step, but a withdrawal completes no step: not counted.
      { serviceId: 'sip-bidan', step: 'intake', ...counts(1, 1, 0, 0, 0, 100) },
    ]);
  });

  it('counts per agency and step: applications, finished, visits (completions and waits)', async () => {
    const report = await reportDeadlineCompliance(batang, await scenario(), {
      now: '2025-08-01T00:00:00.000Z',
    });
    expect(report.outcomes).toEqual({
      applications: 3,
      open: 1,
      finished: 2,
      issued: 1,
      rejected: 0,
      withdrawn: 1,
      expired: 0,
    });
    const row = (
      agency: string,
      step: string,
      applications: number,
      finished: number,
      waiting: number,
      judged: ReturnType<typeof counts>,
    ) => ({ agency, step, applications, finished, visits: judged.count, waiting, ...judged });
    // app-b waits for dlh and dpupr in technical-review, due 15 Jul: late on 1 Aug.
    expect(report.agencySteps).toEqual([
      row('dlh', 'technical-review', 2, 1, 1, counts(2, 1, 1, 0, 0, 50)),
      row('dpmptsp', 'intake', 3, 3, 0, counts(3, 3, 0, 0, 0, 100)),
      row('dpmptsp', 'issuance', 1, 1, 0, counts(1, 1, 0, 0, 0, 100)),
      row('dpmptsp', 'levy-assessment', 1, 1, 0, counts(1, 0, 1, 0, 0, 0)),
      row('dpupr', 'technical-review', 2, 1, 1, counts(2, 1, 1, 0, 0, 50)),
    ]);
    expect(report.agencyStepTotal).toEqual({
      visits: 9,
      waiting: 2,
      ...counts(9, 6, 3, 0, 0, 66.7),
    });
  });

  it('open deadlines not yet passed are pending', async () => {
    const report = await reportDeadlineCompliance(batang, await scenario(), {
      now: new Date('2025-07-12T00:00:00.000Z'),
    });
    expect(report.services[0]).toEqual({ serviceId: 'pbg', ...counts(2, 1, 0, 1, 0, 100) });
    expect(report.steps.find((s) => s.step === 'technical-review')).toMatchObject({
      count: 3,
      onTime: 2,
      late: 0,
      pending: 1,
    });
  });

  it('measures the handoffs between agencies: count and median, in hours and working days', async () => {
    const { handoffs } = await reportDeadlineCompliance(batang, await scenario(), {
      now: '2025-08-01T00:00:00.000Z',
    });
    // 47 h, 24 h, 72 h → median 47 h; working days 2, 1, 1 → median 1.
    expect(handoffs).toEqual({
      count: 3,
      medianHours: 47,
      medianWorkingDays: 1,
      pairs: [
        { from: 'dlh', to: 'dpmptsp', count: 1, medianHours: 72, medianWorkingDays: 1 },
        { from: 'dpmptsp', to: 'dpupr', count: 1, medianHours: 47, medianWorkingDays: 2 },
        { from: 'dpupr', to: 'dlh', count: 1, medianHours: 24, medianWorkingDays: 1 },
      ],
    });
  });

  it('working days are null when the calendar does not cover a date', async () => {
    const store = createMemoryStore();
    await writeApplication(
      store,
      'old',
      'pbg',
      [
        {
          type: 'ACCEPT',
          actor: officer('front-office', 'dpmptsp'),
          at: '2019-03-01T02:00:00.000Z',
          payload: { step: 'intake' },
        },
        {
          type: 'APPROVE',
          actor: officer('reviewer', 'dpupr'),
          at: '2019-03-02T02:00:00.000Z',
          payload: { step: 'technical-review' },
        },
      ],
      { state: 'issued', dueAt: null },
    );
    const report = await reportDeadlineCompliance(batang, store, { now: '2025-01-01T00:00:00Z' });
    expect(report.handoffs).toMatchObject({ count: 1, medianHours: 24, medianWorkingDays: null });
    expect(report.steps.map((s) => s.unjudged)).toEqual([1, 1]);
  });

  it('a due instant is the first instant that is late: acting exactly at it is late', async () => {
    const store = createMemoryStore();
    const due = '2025-07-02T17:00:00.000Z'; // start of 3 Jul WIB: the due date 2 Jul has passed
    await writeApplication(
      store,
      'edge',
      'pbg',
      [
        {
          type: 'SUBMIT',
          actor: applicant,
          at: '2025-07-01T02:00:00.000Z',
          payload: { serviceDueAt: due },
        },
        {
          type: 'ACCEPT',
          actor: officer('front-office', 'dpmptsp'),
          at: '2025-07-02T16:59:59.999Z',
          payload: { step: 'intake', dueAt: due },
        },
        {
          type: 'APPROVE',
          actor: officer('reviewer', 'dpupr'),
          at: due,
          payload: { step: 'review', dueAt: due },
        },
      ],
      { state: 'issued', dueAt: null },
    );
    const report = await reportDeadlineCompliance(batang, store, { now: due });
    expect(report.steps.map((s) => [s.step, s.onTime, s.late])).toEqual([
      ['intake', 1, 0],
      ['review', 0, 1],
    ]);
    expect(report.services[0]).toMatchObject({ onTime: 0, late: 1 });
  });

  it('an empty store gives empty tables', async () => {
    expect(
      await reportDeadlineCompliance(batang, createMemoryStore(), { now: '2025-08-01T00:00:00Z' }),
    ).toEqual({
      mallId: 'mpp-batang',
      now: '2025-08-01T00:00:00Z',
      applications: 0,
      outcomes: {
        applications: 0,
        open: 0,
        finished: 0,
        issued: 0,
        rejected: 0,
        withdrawn: 0,
        expired: 0,
      },
      services: [],
      agencies: [],
      steps: [],
      agencySteps: [],
      agencyStepTotal: { visits: 0, waiting: 0, ...counts(0, 0, 0, 0, 0, null) },
      handoffs: { count: 0, medianHours: null, medianWorkingDays: null, pairs: [] },
    });
  });

  it('reads every page of the store', async () => {
    const store = createMemoryStore();
    for (let i = 0; i < 1003; i++) {
      const at = new Date(Date.UTC(2025, 6, 1, 2, 0, i)).toISOString();
      await store.create(
        {
          id: `app-${String(i).padStart(4, '0')}`,
          mallId: 'mpp-batang',
          serviceId: 'ktp-el',
          serviceVersion: '1',
          workflowId: 'simple-registration',
          workflowVersion: '1',
          applicantId: 'nik-1',
          agencies: ['disdukcapil'],
          state: 'issued',
          snapshot: {},
          version: 1,
          dueAt: null,
          createdAt: at,
          updatedAt: at,
        },
        { type: 'SUBMIT', actor: applicant, at, payload: { serviceDueAt: '2025-07-02T09:00:00Z' } },
      );
    }
    const report = await reportDeadlineCompliance(batang, store, { now: '2025-08-01T00:00:00Z' });
    expect(report.applications).toBe(1003);
    expect(report.services).toEqual([{ serviceId: 'ktp-el', ...counts(1003, 1003, 0, 0, 0, 100) }]);
  });

  it('reads what the runtime writes (the convention is a contract with createMallRuntime)', async () => {
    const store = createMemoryStore();
    let now = Date.parse('2025-07-01T02:00:00.000Z');
    const runtime = createMallRuntime(batang, { store, clock: () => new Date(now) });
    const facts = {
      floorArea: 100,
      integratedIndex: 0.5,
      localityIndex: 0.004,
      shst: 5000000,
      buildingIndex: 1,
    };
    const app = await runtime.submit({ serviceId: 'pbg', applicant: { id: 'nik-1' }, facts });
    const act = async (type: string, role: string, agency: string, hoursLater: number) => {
      now += hoursLater * 3_600_000;
      const current = await store.get(app.id);
      await runtime.act(app.id, {
        type,
        actor: { id: `nip-${agency}`, role, agency },
        expectedVersion: current!.version,
      });
    };
    await act('ACCEPT', 'front-office', 'dpmptsp', 2); // Tue 1 Jul 04:00Z
    await act('APPROVE', 'reviewer', 'dpupr', 30); // Wed 2 Jul 10:00Z
    await act('APPROVE', 'reviewer', 'dlh', 20); // Thu 3 Jul 06:00Z
    const report = await reportDeadlineCompliance(batang, store, { now: new Date(now) });
    expect(report.steps.map((s) => [s.step, s.count, s.onTime, s.pending])).toEqual([
      ['intake', 1, 1, 0],
      ['technical-review', 2, 2, 0],
      ['levy-assessment', 1, 0, 1],
    ]);
    expect(report.services).toEqual([{ serviceId: 'pbg', ...counts(1, 0, 0, 1, 0, null) }]);
    expect(report.handoffs).toMatchObject({ count: 2, medianHours: 25, medianWorkingDays: 1 });
  });

  it('rejects a `now` that is not an instant', async () => {
    await expect(
      reportDeadlineCompliance(batang, createMemoryStore(), { now: 'yesterday' }),
    ).rejects.toThrow(RangeError);
  });
});
