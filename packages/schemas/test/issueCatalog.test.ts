import { describe, expect, it } from 'vitest';
import {
  createIssue,
  issueCatalog,
  issueCodes,
  issueParamExamples,
  localizeIssue,
  type Issue,
} from '@mpp-kit/schemas';

/** An issue of `code` carrying a sample value for every parameter any message uses. */
function sample(code: (typeof issueCodes)[number]): Issue {
  const severity = issueCatalog[code].severity;
  return { code, severity, message: '', path: [], params: issueParamExamples };
}

describe('issue catalogue', () => {
  it.each(issueCodes)(
    '%s has an English and an Indonesian message and hint, with every placeholder filled',
    (code) => {
      const entry = issueCatalog[code];
      for (const locale of ['en', 'id'] as const) {
        const { message, hint } = localizeIssue(sample(code), locale);
        expect(message).not.toMatch(/\{\w+\}|undefined|\[object Object\]/);
        expect(message.length).toBeGreaterThan(8);
        expect(hint === undefined).toBe(!('hint' in entry));
        if (hint !== undefined) expect(hint).not.toMatch(/\{\w+\}|undefined|\[object Object\]/);
      }
      expect(localizeIssue(sample(code), 'en').message).not.toBe(
        localizeIssue(sample(code), 'id').message,
      );
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
