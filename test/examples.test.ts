import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { loadMall } from '@mpp-kit/core';

const root = new URL('..', import.meta.url).pathname;
const batang = join(root, 'examples/batang');
const schema = JSON.parse(
  readFileSync(join(root, 'packages/schemas/schema/mpp-kit.schema.json'), 'utf8'),
);

function plainAjv() {
  const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true });
  (addFormats as unknown as typeof addFormats.default)(ajv);
  return ajv.compile(schema);
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? yamlFiles(join(dir, entry.name))
      : entry.name.endsWith('.yaml')
        ? [join(dir, entry.name)]
        : [],
  );
}

describe('examples/batang', () => {
  it('loads with no errors and no warnings, and is the mall domain.md describes', async () => {
    const result = await loadMall(batang, { years: [2025, 2026] });
    expect(result.issues).toEqual([]);
    if (!result.ok) throw new Error('Batang must load');
    const { mall } = result;
    expect(mall.mall.region).toBe('33.25');
    expect(mall.mall.timeZone).toBe('Asia/Jakarta');
    expect(mall.mall.coordinator).toBe('dpmptsp');
    expect(mall.mall.opened).toBe('2020-01-23');
    expect(mall.agencies).toHaveLength(23);
    expect(mall.services.length).toBeGreaterThanOrEqual(30);
    expect(new Set(mall.services.map((s) => s.owner)).size).toBeGreaterThanOrEqual(10);
    expect(mall.coordination.institution).toBeNull();
    expect(mall.coordination.taskForces).toEqual([]);
    expect(mall.calendars.find((c) => c.id === 'id-national')?.years).toEqual([2025, 2026]);
  });

  it('every file validates against the committed JSON Schema with a plain ajv', () => {
    const validate = plainAjv();
    const files = yamlFiles(batang);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const ok = validate(parse(readFileSync(file, 'utf8'), { version: '1.2', schema: 'core' }));
      expect(ok, `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('`mpp bundle` prints one document the committed JSON Schema validates', () => {
    const out = execFileSync(
      process.execPath,
      [join(root, 'packages/cli/bin/mpp.mjs'), 'bundle', batang],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const bundle = JSON.parse(out) as { services: unknown[]; apiVersion: string };
    expect(bundle.apiVersion).toBe('mpp-kit/v1');
    expect(bundle.services.length).toBeGreaterThanOrEqual(30);
    const validate = plainAjv();
    expect(validate(bundle), JSON.stringify(validate.errors)).toBe(true);
  });

  it('`mpp validate examples/batang --format json` exits 0 and prints only JSON', () => {
    const run = spawnSync(
      process.execPath,
      [join(root, 'packages/cli/bin/mpp.mjs'), 'validate', batang, '--format', 'json'],
      {
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { valid: boolean; issues: { code: string }[] };
    expect(report.valid).toBe(true);
    // From 90 days before the calendar's last covered day it warns that next year's decree is
    // missing (see the test below); nothing else may appear, whatever the day.
    expect(report.issues.filter((issue) => issue.code !== 'calendar_coverage_ending')).toEqual([]);
  });

  it.each([
    ['2026-06-01', []],
    ['2026-10-01', []],
    ['2026-10-02', ['calendars/id-national.yaml:18:12 warning calendar_coverage_ending']],
    ['2026-12-04', ['calendars/id-national.yaml:18:12 warning calendar_coverage_ending']],
    ['2027-03-01', ['calendars/id-national.yaml:18:12 warning calendar_coverage_ending']],
  ])('`mpp validate examples/batang --as-of %s` gives exactly %j', (day, expected) => {
    const run = spawnSync(
      process.execPath,
      [
        join(root, 'packages/cli/bin/mpp.mjs'),
        'validate',
        batang,
        '--format',
        'json',
        '--as-of',
        day,
      ],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as {
      valid: boolean;
      issues: {
        code: string;
        severity: string;
        file: string;
        line: number;
        column: number;
        message: string;
      }[];
    };
    expect(report.valid).toBe(true);
    expect(
      report.issues.map(
        (i) =>
          `${relative(batang, i.file)}:${String(i.line)}:${String(i.column)} ${i.severity} ${i.code}`,
      ),
    ).toEqual(expected);
    if (expected.length > 0) {
      expect(report.issues[0]?.message).toBe(
        'Calendar "id-national" covers days up to 2026-12-31; from 2027-01-01 due dates are counted on weekends only (no holidays) and marked provisional.',
      );
    }
  });

  it('`mpp validate` exits 1 on a broken mall and 2 on a missing path', () => {
    const broken = join(root, 'packages/core/test/fixtures/malls/broken');
    const one = spawnSync(
      process.execPath,
      [join(root, 'packages/cli/bin/mpp.mjs'), 'validate', broken, '--format', 'json'],
      { encoding: 'utf8' },
    );
    expect(one.status).toBe(1);
    const report = JSON.parse(one.stdout) as {
      valid: boolean;
      issues: { code: string; line?: number }[];
    };
    expect(report.valid).toBe(false);
    expect(report.issues.some((i) => i.code === 'unknown_reference' && i.line === 14)).toBe(true);
    const two = spawnSync(
      process.execPath,
      [join(root, 'packages/cli/bin/mpp.mjs'), 'validate', join(root, 'nope')],
      { encoding: 'utf8' },
    );
    expect(two.status).toBe(2);
  });
});
