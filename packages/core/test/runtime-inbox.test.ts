import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../src/store/index.js';
import { createMallRuntime } from '../src/runtime/index.js';
import {
  batang,
  batangNik,
  createTestClock,
  officer,
  pbgDocuments,
  pbgFacts,
} from './runtime/runtimeFixtures.js';

const frontOffice = officer('front-office', 'dpmptsp');

describe('runtime.inbox', () => {
  it('lists what waits for a role@agency, soonest due first, and follows the application', async () => {
    const store = createMemoryStore();
    const clock = createTestClock('2025-05-05T02:00:00Z');
    const runtime = createMallRuntime(await batang(), { store, clock });
    const submit = (n: number) =>
      runtime.submit({
        serviceId: 'pbg',
        applicant: { id: `akun-${String(n)}`, nik: batangNik(n) },
        documents: pbgDocuments,
        facts: pbgFacts,
      });
    const first = await submit(1);
    clock.advanceHours(24);
    const second = await submit(2);
    const record = await store.get(first.id);
    expect(record?.pendingActors).toContain('front-office@dpmptsp');
    expect(record?.pendingActors?.some((actor) => actor.startsWith('applicant'))).toBe(false);
    expect(record?.actionDueAt).toMatch(/^2025-05-\d{2}T17:00:00.000Z$/);

    const fo = [{ role: 'front-office', agency: 'dpmptsp' }];
    expect((await runtime.inbox({ actors: fo })).items.map((a) => a.id)).toEqual([
      first.id,
      second.id,
    ]);
    await runtime.act(first.id, { type: 'ACCEPT', actor: frontOffice, expectedVersion: 1 });
    expect((await runtime.inbox({ actors: fo })).items.map((a) => a.id)).toEqual([second.id]);
    const dlh = await runtime.inbox({ actors: [{ role: 'reviewer', agency: 'dlh' }], limit: 1 });
    expect(dlh.items.map((a) => a.id)).toEqual([first.id]);
    expect(dlh.items[0]?.state).toBe('technical-review');
    expect(dlh.next).toBeUndefined();
  });
});
