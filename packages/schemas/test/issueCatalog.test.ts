import { describe, expect, it } from 'vitest';
import { createIssue, issueCatalog, issueCodes, localizeIssue } from '@mpp-kit/schemas';

const sampleParams = {
  file: 'mall.yaml',
  reason: 'it does not exist',
  other: 'a.yaml',
  size: 1,
  limit: 2,
  detail: 'x',
  key: 'k',
  version: '1.1',
  actual: 'a list',
  expected: 'text',
  allowed: ['a', 'b'],
  format: 'date',
  example: 'e.g.',
  kind: 'agency',
  id: 'x',
  first: 'agencies.0.id',
  known: ['a'],
  days: 3,
  unit: 'working',
  legalMax: 2,
  year: 2027,
  date: '2026-01-01',
  years: '2026',
  chain: 'a → b → a',
  from: '2026-01-02',
  to: '2026-01-01',
  name: 'v',
  index: 1,
  kind2: 'renewal',
  step: 's',
  workflow: 'w',
  sum: 5,
  number: 8,
  component: 'facilities',
};

describe('issue catalogue', () => {
  it.each(issueCodes)(
    '%s has an English and an Indonesian message and hint, with every placeholder filled',
    (code) => {
      const entry = issueCatalog[code];
      for (const locale of ['en', 'id'] as const) {
        const message = entry.message[locale](sampleParams);
        expect(message).not.toMatch(/\{\w+\}/);
        expect(message.length).toBeGreaterThan(8);
        if ('hint' in entry && entry.hint)
          expect(entry.hint[locale](sampleParams)).not.toMatch(/\{\w+\}/);
      }
      expect(entry.message.en(sampleParams)).not.toBe(entry.message.id(sampleParams));
    },
  );

  it('errors say what to do: every error code has a hint', () => {
    const without = issueCodes.filter((code) => {
      const entry = issueCatalog[code];
      return (
        entry.severity === 'error' &&
        !('hint' in entry) &&
        !['too_small', 'too_big', 'invalid_identifier'].includes(code)
      );
    });
    expect(without).toEqual([]);
  });

  it('localizes an issue without losing its location', () => {
    const issue = createIssue({
      code: 'unknown_reference',
      path: ['services', 0, 'owner'],
      params: { kind: 'agency', id: 'dpmptps', known: ['dpmptsp'], suggestion: 'dpmptsp' },
      file: 'services/pbg.yaml',
      line: 7,
      column: 12,
    });
    expect(issue.message).toBe('Unknown agency "dpmptps".');
    expect(issue.hint).toBe('Did you mean "dpmptsp"?');
    const id = localizeIssue(issue, 'id');
    expect(id).toMatchObject({ file: 'services/pbg.yaml', line: 7, column: 12 });
    expect(id.message).toBe('Instansi "dpmptps" tidak dikenal.');
    expect(id.hint).toBe('Mungkin maksud Anda "dpmptsp"?');
  });
});

describe('a long list of known ids', () => {
  const services = Array.from(
    { length: 102 },
    (_, i) => `layanan-${String(i + 1).padStart(3, '0')}`,
  );

  it('shows five of them, nearest to the unknown id first, and how many there are', () => {
    const issue = createIssue({
      code: 'unknown_reference',
      path: ['serviceId'],
      params: { kind: 'service', id: 'layanan-05', known: [...services, 'pbg'] },
    });
    expect(issue.hint).toBe(
      'Declare it, or use one of: layanan-005, layanan-015, layanan-025, layanan-035, layanan-045 … (103 in all).',
    );
    expect(localizeIssue(issue, 'id').hint).toBe(
      'Deklarasikan, atau gunakan salah satu dari: layanan-005, layanan-015, layanan-025, layanan-035, layanan-045 … (103 seluruhnya).',
    );
  });

  it('shows a short list whole, in its order', () => {
    const issue = createIssue({
      code: 'unknown_reference',
      path: ['owner'],
      params: { kind: 'agency', id: 'zz', known: ['dpmptsp', 'dlh', 'dpupr'] },
    });
    expect(issue.hint).toBe('Declare it, or use one of: dpmptsp, dlh, dpupr.');
  });
});
