import { MppError } from '@mpp-kit/schemas';
import { describe, expect, it } from 'vitest';
import { createMallRuntime, ForbiddenError, NotFoundError } from '../src/runtime/index.js';
import { createMemoryStore, StoreError } from '../src/store/index.js';
import {
  applicant,
  batang,
  batangNik,
  createTestClock,
  officer,
  pbgDocuments,
  pbgFacts,
} from './runtime/runtimeFixtures.js';

describe('the errors of core extend MppError, unchanged', () => {
  it('a ForbiddenError from the runtime keeps its name, code and messages', async () => {
    const store = createMemoryStore();
    const runtime = createMallRuntime(await batang(), {
      store,
      clock: createTestClock('2025-05-05T02:00:00Z'),
    });
    const owner = applicant('akun-siti');
    const app = await runtime.submit({
      serviceId: 'pbg',
      applicant: { id: owner.id, nik: batangNik(7), name: 'Siti Aminah' },
      documents: pbgDocuments,
      facts: pbgFacts,
    });
    const error: unknown = await runtime
      .act(app.id, {
        type: 'ACCEPT',
        actor: officer('reviewer', 'dlh'),
        expectedVersion: app.version,
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(error).toBeInstanceOf(MppError);
    const forbidden = error as ForbiddenError;
    expect([forbidden.name, forbidden.code]).toEqual(['ForbiddenError', 'forbidden']);
    expect(forbidden.localizedMessage('id')).toBe(forbidden.messageId);
    expect(forbidden.messageId).not.toBe(forbidden.message);
    expect(Object.keys(forbidden)).toEqual(
      expect.arrayContaining(['code', 'messageId', 'applicationId', 'allowed', 'reason']),
    );

    const missing: unknown = await runtime.get('no-such-id').catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(NotFoundError);
    expect(missing).toBeInstanceOf(MppError);
    expect((missing as NotFoundError).code).toBe('not_found');

    await store.close();
    const closed: unknown = await store.get(app.id).catch((e: unknown) => e);
    expect(closed).toBeInstanceOf(StoreError);
    expect(closed).toBeInstanceOf(MppError);
    expect((closed as StoreError).code).toBe('closed');
  });
});
