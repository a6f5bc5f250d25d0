// Package quality, as a user who installs a package sees it: publint (strict),
// @arethetypeswrong/cli and the registry metadata rules of scripts/package-metadata.mjs pass for
// every package under packages/ (a new package included), through scripts/check-packages.mjs — the
// same command CI runs. Packing and analysing the packages takes a while, so it runs once.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;

interface Finding {
  readonly tool: 'publint' | 'attw' | 'metadata';
  readonly severity: 'error' | 'suggestion';
  readonly code: string;
  readonly message: string;
}
interface PackageReport {
  readonly name: string;
  readonly folder: string;
  readonly ok: boolean;
  readonly findings: readonly Finding[];
}
interface Report {
  readonly ok: boolean;
  readonly packages: readonly PackageReport[];
}

const folders = readdirSync(join(root, 'packages'), { withFileTypes: true })
  .filter(
    (entry) =>
      entry.isDirectory() && existsSync(join(root, 'packages', entry.name, 'package.json')),
  )
  .map((entry) => entry.name)
  .sort();

let report: Report;
let exitCode: number | null;

beforeAll(() => {
  const result = spawnSync(process.execPath, ['scripts/check-packages.mjs', '--json'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  exitCode = result.status;
  if (result.stdout.trim() === '') {
    throw new Error(
      `check-packages printed no report (exit ${String(result.status)}):\n${result.stderr}`,
    );
  }
  report = JSON.parse(result.stdout) as Report;
}, 300_000);

describe('scripts/check-packages.mjs', () => {
  it('checks every package under packages/', () => {
    expect(report.packages.map((p) => p.folder).sort()).toEqual(folders);
  });

  it('exits 0 exactly when every package passes', () => {
    expect(exitCode).toBe(report.ok ? 0 : 1);
  });
});

describe.each(folders)('packages/%s', (folder) => {
  it('has no publint error or warning (strict)', () => {
    const pkg = report.packages.find((p) => p.folder === folder);
    expect(pkg).toBeDefined();
    const errors = pkg?.findings.filter((f) => f.tool === 'publint' && f.severity === 'error');
    expect(errors?.map((f) => f.message)).toEqual([]);
  });

  it('has no @arethetypeswrong/cli problem (node10, node16 CJS and ESM, bundler)', () => {
    const pkg = report.packages.find((p) => p.folder === folder);
    expect(pkg).toBeDefined();
    const problems = pkg?.findings.filter((f) => f.tool === 'attw');
    expect(problems?.map((f) => f.message)).toEqual([]);
  });

  it('is ready for a registry: license, links, ranges, source maps, declarations, exports, README links', () => {
    const pkg = report.packages.find((p) => p.folder === folder);
    expect(pkg).toBeDefined();
    const problems = pkg?.findings.filter((f) => f.tool === 'metadata');
    expect(problems?.map((f) => `${f.code}: ${f.message}`)).toEqual([]);
  });

  it('has a README that says how to install it and links to the docs', () => {
    const readme = join(root, 'packages', folder, 'README.md');
    expect(existsSync(readme)).toBe(true);
    const text = readFileSync(readme, 'utf8');
    const { name } = JSON.parse(
      readFileSync(join(root, 'packages', folder, 'package.json'), 'utf8'),
    ) as {
      name: string;
    };
    expect(text).toContain(`# ${name}`);
    const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    expect(text).toMatch(new RegExp(`npm install (?:--save-dev |-D )?${escaped}\\b`));
    expect(text).toMatch(/docs\//);
  });
});
