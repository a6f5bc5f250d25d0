import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMallRuntime, loadMall } from '@mpp-kit/core';
import { createSqliteStore } from '@mpp-kit/core/store/sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadMallResult } from '../src/index.js';
import { runMain } from './_runMain.js';

const root = new URL('../../..', import.meta.url).pathname;
const batang = join(root, 'examples/batang');

function run(argv: readonly string[]) {
  return runMain(
    argv,
    {},
    {
      cwd: root,
      loadMall: (path, options) => loadMall(path, options) as Promise<LoadMallResult>,
    },
  );
}

interface JsonReport {
  mall: string;
  now: string;
  wog: {
    met: number;
    of: number;
    countsIllustrative: boolean;
    includesIllustrative: boolean;
    indicators: {
      id: string;
      met: boolean;
      basis: string;
      rule: string;
      evidence: { text: string; kind: string; status: string; sources: string[] }[];
      missing: string[];
    }[];
  };
  compliance?: {
    applications: number;
    services: { serviceId: string; count: number; onTime: number; late: number }[];
    agencies: { agency: string; count: number }[];
    handoffs: { count: number; medianHours: number | null };
  };
}

let dir: string;
let storeFile: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mpp-report-'));
  storeFile = join(dir, 'mpp.sqlite');
  // One PBG application written the way the runtime will: intake at DPMPTSP, technical review at
  // DPUPR 26 hours later (one handoff), issued on time.
  const store = createSqliteStore({ file: storeFile });
  const actor = (role: string, agency: string) => ({ id: `nip-${agency}`, role, agency });
  const record = {
    id: 'app-1',
    mallId: 'mpp-batang',
    serviceId: 'pbg',
    serviceVersion: '2025.1',
    workflowId: 'permit-with-levy',
    workflowVersion: '1',
    applicantId: 'nik-1',
    agencies: ['dpmptsp', 'dpupr'],
    state: 'intake',
    snapshot: {},
    version: 1,
    dueAt: null,
    createdAt: '2025-07-01T02:00:00.000Z',
    updatedAt: '2025-07-01T02:00:00.000Z',
  };
  const serviceDueAt = '2025-08-08T09:00:00.000Z';
  await store.create(record, {
    type: 'ACCEPT',
    actor: actor('front-office', 'dpmptsp'),
    at: record.createdAt,
    payload: { step: 'intake', dueAt: '2025-07-02T09:00:00.000Z', serviceDueAt },
  });
  await store.append(
    'app-1',
    1,
    {
      type: 'APPROVE',
      actor: actor('reviewer', 'dpupr'),
      at: '2025-07-02T04:00:00.000Z',
      payload: { step: 'technical-review', dueAt: '2025-08-05T09:00:00.000Z', serviceDueAt },
    },
    { ...record, version: 2, state: 'issued', updatedAt: '2025-07-02T04:00:00.000Z' },
  );
  await store.close();
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('mpp report', () => {
  it('JSON: the Whole-of-Government assessment of Batang, 5 of 7', async () => {
    const result = await run([
      'report',
      batang,
      '--format',
      'json',
      '--now',
      '2025-08-01T00:00:00Z',
    ]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.mall).toBe('mpp-batang');
    expect(report.now).toBe('2025-08-01T00:00:00Z');
    expect(report.wog.met).toBe(5);
    expect(report.wog.of).toBe(7);
    expect(report.wog.indicators.map((i) => Object.keys(i))).toEqual(
      Array(7).fill(['id', 'met', 'basis', 'rule', 'evidence', 'missing']),
    );
    expect(report.wog.includesIllustrative).toBe(false);
    // Each verdict cites the seed paper's finding.
    for (const indicator of report.wog.indicators) {
      const finding = indicator.evidence.find((e) => e.kind === 'finding');
      expect(finding?.sources[0], indicator.id).toMatch(/^Hibatullah, Fitriyah, Marlina/);
    }
    expect(report.wog.indicators.filter((i) => !i.met).map((i) => i.id)).toEqual([
      'coordinating-institution',
      'task-force',
    ]);
    expect(report.compliance).toBeUndefined();
  });

  it('pretty, in English and Indonesian', async () => {
    const en = await run(['report', batang]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain(
      'MPP Batang — Whole-of-Government assessment: 5 of 7 indicators met',
    );
    expect(en.stdout).toContain(' 2. [NOT MET] Special coordinating institution');
    expect(en.stdout).toContain(
      '      decided by: Not met by a published finding (no verified entry decides it): Hibatullah, Fitriyah, Marlina:',
    );
    expect(en.stdout).toContain('      + Service value: Friendly. [example data (not official)]');
    expect(en.stdout).toContain(
      '      - missing: No task force with members from two or more agencies is declared (coordination.taskForces).',
    );
    expect(en.stdout).toContain(' 7. [met] Leadership');
    expect(en.stdout).toContain('Deadline compliance: no store given (use --store <file>).');
    const id = await run(['report', batang, '--lang', 'id']);
    expect(id.stdout).toContain(
      'MPP Batang — Penilaian Whole of Government: 5 dari 7 indikator terpenuhi',
    );
    expect(id.stdout).toContain(' 3. [BELUM TERPENUHI] Satuan tugas (task force)');
  });

  it('--include-illustrative counts evidence that is not verified, and the report says so', async () => {
    const pretty = await run(['report', batang, '--include-illustrative']);
    expect(pretty.code).toBe(0);
    expect(pretty.stdout).toContain(
      'Evidence that is not verified may count (--include-illustrative): no verdict needed it.',
    );
    const json = await run(['report', batang, '--include-illustrative', '--format', 'json']);
    const report = JSON.parse(json.stdout) as JsonReport;
    // Batang's findings still decide every indicator: nothing rests on illustrative data.
    expect(report.wog.countsIllustrative).toBe(true);
    expect(report.wog.includesIllustrative).toBe(false);
    expect(report.wog.met).toBe(5);
  });

  it('with --store: deadline compliance and handoff evidence from the SQLite store', async () => {
    const result = await run([
      'report',
      batang,
      '--store',
      storeFile,
      '--format',
      'json',
      '--now',
      '2025-08-01T00:00:00Z',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.wog.met).toBe(5);
    expect(report.wog.indicators[0]!.evidence.at(-1)).toEqual({
      text: 'Operating data: 1 handoff between agencies in 1 application; median 26 h (1 working day).',
      kind: 'operating-data',
      status: 'verified',
      sources: ['store'],
    });
    expect(report.compliance).toMatchObject({
      applications: 1,
      services: [{ serviceId: 'pbg', count: 1, onTime: 1, late: 0 }],
      agencies: [
        { agency: 'dpmptsp', count: 1 },
        { agency: 'dpupr', count: 1 },
      ],
      handoffs: { count: 1, medianHours: 26 },
    });
    const pretty = await run([
      'report',
      batang,
      '--store',
      storeFile,
      '--now',
      '2025-08-01T00:00:00Z',
    ]);
    expect(pretty.stdout).toContain(
      'Deadline compliance as of 2025-08-01T00:00:00Z: 1 application',
    );
    expect(pretty.stdout).toMatch(/pbg\s+1\s+1\s+0\s+0\s+0\s+100\.0/);
    expect(pretty.stdout).toMatch(/dpmptsp\s+dpupr\s+1\s+26\.0\s+1\.0/);
  });

  it('marks verdicts judged against provisional due dates (a term reaching a year with no decree)', async () => {
    const loaded = await loadMall(batang);
    if (!loaded.ok) throw new Error('examples/batang does not load');
    const file = join(dir, 'provisional.sqlite');
    const store = createSqliteStore({ file });
    // Sunday 20 December 2026: PBG's 28 working days reach January 2027, which Batang's
    // calendar does not cover yet.
    const runtime = createMallRuntime(loaded.mall, {
      store,
      clock: () => new Date('2026-12-20T02:00:00Z'),
    });
    await runtime.submit({
      serviceId: 'pbg',
      applicant: { id: 'akun-1' },
      documents: ['ktp', 'bukti-tanah', 'kkpr', 'persetujuan-lingkungan', 'rencana-teknis'].map(
        (requirementId) => ({ requirementId }),
      ),
      facts: {
        floorArea: 100,
        integratedIndex: 0.5,
        localityIndex: 0.004,
        shst: 5_000_000,
        buildingIndex: 1,
      },
    });
    await store.close();
    const args = ['report', batang, '--store', file, '--now', '2026-12-22T00:00:00Z'];
    const en = await run([...args, '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain(
      'Provisional: judged against due dates counted on days no calendar',
    );
    expect(en.stdout).toMatch(
      /Service +Count +On time +Late +Pending +Unjudged +% on time +Provisional/,
    );
    expect(en.stdout).toMatch(/pbg +1 +0 +0 +1 +0 +– +1/);
    const id = await run([...args, '--lang', 'id']);
    expect(id.stdout).toContain('Sementara: dinilai terhadap tenggat');
    const json = JSON.parse((await run([...args, '--format', 'json'])).stdout) as {
      compliance: { services: { serviceId: string; provisional: number }[] };
    };
    expect(json.compliance.services).toEqual([
      expect.objectContaining({ serviceId: 'pbg', provisional: 1 }),
    ]);
  });

  it('a missing store file is a usage error and is not created', async () => {
    const missing = join(dir, 'missing.sqlite');
    const result = await run(['report', batang, '--store', missing]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('the file does not exist');
    expect(existsSync(missing)).toBe(false);
  });

  it('a file that is not a store: exit 1 with the reason', async () => {
    const result = await run(['report', batang, '--store', join(batang, 'mall.yaml')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Cannot read the store');
  });

  it.each([
    [['report', batang, '--now', 'yesterday'], '--now must be an ISO 8601 instant'],
    [['report'], 'Missing argument'],
  ])('%j is a usage error (2)', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('a mall that does not load: exit 2 for an unreadable path', async () => {
    const result = await run(['report', join(root, 'no-such-mall')]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
  });
});

describe('mpp standard', () => {
  it('prints the service standard in Markdown (default) in the chosen language', async () => {
    const result = await run(['standard', batang, '--service', 'pbg', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('# Service Standard: Building Approval (PBG)\n')).toBe(true);
    expect(result.stdout).toContain('### 14. Staff performance evaluation');
  });

  it('shows control characters of the configuration escaped, keeping the line breaks', async () => {
    const loaded = await loadMall(batang);
    if (!loaded.ok) throw new Error('Batang does not load');
    const hostile = {
      ...loaded,
      mall: {
        ...loaded.mall,
        services: loaded.mall.services.map((service) =>
          service.id === 'pbg'
            ? { ...service, name: { id: 'PBG\u001b[2J\r', en: 'PBG\u001b[2J\r' } }
            : service,
        ),
      },
    };
    const result = await runMain(
      ['standard', batang, '--service', 'pbg', '--lang', 'en'],
      {},
      {
        cwd: root,
        loadMall: () => Promise.resolve(hostile as LoadMallResult),
      },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stdout).not.toContain('\r');
    // Markdown escapes the bracket; the terminal sees only printable text, and line breaks stay.
    expect(result.stdout.startsWith('# Service Standard: PBG\\x1b\\[2J\\x0d\n')).toBe(true);
    expect(result.stdout).toContain('### 14. ');
  });

  it('prints a self-contained HTML page', async () => {
    const result = await run([
      'standard',
      batang,
      '--service',
      'ktp-el',
      '--format',
      'html',
      '--lang',
      'id',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^<!doctype html>\n<html lang="id">/);
  });

  it('an unknown service is a usage error with a suggestion', async () => {
    const result = await run(['standard', batang, '--service', 'pgb', '--lang', 'id']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Mal tidak memiliki layanan "pgb". Mungkin maksud Anda "pbg"?');
  });

  it('without --service it lists the services', async () => {
    const result = await run(['standard', batang]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^Name the service with --service <id>\. Services of this mall: /,
    );
  });
});
