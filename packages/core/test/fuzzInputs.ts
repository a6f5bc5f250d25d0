/**
 * Inputs of the reader fuzz targets, shared by `fuzz-reader.test.ts` and `readYamlFast.test.ts`:
 * Batang's own files mutated (bytes cut, repeated, swapped, hostile keys and YAML features
 * inserted).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { MallSource } from '../src/load/validateMallSources.js';
import { batangPath } from './runtime/runtimeFixtures.js';

/** Batang's files, as the validator gets them. */
export const batangSources: MallSource[] = [
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
export const mutatedSources = fc
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
