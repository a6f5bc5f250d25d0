/**
 * The fast YAML path (`_readYamlFast.ts`) against the located reader (yaml's composer): whatever
 * the fast path accepts, the located reader reads to the same value, with no issue, and every
 * node (and every path below a node that does not exist) is located at the same line and column.
 * Over Batang, the mutated-Batang fuzz corpus, documents yaml itself writes in many styles, and
 * hand-picked corner cases.
 */
import fc from 'fast-check';
import { stringify, type ToStringOptions } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { ConfigPath } from '../src/load/readConfigText.js';
import { readConfigText } from '../src/load/readConfigText.js';
import { readYamlFast } from '../src/load/_readYamlFast.js';
import { readYamlLocated, readYamlText } from '../src/load/_readYamlText.js';
import { batangSources, mutatedSources } from './fuzzInputs.js';

const limits = { maxDepth: 64, maxAliasCount: 100 };
const seed = Number(process.env['MPP_FUZZ_SEED'] ?? 20261204);
const runs = Number(process.env['MPP_FUZZ_RUNS'] ?? 60);

/** Every path into a value, and one missing child below each mapping and list. */
function pathsOf(value: unknown, path: ConfigPath = []): ConfigPath[] {
  const out: ConfigPath[] = [path];
  if (Array.isArray(value)) {
    value.forEach((item, index) => out.push(...pathsOf(item, [...path, index])));
    out.push([...path, value.length], [...path, 'x']);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) out.push(...pathsOf(item, [...path, key]));
    out.push([...path, 'no such key', 0]);
  } else out.push([...path, 'below a scalar']);
  return out;
}

/**
 * Checks a text both ways; returns whether the fast path took it. When it did, the located
 * reader must agree on the value, report nothing, and place every path alike.
 */
function agrees(text: string, file = 'mall.yaml'): boolean {
  const fast = readYamlFast(text, limits.maxDepth);
  const located = readYamlLocated(text, file, limits);
  const read = readYamlText(text, file, limits);
  expect(read.issues).toEqual(located.issues);
  expect(read.value).toEqual(located.value);
  if (fast === undefined) return false;
  expect(located.issues).toEqual([]);
  expect(fast).toEqual(located.value);
  for (const path of pathsOf(located.value)) {
    for (const what of ['value', 'key'] as const)
      expect([path, what, read.locate(path, what)]).toEqual([
        path,
        what,
        located.locate(path, what),
      ]);
  }
  return true;
}

describe('the fast YAML path reads what the located reader reads', () => {
  it('takes every file of Batang, with the same values and places', () => {
    for (const source of batangSources) {
      expect([source.file, agrees(String(source.text), source.file)]).toEqual([source.file, true]);
    }
  });

  it('agrees on the mutated Batang corpus (or leaves the file to the located reader)', () => {
    let taken = 0;
    let seen = 0;
    fc.assert(
      fc.property(mutatedSources, (sources) => {
        for (const source of sources) {
          if (source.file.endsWith('.json')) continue;
          seen += 1;
          if (agrees(String(source.text), source.file)) taken += 1;
        }
      }),
      { seed, numRuns: runs, endOnFailure: true },
    );
    // Many mutations leave a valid file (a comment cut, a line repeated): the fast path is tried.
    expect(taken).toBeGreaterThan(0);
    expect(taken).toBeLessThan(seen);
  }, 120_000);

  it('agrees on documents yaml writes, in block, flow and quoted styles', () => {
    const key = fc.oneof(
      fc.constantFrom('id', 'en', 'name', 'a b', '2025', 'true', 'null', '-x', 'x-y', "it's", 'é'),
      fc.string({ maxLength: 8 }),
    );
    const scalar = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(
        'https://example.org/a?b=c',
        'Jl. Urip Sumoharjo No. 13',
        '08:00',
        '2025-01-01',
        'yes',
        '-1.5e3',
        '0x1F',
        '0o17',
        '.inf',
        '~',
        'a # b',
        'line one\nline two\n\nafter a blank',
        '  leading',
        'trailing  ',
      ),
      fc.integer(),
      fc.double({ noNaN: true }),
      fc.boolean(),
      fc.constant(null),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        scalar,
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(key, tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    const style = fc.record({
      collectionStyle: fc.constantFrom('any', 'block', 'flow'),
      defaultStringType: fc.constantFrom(
        'PLAIN',
        'QUOTE_DOUBLE',
        'QUOTE_SINGLE',
        'BLOCK_FOLDED',
        'BLOCK_LITERAL',
      ),
      defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_DOUBLE'),
      indent: fc.constantFrom(2, 4),
      indentSeq: fc.boolean(),
      lineWidth: fc.constantFrom(0, 40, 80),
    }) as fc.Arbitrary<ToStringOptions>;
    let taken = 0;
    fc.assert(
      fc.property(
        fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 }),
        style,
        (document, options) => {
          const text = stringify(document, { ...options, version: '1.2' });
          if (agrees(text)) taken += 1;
        },
      ),
      { seed, numRuns: runs, endOnFailure: true },
    );
    expect(taken).toBeGreaterThan(runs / 10);
  });

  it('agrees on hand-written documents made of YAML 1.2 core edge cases, then edited', () => {
    // Plain scalars YAML 1.1 reads otherwise, numbers at the edges of the core schema, indicators,
    // quoting and escapes, Unicode white space, forbidden and merge keys.
    const atoms = [
      ...['yes', 'on', 'No', 'True', 'tRUE', 'FALSE', '~', 'Null', 'NULL', 'nUll', '', '=', '<<'],
      ...['0o17', '0O17', '0x1F', '0X1f', '+0x1', '1_000', '0017', '+1', '-0', '1e3', '1E+3'],
      ...['1.e3', '1.', '.5', '-.5', '.inf', '-.Inf', '+.INF', '.NaN', '.nan', 'NaN', '1e400'],
      ...['12345678901234567890', '0o8', '0x1g', '1:30', '2025-01-01', '-', '-a', '?a', ':a'],
      ...['a:b', 'a:', 'a: b', 'a #b', 'a#b', 'a b', 'a,b', 'a]', 'a\u00a0', 'a\u3000b', 'é'],
      ...['😀', '"q"', "'s'", '"a\\"b"', '"\\u00e9"', '"\\x41"', '"\\N"', '"\\_"', "'it''s'"],
      ...['"\\/"', '"\\0"', '"\\e"', '[a, b]', '{a: 1}', '[]', '{}', '[a,b]', '{a:1}', '[-]'],
      ...['[:]', '[?]', '[a, -]', '{a: -}', '[a:b]', '[http://x]', '{a: b c}', '{"a": 1}'],
      ...['[1, .inf, ~, "x"]', '[a]b', '|', '>', '|2', '!x', '&a', '*a', '%x', '@x', '`x'],
    ];
    const keys = ['a', 'b', '1', '01', '1.0', '-1', 'true', '~', '"q k"', "'s k'", 'a:b', '<<'];
    keys.push('__proto__', '"__proto__"', 'constructor', 'toString', 'k\u00a0', '.inf', '""');
    const edits = [' ', ':', '#', ' #', '- ', '"', "'", '\\', '[', ']', '{', '}', ',', '\n'];
    edits.push('\n  ', '\n- ', '\u00a0', '|', '>', '?', '&', '!', '.', '0', '\ufeff', '\t', '\r');
    type Tree = string | { map: [string, Tree][] } | { list: Tree[] } | { flow: Tree };
    const tree: fc.Arbitrary<Tree> = fc.letrec<{ t: Tree }>((tie) => ({
      t: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom(...atoms),
        fc.record({
          map: fc.array(fc.tuple(fc.constantFrom(...keys), tie('t')), { maxLength: 3 }),
        }),
        fc.record({ list: fc.array(tie('t'), { maxLength: 3 }) }),
        fc.record({ flow: tie('t') }),
      ),
    })).t;
    const inline = (t: Tree): string =>
      typeof t === 'string'
        ? t
        : 'flow' in t
          ? inline(t.flow)
          : 'map' in t
            ? `{${t.map.map(([k, v]) => `${k}: ${inline(v)}`).join(', ')}}`
            : `[${t.list.map(inline).join(', ')}]`;
    const render = (t: Tree, lead: string, pad: string, step: string, out: string[]): void => {
      if (typeof t === 'string' || 'flow' in t) {
        out.push(`${lead} ${inline(t)}`.trimEnd());
        return;
      }
      out.push(lead);
      if ('map' in t)
        for (const [k, v] of t.map) render(v, `${pad}${step}${k}:`, pad + step, step, out);
      else for (const v of t.list) render(v, `${pad}${step}-`, pad + step, step, out);
    };
    const document = fc
      .tuple(
        fc.array(fc.tuple(fc.constantFrom(...keys), tree), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(' ', '  ', '    '),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...edits), fc.nat({ max: 2 })), {
          maxLength: 2,
        }),
      )
      .map(([entries, step, changes]) => {
        const out: string[] = [];
        for (const [k, v] of entries) render(v, `${k}:`, '', step, out);
        let text = `${out.join('\n')}\n`;
        for (const [n, piece, how] of changes) {
          const i = n % (text.length + 1);
          text = text.slice(0, i) + (how === 2 ? '' : piece) + text.slice(how === 0 ? i : i + 1);
        }
        return text;
      });
    let taken = 0;
    fc.assert(
      fc.property(document, (text) => {
        if (agrees(text)) taken += 1;
      }),
      { seed, numRuns: runs * 10, endOnFailure: true },
    );
    expect(taken).toBeGreaterThan(runs);
  });

  const taken = [
    'a: 1\nb: -0\nc: +5\nd: 0o17\ne: 0x1f\nf: 1.50\ng: -.INF\nh: .NaN\ni: 1e3\nj: ~\nk: Null\nl: TRUE\nm: yes\n',
    'a:\n  # comment\n  b: 1 # trailing\n\n  c:\nd:\n- x\n-   y\n- # empty\ne: [ ]\nf: {}\n',
    'list:\n  - a: 1\n    b: [1, "two", \'three\', {c: d}]\n  -\n    e: f\n  - [x]\n',
    'text: >-\n  one\n  two\n\n  three\n\nnext: |\n  keep\n  these\n\n  lines\nlast: >\n  folded\n',
    'q: "a \\"b\\" \\\\ \\/ \\n \\t \\u00e9"\nr: \'it\'\'s\'\n"quoted key": 1\n\'single key\': 2\n',
    'url: https://example.org/a:b\nflow: { id: Surat (A/B), en: "x, y", link: http://a.b/c }\n',
    '2025: year\ntrue: yes\nnull: none\n',
    '  indented: top\n  second: 2\n',
    'a: x #not a comment\nb: x # a comment\n',
    // No-break and ideographic spaces end no plain scalar: YAML trims only spaces (and tabs).
    'k\u00a0: v\u00a0\nl: [a\u3000, b\u2003]\nm: {n\u00a0: o\u00a0}\n',
    'a: [-a, ?b, :c, a-]\nb: -]\n',
  ];
  it.each(taken.map((text) => [text]))('takes %j', (text) => {
    expect(agrees(text)).toBe(true);
  });

  const declined = [
    'a: &x 1\nb: *x\n',
    'a: !!str 1\n',
    '%YAML 1.2\n---\na: 1\n',
    'a: 1\n---\nb: 2\n',
    'a: one\n  two\n',
    'a: "one\n  two"\n',
    'a: [1,\n  2]\n',
    'a: |+\n  kept\n\nb: 1\n',
    'a: >\n  one\n    more indented\n',
    'a: 1\na: 2\n',
    '__proto__: 1\n',
    'a:\n  constructor: 1\n',
    'a: { b: c, d }\n',
    'a: {b: }\n',
    'a: [a, ]\n',
    '\ta: 1\n',
    'a: 1\r\nb: 2\r\n',
    '? a\n: b\n',
    'a:\n  - - x\n',
    '- a\n- b\n',
    'a: b: c\n',
    'a:\n- x\n  y: 1\n',
    'a: |\n  no final line break',
    `${'k'.repeat(1100)}: 1\n`,
    // yaml measures an implicit key by its source (≤ 1024 characters up to the `:`), not its value.
    `"${'\\u00e9'.repeat(200)}": 1\n`,
    `${'k'.repeat(999)}${' '.repeat(100)}: 1\n`,
    `'${"''".repeat(600)}': 1\n`,
    '',
    '# only a comment\n',
    // `-`, `?` and `:` before a flow indicator start no plain scalar (yaml: an error or `{ '': null }`).
    'a: [-]\n',
    'a: [x, -]\n',
    'a: {b: -}\n',
    'a: [?]\n',
    'a: [:]\n',
    'a: {b: ?}\n',
  ];
  it.each(declined.map((text) => [text]))('leaves %j to the located reader', (text) => {
    expect(agrees(text)).toBe(false);
  });

  it('places nodes as the located reader does in a file with issues found later', () => {
    const text = 'apiVersion: mpp-kit/v1\nmall:\n  id: mpp-x\n  name: { id: A, en: B }\n';
    const read = readConfigText(text, 'mall.yaml');
    expect(read.issues).toEqual([]);
    expect(read.locate(['mall', 'name', 'en'])).toEqual({ line: 4, column: 22 });
    expect(read.locate(['mall', 'missing'], 'value')).toEqual({ line: 2, column: 1 });
  });

  it('stops at the depth limit as the located reader does', () => {
    let text = 'a: 1\n';
    for (let depth = 0; depth < 70; depth += 1) text = `k:\n${text.replace(/^/gm, '  ')}`;
    expect(readYamlFast(text, 64)).toBeUndefined();
    expect(readYamlFast(text, 80)).toBeDefined();
    expect(agrees(text)).toBe(false);
  });
});
