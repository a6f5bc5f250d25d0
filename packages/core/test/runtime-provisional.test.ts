import { describe, expect, it } from 'vitest';
import { reportDeadlineCompliance } from '../src/reports/index.js';
import { createMallRuntime, ValidationError } from '../src/runtime/index.js';
import { createMemoryStore } from '../src/store/index.js';
import {
  batang,
  batangNik,
  createTestClock,
  officer,
  pbgDocuments,
  pbgFacts,
} from './runtime/runtimeFixtures.js';
import { withIllustrative2027 } from './store/provisionalDeadlines.js';

const frontOffice = officer('front-office', 'dpmptsp');

async function submitPbg(at: string) {
  const store = createMemoryStore();
  const clock = createTestClock(at);
  const mall = await batang();
  const runtime = createMallRuntime(mall, { store, clock });
  const app = await runtime.submit({
    serviceId: 'pbg',
    applicant: { id: 'akun-1', nik: batangNik(1) },
    documents: pbgDocuments,
    facts: pbgFacts,
  });
  return { store, clock, mall, runtime, app };
}

describe('provisional deadlines in the runtime', () => {
  it('marks the step due date too once the step’s own term reaches 2027, and says so in events', async () => {
    const { runtime, app, clock } = await submitPbg('2026-12-20T02:00:00Z');
    clock.set('2026-12-21T02:00:00Z');
    const accepted = await runtime.act(app.id, {
      type: 'ACCEPT',
      actor: frontOffice,
      expectedVersion: 1,
    });
    // The technical team's 24 working days from Mon 21 Dec reach 2027.
    expect(accepted.step).toBe('technical-review');
    expect(accepted.provisional).toEqual({
      uncoveredFrom: '2027-01-01',
      dueDates: ['serviceDue', 'stepDue'],
    });
    const entry = (await runtime.timeline(app.id))[1];
    // The completion judged the intake step's covered due date; the service due date is provisional.
    expect(entry).toMatchObject({
      type: 'ACCEPT',
      stepDueAt: '2026-12-21T17:00:00.000Z',
      provisional: { uncoveredFrom: '2027-01-01', dueDates: ['serviceDue'] },
    });
  });

  it('shows nothing provisional for a term inside the calendar, nor once the application is final', async () => {
    const inside = await submitPbg('2026-06-01T02:00:00Z');
    expect(inside.app.provisional).toBeNull();
    expect((await inside.store.get(inside.app.id))?.uncoveredFrom).toBeNull();

    const { runtime, app } = await submitPbg('2026-12-20T02:00:00Z');
    const withdrawn = await runtime.withdraw(app.id, {
      actor: { id: 'akun-1', role: 'applicant' },
      expectedVersion: 1,
    });
    expect(withdrawn).toMatchObject({ final: 'withdrawn', provisional: null });
  });

  it('the scheduler recounts once, on its first run of a runtime', async () => {
    const { store, clock, mall, app } = await submitPbg('2026-12-20T02:00:00Z');
    const updated = createMallRuntime(withIllustrative2027(mall), { store, clock });
    clock.set('2026-12-22T00:00:00Z');
    expect(await updated.runDueDeadlines('2026-12-22T00:00:00Z')).toMatchObject({ recounted: 1 });
    expect(await updated.get(app.id)).toMatchObject({
      serviceDue: '2027-02-02',
      provisional: null,
    });
    expect(await updated.runDueDeadlines('2026-12-22T00:00:00Z')).toMatchObject({ recounted: 0 });
  });

  it('keeps what is still beyond the new calendar provisional, from its new end', async () => {
    // Submitted 1 Dec 2027 on a calendar ending in 2026: counted on the weekly pattern.
    const { store, clock, mall, app } = await submitPbg('2027-12-01T02:00:00Z');
    expect(app.provisional).toEqual({
      uncoveredFrom: '2027-01-01',
      dueDates: ['serviceDue', 'stepDue'],
    });
    const updated = createMallRuntime(withIllustrative2027(mall), { store, clock });
    expect(await updated.recountProvisionalDeadlines()).toMatchObject({ recounted: 1 });
    // The term reaches 2028, which the illustrative calendar does not cover either.
    expect((await updated.get(app.id)).provisional).toEqual({
      uncoveredFrom: '2028-01-01',
      dueDates: ['serviceDue'],
    });
    expect((await store.get(app.id))?.uncoveredFrom).toBe('2028-01-01');
    expect(await updated.recountProvisionalDeadlines()).toMatchObject({ checked: 0 });
  });

  it('refuses RECOUNT as a person’s action', async () => {
    const { runtime, app } = await submitPbg('2026-12-20T02:00:00Z');
    await expect(
      runtime.act(app.id, { type: 'RECOUNT', actor: frontOffice, expectedVersion: 1 }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it('the compliance report counts verdicts judged against provisional due instants', async () => {
    const { store, runtime, app, clock, mall } = await submitPbg('2026-12-20T02:00:00Z');
    clock.set('2026-12-21T02:00:00Z');
    await runtime.act(app.id, { type: 'ACCEPT', actor: frontOffice, expectedVersion: 1 });
    const report = await reportDeadlineCompliance(mall, store, { now: '2026-12-22T00:00:00Z' });
    expect(report.services).toEqual([
      expect.objectContaining({ serviceId: 'pbg', pending: 1, provisional: 1 }),
    ]);
    // ACCEPT completed intake on its covered due date; the open technical review is provisional.
    expect(report.steps).toEqual([
      expect.objectContaining({ step: 'intake', onTime: 1, provisional: 0 }),
      expect.objectContaining({ step: 'technical-review', pending: 1, provisional: 1 }),
    ]);
    expect(report.agencies).toEqual([
      expect.objectContaining({ agency: 'dpmptsp', onTime: 1, provisional: 0 }),
    ]);
    // Once recounted on a calendar that covers 2027, nothing is provisional.
    await createMallRuntime(withIllustrative2027(mall), {
      store,
      clock,
    }).recountProvisionalDeadlines();
    const after = await reportDeadlineCompliance(mall, store, { now: '2026-12-22T00:00:00Z' });
    expect(after.services[0]).toMatchObject({ provisional: 0 });
    expect(after.steps.map((row) => row.provisional)).toEqual([0, 0]);
  });
});
