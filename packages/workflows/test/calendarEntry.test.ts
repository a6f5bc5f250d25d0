/**
 * `@mpp-kit/workflows/calendar`: the calendar and deadline engine on its own. Its source reaches
 * neither xstate nor the lifecycle compiler (type-only imports are erased, so they do not count),
 * and the built package gives the same classes through both entries, in ESM and CommonJS.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../src/', import.meta.url));
const root = fileURLToPath(new URL('../../../', import.meta.url));
const IMPORT =
  /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** Files and bare specifiers reachable at run time from `entry` through relative imports. */
function reachedFrom(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = (match[1] ?? match[2]) as string;
      if (!specifier.startsWith('.')) {
        packages.add(specifier);
        continue;
      }
      const target = resolve(dirname(file), specifier.replace(/\.js$/, '.ts'));
      if (existsSync(target)) visit(target);
    }
  };
  visit(resolve(src, entry));
  return { files, packages };
}

function node(args: readonly string[]): string {
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout.trim();
}

describe('@mpp-kit/workflows/calendar', () => {
  it('reaches only @mpp-kit/schemas, and nothing of the lifecycle folder', () => {
    const { files, packages } = reachedFrom('calendar/index.ts');
    expect([...packages]).toEqual(['@mpp-kit/schemas']);
    expect([...files].filter((file) => !file.startsWith(resolve(src, 'calendar')))).toEqual([]);
    // The whole package does load xstate: the subpath is what leaves it out.
    expect(reachedFrom('index.ts').packages).toContain('xstate');
  });

  it('built: CommonJS loads no xstate, and both entries share the calendar classes', () => {
    const cjs = node([
      '-e',
      `const calendar = require('@mpp-kit/workflows/calendar');
       const loaded = () => Object.keys(require.cache).some((file) => /[\\\\/]xstate[\\\\/]/.test(file));
       const before = loaded();
       const whole = require('@mpp-kit/workflows');
       console.log(JSON.stringify([typeof calendar.createWorkingDayCalendar, before, loaded(),
         whole.CalendarRangeError === calendar.CalendarRangeError]));`,
    ]);
    expect(JSON.parse(cjs)).toEqual(['function', false, true, true]);
    const esm = node([
      '--input-type=module',
      '-e',
      `const calendar = await import('@mpp-kit/workflows/calendar');
       const whole = await import('@mpp-kit/workflows');
       console.log(JSON.stringify([whole.createWorkingDayCalendar === calendar.createWorkingDayCalendar,
         'compileWorkflow' in calendar]));`,
    ]);
    expect(JSON.parse(esm)).toEqual([true, false]);
  });
});
