import { createIssue, type Issue } from '@mpp-kit/schemas';

/** An error with a full location and a "did you mean" hint. */
export const unknownAgency: Issue = createIssue({
  code: 'unknown_reference',
  path: ['services', 0, 'owner'],
  params: { kind: 'agency', id: 'dpmptps', suggestion: 'dpmptsp' },
  file: 'services/pbg.yaml',
  line: 4,
  column: 12,
});

/** A warning that names its file but no line. */
export const missingComponent: Issue = createIssue({
  code: 'missing_standard_component',
  path: ['services', 0],
  params: { id: 'pbg', number: 5, component: 'fee' },
  file: 'services/pbg.yaml',
});

/** An error with no file at all (from a check over the whole mall). */
export const shareExceeds: Issue = createIssue({
  code: 'sla_shares_exceed',
  path: ['workflows', 1],
  params: { workflow: 'pbg-flow', sum: 30, days: 28 },
});

/** An info issue without a hint (re-uses a code; severity overridden). */
export const tooBigInfo: Issue = createIssue({
  code: 'too_big',
  severity: 'info',
  path: ['mall', 'name'],
  params: { detail: 'at most 200 characters' },
  file: 'mall.yaml',
  line: 3,
  column: 9,
});

/** The path could not be read. */
export const unreadable: Issue = createIssue({
  code: 'unreadable_path',
  path: [],
  params: { file: 'nope/', reason: 'no such file or directory' },
});

/** Source files the issues point into, keyed by path relative to the mall folder. */
export const sources: Readonly<Record<string, string>> = {
  'services/pbg.yaml': [
    'apiVersion: mpp-kit/v1',
    'services:',
    '  - id: pbg',
    '    owner: dpmptps',
    '',
  ].join('\n'),
  'mall.yaml': ['apiVersion: mpp-kit/v1', 'mall:', '  name: x', ''].join('\n'),
};

/** A `readLine` over {@link sources}. */
export function readLine(file: string, line: number): string | undefined {
  return sources[file]?.split('\n')[line - 1];
}
