/**
 * A fuzz target over the reader and the validator (issue 17 item 10): seeded and reproducible,
 * 40 runs per target in CI (a few seconds). Inputs are Batang's own files mutated (bytes cut, repeated, swapped,
 * hostile keys and YAML features inserted) and small documents built from the schema's keys and
 * prototype keys. For each: no throw, no prototype pollution, every issue has a code and a
 * location in a file that was given. A failing run prints its seed and path (fast-check); rerun it
 * with MPP_FUZZ_SEED=<seed> (and MPP_FUZZ_RUNS=<n> for a longer campaign). A hang fails at the
 * suite's test timeout.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMall } from '../src/load/loadMall.js';
import { readConfigText } from '../src/load/readConfigText.js';
import { validateMallSources } from '../src/load/validateMallSources.js';
import { mutatedSources } from './fuzzInputs.js';

const seed = Number(process.env['MPP_FUZZ_SEED'] ?? 20261204);
const runs = Number(process.env['MPP_FUZZ_RUNS'] ?? 40);
const dir = mkdtempSync(join(tmpdir(), 'mpp-fuzz-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Small documents from the schema's own keys and prototype keys, as YAML or JSON. */
const keys = fc.constantFrom(
  'apiVersion',
  'mall',
  'id',
  'services',
  'agencies',
  'owner',
  'fees',
  'formula',
  'workflow',
  'requirements',
  'sla',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
);
const documentValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    ),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(keys, tie('value'), { maxKeys: 5 }),
  ),
})).value;
const builtSources = fc
  .tuple(fc.dictionary(keys, documentValue, { maxKeys: 6 }), fc.boolean())
  .map(([value, json]) => [
    {
      file: json ? 'mall.json' : 'mall.yaml',
      text: json ? JSON.stringify(value) : toYamlFlow(value),
    },
  ]);

/** A YAML flow rendering that keeps `__proto__` as a plain key. */
function toYamlFlow(value: unknown): string {
  return `apiVersion: mpp-kit/v1\nextra: ${JSON.stringify(value)}\n${JSON.stringify(value).slice(1, -1).replace(/,"/g, '\n"')}\n`;
}

const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();

/** What every run must hold, whatever the input. */
function expectSound(
  issues: readonly { code: unknown; file?: unknown; line?: unknown; column?: unknown }[],
  files: readonly string[],
): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  for (const issue of issues) {
    expect(typeof issue.code === 'string' && /^[a-z][a-z0-9_]*$/.test(issue.code)).toBe(true);
    expect(typeof issue.file === 'string' && files.includes(issue.file)).toBe(true);
    if (issue.line !== undefined) {
      expect(Number.isInteger(issue.line) && (issue.line as number) >= 1).toBe(true);
      expect(Number.isInteger(issue.column) && (issue.column as number) >= 1).toBe(true);
    }
  }
}

const params = { seed, numRuns: runs, endOnFailure: true } as const;

describe(`fuzz: reader and validator (seed ${String(seed)}, ${String(runs)} runs)`, () => {
  it('readConfigText never throws and locates every issue', () => {
    fc.assert(
      fc.property(mutatedSources, (sources) => {
        for (const source of sources) {
          const read = readConfigText(source.text, source.file);
          expectSound(read.issues, [source.file]);
        }
      }),
      params,
    );
  });

  it('validateMallSources never throws and locates every issue, on mutated and built malls', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedSources, builtSources), (sources) => {
        const result = validateMallSources(sources);
        expectSound(
          result.issues,
          sources.map((source) => source.file),
        );
        if (!result.ok)
          expect(result.issues.some((issue) => issue.severity === 'error')).toBe(true);
      }),
      params,
    );
  });

  it('loadMall never throws on a folder of mutated files', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(mutatedSources, async (sources) => {
        const folder = join(dir, String((n += 1)));
        for (const source of sources) {
          mkdirSync(join(folder, source.file, '..'), { recursive: true });
          writeFileSync(join(folder, source.file), source.text);
        }
        const result = await loadMall(folder);
        expectSound(
          result.issues,
          result.files.length > 0 ? result.files : sources.map((s) => s.file),
        );
        rmSync(folder, { recursive: true, force: true });
      }),
      { ...params, numRuns: Math.max(1, Math.round(runs / 5)) },
    );
  });
});
