import { describe, expect, it } from 'vitest';
import {
  ConflictError,
  createMemoryStore,
  verifyChain,
  type MallStore,
} from '../src/store/index.js';
import {
  createMallRuntime,
  ForbiddenError,
  InvalidActionError,
  NotFoundError,
  ValidationError,
  type ApplicationSummary,
  type MallRuntime,
} from '../src/runtime/index.js';
import {
  applicant,
  batang,
  batangNik,
  createTestClock,
  officer,
  pbgDocuments,
  pbgFacts,
} from './runtime/runtimeFixtures.js';

const frontOffice = officer('front-office', 'dpmptsp');
const dpupr = officer('reviewer', 'dpupr');
const dlh = officer('reviewer', 'dlh');
const backOffice = officer('back-office', 'dpmptsp');
const treasurer = officer('treasurer', 'dpmptsp');
const head = officer('head', 'dpmptsp');
const owner = applicant('akun-siti');

async function setup(start = '2025-05-05T02:00:00Z') {
  const store = createMemoryStore();
  const clock = createTestClock(start);
  const runtime = createMallRuntime(await batang(), { store, clock });
  const app = await runtime.submit({
    serviceId: 'pbg',
    applicant: { id: owner.id, nik: batangNik(7), name: 'Siti Aminah' },
    documents: pbgDocuments,
    facts: pbgFacts,
  });
  return { store, clock, runtime, app };
}

/** The store's view of an application: version and event count (to show nothing was written). */
async function written(store: MallStore, id: string): Promise<[number, number]> {
  return [(await store.get(id))?.version ?? 0, (await store.events(id)).length];
}

describe('a PBG application through its lifecycle', () => {
  it('runs from submission to issuance, each action one event with who, when and why', async () => {
    const { runtime, clock, app } = await setup();
    let current: ApplicationSummary = app;
    const step = async (
      hours: number,
      type: string,
      actor: typeof frontOffice,
      extra: { reason?: string } = {},
    ) => {
      clock.advanceHours(hours);
      current = await runtime.act(app.id, {
        type,
        actor,
        expectedVersion: current.version,
        ...extra,
      });
      return current;
    };
    expect((await step(1, 'ACCEPT', frontOffice)).state).toBe('technical-review');
    expect(current.pending.map((p) => p.type)).toEqual(['APPROVE', 'REJECT', 'RETURN', 'WITHDRAW']);
    expect((await step(24, 'APPROVE', dpupr)).votes).toEqual({ dpupr: 'approve' });
    expect(current.pending[0]).toEqual({
      type: 'APPROVE',
      allowed: [{ role: 'reviewer', agency: 'dlh' }],
    });
    expect((await step(24, 'APPROVE', dlh)).state).toBe('levy-assessment');
    expect((await step(2, 'ASSESS', backOffice)).state).toBe('payment');
    // Payment stops the service clock; the payment window (14 working days) is the next deadline.
    // Assessed on Wednesday 7 May: 14 working days skip Waisak (12–13 May) and Ascension (29–30 May).
    expect(current).toMatchObject({
      serviceDue: null,
      stepDue: '2025-06-02',
      dueAt: '2025-06-02T17:00:00.000Z',
    });
    expect((await step(48, 'PAID', treasurer)).state).toBe('issuance');
    const issued = await step(3, 'ISSUE', head);
    expect(issued).toMatchObject({
      state: 'issued',
      phase: 'final',
      final: 'issued',
      version: 7,
      dueAt: null,
      pending: [],
    });

    const timeline = await runtime.timeline(app.id);
    expect(
      timeline.map(
        (e) => `${e.type} by ${e.actor.role}@${e.actor.agency ?? '-'} in ${e.step ?? '-'}`,
      ),
    ).toEqual([
      'SUBMIT by applicant@- in -',
      'ACCEPT by front-office@dpmptsp in intake',
      'APPROVE by reviewer@dpupr in technical-review',
      'APPROVE by reviewer@dlh in technical-review',
      'ASSESS by back-office@dpmptsp in levy-assessment',
      'PAID by treasurer@dpmptsp in payment',
      'ISSUE by head@dpmptsp in issuance',
    ]);
    // Deadline fields for the reports: the step's own due instant, and the service due instant.
    expect(timeline[1]).toMatchObject({
      at: '2025-05-05T03:00:00.000Z',
      stepDueAt: '2025-05-06T17:00:00.000Z',
      serviceDueAt: '2025-06-20T17:00:00.000Z',
    });
    expect(await runtime.verify(app.id)).toEqual({ ok: true });
    expect((await runtime.replay(app.id)).matches).toBe(true);
  });

  it('refuses, naming who would be allowed and writing nothing, an action by the wrong person', async () => {
    const { runtime, store, app } = await setup();
    const cases = [
      { actor: officer('front-office', 'dinkes'), type: 'ACCEPT', reason: 'other_agency' },
      { actor: dlh, type: 'ACCEPT', reason: 'not_allowed' },
      { actor: { id: 'nip-x', role: 'front-office' }, type: 'ACCEPT', reason: 'no_agency' },
      { actor: applicant('akun-someone-else'), type: 'WITHDRAW', reason: 'not_applicant' },
      { actor: owner, type: 'ACCEPT', reason: 'not_allowed' },
    ] as const;
    for (const { actor, type, reason } of cases) {
      const error = (await runtime
        .act(app.id, { type, actor, expectedVersion: 1 })
        .catch((e: unknown) => e)) as ForbiddenError;
      expect(error, `${type} by ${actor.role}`).toBeInstanceOf(ForbiddenError);
      expect(error).toMatchObject({ code: 'forbidden', reason, action: type });
      expect(error.allowed).toEqual(
        type === 'WITHDRAW'
          ? [{ role: 'applicant', agency: 'applicant' }]
          : [{ role: 'front-office', agency: 'dpmptsp' }],
      );
      expect(error.messageId).toMatch(/^Ditolak: /);
      expect(error.message).not.toContain(actor.id);
    }
    expect(await written(store, app.id)).toEqual([1, 1]);
  });

  it('never lets an officer act for a team agency that is not theirs', async () => {
    const { runtime, store, app } = await setup();
    const accepted = await runtime.act(app.id, {
      type: 'ACCEPT',
      actor: frontOffice,
      expectedVersion: 1,
    });
    const error = (await runtime
      .act(app.id, {
        type: 'APPROVE',
        actor: officer('reviewer', 'dpmptsp'),
        expectedVersion: accepted.version,
      })
      .catch((e: unknown) => e)) as ForbiddenError;
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(error.allowed).toEqual([
      { role: 'reviewer', agency: 'dpupr' },
      { role: 'reviewer', agency: 'dlh' },
    ]);
    expect(error.message).toBe(
      `Forbidden: APPROVE on application "${app.id}" refused (reviewer@dpmptsp may not send it); allowed: reviewer@dpupr, reviewer@dlh. Nothing was written.`,
    );
    expect(await written(store, app.id)).toEqual([2, 2]);
  });

  it('refuses an action the state does not take, with the actions possible now', async () => {
    const { runtime, store, app } = await setup();
    const error = (await runtime
      .act(app.id, { type: 'ISSUE', actor: head, expectedVersion: 1 })
      .catch((e: unknown) => e)) as InvalidActionError;
    expect(error).toBeInstanceOf(InvalidActionError);
    // The application's state, as `app.state` shows it: not XState's path (`intake.active`).
    expect(error).toMatchObject({
      code: 'invalid_action',
      detail: 'wrong_state',
      state: 'intake',
    });
    expect(error.state).toBe(app.state);
    expect(error.message).toContain('is in "intake", which does not take ISSUE');
    expect(error.allowedActions.map((a) => a.type)).toEqual([
      'ACCEPT',
      'REJECT',
      'RETURN',
      'WITHDRAW',
    ]);
    expect(error.messageId).toContain('tidak menerima ISSUE');
    expect(await written(store, app.id)).toEqual([1, 1]);
  });

  it('refuses a second vote of the same agency in a round', async () => {
    const { runtime, app } = await setup();
    const accepted = await runtime.act(app.id, {
      type: 'ACCEPT',
      actor: frontOffice,
      expectedVersion: 1,
    });
    const voted = await runtime.act(app.id, {
      type: 'APPROVE',
      actor: dpupr,
      expectedVersion: accepted.version,
    });
    // The runtime names only who may still vote: dpupr has voted.
    await expect(
      runtime.act(app.id, {
        type: 'REJECT',
        actor: dpupr,
        expectedVersion: voted.version,
        reason: 'x',
      }),
    ).rejects.toMatchObject({
      code: 'invalid_action',
      detail: 'already_voted',
    });
  });

  it('asks for a reason where the lifecycle needs one (a ValidationError located at reason)', async () => {
    const { runtime, store, app } = await setup();
    const error = (await runtime
      .act(app.id, { type: 'RETURN', actor: frontOffice, expectedVersion: 1 })
      .catch((e: unknown) => e)) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([[['reason'], 'missing_key']]);
    expect(await written(store, app.id)).toEqual([1, 1]);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['no type', { actor: frontOffice, expectedVersion: 1 }, ['type:missing_key']],
    [
      'a reserved type',
      { type: 'TICK', actor: frontOffice, expectedVersion: 1 },
      ['type:invalid_value'],
    ],
    ['no actor', { type: 'ACCEPT', expectedVersion: 1 }, ['actor:missing_key']],
    [
      'an actor without a role',
      { type: 'ACCEPT', actor: { id: 'x' }, expectedVersion: 1 },
      ['actor.role:missing_key'],
    ],
    [
      'no expected version',
      { type: 'ACCEPT', actor: frontOffice },
      ['expectedVersion:missing_key'],
    ],
    [
      'days that are not whole',
      { type: 'EXTEND', actor: frontOffice, expectedVersion: 1, reason: 'x', days: 1.5 },
      ['days:invalid_type'],
    ],
  ])('refuses an action with %s', async (_name, action, expected) => {
    const { runtime, store, app } = await setup();
    const error = (await runtime
      .act(app.id, action as never)
      .catch((e: unknown) => e)) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues.map((i) => `${i.path.join('.')}:${i.code}`)).toEqual(expected);
    expect(await written(store, app.id)).toEqual([1, 1]);
  });

  it('lets only one of two officers acting on the same version win; the other gets ConflictError', async () => {
    const { runtime, store, app } = await setup();
    const accepted = await runtime.act(app.id, {
      type: 'ACCEPT',
      actor: frontOffice,
      expectedVersion: 1,
    });
    const results = await Promise.allSettled([
      runtime.act(app.id, { type: 'APPROVE', actor: dpupr, expectedVersion: accepted.version }),
      runtime.act(app.id, {
        type: 'RETURN',
        actor: dlh,
        expectedVersion: accepted.version,
        reason: 'UKL-UPL belum lengkap',
      }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(ConflictError);
    expect(lost.reason).toMatchObject({ expectedVersion: 2, actualVersion: 3 });
    expect(await written(store, app.id)).toEqual([3, 3]);
  });

  it('never decides on a record another runtime has moved on from', async () => {
    const { runtime, store, clock, app } = await setup();
    const other = createMallRuntime(await batang(), { store, clock });
    await other.act(app.id, { type: 'ACCEPT', actor: frontOffice, expectedVersion: 1 });
    // The first runtime still holds version 1, which it wrote: a refusal it would derive from that
    // stale state, and an action it would accept on it, are both the conflict they really are.
    await expect(
      runtime.act(app.id, { type: 'ISSUE', actor: head, expectedVersion: 1 }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      runtime.act(app.id, { type: 'RETURN', actor: frontOffice, expectedVersion: 1, reason: 'x' }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await written(store, app.id)).toEqual([2, 2]);
    expect(
      (await runtime.act(app.id, { type: 'APPROVE', actor: dpupr, expectedVersion: 2 })).version,
    ).toBe(3);
  });

  it('stops the clock on a return for correction and resumes it on resubmission', async () => {
    const { runtime, clock, app } = await setup();
    clock.set('2025-05-06T02:00:00Z');
    const accepted = await runtime.act(app.id, {
      type: 'ACCEPT',
      actor: frontOffice,
      expectedVersion: 1,
    });
    clock.set('2025-05-08T03:00:00Z');
    const returned = await runtime.act(app.id, {
      type: 'RETURN',
      actor: dlh,
      expectedVersion: accepted.version,
      reason: 'Dokumen UKL-UPL belum lengkap',
    });
    expect(returned).toMatchObject({
      state: 'technical-review',
      phase: 'returned',
      serviceDue: null,
      stepDue: null,
      dueAt: null,
      rounds: 1,
    });
    expect(returned.returned).toMatchObject({
      step: 'technical-review',
      reason: 'Dokumen UKL-UPL belum lengkap',
      by: dlh,
    });
    expect(returned.pending.map((p) => p.type)).toEqual(['RESUBMIT', 'WITHDRAW']);
    clock.set('2025-05-19T02:00:00Z');
    const resubmitted = await runtime.act(app.id, {
      type: 'RESUBMIT',
      actor: owner,
      expectedVersion: returned.version,
    });
    expect(resubmitted).toMatchObject({
      phase: 'active',
      serviceDue: '2025-07-01',
      dueAt: '2025-07-01T17:00:00.000Z',
    });
    const timeline = await runtime.timeline(app.id);
    expect(timeline[2]).toMatchObject({
      type: 'RETURN',
      reason: 'Dokumen UKL-UPL belum lengkap',
      step: 'technical-review',
      serviceDueAt: null,
    });
  });

  it('lets the applicant withdraw, and only the applicant', async () => {
    const { runtime, app } = await setup();
    await expect(
      runtime.withdraw(app.id, { actor: frontOffice, expectedVersion: 1 }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const withdrawn = await runtime.withdraw(app.id, {
      actor: owner,
      expectedVersion: 1,
      reason: 'Batal membangun',
    });
    expect(withdrawn).toMatchObject({ state: 'withdrawn', final: 'withdrawn', dueAt: null });
    expect(withdrawn.result).toMatchObject({ cause: 'withdrawal', reason: 'Batal membangun' });
  });

  it('says when there is no such application', async () => {
    const { runtime } = await setup();
    await expect(runtime.get('nope')).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      runtime.act('nope', { type: 'ACCEPT', actor: frontOffice, expectedVersion: 1 }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('deadlines', () => {
  it('delivers TICKs to due applications only, once, and records the escalation', async () => {
    const { runtime, clock, app, store } = await setup();
    const runAt = (instant: string) => {
      clock.set(instant);
      return runtime.runDueDeadlines(instant);
    };
    const accepted = await runtime.act(app.id, {
      type: 'ACCEPT',
      actor: frontOffice,
      expectedVersion: 1,
    });
    // 20 June is the last day of the term: nothing is due before 21 June 00:00 WIB.
    expect(await runAt('2025-06-20T16:59:59.999Z')).toMatchObject({
      claimed: 0,
      delivered: 0,
    });
    const first = await runAt('2025-06-20T17:00:00.000Z');
    expect(first).toMatchObject({ claimed: 1, delivered: 1, conflicts: 0, failed: [] });
    expect(await runAt('2025-06-20T17:00:00.000Z')).toMatchObject({
      claimed: 0,
      delivered: 0,
    });
    expect(await runAt('2025-06-23T00:00:00.000Z')).toMatchObject({
      claimed: 0,
      delivered: 0,
    });
    const escalated = await runtime.get(app.id);
    expect(escalated.expiry).toMatchObject({
      consequence: 'escalate',
      due: '2025-06-20',
      step: 'technical-review',
    });
    expect(escalated.version).toBe(accepted.version + 1);
    // The escalation lets the coordinator's head decide for the team.
    expect(escalated.pending.find((p) => p.type === 'APPROVE')?.allowed).toContainEqual({
      role: 'head',
      agency: 'dpmptsp',
    });
    const tick = (await runtime.timeline(app.id)).at(-1);
    expect(tick).toMatchObject({
      type: 'TICK',
      actor: { id: 'scheduler', role: 'system' },
      at: '2025-06-20T17:00:00.000Z',
      payload: { effect: 'expiry' },
    });
    clock.set('2025-06-23T02:00:00Z');
    const decided = await runtime.act(app.id, {
      type: 'APPROVE',
      actor: head,
      expectedVersion: escalated.version,
      reason: 'Diputuskan setelah eskalasi',
    });
    expect(decided.state).toBe('levy-assessment');
    expect(verifyChain(await store.events(app.id))).toEqual({ ok: true });
  });

  it('expires an unpaid levy at the end of the payment window, and lists it as overdue until then', async () => {
    const { runtime, clock, app } = await setup();
    let v = (await runtime.act(app.id, { type: 'ACCEPT', actor: frontOffice, expectedVersion: 1 }))
      .version;
    v = (await runtime.act(app.id, { type: 'APPROVE', actor: dpupr, expectedVersion: v })).version;
    v = (await runtime.act(app.id, { type: 'APPROVE', actor: dlh, expectedVersion: v })).version;
    const payment = await runtime.act(app.id, {
      type: 'ASSESS',
      actor: backOffice,
      expectedVersion: v,
    });
    expect(payment.dueAt).toBe('2025-05-27T17:00:00.000Z');
    clock.set('2025-05-28T01:00:00Z');
    expect((await runtime.query({ overdue: true })).items.map((a) => a.id)).toEqual([app.id]);
    expect((await runtime.query({ overdue: '2025-05-27T16:59:59Z' })).items).toEqual([]);
    await runtime.runDueDeadlines();
    const expired = await runtime.get(app.id);
    expect(expired).toMatchObject({ state: 'expired', final: 'expired', dueAt: null });
    expect(expired.result).toMatchObject({ cause: 'timeout', event: 'TICK' });
    expect((await runtime.query({ overdue: true })).items).toEqual([]);
    expect((await runtime.replay(app.id)).matches).toBe(true);
  });
});

describe('queries', () => {
  it('lists by service, agency, state, applicant and overdue, a page at a time', async () => {
    const { runtime, clock } = await setup();
    for (let i = 0; i < 5; i++) {
      clock.advanceHours(1);
      await runtime.submit({ serviceId: 'ktp-el', applicant: { id: `akun-${String(i)}` } });
    }
    const sip = await runtime.submit({ serviceId: 'sip-bidan', applicant: { id: 'akun-bidan' } });
    await runtime.act(sip.id, {
      type: 'ACCEPT',
      actor: officer('front-office', 'dpmptsp'),
      expectedVersion: 1,
    });
    const ids = async (filter: Parameters<MallRuntime['query']>[0]) =>
      (await runtime.query(filter)).items.map((a) => a.serviceId);
    expect(await ids({ serviceId: 'ktp-el' })).toHaveLength(5);
    expect(await ids({ agency: 'dinkes' })).toEqual(['sip-bidan']);
    expect(await ids({ agency: 'dlh' })).toEqual(['pbg']);
    expect(await ids({ state: 'review' })).toEqual(['sip-bidan']);
    expect(await ids({ state: ['intake'], serviceId: 'pbg' })).toEqual(['pbg']);
    expect(await ids({ applicantId: 'akun-3' })).toEqual(['ktp-el']);
    const first = await runtime.query({ serviceId: 'ktp-el', limit: 2 });
    expect(first.items).toHaveLength(2);
    const rest = await runtime.query({ serviceId: 'ktp-el', limit: 10, after: first.next ?? '' });
    expect(rest.items).toHaveLength(3);
    const all: string[] = [];
    for await (const item of runtime.list({ limit: 2 })) all.push(item.id);
    expect(all).toHaveLength(7);
    expect(await runtime.allowedActions(sip.id)).toEqual([
      { type: 'RECOMMEND', allowed: [{ role: 'reviewer', agency: 'dpmptsp' }] },
      { type: 'REJECT', allowed: [{ role: 'reviewer', agency: 'dpmptsp' }] },
      { type: 'RETURN', allowed: [{ role: 'reviewer', agency: 'dpmptsp' }] },
      { type: 'WITHDRAW', allowed: [{ role: 'applicant', agency: 'applicant' }] },
    ]);
  });
});
