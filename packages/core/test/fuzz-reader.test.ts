/**
 * A fuzz target over the reader and the validator (issue 17 item 10): seeded and reproducible,
 * 40 runs per target in CI (a few seconds). Inputs are Batang's own files mutated (bytes cut, repeated, swapped,
 * hostile keys and YAML features inserted) and small documents built from the schema's keys and
 * prototype keys. For each: no throw, no prototype pollution, every issue has a code and a
 * location in a file that was given. A failing run prints its seed and path (fast-check); rerun it
 * with MPP_FUZZ_SEED=<seed> (and MPP_FUZZ_RUNS=<n> for a longer campaign). A hang fails at the
 * suite's test timeout.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMall } from '../src/load/loadMall.js';
import { readConfigText } from '../src/load/readConfigText.js';
import { validateMallSources, type MallSource } from '../src/load/validateMallSources.js';
import { batangPath } from './runtime/runtimeFixtures.js';

const seed = Number(process.env['MPP_FUZZ_SEED'] ?? 20261204);
const runs = Number(process.env['MPP_FUZZ_RUNS'] ?? 40);
const dir = mkdtempSync(join(tmpdir(), 'mpp-fuzz-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Batang's files, as the validator gets them. */
const batangSources: MallSource[] = [
  'mall.yaml',
  'agencies.yaml',
  'legal-bases.yaml',
  'counters.yaml',
  'complaints.yaml',
  'calendars/id-national.yaml',
  ...readdirSync(join(batangPath, 'services')).map((name) => `services/${name}`),
].map((file) => ({ file, text: readFileSync(join(batangPath, file), 'utf8') }));

/** Text a hostile or careless author puts in a file. */
const fragments = [
  '__proto__:\n  polluted: yes\n',
  'constructor:\n  prototype:\n    polluted: yes\n',
  '{"__proto__": {"polluted": true}}',
  '"__proto__": { polluted: 1 }',
  '&a [*a, *a]',
  'x: &x {a: 1}\ny: *x\nz: <<: *x\n',
  '<<: {polluted: yes}',
  '!!js/function "function(){}"',
  '? [a, b]\n: c\n',
  '%YAML 1.1\n---\n',
  '---\n...\n---\n',
  '\t- tab\n',
  '\u0000\u001b[2J\r\u0007',
  '\ufeff',
  '\ud800',
  '1e309',
  '-0',
  '0x7fffffffffffffffff',
  '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[',
  "'unterminated",
  '"\\u0000\\uD800"',
  'id: ',
  '  - ',
  ': :',
  'services:\n  - id: pbg\n    id: pbg\n',
];

/** One mutation of a text: cut, repeat, splice a fragment, or replace a line. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.nat(200) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.nat(200) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 40 })),
  }),
  fc.record({
    kind: fc.constant('line' as const),
    at: fc.nat(),
    text: fc.constantFrom(...fragments),
  }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, change: Mutation): string {
  const at = text.length === 0 ? 0 : change.at % text.length;
  switch (change.kind) {
    case 'cut':
      return text.slice(0, at) + text.slice(at + change.length);
    case 'repeat':
      return text.slice(0, at + change.length) + text.slice(at);
    case 'insert':
      return text.slice(0, at) + change.text + text.slice(at);
    case 'line': {
      const lines = text.split('\n');
      lines[at % Math.max(1, lines.length)] = change.text;
      return lines.join('\n');
    }
  }
}

/** A set of sources: some of Batang's files, each mutated a few times, maybe renamed to JSON. */
const mutatedSources = fc
  .tuple(
    fc.subarray(batangSources, { minLength: 1, maxLength: 6 }),
    fc.array(fc.tuple(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 4 })), {
      minLength: 1,
      maxLength: 4,
    }),
    fc.boolean(),
  )
  .map(([sources, changes, json]) => {
    const out = sources.map((source) => ({ ...source }));
    for (const [index, list] of changes) {
      const target = out[index % out.length];
      if (target === undefined) continue;
      target.text = list.reduce((text, change) => mutate(text, change), String(target.text));
    }
    if (json && out[0]) out[0] = { ...out[0], file: out[0].file.replace(/\.yaml$/, '.json') };
    return out;
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
