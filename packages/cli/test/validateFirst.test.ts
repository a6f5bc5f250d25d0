import { describe, expect, it } from 'vitest';
import { main as validateFirst } from '../src/_validateFirst.js';
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
