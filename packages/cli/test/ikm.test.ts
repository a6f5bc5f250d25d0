import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMall } from '@mpp-kit/core';
import { describe, expect, it } from 'vitest';
import type { LoadMallResult } from '../src/index.js';
import { runMain } from './_runMain.js';

const root = new URL('../../..', import.meta.url).pathname;
const fixtures = join(root, 'packages/core/test/fixtures/ikm');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');

/** Runs `mpp` in a folder holding the given CSV files, with the real loader for `--mall`. */
function run(argv: readonly string[], files: Readonly<Record<string, string>> = {}) {
  const cwd = '/survey';
  return runMain(
    argv,
    {},
    {
      cwd,
      readTextFile: (path) =>
        path.startsWith(`${cwd}/`) ? files[path.slice(cwd.length + 1)] : undefined,
      loadMall: (path, options) => loadMall(join(root, path), options) as Promise<LoadMallResult>,
    },
  );
}

const worked = { 'skm.csv': fixture('worked-example.csv') };

describe('mpp ikm', () => {
  it('shows control characters of an ignored column header escaped, never raw', async () => {
    const csv = fixture('worked-example.csv').replace(
      'respondent',
      'resp\u001b[31mred\u001b]0;x\u0007',
    );
    const result = await run(['ikm', 'skm.csv'], { 'skm.csv': csv });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stdout).not.toContain('\u0007');
    expect(result.stdout).toContain('resp\\x1b[31mred\\x1b]0;x\\x07');
  });

  it('prints the index per element and overall, in English', async () => {
    const result = await run(['ikm', 'skm.csv', '--period', '2025-01-01/2025-06-30'], worked);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatchInlineSnapshot(`
      "Satisfaction index (IKM, PermenPANRB 14/2017) from 4 respondents

      Element  Topic                NRR  Weighted NRR   Index  Grade
      -------  ------------------  ----  ------------  ------  -----
      U1       requirements        3.50         0.389   87.50  B
      U2       procedure           3.25         0.361   81.25  B
      U3       completion time     2.50         0.278   62.50  D
      U4       cost or tariff      4.00         0.444  100.00  A
      U5       service product     3.00         0.333   75.00  C
      U6       staff competence    3.25         0.361   81.25  B
      U7       staff behaviour     3.50         0.389   87.50  B
      U8       complaint handling  2.50         0.278   62.50  D
      U9       facilities          3.25         0.361   81.25  B

      IKM: 79.86 — grade B (Good)
      NRR = mean answer (1–4); weighted NRR = NRR × 1/9; index = NRR × 25; IKM = Σ weighted NRR × 25. Grades: A ≥ 88.31, B ≥ 76.61, C ≥ 65.00, else D.
      Survey period: 2025-01-01 to 2025-06-30.
      Columns ignored (not survey elements): respondent.
      "
    `);
  });

  it('in Indonesian, with the element names of the mall survey', async () => {
    const result = await run(
      ['ikm', 'skm.csv', '--mall', 'examples/batang', '--lang', 'id'],
      worked,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Indeks Kepuasan Masyarakat (IKM, PermenPANRB 14/2017) dari 4 responden',
    );
    expect(result.stdout).toMatch(/U1\s+Persyaratan\s+3,50\s+0,389\s+87,50\s+B/);
    expect(result.stdout).toContain('IKM: 79,86 — mutu B (Baik)');
    expect(result.stdout).toContain('Kolom yang diabaikan (bukan unsur survei): respondent.');
  });

  it('--format json gives the numbers and the ignored columns', async () => {
    const result = await run(['ikm', 'skm.csv', '--format', 'json'], worked);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as Record<string, unknown> & {
      elements: { code: string; index: number; grade: string }[];
    };
    expect(json).toMatchObject({
      respondents: 4,
      ikm: 79.86,
      grade: 'B',
      ignoredColumns: ['respondent'],
    });
    expect(json['weight']).toBeCloseTo(1 / 9, 15);
    expect(json.elements.map((e) => `${e.code}=${e.index}${e.grade}`).join(' ')).toBe(
      'U1=87.5B U2=81.25B U3=62.5D U4=100A U5=75C U6=81.25B U7=87.5B U8=62.5D U9=81.25B',
    );
  });

  it('bad data: exit 1, every error named by file, line and column', async () => {
    const result = await run(['ikm', 'bad.csv'], { 'bad.csv': fixture('bad-answers.csv') });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      'bad.csv:3:7  error  ikm_invalid_answer  Respondent 2, element U3: "5" is not an answer on the 1–4 scale.',
    );
    expect(result.stderr).toContain('  3 | 2,3,3,5,4,3,3,3,2,3\n    |       ^');
    expect(result.stderr).not.toContain('ikm_missing_answer');
    expect(result.stderr).toContain('bad.csv:5:1  error  csv_field_count');
    expect(result.stderr).toContain('4 errors, 0 warnings in 1 file');
  });

  it('blank answers are averaged over the answers given; warnings for the sample and the period', async () => {
    const csv =
      'U1,U2,U3,U4,U5,U6,U7,U8,U9\n4,4,4,4,4,4,4,4,4\n2,4,4,4,4,4,4,4,4\n,1,1,1,1,1,1,1,1\n';
    const result = await run(['ikm', 'blank.csv', '--population', '1000'], { 'blank.csv': csv });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('IKM: 75.00 — grade C (Poor)');
    expect(result.stdout).toContain(
      'Blank answers: 1; each element is averaged over the respondents who answered it.',
    );
    expect(result.stdout).toContain(
      'Population 1000: the Krejcie–Morgan table (PermenPANRB 14/2017) requires 278 respondents.',
    );
    expect(result.stderr).toContain(
      'blank.csv (responses)  warning  ikm_sample_too_small  3 respondents answered, fewer than the 278',
    );
    expect(result.stderr).toContain('blank.csv (period)  warning  ikm_period_missing');
    expect(result.stderr).toContain('0 errors, 2 warnings in 1 file');
    const json = await run(
      ['ikm', 'blank.csv', '--format', 'json', '--period', '2025-01-01/2025-06-30'],
      {
        'blank.csv': csv,
      },
    );
    const parsed = JSON.parse(json.stdout) as {
      blankAnswers: number;
      issues: { code: string; severity: string; line?: number; column?: number }[];
    };
    expect(parsed.blankAnswers).toBe(1);
    expect(parsed.issues).toMatchObject([
      { code: 'ikm_missing_answer', severity: 'info', line: 4, column: 1 },
    ]);
  });

  it('bad data in JSON: the issues on stdout, exit 1, in Indonesian when asked', async () => {
    const result = await run(['ikm', 'u.csv', '--format', 'json', '--lang', 'id'], {
      'u.csv': fixture('unknown-element.csv'),
    });
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout) as {
      valid: boolean;
      issues: { code: string; message: string; line?: number; column?: number }[];
    };
    expect(json.valid).toBe(false);
    expect(json.issues.map((issue) => issue.code)).toEqual([
      'ikm_missing_element',
      'ikm_unknown_element',
    ]);
    expect(json.issues[1]).toMatchObject({
      code: 'ikm_unknown_element',
      line: 1,
      column: 25,
      message: expect.stringContaining('"U10" bukan unsur survei'),
    });
  });

  it.each([
    [['ikm'], 'Missing argument'],
    [['ikm', 'nope.csv'], 'Cannot read "nope.csv"'],
    [['ikm', 'skm.csv', '--survey', 'skm'], '--survey needs --mall'],
    [
      ['ikm', 'skm.csv', '--mall', 'examples/batang', '--survey', 'skm'],
      'The mall has no survey "skm"; its surveys are: skm-mpp-batang.',
    ],
    [['ikm', 'skm.csv', '--format', 'xml'], 'Invalid value "xml" for --format'],
    [['ikm', 'skm.csv', '--period', '2025-06-30/2025-01-01'], '--period must be two days'],
    [['ikm', 'skm.csv', '--population', 'many'], '--population must be a whole number'],
  ])('%j is a usage error (2)', async (argv, message) => {
    const result = await run(argv, worked);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  });

  it('reads a survey over 8 MiB, and says why a file cannot be read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mpp-ikm-'));
    try {
      const [header, ...rows] = fixture('worked-example.csv').trimEnd().split('\n');
      const lines = [header!];
      for (let size = 0; size < 9 * 1024 * 1024; size += rows[0]!.length * rows.length)
        lines.push(...rows);
      writeFileSync(join(dir, 'big.csv'), `${lines.join('\n')}\n`);
      writeFileSync(join(dir, 'binary.csv'), 'U1,U2\n\0\0\n');
      writeFileSync(join(dir, 'huge.csv'), '');
      truncateSync(join(dir, 'huge.csv'), 65 * 1024 * 1024);
      // The snippet reader gives up on all of these (as the real one does over 8 MiB).
      const at = (argv: string[]) => runMain(argv, {}, { cwd: dir, readTextFile: () => undefined });
      const big = await at(['ikm', 'big.csv', '--period', '2025-01-01/2025-06-30']);
      expect(big.stderr).toBe('');
      expect(big.code).toBe(0);
      expect(big.stdout).toContain(`from ${String(lines.length - 1)} respondents`);
      const why = async (file: string, locale = 'en') =>
        (await at(['ikm', file, '--lang', locale])).stderr.trim();
      expect(await why('missing.csv')).toBe(
        'Cannot read "missing.csv": it does not exist. Check the path.',
      );
      expect(await why('huge.csv')).toBe(
        'Cannot read "huge.csv": it is over the limit of 64 MiB. Split the survey into periods and compute each.',
      );
      expect(await why('binary.csv', 'id')).toBe(
        'Tidak dapat membaca "binary.csv": isinya bukan teks (memuat bita NUL). Ekspor survei sebagai CSV (UTF-8).',
      );
      expect(await why('.')).toContain('it is a folder');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
