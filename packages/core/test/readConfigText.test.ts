import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { IssueCode } from '@mpp-kit/schemas';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { readConfigText, type ConfigText } from '../src/load/readConfigText.js';

const fixtures = fileURLToPath(new URL('./fixtures/bad-input/', import.meta.url));
const readFixture = (name: string): ConfigText =>
  readConfigText(readFileSync(fixtures + name), name);

/** Every object in `value` is a plain object or array, and no key is forbidden. */
function assertPlain(value: unknown): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    value.forEach(assertPlain);
    return;
  }
  expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  for (const key of Object.keys(value)) {
    expect(['__proto__', 'constructor', 'prototype']).not.toContain(key);
    assertPlain((value as Record<string, unknown>)[key]);
  }
}

describe('readConfigText: bad-input fixtures', () => {
  it.each<[fixture: string, code: IssueCode, line: number, column: number]>([
    ['empty.yaml', 'empty_file', 1, 1],
    ['comments-only.yaml', 'empty_file', 1, 1],
    ['binary-nul.yaml', 'binary_file', 3, 11],
    ['invalid-utf8.yaml', 'binary_file', 2, 35],
    ['syntax-error.yaml', 'yaml_syntax', 5, 3],
    ['duplicate-key.yaml', 'duplicate_key', 5, 3],
    ['billion-laughs.yaml', 'alias_limit', 6, 8],
    ['too-deep.yaml', 'too_deep', 66, 129],
    ['multiple-documents.yaml', 'yaml_syntax', 4, 1],
    ['top-level-list.yaml', 'not_a_document', 2, 1],
    ['top-level-string.yaml', 'not_a_document', 1, 1],
    ['unknown-alias.yaml', 'yaml_syntax', 4, 14],
    ['empty.json', 'empty_file', 1, 1],
    ['syntax-error.json', 'json_syntax', 5, 3],
    ['duplicate-key.json', 'duplicate_key', 6, 5],
    ['forbidden-key.json', 'forbidden_key', 5, 5],
    ['too-deep.json', 'too_deep', 2, 64],
    ['top-level-array.json', 'not_a_document', 1, 1],
  ])('%s → %s at %i:%i', (fixture, code, line, column) => {
    const result = readFixture(fixture);
    expect(result.issues.map((issue) => [issue.code, issue.line, issue.column])).toEqual([
      [code, line, column],
    ]);
    expect(result.issues[0]?.file).toBe(fixture);
    expect(result.issues[0]?.severity).toBe('error');
  });

  it('reports the duplicate key by name and keeps the last value', () => {
    for (const fixture of ['duplicate-key.yaml', 'duplicate-key.json']) {
      const result = readFixture(fixture);
      expect(result.issues[0]).toMatchObject({ path: ['mall', 'id'], params: { key: 'id' } });
      expect(result.value).toEqual({
        apiVersion: 'mpp-kit/v1',
        mall: { id: 'mpp-batang-2', timeZone: 'Asia/Jakarta' },
      });
    }
  });

  it('rejects __proto__, constructor and prototype anywhere, at the key, and drops them', () => {
    const result = readFixture('forbidden-keys.yaml');
    expect(
      result.issues.map((issue) => [issue.code, issue.params?.['key'], issue.line, issue.column]),
    ).toEqual([
      ['forbidden_key', '__proto__', 2, 1],
      ['forbidden_key', 'constructor', 6, 3],
      ['forbidden_key', 'prototype', 9, 7],
    ]);
    expect(result.issues[2]?.path).toEqual(['mall', 'agencies', 0, 'prototype']);
    expect(result.value).toEqual({
      apiVersion: 'mpp-kit/v1',
      mall: { id: 'mpp-batang', agencies: [{ id: 'dpmptsp' }] },
    });
    assertPlain(result.value);
    assertPlain(readFixture('forbidden-key.json').value);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  });

  it('pins the YAML 1.2 core schema under a %YAML 1.1 directive, with a warning', () => {
    const result = readFixture('yaml-1-1-directive.yaml');
    expect(
      result.issues.map((issue) => [issue.code, issue.severity, issue.line, issue.params]),
    ).toEqual([['yaml_version_ignored', 'warning', 1, { version: '1.1' }]]);
    expect(result.value).toEqual({
      apiVersion: 'mpp-kit/v1',
      mall: {
        id: 'mpp-batang',
        openOnSaturday: 'yes',
        lights: 'on',
        closed: 'no',
        founded: '2025-01-01',
        region: 33.25,
      },
    });
  });

  it('names what the top level is when it is not a mapping', () => {
    expect(readFixture('top-level-list.yaml').issues[0]?.params).toEqual({ actual: 'a list' });
    expect(readFixture('top-level-string.yaml').issues[0]?.params).toEqual({ actual: 'a string' });
    expect(readFixture('top-level-array.json').issues[0]?.params).toEqual({ actual: 'a list' });
    expect(readConfigText('42\n', 'x.yaml').issues[0]?.params).toEqual({ actual: 'a number' });
    expect(readConfigText('null', 'x.json').issues[0]?.params).toEqual({ actual: 'null' });
  });

  it('treats a document with only "---" and comments as empty', () => {
    expect(
      readConfigText('---\n# nothing yet\n', 'x.yaml').issues.map((issue) => issue.code),
    ).toEqual(['empty_file']);
  });

  it('reports keys that collide once they are text (1 and "1")', () => {
    const result = readConfigText('1: a\n"1": b\n', 'x.yaml');
    expect(result.issues.map((issue) => [issue.code, issue.line])).toEqual([['duplicate_key', 2]]);
  });

  it('stops reading on fatal issues (no value)', () => {
    for (const fixture of [
      'syntax-error.yaml',
      'billion-laughs.yaml',
      'too-deep.yaml',
      'syntax-error.json',
    ]) {
      expect(readFixture(fixture).value).toBeUndefined();
    }
  });
});

describe('readConfigText: limits', () => {
  it('refuses a 50 MB buffer as file_too_large without reading it', () => {
    const bytes = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    const result = readConfigText(bytes, 'huge.yaml');
    expect(result.issues.map((issue) => [issue.code, issue.line, issue.params])).toEqual([
      ['file_too_large', 1, { size: 50 * 1024 * 1024, limit: 16 * 1024 * 1024 }],
    ]);
    expect(result.value).toBeUndefined();
  });

  it('measures a string limit in UTF-8 bytes', () => {
    const text = `a: "${'é'.repeat(600)}"\n`; // 606 characters, 1206 bytes
    expect(readConfigText(text, 'x.yaml', { maxBytes: 1000 }).issues[0]).toMatchObject({
      code: 'file_too_large',
      params: { size: 1206, limit: 1000 },
    });
    expect(readConfigText(text, 'x.yaml', { maxBytes: 1300 }).issues).toEqual([]);
  });

  it('counts UTF-8 bytes the same with and without Buffer (pairs, lone surrogates)', () => {
    // '\u{1F600}' is 4 bytes, a lone surrogate 3 (its U+FFFD), 'é' 2, '中' 3.
    const body = `${'\u{1F600}'.repeat(100)}\uD800${'é'.repeat(100)}\uDC00${'中'.repeat(100)}`;
    const text = `a: "${body}"\n`; // 6 ASCII bytes around the body
    const size = 6 + 400 + 3 + 200 + 3 + 300;
    const sizes = () =>
      [size - 1, size].map((maxBytes) =>
        readConfigText(text, 'x.yaml', { maxBytes }).issues.map((issue) => issue.params?.['size']),
      );
    const native = sizes();
    vi.stubGlobal('Buffer', undefined);
    try {
      expect(sizes()).toEqual(native);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(native[0]).toEqual([size]);
    expect(native[1]).not.toContain(size);
  });

  it('survives a 100,000-level nested flow sequence (YAML) with too_deep', () => {
    const text = `apiVersion: mpp-kit/v1\ndeep: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
    const result = readConfigText(text, 'deep.yaml');
    expect(result.issues.map((issue) => [issue.code, issue.line])).toEqual([['too_deep', 2]]);
  });

  it('survives 100,000 compact nested sequences and deep JSON with too_deep', () => {
    expect(readConfigText(`${'- '.repeat(100_000)}x\n`, 'deep.yaml').issues[0]?.code).toBe(
      'too_deep',
    );
    const json = `{"a": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(readConfigText(json, 'deep.json').issues.map((issue) => issue.code)).toEqual([
      'too_deep',
    ]);
  });

  it('accepts exactly maxDepth levels and rejects one more', () => {
    const nested = (levels: number): string =>
      Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' leaf\n';
    // `levels` keys nest `levels` mappings (the top level is 1); the innermost holds a string.
    expect(readConfigText(nested(64), 'x.yaml').issues).toEqual([]);
    expect(readConfigText(nested(65), 'x.yaml').issues.map((issue) => issue.code)).toEqual([
      'too_deep',
    ]);
    expect(readConfigText(nested(5), 'x.yaml', { maxDepth: 4 }).issues[0]).toMatchObject({
      code: 'too_deep',
      line: 5,
    });
  });

  it('counts alias expansions against maxAliasCount, and keeps shared values', () => {
    const text = 'base: &base [dpmptsp]\na: *base\nb: *base\nc: *base\n';
    const result = readConfigText(text, 'x.yaml');
    expect(result.issues).toEqual([]);
    expect(result.value).toEqual({
      base: ['dpmptsp'],
      a: ['dpmptsp'],
      b: ['dpmptsp'],
      c: ['dpmptsp'],
    });
    const limited = readConfigText(text, 'x.yaml', { maxAliasCount: 2 });
    expect(limited.issues.map((issue) => [issue.code, issue.line])).toEqual([['alias_limit', 4]]);
  });

  it('counts nesting through aliases', () => {
    const text = 'a: &a [[[1]]]\nb: [[*a]]\n';
    // b (2) > list (3) > *a, itself three lists deep: 6 levels.
    expect(readConfigText(text, 'x.yaml', { maxDepth: 6 }).issues).toEqual([]);
    expect(
      readConfigText(text, 'x.yaml', { maxDepth: 5 }).issues.map((issue) => [
        issue.code,
        issue.line,
      ]),
    ).toEqual([['too_deep', 2]]);
  });
});

describe('readConfigText: YAML details', () => {
  it('keeps dates, yes/no and on/off as strings without a directive', () => {
    const result = readConfigText('a: 2025-01-01\nb: yes\nc: off\nd: true\ne: ~\n', 'x.yaml');
    expect(result.value).toEqual({ a: '2025-01-01', b: 'yes', c: 'off', d: true, e: null });
  });

  it('does not resolve YAML 1.1 tags (!!timestamp stays a string, with a warning)', () => {
    const result = readConfigText('signed: !!timestamp 2020-01-20\n', 'x.yaml');
    expect(result.value).toEqual({ signed: '2020-01-20' });
    expect(result.issues.map((issue) => [issue.code, issue.severity, issue.line])).toEqual([
      ['yaml_syntax', 'warning', 1],
    ]);
  });

  it('does not merge << keys (YAML 1.2 has none)', () => {
    expect(readConfigText('a: &a {x: 1}\nb:\n  <<: *a\n', 'x.yaml').value).toEqual({
      a: { x: 1 },
      b: { '<<': { x: 1 } },
    });
  });

  it('reports a syntax error with the parser position and a short detail', () => {
    const issue = readConfigText('mall:\n  id: a\n id: b\n', 'x.yaml').issues[0];
    expect(issue).toMatchObject({ code: 'yaml_syntax', line: 3 });
    expect(String(issue?.params?.['detail'])).not.toContain('\n');
  });

  it('reports a tab used as indentation', () => {
    expect(readConfigText('mall:\n\tid: a\n', 'x.yaml').issues[0]).toMatchObject({
      code: 'yaml_syntax',
      line: 2,
    });
  });

  it('drops a byte order mark and decodes UTF-8 bytes', () => {
    const bytes = new TextEncoder().encode('\uFEFFmall:\n  name: Mal Pelayanan Publik — Batang\n');
    expect(readConfigText(bytes, 'x.yaml').value).toEqual({
      mall: { name: 'Mal Pelayanan Publik — Batang' },
    });
    expect(readConfigText('\uFEFF{"a": 1}', 'x.json').value).toEqual({ a: 1 });
  });

  it('locates values and keys by path, falling back to the nearest ancestor', () => {
    const text = [
      'apiVersion: mpp-kit/v1', // 1
      'mall:', // 2
      '  id: mpp-batang', // 3
      '  agencies:', // 4
      '    - id: dpmptsp', // 5
      '      name: { id: DPMPTSP, en: One-stop office }', // 6
      'shared: &s { day: 1 }', // 7
      'alias: *s', // 8
    ].join('\n');
    const result = readConfigText(text, 'mall.yaml');
    expect(result.issues).toEqual([]);
    expect(result.locate(['mall', 'id'])).toEqual({ line: 3, column: 7 });
    expect(result.locate(['mall', 'id'], 'key')).toEqual({ line: 3, column: 3 });
    expect(result.locate(['mall', 'agencies', 0, 'name', 'en'])).toEqual({ line: 6, column: 32 });
    expect(result.locate(['mall', 'agencies', 0, 'name', 'en'], 'key')).toEqual({
      line: 6,
      column: 28,
    });
    expect(result.locate(['mall', 'agencies', 0])).toEqual({ line: 5, column: 7 });
    expect(result.locate(['mall', 'timeZone'])).toEqual({ line: 2, column: 1 });
    expect(result.locate(['mall', 'agencies', 3, 'id'])).toEqual({ line: 4, column: 3 });
    expect(result.locate(['nothing'])).toEqual({ line: 1, column: 1 });
    expect(result.locate([])).toEqual({ line: 1, column: 1 });
    expect(result.locate(['alias'])).toEqual({ line: 8, column: 8 });
    expect(result.locate(['alias', 'day'])).toEqual({ line: 7, column: 19 });
    expect(result.lineText(6)).toBe('      name: { id: DPMPTSP, en: One-stop office }');
    expect(result.lineText(9)).toBeUndefined();
    expect(result.lineText(0)).toBeUndefined();
  });

  it('locates through a key written after comments, and gives lines without \\r', () => {
    const result = readConfigText('# header\r\nmall:\r\n  id: x\r\n', 'x.yaml');
    expect(result.locate(['mall', 'id'])).toEqual({ line: 3, column: 7 });
    expect(result.lineText(2)).toBe('mall:');
  });
});

describe('readConfigText: JSON details', () => {
  const text = [
    '{',
    '  "apiVersion": "mpp-kit/v1",',
    '  "mall": {',
    '    "id": "mpp-batang",',
    '    "agencies": [{ "id": "dpmptsp" }, { "id": "dpupr" }]',
    '  }',
    '}',
  ].join('\n');

  it('reads with JSON.parse and locates lazily', () => {
    const result = readConfigText(text, 'mall.json');
    expect(result.format).toBe('json');
    expect(result.issues).toEqual([]);
    expect(result.value).toEqual({
      apiVersion: 'mpp-kit/v1',
      mall: { id: 'mpp-batang', agencies: [{ id: 'dpmptsp' }, { id: 'dpupr' }] },
    });
    expect(result.locate(['mall', 'id'])).toEqual({ line: 4, column: 11 });
    expect(result.locate(['mall', 'id'], 'key')).toEqual({ line: 4, column: 5 });
    expect(result.locate(['mall', 'agencies', 1, 'id'], 'key')).toEqual({ line: 5, column: 41 });
    expect(result.locate(['mall', 'agencies', 1, 'id'])).toEqual({ line: 5, column: 47 });
    expect(result.locate(['mall', 'timeZone'])).toEqual({ line: 3, column: 3 });
    expect(result.locate([])).toEqual({ line: 1, column: 1 });
    expect(result.lineText(4)).toBe('    "id": "mpp-batang",');
  });

  it.each([
    ['{"a": 1,}', 1, 9],
    ['{"a": 1', 1, 8],
    ['{\n  "a" 1\n}', 2, 7],
    ['{"a": [1, 2,]}', 1, 13],
    ['{"a": tru}', 1, 7],
    ['{"a": 1} {', 1, 10],
    ['{"a": "x\ny"}', 1, 9],
    ['{"a": 01}', 1, 8],
    ['{"a": "\\x"}', 1, 8],
  ])('locates the JSON syntax error in %j at %i:%i', (source, line, column) => {
    const result = readConfigText(source, 'x.json');
    expect(result.issues.map((issue) => [issue.code, issue.line, issue.column])).toEqual([
      ['json_syntax', line, column],
    ]);
  });

  it('finds duplicate keys even when strings hold colons or escapes', () => {
    const plain = readConfigText('{"url": "http://x:80", "a:b": {"c": "d:e"}}', 'x.json');
    expect(plain.issues).toEqual([]);
    const dup = readConfigText('{"url": "http://x:80", "a:b": {"c": "d:e", "c": 1}}', 'x.json');
    expect(dup.issues.map((issue) => [issue.code, issue.path, issue.column])).toEqual([
      ['duplicate_key', ['a:b', 'c'], 44],
    ]);
    const escaped = readConfigText('{"a": "\\u003a", "a": 1}', 'x.json');
    expect(escaped.issues.map((issue) => issue.code)).toEqual(['duplicate_key']);
    expect(readConfigText('{"a": "\\u003a"}', 'x.json').issues).toEqual([]);
  });

  it('never lets "__proto__" from JSON reach the value', () => {
    const result = readConfigText('{"a": {"__proto__": {"polluted": 1}, "b": 2}}', 'x.json');
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['forbidden_key', ['a', '__proto__']],
    ]);
    expect(result.value).toEqual({ a: { b: 2 } });
    assertPlain(result.value);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('readConfigText: never throws', () => {
  const valid = [
    'apiVersion: mpp-kit/v1',
    'mall:',
    '  id: mpp-batang',
    '  name: { id: Mal Pelayanan Publik Kabupaten Batang, en: Batang Public Service Mall }',
    '  region: "33.25"',
    '  calendars: [id-national]',
    'shared: &hours { mon-thu: "07:30-15:30", fri: "07:30-11:00" }',
    'coordination:',
    '  hours: *hours',
    '  agreements:',
    '    - { agency: polres-batang, kind: mou, signed: 2020-01-20 }',
    '  note: |',
    '    text with [brackets] and # hashes',
  ];

  const check = (result: ConfigText, file: string): void => {
    expect(result.file).toBe(file);
    expect(Array.isArray(result.issues)).toBe(true);
    expect(
      result.value !== undefined || result.issues.some((issue) => issue.severity === 'error'),
    ).toBe(true);
    for (const issue of result.issues) {
      expect(issue.line).toBeGreaterThanOrEqual(1);
      expect(issue.column).toBeGreaterThanOrEqual(1);
    }
    result.locate(['mall', 'id']);
    result.locate(['coordination', 'agreements', 0, 'kind'], 'key');
    result.lineText(1);
  };

  it('reads the valid document', () => {
    const result = readConfigText(valid.join('\n'), 'mall.yaml');
    expect(result.issues).toEqual([]);
    assertPlain(result.value);
  });

  it('returns a ConfigText for any string, as YAML and as JSON', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        check(readConfigText(text, 'x.yaml'), 'x.yaml');
        check(readConfigText(text, 'x.json'), 'x.json');
      }),
      { numRuns: 300 },
    );
  });

  it('returns a ConfigText for YAML-ish noise', () => {
    const token = fc.constantFrom(
      '[',
      ']',
      '{',
      '}',
      ':',
      ': ',
      '- ',
      '? ',
      '&a ',
      '*a',
      '!!str ',
      '|',
      '>',
      '#',
      '"',
      "'",
      ',',
      '\n',
      '  ',
      '\t',
      '%YAML 1.1\n',
      '---\n',
      '__proto__',
      'x',
      '1',
      '\\',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 80 }), (tokens) => {
        check(readConfigText(tokens.join(''), 'x.yaml'), 'x.yaml');
      }),
      { numRuns: 500 },
    );
  });

  it('returns a ConfigText for random mutations of a valid document', () => {
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
      fc.record({
        kind: fc.constant('insertLine' as const),
        at: fc.nat(),
        text: fc.string({ maxLength: 20 }),
      }),
      fc.record({
        kind: fc.constant('insertChars' as const),
        at: fc.nat(),
        column: fc.nat(),
        text: fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (mutations, asBytes) => {
          const lines = [...valid];
          for (const m of mutations) {
            const at = m.at % (lines.length + 1);
            if (m.kind === 'delete') lines.splice(at, 1);
            else if (m.kind === 'duplicate') lines.splice(at, 0, lines[at] ?? '');
            else if (m.kind === 'insertLine') lines.splice(at, 0, m.text);
            else {
              const line = lines[at] ?? '';
              const column = m.column % (line.length + 1);
              lines[at] = line.slice(0, column) + m.text + line.slice(column);
            }
          }
          const text = lines.join('\n');
          check(
            readConfigText(asBytes ? new TextEncoder().encode(text) : text, 'mall.yaml'),
            'mall.yaml',
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('returns a ConfigText for arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        check(readConfigText(bytes, 'x.yaml'), 'x.yaml');
        check(readConfigText(bytes, 'x.json'), 'x.json');
      }),
      { numRuns: 200 },
    );
  });
});
