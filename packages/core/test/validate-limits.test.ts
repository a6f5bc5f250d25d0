import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMall, validateMallSources } from '@mpp-kit/core';

const head = 'apiVersion: mpp-kit/v1\nmall:\n  id: x\n';

describe('validation on hostile sizes', () => {
  it('never throws on 150,000 issues in one file, reports 1,000 and counts the rest', () => {
    // 150,000 duplicate keys: the reader's issues were spread into one push and overflowed the stack.
    const text = 'apiVersion: mpp-kit/v1\n' + 'k: 1\n'.repeat(150_000);
    const result = validateMallSources([{ file: 'big.yaml', text }], { locale: 'id' });
    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(1001);
    const last = result.issues.at(-1)!;
    expect(last).toMatchObject({
      code: 'too_many_issues',
      severity: 'error',
      file: 'big.yaml',
      params: { count: 149_999 - 1000, errors: 149_999 - 1000, limit: 1000 },
    });
    expect(last.message).toContain('tidak ditampilkan');
  });

  it('locates 40,000 unknown keys in one mapping without a scan per issue', () => {
    // Locating each issue scanned the whole mapping: this file took 44 s before the fix (the
    // test's 30 s limit fails it), a few seconds after.
    const keys = Array.from({ length: 40_000 }, (_, i) => `  k${i}: 1`).join('\n');
    const result = validateMallSources([{ file: 'keys.yaml', text: `${head}${keys}\n` }], {
      maxIssuesPerFile: 50_000,
    });
    const unknown = result.issues.filter((issue) => issue.code === 'unknown_key');
    expect(unknown.length).toBeGreaterThanOrEqual(40_000);
    expect(unknown.find((issue) => issue.path.at(-1) === 'k39999')).toMatchObject({
      line: 40_003,
      column: 3,
    });
  });

  it('caps the issues per file as asked, keeping every file its own share', () => {
    const bad = (n: number) =>
      `${head}${Array.from({ length: n }, (_, i) => `  q${i}: 1`).join('\n')}\n`;
    const result = validateMallSources(
      [
        { file: 'a.yaml', text: bad(30) },
        { file: 'b.yaml', text: 'agencies:\n  - 1\n' },
      ],
      { maxIssuesPerFile: 10 },
    );
    const inA = result.issues.filter((issue) => issue.file === 'a.yaml');
    expect(inA).toHaveLength(11);
    expect(inA.at(-1)).toMatchObject({ code: 'too_many_issues', params: { limit: 10 } });
    expect(result.issues.some((issue) => issue.file === 'b.yaml')).toBe(true);
  });
});

describe('folder-wide caps', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mpp-limits-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a folder over the byte cap from the sizes alone, in both languages', async () => {
    const folder = join(dir, 'bytes');
    mkdirSync(folder);
    writeFileSync(join(folder, 'mall.yaml'), head);
    // Five sparse 15 MiB files: each under the per-file limit, 75 MiB together.
    for (let i = 0; i < 5; i += 1) {
      const file = join(folder, `s${i}.yaml`);
      writeFileSync(file, '');
      truncateSync(file, 15 * 1024 * 1024);
    }
    const en = await loadMall(folder);
    expect(en.ok).toBe(false);
    expect(en.issues).toHaveLength(1);
    expect(en.issues[0]).toMatchObject({
      code: 'input_too_large',
      params: { files: 6, maxBytes: 64 * 1024 * 1024 },
    });
    expect(en.issues[0]!.message).toContain('too large');
    const id = await loadMall(folder, { locale: 'id' });
    expect(id.issues[0]!.message).toContain('terlalu besar');
    expect(id.issues[0]!.hint).toContain('folder mal');
  });

  it('refuses too many files with the same issue, and the in-memory API does too', async () => {
    const folder = join(dir, 'files');
    mkdirSync(folder);
    writeFileSync(join(folder, 'mall.yaml'), head);
    for (let i = 0; i < 4; i += 1) writeFileSync(join(folder, `f${i}.yaml`), 'services: []\n');
    const result = await loadMall(folder, { maxFiles: 3 });
    expect(result.issues.map((issue) => issue.code)).toEqual(['input_too_large']);
    const sources = [{ file: 'a.yaml', text: head }];
    expect(
      validateMallSources(sources, { maxTotalBytes: 10 }).issues.map((issue) => issue.code),
    ).toEqual(['input_too_large']);
  });
});
