import { describe, expect, it } from 'vitest';
import { formatJson, toJsonReport } from '../src/index.js';
import { missingComponent, shareExceeds, tooBigInfo, unknownAgency } from './_issues.js';

const allowedKeys = ['code', 'severity', 'message', 'hint', 'path', 'file', 'line', 'column'];

describe('formatJson', () => {
  it('prints exactly { valid, issues } with the issue keys in order and no params', () => {
    const text = formatJson([unknownAgency, missingComponent]);
    expect(text.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(text) as { valid: boolean; issues: Record<string, unknown>[] };
    expect(Object.keys(parsed)).toEqual(['valid', 'issues']);
    expect(parsed).toEqual({
      valid: false,
      issues: [
        {
          code: 'unknown_reference',
          severity: 'error',
          message: 'Unknown agency "dpmptps".',
          hint: 'Did you mean "dpmptsp"?',
          path: ['services', 0, 'owner'],
          file: 'services/pbg.yaml',
          line: 4,
          column: 12,
        },
        {
          code: 'missing_standard_component',
          severity: 'warning',
          message: 'Service "pbg" does not declare service-standard component 5 (fee).',
          hint: 'Add it so the published standard is complete (PermenPANRB 15/2014).',
          path: ['services', 0],
          file: 'services/pbg.yaml',
        },
      ],
    });
    expect(parsed.issues.map((issue) => Object.keys(issue))).toEqual([
      ['code', 'severity', 'message', 'hint', 'path', 'file', 'line', 'column'],
      ['code', 'severity', 'message', 'hint', 'path', 'file'],
    ]);
  });

  it.each([
    ['no issues', [], true],
    ['warnings and info only', [missingComponent, tooBigInfo], true],
    ['an error', [missingComponent, shareExceeds], false],
  ] as const)('valid is %s → %s', (_name, issues, valid) => {
    expect((JSON.parse(formatJson(issues)) as { valid: boolean }).valid).toBe(valid);
  });

  it('never writes other keys, nor undefined ones', () => {
    for (const issue of toJsonReport([unknownAgency, missingComponent, shareExceeds, tooBigInfo])
      .issues) {
      const keys = Object.keys(issue);
      expect(keys.every((key) => allowedKeys.includes(key))).toBe(true);
      expect(
        keys.filter((key) => (issue as unknown as Record<string, unknown>)[key] === undefined),
      ).toEqual([]);
      expect(keys).toEqual(allowedKeys.filter((key) => keys.includes(key)));
    }
    expect(Object.keys(toJsonReport([shareExceeds]).issues[0] ?? {})).toEqual([
      'code',
      'severity',
      'message',
      'hint',
      'path',
    ]);
  });

  it('is two-space indented JSON', () => {
    expect(formatJson([])).toBe('{\n  "valid": true,\n  "issues": []\n}\n');
  });
});
