import { describe, expect, it } from 'vitest';
import { createMemoryStore, type MallStore } from '../src/store/index.js';
import {
  createMallRuntime,
  ValidationError,
  type MallRuntime,
  type SubmitInput,
  type SubmitTrusted,
} from '../src/runtime/index.js';
import {
  batang,
  batangNik,
  createTestClock,
  pbgDocuments,
  pbgFacts,
} from './runtime/runtimeFixtures.js';

async function setup(): Promise<{ runtime: MallRuntime; store: MallStore }> {
  const store = createMemoryStore();
  const runtime = createMallRuntime(await batang(), {
    store,
    clock: createTestClock('2025-05-05T02:00:00Z'),
  });
  return { runtime, store };
}

describe('submit', () => {
  it('returns the requirement checklist for the application kind and the fee from the formula', async () => {
    const { runtime } = await setup();
    const app = await runtime.submit({
      serviceId: 'pbg',
      applicationKind: 'change',
      applicant: { id: 'akun-1', nik: batangNik(1) },
      documents: [{ requirementId: 'ktp', reference: 'upload/ktp.pdf' }, { requirementId: 'kkpr' }],
      facts: { ...pbgFacts, floorArea: 250, integratedIndex: 0.8, shst: 4_500_000 },
    });
    expect(app.checklist.applicationKind).toBe('change');
    expect(app.checklist.items.map((item) => `${item.requirementId}:${item.status}`)).toEqual([
      'ktp:present',
      'bukti-tanah:missing',
      'kkpr:present',
      'persetujuan-lingkungan:conditional',
      'rencana-teknis:missing',
      'data-perencana:optional',
      'pbg-lama:missing', // only for a change of an existing PBG
    ]);
    expect(app.checklist).toMatchObject({
      complete: false,
      missing: ['bukti-tanah', 'rencana-teknis', 'pbg-lama'],
    });
    expect(app.fee).toMatchObject({
      kind: 'formula',
      amount: 3_600_000,
      currency: 'IDR',
      rounding: 'round',
    });
    expect(app).toMatchObject({
      serviceId: 'pbg',
      serviceVersion: '2025.1',
      workflowId: 'pbg',
      state: 'intake',
      phase: 'active',
      version: 1,
      agencies: ['dpmptsp', 'dpupr', 'dlh'],
      serviceDue: '2025-06-20', // 28 working days from Monday 5 May 2025
      dueAt: '2025-06-20T17:00:00.000Z', // the start of 21 June in WIB
    });
    expect(app.workflowVersion).toMatch(/^[0-9a-f]{16}$/);
  });

  it('leaves requirements of other application kinds out: a new PBG needs no previous PBG', async () => {
    const { runtime } = await setup();
    const app = await runtime.submit({
      serviceId: 'pbg',
      applicant: { id: 'akun-1' },
      documents: pbgDocuments,
      facts: pbgFacts,
    });
    expect(app.checklist).toMatchObject({ applicationKind: 'new', complete: true, missing: [] });
    expect(app.fee.amount).toBe(1_000_000);
  });

  it.each([
    ['free', { serviceId: 'ktp-el', applicant: { id: 'a' } }, { kind: 'free', amount: 0 }],
    ['fixed', { serviceId: 'roya', applicant: { id: 'a' } }, { kind: 'fixed' }],
    [
      'table with one choice made',
      { serviceId: 'skck', applicant: { id: 'a' }, facts: { feeRow: 'wna' } },
      { kind: 'table', rowId: 'wna', amount: 60_000 },
    ],
    [
      'formula with max()',
      {
        serviceId: 'bphtb',
        applicant: { id: 'a' },
        facts: { npop: 50_000_000, npoptkp: 80_000_000, ratePercent: 5 },
      },
      { kind: 'formula', amount: 0 },
    ],
  ] as const)('quotes a %s fee', async (_name, input, fee) => {
    const { runtime } = await setup();
    const app = await runtime.submit(input as SubmitInput);
    expect(app.fee).toMatchObject(fee);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    [
      'an unknown service',
      { serviceId: 'pgb', applicant: { id: 'a' } },
      ['serviceId: Unknown service "pgb". (Did you mean "pbg"?)'],
    ],
    [
      'an application kind the service does not offer',
      { serviceId: 'pbg', applicationKind: 'renewal', applicant: { id: 'a' }, facts: pbgFacts },
      ['applicationKind: Invalid value: "renewal". (Allowed values: new, change.)'],
    ],
    [
      'missing and mistyped facts of the fee formula',
      {
        serviceId: 'pbg',
        applicant: { id: 'a' },
        facts: { floorArea: '100', integratedIndex: 0.5, localityIndex: 0.004, shst: 5e6 },
      },
      [
        'facts.floorArea: The fact "floorArea" must be a number, got "100". (Give "floorArea" as a number.)',
        'facts.buildingIndex: The required key "facts.buildingIndex" is missing. (Add "facts.buildingIndex" (a number: Built-building index (Ibg) — 1 for a new building).)',
      ],
    ],
    [
      'a table fee with several rows and none chosen',
      { serviceId: 'skck', applicant: { id: 'a' } },
      [
        'facts.feeRow: The required key "facts.feeRow" is missing. (Add "facts.feeRow" (the fee row: one of wni, wna).)',
      ],
    ],
    [
      'an invalid NIK',
      { serviceId: 'ktp-el', applicant: { id: 'a', nik: '3325010101900000' } },
      [
        'applicant.nik: Invalid NIK: serial number 0000 (digits 13–16) is not allowed; it must be 0001–9999.',
      ],
    ],
    [
      'a document for a requirement the service does not have',
      {
        serviceId: 'ktp-el',
        applicant: { id: 'a' },
        documents: [{ requirementId: 'kk' }, { requirementId: 'ktp-lamaa' }],
      },
      ['documents.1.requirementId: Unknown requirement "ktp-lamaa". (Did you mean "ktp-lama"?)'],
    ],
    [
      'no risk level for a lifecycle that branches on it',
      { serviceId: 'nib-oss', applicant: { id: 'a' } },
      [
        'riskLevel: The required key "riskLevel" is missing. (Add "riskLevel" (the business risk level: low, medium-low, medium-high, high).)',
      ],
    ],
    [
      'no applicant',
      { serviceId: 'ktp-el' },
      [
        'applicant: The required key "applicant" is missing. (Add "applicant" ({ id, nik?, name? }).)',
      ],
    ],
    [
      'a time without a zone',
      { serviceId: 'ktp-el', applicant: { id: 'a' }, trusted: { at: '2025-05-05 09:00' } },
      [
        'at: "2025-05-05 09:00" is not a valid ISO 8601 instant. (Write it like 2025-07-01T09:30:00+07:00.)',
      ],
    ],
    [
      'a day before the calendar',
      { serviceId: 'ktp-el', applicant: { id: 'a' }, trusted: { at: '2024-12-02T02:00:00Z' } },
      [
        'at: The date 2024-12-02 is outside the years this calendar covers (2025, 2026). (Add its year to `years`, or correct the date.)',
      ],
    ],
  ])('refuses %s with located issues and writes nothing', async (_name, input, expected) => {
    const { runtime, store } = await setup();
    // The trusted part (time, author, id, risk level) is submit's second argument.
    const { trusted, ...request } = input as { trusted?: SubmitTrusted };
    const error = await runtime
      .submit(request as unknown as SubmitInput, trusted)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const issues = (error as ValidationError).issues;
    expect(
      issues.map(
        (i) =>
          `${i.path.join('.')}: ${i.message}${i.hint === undefined || /^Declare/.test(i.hint) ? '' : ` (${i.hint})`}`,
      ),
    ).toEqual(expected);
    expect((error as ValidationError).messageId).toMatch(/^Permintaan ditolak/);
    expect(await store.count()).toBe(0);
  });

  it('gives the issues in Indonesian too', async () => {
    const { runtime } = await setup();
    const error = (await runtime
      .submit({ serviceId: 'pbg', applicationKind: 'renewal', applicant: { id: 'a' } })
      .catch((e: unknown) => e)) as ValidationError;
    expect(error.localizedIssues('id')[0]).toMatchObject({
      message: 'Nilai tidak valid: "renewal".',
      hint: 'Nilai yang diperbolehkan: new, change.',
    });
    expect(error.messageId).toBe(
      'Permintaan ditolak, tidak ada yang disimpan: 1 masalah, yang pertama: applicationKind: Nilai tidak valid: "renewal".',
    );
  });

  it('keeps a chosen id unique: submitting twice with one id is a conflict', async () => {
    const { runtime, store } = await setup();
    await runtime.submit({ serviceId: 'ktp-el', applicant: { id: 'a' } }, { id: 'pbg-0001' });
    await expect(
      runtime.submit({ serviceId: 'ktp-el', applicant: { id: 'a' } }, { id: 'pbg-0001' }),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect(await store.count()).toBe(1);
  });
});
