import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../src/store/index.js';
import { createMallRuntime, ValidationError, type SubmitInput } from '../src/runtime/index.js';
import { batang, createTestClock, pbgDocuments, pbgFacts } from './runtime/runtimeFixtures.js';

const head = { id: 'head', role: 'head', agency: 'dpmptsp' };

async function setup() {
  const store = createMemoryStore();
  const clock = createTestClock('2025-06-02T02:00:00Z');
  const runtime = createMallRuntime(await batang(), { store, clock });
  return { runtime, store, clock };
}

describe('the caller does not choose the time or the author', () => {
  it('refuses a request that sets its own time, author, id or risk level, and writes nothing', async () => {
    const { runtime, store } = await setup();
    // A request body handed on whole, back-dated four weeks and signed as the head of office.
    const body = {
      serviceId: 'pbg',
      applicant: { id: 'akun-1' },
      documents: pbgDocuments,
      facts: pbgFacts,
      at: '2025-05-05T02:00:00Z',
      submittedBy: head,
      id: 'chosen-id',
      riskLevel: 'low',
    };
    const error = await runtime.submit(body as SubmitInput).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const issues = (error as ValidationError).issues;
    expect(issues.map((issue) => `${issue.code} ${issue.path.join('.')}`)).toEqual([
      'set_by_runtime at',
      'set_by_runtime submittedBy',
      'set_by_runtime id',
      'set_by_runtime riskLevel',
    ]);
    expect(issues[0]!.message).toBe('`at` is set by the runtime, not by the request.');
    expect((error as ValidationError).localizedIssues('id')[0]!.message).toBe(
      '`at` ditetapkan oleh runtime, bukan oleh permintaan.',
    );
    expect(await store.count()).toBe(0);
  });

  it('sets them itself, or takes them from a trusted caller', async () => {
    const { runtime } = await setup();
    const request = {
      serviceId: 'pbg',
      applicant: { id: 'akun-1' },
      documents: pbgDocuments,
      facts: pbgFacts,
    };
    const own = await runtime.submit(request);
    expect(own.submittedAt).toBe('2025-06-02T02:00:00.000Z');
    expect((await runtime.timeline(own.id))[0]).toMatchObject({ actor: { id: 'akun-1' } });
    const registered = await runtime.submit(request, {
      submittedBy: { id: 'petugas-7', role: 'front-office', agency: 'dpmptsp' },
      id: 'pbg-7',
      at: '2025-06-02T01:00:00Z',
    });
    expect(registered).toMatchObject({ id: 'pbg-7', submittedAt: '2025-06-02T01:00:00.000Z' });
    expect((await runtime.timeline('pbg-7'))[0]).toMatchObject({
      actor: { id: 'petugas-7', role: 'front-office' },
    });
  });

  it('runs deadlines at most a few minutes ahead of its clock', async () => {
    const { runtime, clock } = await setup();
    const error = await runtime.runDueDeadlines('2025-06-30T02:00:00Z').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]).toMatchObject({
      code: 'time_ahead_of_clock',
      path: ['now'],
      message:
        "The time 2025-06-30T02:00:00.000Z is ahead of the runtime's clock (2025-06-02T02:00:00.000Z) by more than 5 min.",
    });
    // Two machines' clocks may differ a little; the past is always allowed.
    await expect(runtime.runDueDeadlines('2025-06-02T02:04:00Z')).resolves.toMatchObject({
      claimed: 0,
    });
    await expect(runtime.runDueDeadlines('2025-05-01T00:00:00Z')).resolves.toMatchObject({
      claimed: 0,
    });
    clock.set('2025-06-30T02:00:00Z');
    await expect(runtime.runDueDeadlines('2025-06-30T02:00:00Z')).resolves.toMatchObject({
      claimed: 0,
    });
  });
});
