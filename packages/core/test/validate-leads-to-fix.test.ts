import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMall, validateMallSources } from '../src/index.js';

const small = fileURLToPath(new URL('fixtures/malls/small', import.meta.url));
const mallYaml = readFileSync(join(small, 'mall.yaml'), 'utf8');
const serviceYaml = readFileSync(join(small, 'services/sip.yaml'), 'utf8');

const brief = (issues: readonly { code: string; file?: string; line?: number }[]) =>
  issues.map((i) => `${i.file ?? '-'}:${i.line ?? '-'} ${i.code}`);

function validate(mall: string, service = serviceYaml, locale: 'en' | 'id' = 'en') {
  return validateMallSources(
    [
      { file: 'mall.yaml', text: mall },
      { file: 'services/sip.yaml', text: service },
    ],
    { years: [2026], locale },
  );
}

describe('one broken entry is reported once', () => {
  it('an agency that fails its shape is still declared: no unknown_reference to it', () => {
    const result = validate(
      mallYaml.replace(
        '{ id: dinkes, name: Dinas Kesehatan, kind: regional }',
        '{ id: dinkes, name: Dinas Kesehatan, kind: regionall }',
      ),
    );
    expect(brief(result.issues)).toEqual(['mall.yaml:22 invalid_value']);
  });

  it('a calendar with a bad day is still declared: no unknown_reference from the mall', () => {
    const result = validate(mallYaml.replace('2026-01-01', '2026-02-30'));
    expect(brief(result.issues)).toEqual(['mall.yaml:34 no_such_day']);
  });

  it('a reference to an id nobody declared is still reported', () => {
    const result = validate(
      mallYaml,
      serviceYaml.replace('participants: [dinkes]', 'participants: [dinkez]'),
    );
    expect(result.issues.map((i) => [i.code, i.hint])).toEqual([
      ['unknown_reference', 'Did you mean "dinkes"?'],
    ]);
  });
});

describe('a day that does not exist', () => {
  it('is "no such day", with the reason, not a format problem', () => {
    const [issue] = validate(mallYaml.replace('2026-01-01', '2026-02-30')).issues;
    expect(issue).toMatchObject({
      code: 'no_such_day',
      severity: 'error',
      message: '"2026-02-30" is no such day: February 2026 has 28 days.',
    });
    const [id] = validate(mallYaml.replace('2026-01-01', '2026-13-01'), serviceYaml, 'id').issues;
    expect(id?.message).toBe('"2026-13-01" bukan tanggal yang ada: tidak ada bulan 13.');
  });

  it('a date in another shape is still a format problem', () => {
    const [issue] = validate(mallYaml.replace('2026-01-01', '01-01-2026')).issues;
    expect(issue).toMatchObject({
      code: 'invalid_format',
      hint: 'Write a date as YYYY-MM-DD, for example 2026-01-23.',
    });
  });
});

describe('a comma inside unquoted text in a flow mapping', () => {
  it('gets a hint to quote the text', () => {
    const result = validate(
      mallYaml,
      serviceYaml.replace(
        'name: { id: Surat Izin Praktik Bidan, en: Midwife practice permit }',
        'name: { id: Surat Izin Praktik Bidan, Kebidanan, en: Midwife practice permit }',
      ),
    );
    expect(result.issues.map((i) => [i.code, i.line, i.message, i.hint])).toEqual([
      [
        'unknown_key',
        4,
        'Unknown key "Kebidanan".',
        'A comma inside unquoted text in { } starts a new key: put the text in quotes, for example id: "Surat Izin Praktik Bidan, Kebidanan".',
      ],
    ]);
  });

  it('in Indonesian too', () => {
    const result = validate(
      mallYaml,
      serviceYaml.replace(
        'name: { id: Surat Izin Praktik Bidan, en: Midwife practice permit }',
        'name: { id: Surat Izin Praktik Bidan, Kebidanan, en: Midwife practice permit }',
      ),
      'id',
    );
    expect(result.issues[0]?.hint).toBe(
      'Koma di dalam teks tanpa tanda kutip di { } memulai kunci baru: beri tanda kutip pada teksnya, misalnya id: "Surat Izin Praktik Bidan, Kebidanan".',
    );
  });

  it('a misspelt key in a flow mapping keeps its "did you mean"', () => {
    const result = validate(
      mallYaml,
      serviceYaml.replace(
        'sla: { days: 7, unit: working, legalMax: 14 }',
        'sla: { days: 7, unti: working, legalMax: 14 }',
      ),
    );
    expect(result.issues.map((i) => [i.code, i.hint])).toEqual([
      ['unknown_key', 'Did you mean "unit"?'],
    ]);
  });
});

describe('a file in the mall folder that is not configuration', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  function folder(): string {
    const dir = mkdtempSync(join(tmpdir(), 'mpp-folder-'));
    dirs.push(dir);
    cpSync(small, dir, { recursive: true });
    return dir;
  }
  const report = JSON.stringify(
    { mall: 'mpp-contoh', now: '2026-12-04T00:00:00Z', wog: { met: 0 } },
    null,
    2,
  );

  it('is one clear error naming the file and how to exclude it', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'report.json'), report);
    const result = await loadMall(dir, { years: [2026] });
    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      code: 'not_configuration',
      line: 1,
      column: 1,
      message:
        'This file is not mpp-kit configuration: it has no apiVersion and none of the sections (mall, agencies, services …).',
      hint: 'Move it out of the mall folder, or exclude it by listing it in a .mppignore file in the folder (one name or pattern per line, for example report.json or reports/).',
    });
    expect(result.issues[0]!.file).toMatch(/report\.json$/);
  });

  it('a .mppignore file excludes it (names, patterns and folders)', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'report.json'), report);
    mkdirSync(join(dir, 'reports'));
    writeFileSync(join(dir, 'reports', 'wog.json'), report);
    writeFileSync(join(dir, 'notes-2026.yaml'), 'minutes: of the tenant meeting\n');
    writeFileSync(
      join(dir, '.mppignore'),
      '# saved outputs\nreport.json\nreports/\nnotes-*.yaml\n',
    );
    const result = await loadMall(dir, { years: [2026] });
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.files.some((file) => /report|notes/.test(file))).toBe(false);
  });

  it('an empty file (for example a report redirected into the folder) says the same', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'out.json'), '');
    const result = await loadMall(dir, { years: [2026] });
    expect(result.issues.map((i) => [i.code, i.hint])).toEqual([
      [
        'empty_file',
        'Start the file with `apiVersion: mpp-kit/v1`, or delete it, or exclude it by listing it in a .mppignore file in the mall folder.',
      ],
    ]);
  });
});
