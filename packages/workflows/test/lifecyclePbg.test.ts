import { describe, expect, it } from 'vitest';
import { createActor, type Snapshot } from 'xstate';
import {
  allowedActions,
  checkEvent,
  compileWorkflow,
  currentStep,
  type WorkflowEvent,
  type WorkflowService,
} from '../src/lifecycle/index.js';
import {
  CalendarRangeError,
  createWorkingDayCalendar,
  type WorkingDayCalendar,
} from '../src/calendar/index.js';
import {
  at,
  calendar,
  compilePbg,
  national,
  pbg,
  pbgWorkflow,
  people,
  start,
} from './_lifecycleFixtures.js';

// PBG (Persetujuan Bangunan Gedung, PP 16/2021) on the permit-with-levy template, with Batang's
// technical team (DPUPR + DLH), 28 working days, and the real 2025 national calendar.
// Due dates below are counted by hand from the SKB 2025 (as amended): 12–13 May (Waisak + leave),
// 29–30 May (Ascension + leave), 6 and 9 June (Eid al-Adha + leave), 27 June (Islamic New Year).

const accept: WorkflowEvent = { type: 'ACCEPT', actor: people.frontOffice, at: at('2025-05-06') };

describe('a PBG application returned twice for correction', () => {
  const machine = compilePbg();
  const actor = start(machine); // received Monday 5 May 2025
  const context = () => actor.getSnapshot().context;

  it('starts with 28 working days: due Friday 20 June 2025', () => {
    expect(context().serviceDue).toBe('2025-06-20');
    expect(context().stepDue).toBe('2025-05-06'); // completeness check: 1 working day
  });

  it('gives the technical team its 24 working days from acceptance', () => {
    actor.send(accept);
    expect(actor.getSnapshot().value).toEqual({ 'technical-review': 'active' });
    expect(context().stepDue).toBe('2025-06-17');
  });

  it('stops the clock when a team member returns the file (26 working days left)', () => {
    actor.send({
      type: 'RETURN',
      actor: people.dlh,
      at: at('2025-05-08'),
      reason: 'Dokumen UKL-UPL belum lengkap',
    });
    expect(currentStep(actor)).toEqual({
      step: 'technical-review',
      phase: 'returned',
      final: null,
    });
    expect(context()).toMatchObject({
      serviceDue: null,
      stepDue: null,
      remainingDays: 26,
      rounds: 1,
    });
    expect(context().returned).toMatchObject({
      step: 'technical-review',
      by: people.dlh,
      reason: 'Dokumen UKL-UPL belum lengkap',
    });
    expect(allowedActions(actor)).toEqual([
      { type: 'RESUBMIT', allowed: [{ role: 'applicant', agency: 'applicant' }] },
      { type: 'WITHDRAW', allowed: [{ role: 'applicant', agency: 'applicant' }] },
    ]);
  });

  it('resumes on resubmission: the 26 days count from Tuesday 20 May, due 1 July', () => {
    actor.send({ type: 'RESUBMIT', actor: people.applicant, at: at('2025-05-19') });
    expect(context()).toMatchObject({
      serviceDue: '2025-07-01',
      remainingDays: null,
      returned: null,
      stepDue: '2025-06-25',
    });
  });

  it('stops again at the second return, with 24 working days left, and clears the round’s votes', () => {
    actor.send({ type: 'APPROVE', actor: people.dpupr, at: at('2025-05-20') });
    expect(context().votes).toEqual({ dpupr: 'approve' });
    actor.send({
      type: 'RETURN',
      actor: people.dlh,
      at: at('2025-05-22'),
      reason: 'Perbaiki gambar teknis',
    });
    expect(context()).toMatchObject({ serviceDue: null, remainingDays: 24, rounds: 2, votes: {} });
  });

  it('is due 9 July 2025 after the second resubmission, and the due date explains itself', () => {
    actor.send({ type: 'RESUBMIT', actor: people.applicant, at: at('2025-06-02') });
    expect(context().serviceDue).toBe('2025-07-09');
    expect(context().stepDue).toBe('2025-07-04');
    expect(context().deadline.suspensions).toEqual([
      { from: '2025-05-08', to: '2025-05-19' },
      { from: '2025-05-22', to: '2025-06-02' },
    ]);
    const explanation = calendar.explainDueDate(context().deadline);
    expect(explanation.due).toBe('2025-07-09');
    const reasons = new Map(explanation.skipped.map((day) => [day.date, day.reason]));
    expect(reasons.get('2025-05-13')).toBe('suspension');
    expect(reasons.get('2025-06-06')).toBe('holiday');
    expect(reasons.get('2025-06-09')).toBe('collective-leave');
    expect(reasons.get('2025-06-27')).toBe('holiday');
  });

  it('moves on when every agency of the team approves in the new round', () => {
    actor.send({ type: 'APPROVE', actor: people.dpupr, at: at('2025-06-03') });
    expect(currentStep(actor).step).toBe('technical-review');
    actor.send({ type: 'APPROVE', actor: people.dlh, at: at('2025-06-04') });
    expect(currentStep(actor).step).toBe('levy-assessment');
    expect(context().stepDue).toBe('2025-06-05');
  });

  it('excludes payment time: the clock stops while the levy is unpaid (22 days left)', () => {
    actor.send({ type: 'ASSESS', actor: people.backOffice, at: at('2025-06-05') });
    expect(currentStep(actor).step).toBe('payment');
    expect(context()).toMatchObject({ serviceDue: null, remainingDays: 22, stepDue: '2025-06-30' });
    actor.send({ type: 'PAID', actor: people.treasurer, at: at('2025-06-16') });
    expect(context()).toMatchObject({
      serviceDue: '2025-07-17',
      remainingDays: null,
      stepDue: '2025-06-18',
    });
  });

  it('is issued by the head of the owner agency', () => {
    actor.send({ type: 'ISSUE', actor: people.head, at: at('2025-06-17') });
    expect(actor.getSnapshot().status).toBe('done');
    expect(context().result).toMatchObject({
      final: 'issued',
      cause: 'outcome',
      event: 'ISSUE',
      by: people.head,
    });
    expect(context().outputs).toEqual(['service-output']);
  });
});

describe('return limits', () => {
  it('allows at most 5 returns (PP 16/2021 review rounds), then names the refusal', () => {
    const actor = start(compilePbg());
    for (let round = 0; round < 5; round++) {
      const day = String(6 + round * 2).padStart(2, '0');
      const next = String(7 + round * 2).padStart(2, '0');
      actor.send({
        type: 'RETURN',
        actor: people.frontOffice,
        at: at(`2025-05-${day}`),
        reason: `Round ${String(round + 1)}`,
      });
      actor.send({ type: 'RESUBMIT', actor: people.applicant, at: at(`2025-05-${next}`) });
    }
    expect(actor.getSnapshot().context.rounds).toBe(5);
    const sixth: WorkflowEvent = {
      type: 'RETURN',
      actor: people.frontOffice,
      at: at('2025-05-20'),
      reason: 'Round 6',
    };
    expect(checkEvent(actor, sixth)).toMatchObject({
      ok: false,
      reason: 'invalid',
      detail: 'max_rounds',
      allowed: [],
    });
    const before = actor.getSnapshot();
    actor.send(sixth);
    expect(actor.getSnapshot()).toBe(before);
  });

  it('withdraws a file the applicant leaves returned longer than maxWaitDays', () => {
    const machine = compilePbg(pbg, {
      template: 'permit-with-levy',
      technicalTeam: { agencies: ['dpupr', 'dlh'] },
      returns: { maxWaitDays: 10 },
    });
    const actor = start(machine);
    actor.send({
      type: 'RETURN',
      actor: people.frontOffice,
      at: at('2025-05-08'),
      reason: 'KTP tidak terbaca',
    });
    expect(actor.getSnapshot().context.returned?.waitDue).toBe('2025-05-26');
    actor.send({ type: 'TICK', at: at('2025-05-26', '23:59') });
    expect(currentStep(actor).phase).toBe('returned');
    actor.send({ type: 'TICK', at: at('2025-05-27', '00:01') });
    expect(actor.getSnapshot().value).toBe('withdrawn');
    expect(actor.getSnapshot().context.result).toMatchObject({
      final: 'withdrawn',
      cause: 'wait-exceeded',
      event: 'TICK',
    });
  });
});

describe('expiry consequences', () => {
  const withConsequence = (
    onExpiry: WorkflowService['sla']['onExpiry'],
    legalBasis = ['pp-28-2025'],
  ): WorkflowService => ({
    ...pbg,
    sla: { ...pbg.sla, onExpiry, legalBasis },
  });
  const lastDay: WorkflowEvent = { type: 'TICK', at: at('2025-06-20', '23:59') };
  const dayAfter: WorkflowEvent = { type: 'TICK', at: '2025-06-20T17:00:01Z' }; // 00:00:01 WIB, 21 June

  it.each([
    [
      'deemed-approval',
      'levy-assessment',
      { consequence: 'deemed-approval', applied: true, target: 'levy-assessment' },
    ],
    [
      'deemed-refusal',
      'rejected',
      { consequence: 'deemed-refusal', applied: true, target: 'rejected' },
    ],
    ['escalate', 'technical-review', { consequence: 'escalate', applied: true, target: null }],
    ['none', 'technical-review', { consequence: 'none', applied: true, target: null }],
  ] as const)(
    '%s: the day after the due date the file goes to %s, recorded with its legal basis',
    (onExpiry, step, expected) => {
      const actor = start(compilePbg(withConsequence(onExpiry)));
      actor.send(accept);
      actor.send(lastDay);
      expect(currentStep(actor).step).toBe('technical-review');
      expect(actor.getSnapshot().context.expiry).toBeNull();
      actor.send(dayAfter);
      const { context, value } = actor.getSnapshot();
      expect(currentStep(actor).step ?? value).toBe(step);
      expect(context.expiry).toEqual({
        at: dayAfter.at,
        due: '2025-06-20',
        step: 'technical-review',
        legalBasis: ['pp-28-2025'],
        ...expected,
      });
      if (onExpiry === 'deemed-refusal')
        expect(context.result).toMatchObject({ final: 'rejected', cause: 'deemed-refusal' });
    },
  );

  it('deems approval only when the service declares it', () => {
    for (const onExpiry of ['none', 'escalate', 'deemed-refusal'] as const) {
      const actor = start(compilePbg(withConsequence(onExpiry)));
      actor.send(accept);
      actor.send(dayAfter);
      expect(currentStep(actor).step, onExpiry).not.toBe('levy-assessment');
    }
  });

  it('does not deem approval while the file is with the applicant (clock stopped)', () => {
    const actor = start(compilePbg(withConsequence('deemed-approval')));
    actor.send(accept);
    actor.send({
      type: 'RETURN',
      actor: people.dpupr,
      at: at('2025-05-08'),
      reason: 'Lengkapi KRK',
    });
    actor.send({ type: 'TICK', at: at('2025-09-01') });
    expect(currentStep(actor)).toEqual({
      step: 'technical-review',
      phase: 'returned',
      final: null,
    });
    expect(actor.getSnapshot().context.expiry).toBeNull();
  });

  it('does not deem approval after the decision (issuance overdue): records it as not applied', () => {
    const actor = start(compilePbg(withConsequence('deemed-approval')));
    actor.send(accept);
    actor.send({ type: 'APPROVE', actor: people.dpupr, at: at('2025-05-07') });
    actor.send({ type: 'APPROVE', actor: people.dlh, at: at('2025-05-08') });
    actor.send({ type: 'ASSESS', actor: people.backOffice, at: at('2025-05-09') });
    actor.send({ type: 'PAID', actor: people.treasurer, at: at('2025-05-09', '14:00') });
    // Paid the same day: the stop covers 9 May, which no longer counts (20 June → 23 June).
    expect(actor.getSnapshot().context.serviceDue).toBe('2025-06-23');
    actor.send({ type: 'TICK', at: at('2025-06-24') });
    expect(currentStep(actor).step).toBe('issuance');
    expect(actor.getSnapshot().context.expiry).toMatchObject({
      consequence: 'deemed-approval',
      applied: false,
      target: null,
    });
  });

  it('after escalation, the head of the coordinator may also decide the step', () => {
    const actor = start(compilePbg(withConsequence('escalate')));
    actor.send(accept);
    const coordinatorHead = { id: 'kepala-dpmptsp', role: 'head', agency: 'dpmptsp' };
    const approve: WorkflowEvent = {
      type: 'APPROVE',
      actor: coordinatorHead,
      at: at('2025-06-23'),
    };
    expect(checkEvent(actor, { ...approve, at: at('2025-06-19') })).toMatchObject({
      ok: false,
      reason: 'forbidden',
    });
    actor.send(dayAfter);
    expect(
      allowedActions(actor).find((action) => action.type === 'APPROVE')?.allowed,
    ).toContainEqual({
      role: 'head',
      agency: 'dpmptsp',
    });
    expect(checkEvent(actor, approve)).toEqual({ ok: true });
    actor.send(approve);
    expect(currentStep(actor).step).toBe('levy-assessment');
  });

  it('lets a payment window run out: the file expires', () => {
    const actor = start(compilePbg());
    actor.send(accept);
    actor.send({ type: 'APPROVE', actor: people.dpupr, at: at('2025-05-07') });
    actor.send({ type: 'APPROVE', actor: people.dlh, at: at('2025-05-08') });
    actor.send({ type: 'ASSESS', actor: people.backOffice, at: at('2025-05-09') });
    expect(actor.getSnapshot().context.stepDue).toBe('2025-06-04'); // 14 working days (not 12–13, 29–30 May)
    actor.send({ type: 'TICK', at: at('2025-06-04', '23:00') });
    expect(currentStep(actor).step).toBe('payment');
    actor.send({ type: 'TICK', at: at('2025-06-05') });
    expect(actor.getSnapshot().context.result).toMatchObject({
      final: 'expired',
      cause: 'timeout',
    });
  });
});

describe('refused events name who would have been allowed and change nothing', () => {
  const refuse = (events: WorkflowEvent[], event: WorkflowEvent) => {
    const actor = start(compilePbg());
    for (const earlier of events) actor.send(earlier);
    const before = actor.getSnapshot();
    const result = checkEvent(actor, event);
    actor.send(event);
    expect(actor.getSnapshot()).toBe(before);
    return result;
  };

  it('wrong role', () => {
    expect(refuse([], { type: 'ACCEPT', actor: people.backOffice, at: at('2025-05-06') })).toEqual({
      ok: false,
      reason: 'forbidden',
      state: 'intake.active',
      expected: ['ACCEPT', 'REJECT', 'EXTEND', 'RETURN', 'WITHDRAW'],
      allowed: [{ role: 'front-office', agency: 'dpmptsp' }],
    });
  });

  it('wrong agency', () => {
    const outsider = { id: 'fo-9', role: 'front-office', agency: 'dpupr' };
    expect(refuse([], { type: 'ACCEPT', actor: outsider, at: at('2025-05-06') })).toMatchObject({
      reason: 'forbidden',
      allowed: [{ role: 'front-office', agency: 'dpmptsp' }],
    });
  });

  it('an agency outside the technical team', () => {
    expect(
      refuse([accept], { type: 'APPROVE', actor: people.bpn, at: at('2025-05-07') }),
    ).toMatchObject({
      reason: 'forbidden',
      state: 'technical-review.active',
      allowed: [
        { role: 'reviewer', agency: 'dpupr' },
        { role: 'reviewer', agency: 'dlh' },
      ],
    });
    const afterOneVote = [accept, { type: 'APPROVE', actor: people.dpupr, at: at('2025-05-07') }];
    expect(
      refuse(afterOneVote, { type: 'APPROVE', actor: people.bpn, at: at('2025-05-08') }),
    ).toMatchObject({
      reason: 'forbidden',
      allowed: [{ role: 'reviewer', agency: 'dlh' }],
    });
    expect(
      refuse(afterOneVote, { type: 'APPROVE', actor: people.dpupr, at: at('2025-05-08') }),
    ).toMatchObject({
      reason: 'invalid',
      detail: 'already_voted',
    });
  });

  it('wrong state', () => {
    expect(
      refuse([], { type: 'APPROVE', actor: people.dpupr, at: at('2025-05-06') }),
    ).toMatchObject({
      ok: false,
      reason: 'wrong_state',
      state: 'intake.active',
      allowed: [],
      expected: ['ACCEPT', 'REJECT', 'EXTEND', 'RETURN', 'WITHDRAW'],
    });
    expect(
      refuse([accept], { type: 'RESUBMIT', actor: people.applicant, at: at('2025-05-07') }),
    ).toMatchObject({
      reason: 'wrong_state',
    });
  });

  it('another applicant', () => {
    const returned = {
      type: 'RETURN',
      actor: people.frontOffice,
      at: at('2025-05-06'),
      reason: 'x',
    };
    expect(
      refuse([returned], { type: 'RESUBMIT', actor: people.stranger, at: at('2025-05-07') }),
    ).toMatchObject({
      reason: 'forbidden',
      allowed: [{ role: 'applicant', agency: 'applicant' }],
    });
  });

  it('a refusal without a reason, an event from the past, a finished file', () => {
    expect(
      refuse([], { type: 'REJECT', actor: people.frontOffice, at: at('2025-05-06') }),
    ).toMatchObject({
      reason: 'invalid',
      detail: 'reason_required',
    });
    expect(
      refuse([accept], { type: 'APPROVE', actor: people.dpupr, at: at('2025-05-01') }),
    ).toMatchObject({
      reason: 'invalid',
      detail: 'time_out_of_order',
    });
    const withdrawn = { type: 'WITHDRAW', actor: people.applicant, at: at('2025-05-06') };
    expect(
      refuse([withdrawn], { type: 'ACCEPT', actor: people.frontOffice, at: at('2025-05-07') }),
    ).toMatchObject({
      reason: 'wrong_state',
      state: 'withdrawn',
    });
  });
});

describe('extensions', () => {
  it('need a reason and stay within the legal maximum', () => {
    const service: WorkflowService = { ...pbg, sla: { ...pbg.sla, legalMax: 33 } };
    const actor = start(compilePbg(service));
    const extend = (days: number, reason?: string): WorkflowEvent => ({
      type: 'EXTEND',
      actor: people.frontOffice,
      at: at('2025-05-06'),
      days,
      ...(reason === undefined ? {} : { reason }),
    });
    expect(checkEvent(actor, extend(3))).toMatchObject({
      ok: false,
      reason: 'invalid',
      detail: 'reason_required',
    });
    expect(checkEvent(actor, extend(6, 'Menunggu rekomendasi'))).toMatchObject({
      ok: false,
      detail: 'beyond_legal_max',
    });
    actor.send(extend(5, 'Menunggu rekomendasi teknis'));
    expect(actor.getSnapshot().context.serviceDue).toBe(calendar.addWorkingDays('2025-06-20', 5));
    expect(actor.getSnapshot().context.extensions).toEqual([
      {
        days: 5,
        reason: 'Menunggu rekomendasi teknis',
        at: at('2025-05-06'),
        by: people.frontOffice,
      },
    ]);
    expect(checkEvent(actor, extend(1, 'Lagi'))).toMatchObject({
      ok: false,
      detail: 'beyond_legal_max',
    });
  });

  it('are refused when the service declares no legal maximum', () => {
    const service: WorkflowService = { ...pbg, sla: { days: 28, unit: 'working' } };
    const actor = start(compilePbg(service));
    const event: WorkflowEvent = {
      type: 'EXTEND',
      actor: people.frontOffice,
      at: at('2025-05-06'),
      days: 1,
      reason: 'x',
    };
    expect(checkEvent(actor, event)).toMatchObject({ ok: false, detail: 'beyond_legal_max' });
  });
});

describe('persistence', () => {
  const events: WorkflowEvent[] = [
    accept,
    { type: 'APPROVE', actor: people.dpupr, at: at('2025-05-07') },
    { type: 'RETURN', actor: people.dlh, at: at('2025-05-08'), reason: 'Perbaiki' },
    { type: 'RESUBMIT', actor: people.applicant, at: at('2025-05-19') },
    { type: 'APPROVE', actor: people.dlh, at: at('2025-05-20') },
    { type: 'APPROVE', actor: people.dpupr, at: at('2025-05-21') },
    { type: 'ASSESS', actor: people.backOffice, at: at('2025-05-22') },
    { type: 'PAID', actor: people.treasurer, at: at('2025-06-02') },
    { type: 'ISSUE', actor: people.head, at: at('2025-06-03') },
  ];

  it.each([1, 2, 3, 4, 6, 7, 8])(
    'round-trips a snapshot persisted after %i events, through JSON, without loss',
    (cut) => {
      const machine = compilePbg();
      const continuous = start(machine);
      const interrupted = start(machine);
      for (const event of events.slice(0, cut)) {
        continuous.send(event);
        interrupted.send(event);
      }
      const stored = JSON.parse(JSON.stringify(interrupted.getPersistedSnapshot())) as unknown;
      interrupted.stop();
      const restored = createActor(machine, { snapshot: stored as Snapshot<unknown> }).start();
      expect(restored.getSnapshot().value).toEqual(continuous.getSnapshot().value);
      expect(restored.getSnapshot().context).toEqual(continuous.getSnapshot().context);
      expect(restored.getPersistedSnapshot()).toEqual(continuous.getPersistedSnapshot());
      expect(allowedActions(restored)).toEqual(allowedActions(continuous));
      for (const event of events.slice(cut)) {
        expect(checkEvent(restored, event)).toEqual({ ok: true });
        restored.send(event);
        continuous.send(event);
      }
      expect(restored.getSnapshot().value).toBe('issued');
      expect(restored.getPersistedSnapshot()).toEqual(continuous.getPersistedSnapshot());
    },
  );

  it('restores a stored snapshot with a machine compiled again (same definition)', () => {
    const first = start(compilePbg());
    for (const event of events.slice(0, 3)) first.send(event);
    const stored = JSON.parse(JSON.stringify(first.getPersistedSnapshot())) as unknown;
    const restored = createActor(compilePbg(), { snapshot: stored as Snapshot<unknown> }).start();
    expect(currentStep(restored)).toEqual({
      step: 'technical-review',
      phase: 'returned',
      final: null,
    });
    restored.send(events[3] as WorkflowEvent);
    expect(restored.getSnapshot().context.serviceDue).toBe('2025-07-01');
  });
});

describe('calendar years', () => {
  /** ILLUSTRATIVE 2027 data for this test only: no 2027 decree was known when it was written. */
  const with2027 = createWorkingDayCalendar(
    {
      ...national,
      years: [...national.years, 2027],
      days: [
        ...national.days,
        { date: '2027-01-01', kind: 'holiday', name: 'Tahun Baru 2027 Masehi (illustrative)' },
      ],
    },
    { timeZone: 'Asia/Jakarta' },
  );
  const compileWith = (engine: WorkingDayCalendar) =>
    compileWorkflow(pbgWorkflow, { service: pbg, coordinator: 'dpmptsp', calendar: engine });

  it('a due date beyond the calendar’s years is counted on the weekly pattern and marked provisional', () => {
    // Tue 1 Dec 2026 + 28 working days: 20 in December (24 and 25 Dec off), then Fri 1 Jan 2027
    // (no decree yet: counted), 4–8 and 11–12 Jan.
    const actor = start(compilePbg(), { submittedAt: at('2026-12-01') });
    expect(actor.getSnapshot().context).toMatchObject({
      serviceDue: '2027-01-12',
      stepDue: '2026-12-02',
      provisional: { serviceDue: '2027-01-01' },
    });
    expect(actor.getSnapshot().context.provisional).not.toHaveProperty('stepDue');
  });

  it('RECOUNT with a calendar that covers 2027 confirms the date, and changes nothing a second time', () => {
    const actor = start(compilePbg(), { submittedAt: at('2026-12-01') });
    const stored = JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) as Snapshot<unknown>;
    const restored = createActor(compileWith(with2027), { snapshot: stored }).start();
    restored.send({ type: 'RECOUNT', at: at('2026-12-05') });
    const context = restored.getSnapshot().context;
    // New Year 2027 is now a holiday: one day later.
    expect(context).toMatchObject({ serviceDue: '2027-01-13', stepDue: '2026-12-02' });
    expect(context.provisional).toEqual({});
    expect(allowedActions(restored).map((action) => action.type)).not.toContain('RECOUNT');
    restored.send({ type: 'RECOUNT', at: at('2026-12-06') });
    expect(restored.getSnapshot().context).toMatchObject({
      serviceDue: '2027-01-13',
      provisional: {},
    });
  });

  it('RECOUNT while the file is returned recounts the waiting time and keeps the clock stopped', () => {
    const actor = start(compilePbg(), { submittedAt: at('2026-12-01') });
    actor.send({ ...accept, at: at('2026-12-02') });
    actor.send({ type: 'RETURN', actor: people.dlh, at: at('2026-12-10'), reason: 'Lengkapi' });
    const before = actor.getSnapshot().context;
    expect(before.serviceDue).toBeNull();
    const stored = JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) as Snapshot<unknown>;
    const restored = createActor(compileWith(with2027), { snapshot: stored }).start();
    restored.send({ type: 'RECOUNT', at: at('2026-12-11') });
    const after = restored.getSnapshot().context;
    expect(after).toMatchObject({
      serviceDue: null,
      stepDue: null,
      remainingDays: before.remainingDays,
    });
    expect(currentStep(restored)).toMatchObject({ phase: 'returned' });
  });

  it('with beyondCoverage: "error" it stays an explicit error', () => {
    const strict = createWorkingDayCalendar(national, {
      timeZone: 'Asia/Jakarta',
      beyondCoverage: 'error',
    });
    const actor = createActor(compileWith(strict), { input: { submittedAt: at('2026-12-01') } });
    const errors: unknown[] = [];
    actor.subscribe({ error: (error) => errors.push(error) });
    actor.start();
    expect(actor.getSnapshot().status).toBe('error');
    expect(errors[0]).toBeInstanceOf(CalendarRangeError);

    const late = start(compileWith(strict), { submittedAt: at('2026-11-02') });
    late.send({
      type: 'RETURN',
      actor: people.frontOffice,
      at: at('2026-11-03'),
      reason: 'Lengkapi',
    });
    const resubmit: WorkflowEvent = {
      type: 'RESUBMIT',
      actor: people.applicant,
      at: at('2026-12-20'),
    };
    expect(checkEvent(late, resubmit)).toMatchObject({
      ok: false,
      reason: 'invalid',
      detail: 'calendar_error',
    });
  });
});
