import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../src/store/index.js';
import {
  createMallRuntime,
  maskNik,
  maskNikInText,
  type RuntimeLogEntry,
} from '../src/runtime/index.js';
import { batang, batangNik, createTestClock, officer } from './runtime/runtimeFixtures.js';

const nik = batangNik(42);
const masked = `${nik.slice(0, 4)}********${nik.slice(12)}`;

describe('personal data', () => {
  it.each([
    ['3325010101900001', '3325********0001'],
    ['3325 0101 0190 0001', '3325********0001'],
    ['3325.0101.0190.0001', '3325********0001'],
    ['33250101019', '***********'],
  ])('masks the NIK %s as %s', (input, expected) => {
    expect(maskNik(input)).toBe(expected);
  });

  it('masks NIK-like numbers inside free text, and nothing else', () => {
    expect(maskNikInText(`KTP ${nik} hilang, NIB 1234567890123`)).toBe(
      `KTP ${masked} hilang, NIB 1234567890123`,
    );
  });

  it('shows the NIK only to a caller who asks for it', async () => {
    const logs: RuntimeLogEntry[] = [];
    const runtime = createMallRuntime(await batang(), {
      store: createMemoryStore(),
      clock: createTestClock('2025-05-05T02:00:00Z'),
      logger: (entry) => logs.push(entry),
    });
    const app = await runtime.submit({
      serviceId: 'skck',
      applicant: { id: 'akun-9', nik, name: 'Budi' },
      documents: [{ requirementId: 'ktp', reference: `scan KTP ${nik}.pdf` }],
      facts: { feeRow: 'wni', note: `NIK ${nik}` },
    });
    expect(app.applicant.nik).toBe(masked);
    const accepted = await runtime.act(app.id, {
      type: 'RETURN',
      actor: officer('front-office', 'polres-batang'),
      expectedVersion: 1,
      reason: `Foto KTP ${nik} buram`,
    });

    const hidden = JSON.stringify([
      app,
      accepted,
      await runtime.get(app.id),
      await runtime.timeline(app.id),
      await runtime.export(app.id),
      await runtime.query({}),
      logs,
    ]);
    expect(hidden).not.toContain(nik);
    expect(hidden).toContain(masked);

    expect((await runtime.get(app.id, { reveal: true })).applicant.nik).toBe(nik);
    expect(JSON.stringify(await runtime.timeline(app.id, { reveal: true }))).toContain(nik);
    const exported = await runtime.export(app.id, { reveal: true });
    expect(exported.revealed).toBe(true);
    expect(JSON.stringify(exported)).toContain(nik);
    expect(exported.chain).toEqual({ ok: true });
  });

  it('masks NIK-bearing identifiers too: applicantId, submittedBy, timeline actors, fact keys, conflict messages', async () => {
    const logs: RuntimeLogEntry[] = [];
    const store = createMemoryStore();
    const runtime = createMallRuntime(await batang(), {
      store,
      clock: createTestClock('2025-05-05T02:00:00Z'),
      logger: (entry) => logs.push(entry),
    });
    const account = `nik-${nik}`;
    const counter = officer('front-office', 'polres-batang', `nip-${nik}`);
    const app = await runtime.submit(
      {
        serviceId: 'skck',
        applicant: { id: account },
        facts: { feeRow: 'wni', [nik]: 'x' } as never,
      },
      { submittedBy: counter },
    );
    const hiddenId = `nik-${masked}`;
    expect(app.applicantId).toBe(hiddenId);
    expect(app.submittedBy.id).toBe(`nip-${masked}`);
    expect(Object.keys(app.facts)).toContain(masked);
    expect((await runtime.query({ applicantId: account })).items[0]?.applicantId).toBe(hiddenId);
    const timeline = await runtime.timeline(app.id);
    expect(timeline[0]?.actor.id).toBe(`nip-${masked}`);
    const conflict = await runtime
      .act(app.id, { type: 'ACCEPT', actor: counter, expectedVersion: 9 })
      .catch((error: unknown) => error as Error);
    const stored = await store.create(
      { ...(await store.get(app.id))!, id: `app-${nik}`, version: 1 },
      { type: 'SUBMIT', actor: counter, at: '2025-05-05T02:00:00.000Z' },
    );
    const duplicate = await store
      .create(
        { ...(await store.get(app.id))!, id: stored.applicationId, version: 1 },
        {
          type: 'SUBMIT',
          actor: counter,
          at: '2025-05-05T02:00:00.000Z',
        },
      )
      .catch((error: unknown) => error as Error);
    expect(duplicate).toMatchObject({ code: 'conflict' });
    await runtime
      .act(app.id, { type: nik, actor: counter, expectedVersion: 1 })
      .catch(() => undefined);
    const hidden = JSON.stringify([
      app,
      await runtime.get(app.id),
      timeline,
      await runtime.export(app.id),
      String(conflict),
      (duplicate as Error).message,
      logs,
    ]);
    expect(hidden).not.toContain(nik);

    const shown = await runtime.get(app.id, { reveal: true });
    expect([shown.applicantId, shown.submittedBy.id]).toEqual([account, counter.id]);
    expect(Object.keys(shown.facts)).toContain(nik);
    expect((await runtime.timeline(app.id, { reveal: true }))[0]?.actor.id).toBe(counter.id);
  });

  it('never puts a full NIK in an error message, whatever the caller sent', async () => {
    const runtime = createMallRuntime(await batang(), {
      store: createMemoryStore(),
      clock: createTestClock('2025-05-05T02:00:00Z'),
    });
    const app = await runtime.submit({ serviceId: 'ktp-el', applicant: { id: 'akun-9', nik } });
    const attempts: Promise<unknown>[] = [
      runtime.submit({
        serviceId: 'ktp-el',
        applicant: { id: 'a', nik: `${nik.slice(0, 8)}13${nik.slice(10)}` },
      }),
      runtime.submit({
        serviceId: 'ktp-el',
        applicant: { id: 'a', nik: nik.slice(0, 12) + '0000' },
      }),
      runtime.submit({ serviceId: nik, applicant: { id: 'a', nik } }),
      runtime.submit({
        serviceId: 'ktp-el',
        applicant: { id: 'a', nik },
        documents: [{ requirementId: nik }],
      }),
      runtime.submit({
        serviceId: 'ktp-el',
        applicant: { id: 'a', nik },
        facts: { [nik]: [nik] } as never,
      }),
      runtime.act(app.id, {
        type: 'ACCEPT',
        actor: { id: nik, role: 'applicant' },
        expectedVersion: 1,
      }),
      runtime.act(app.id, {
        type: 'ACCEPT',
        actor: { id: nik, role: 'front-office', agency: 'dlh' },
        expectedVersion: 1,
      }),
      runtime.act(app.id, {
        type: 'HAND_OVER',
        actor: { id: nik, role: 'front-office', agency: 'disdukcapil' },
        expectedVersion: 1,
      }),
      runtime.act(app.id, { type: nik, actor: { id: nik, role: 'x' }, expectedVersion: 1 }),
      runtime.act(nik, { type: 'ACCEPT', actor: { id: nik, role: 'x' }, expectedVersion: 1 }),
    ];
    const errors = await Promise.all(
      attempts.map((attempt) =>
        attempt.then(
          () => undefined,
          (error: unknown) => error,
        ),
      ),
    );
    expect(errors.every((error) => error instanceof Error)).toBe(true);
    for (const error of errors as (Error & { messageId?: string; issues?: unknown })[]) {
      const text = `${error.message} ${error.messageId ?? ''} ${JSON.stringify(error.issues ?? [])}`;
      expect(text, error.message).not.toContain(nik);
    }
  });
});
