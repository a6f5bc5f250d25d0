import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main as validateFirst } from '../src/_validateFirst.js';
import { main } from '../src/index.js';
import { missingComponent, unknownAgency } from './_issues.js';
import { runMain } from './_runMain.js';

const malls = { 'clean/': [missingComponent], 'broken/': [unknownAgency, missingComponent] };

describe("the bin script's mpp validate (validate alone) runs as main over every command", () => {
  const commandLines: readonly (readonly string[])[] = [
    ['validate', 'clean/'],
    ['validate', 'broken/', '--format', 'json'],
    ['validate', 'broken/', '--format', 'sarif', '--lang', 'id'],
    ['validate', 'clean/', '--lang=id', '--as-of', '2026-12-04'],
    ['validate', 'missing/'],
    ['validate', '--help'],
    ['validate', '-h', '--lang', 'id'],
    ['validate', '--version'],
    ['validate'],
    ['validate', 'a', 'b'],
    ['validate', 'clean/', '--formt', 'json'],
    ['validate', 'clean/', '--format'],
    ['validate', 'clean/', '--format', 'xml'],
    // Flags of other commands: unknown to validate, whichever table parses them.
    ['validate', 'clean/', '--store', 'x.db'],
    ['validate', '--store', 'clean/', 'bundle'],
    ['validate', 'clean/', '--as-of', '2026-02-30'],
    ['validate', '--', '--help'],
  ];
  it.each(commandLines)('mpp %s', async (...argv) => {
    const alone = await runMain(argv, malls, {}, validateFirst);
    const everyCommand = await runMain(argv, malls);
    expect(alone).toEqual(everyCommand);
  });

  it('hands any other command line to main', async () => {
    for (const argv of [['--help'], ['--version'], ['bundle', 'clean/'], ['clean/', 'validate']]) {
      expect(await runMain(argv, malls, {}, validateFirst)).toEqual(await runMain(argv, malls));
    }
  });
});

describe('the built mpp validate --cache (dist/validate-first.js through bin/mpp.mjs)', () => {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const bin = fileURLToPath(new URL('../bin/mpp.mjs', import.meta.url));
  const folder = mkdtempSync(join(tmpdir(), 'mpp-validate-first-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  /** `mpp argv` in a new process from the repository root. */
  function built(argv: readonly string[]) {
    const run = spawnSync(process.execPath, [bin, ...argv], { cwd: root, encoding: 'utf8' });
    return { code: run.status, stdout: run.stdout, stderr: run.stderr };
  }

  /** `main` (every command, from src/) with the process's own io, as the bin script calls it. */
  async function fromSource(argv: readonly string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(argv, {
      stdout: (text) => out.push(text),
      stderr: (text) => err.push(text),
      cwd: root,
      isTTY: false,
      isStderrTTY: false,
    });
    return { code, stdout: out.join(''), stderr: err.join('') };
  }

  it.each([
    ['json', 'en'],
    ['pretty', 'id'],
    ['sarif', 'en'],
  ])(
    'prints on a miss and on a hit what main prints (--format %s, --lang %s)',
    async (format, lang) => {
      const cache = join(folder, `${format}-${lang}.json`);
      const argv = ['validate', 'examples/batang', '--format', format, '--lang', lang];
      const expected = await fromSource([...argv, '--as-of', '2026-12-04']);
      const cached = [...argv, '--as-of', '2026-12-04', '--cache', '--cache-location', cache];
      const miss = built(cached);
      expect(existsSync(cache)).toBe(true);
      const hit = built(cached);
      expect(miss).toEqual(expected);
      expect(hit).toEqual(expected);
    },
  );
});
