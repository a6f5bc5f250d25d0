import { createIssue, localizeIssue, sortIssues } from '@mpp-kit/schemas';
import { describe, expect, it } from 'vitest';
import { formatPretty } from '../src/index.js';
import { missingComponent, readLine, shareExceeds, tooBigInfo, unknownAgency } from './_issues.js';

describe('formatPretty', () => {
  it('prints location, severity, code, message, snippet with caret, hint, docs link and summary', () => {
    expect(formatPretty([unknownAgency], { color: false, locale: 'en', readLine, fileCount: 3 }))
      .toMatchInlineSnapshot(`
        "services/pbg.yaml:4:12  error  unknown_reference  Unknown agency "dpmptps".
          4 |     owner: dpmptps
            |            ^
          hint: Did you mean "dpmptsp"?
          docs: node_modules/@mpp-kit/cli/docs/issue-codes.md#unknown_reference

        1 error, 0 warnings in 3 files
        "
      `);
  });

  it('prints issues without line or without file, and issues without a hint', () => {
    const issues = sortIssues([shareExceeds, missingComponent, tooBigInfo]);
    expect(formatPretty(issues, { color: false, locale: 'en', readLine })).toMatchInlineSnapshot(`
      "workflows[1]  error  sla_shares_exceed  The steps of "pbg-flow" take 30 days in all, more than the service completion time of 28 days.
        hint: Shorten the step SLAs or lengthen the service SLA within its legal maximum.
        docs: node_modules/@mpp-kit/cli/docs/issue-codes.md#sla_shares_exceed

      mall.yaml:3:9  info  too_big  Too big: at most 200 characters.
        3 |   name: x
          |         ^
        docs: node_modules/@mpp-kit/cli/docs/issue-codes.md#too_big

      services/pbg.yaml (services[0])  warning  missing_standard_component  Service "pbg" does not declare service-standard component 5 (fee).
        hint: Add it so the published standard is complete (PermenPANRB 15/2014).
        docs: node_modules/@mpp-kit/cli/docs/issue-codes.md#missing_standard_component

      1 error, 1 warning, 1 info in 2 files
      "
    `);
  });

  it('skips the snippet when the source line cannot be read', () => {
    const text = formatPretty([unknownAgency], {
      color: false,
      locale: 'en',
      readLine: () => undefined,
    });
    expect(text).not.toContain(' | ');
    expect(text.split('\n')[1]).toBe('  hint: Did you mean "dpmptsp"?');
  });

  it('labels and summarises in Indonesian', () => {
    const issues = [unknownAgency, missingComponent].map((issue) => localizeIssue(issue, 'id'));
    expect(formatPretty(issues, { color: false, locale: 'id', readLine, fileCount: 3 }))
      .toMatchInlineSnapshot(`
        "services/pbg.yaml:4:12  galat  unknown_reference  Instansi "dpmptps" tidak dikenal.
          4 |     owner: dpmptps
            |            ^
          saran: Mungkin maksud Anda "dpmptsp"?
          dokumen: node_modules/@mpp-kit/cli/docs/issue-codes.md#unknown_reference

        services/pbg.yaml (services[0])  peringatan  missing_standard_component  Layanan "pbg" tidak mendeklarasikan komponen standar pelayanan 5 (fee).
          saran: Tambahkan agar standar pelayanan yang dipublikasikan lengkap (PermenPANRB 15/2014).
          dokumen: node_modules/@mpp-kit/cli/docs/issue-codes.md#missing_standard_component

        1 galat, 1 peringatan di 3 berkas
        "
      `);
  });

  it.each([
    [[], 0, 'en', '0 errors, 0 warnings\n'],
    [[unknownAgency], 1, 'en', '1 error, 0 warnings in 1 file\n'],
    [[unknownAgency, unknownAgency, missingComponent], 3, 'en', '2 errors, 1 warning in 3 files\n'],
    [
      [unknownAgency, unknownAgency, missingComponent],
      3,
      'id',
      '2 galat, 1 peringatan di 3 berkas\n',
    ],
    [
      [missingComponent, missingComponent, tooBigInfo],
      2,
      'en',
      '0 errors, 2 warnings, 1 info in 2 files\n',
    ],
  ] as const)('summary line %#', (issues, fileCount, locale, summary) => {
    expect(formatPretty(issues, { locale, fileCount }).endsWith(summary)).toBe(true);
  });

  it('counts the distinct files of the issues when fileCount is not given', () => {
    expect(formatPretty([unknownAgency, missingComponent, tooBigInfo, shareExceeds])).toMatch(
      / in 2 files\n$/,
    );
  });

  it('leaves the summary out on request', () => {
    expect(formatPretty([], { summary: false })).toBe('');
  });

  it('keeps tabs before the caret so it lines up', () => {
    const issue = createIssue({
      code: 'forbidden_key',
      path: ['a'],
      params: { key: '__proto__' },
      file: 't.yaml',
      line: 1,
      column: 3,
    });
    const text = formatPretty([issue], { readLine: () => '\t\t__proto__: 1', summary: false });
    expect(text.split('\n').slice(1, 3)).toEqual(['  1 | \t\t__proto__: 1', '    | \t\t^']);
  });

  it('cuts a long line around the column', () => {
    const long = `${'a'.repeat(300)}X${'b'.repeat(300)}`;
    const issue = createIssue({
      code: 'json_syntax',
      path: [],
      params: { detail: 'x' },
      file: 'big.json',
      line: 1,
      column: 301,
    });
    const [, code = '', caret = ''] = formatPretty([issue], {
      readLine: () => long,
      summary: false,
    }).split('\n');
    expect(code.length).toBeLessThan(140);
    expect(code.startsWith('  1 | …')).toBe(true);
    expect(code.endsWith('…')).toBe(true);
    expect(code.charAt(caret.indexOf('^'))).toBe('X');
  });

  it('shows control characters from files instead of sending them to the terminal', () => {
    const issue = createIssue({
      code: 'duplicate_key',
      path: [],
      params: { key: '\u001b[2Jx' },
      file: 'e.yaml',
      line: 1,
      column: 5,
    });
    const text = formatPretty([issue], { readLine: () => 'ab\u001bcd: 1', summary: false });
    expect(text).not.toContain('\u001b');
    expect(text).toContain('\\x1b[2Jx');
    expect(text.split('\n').slice(1, 3)).toEqual(['  1 | ab\\x1bcd: 1', '    |        ^']);
  });

  it('colours only when asked', () => {
    expect(formatPretty([unknownAgency], { color: false, readLine })).not.toContain('\u001b[');
    const coloured = formatPretty([unknownAgency], { color: true, readLine });
    expect(coloured).toContain('\u001b[31m');
    // eslint-disable-next-line no-control-regex -- stripping ANSI escapes is the point
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(
      formatPretty([unknownAgency], { color: false, readLine }),
    );
  });
});
