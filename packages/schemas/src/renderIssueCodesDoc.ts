import { issueCatalog, issueCodes } from './issueCatalog.js';

const example: Readonly<Record<string, string | number | readonly string[]>> = {
  file: 'services/pbg.yaml',
  reason: 'it does not exist',
  other: 'mall.yaml',
  size: 52428800,
  limit: 16777216,
  detail: '…',
  key: 'shortNmae',
  version: '1.1',
  actual: '"regionl"',
  expected: 'text',
  allowed: ['regional', 'vertical'],
  format: 'date',
  example: 'Write a date as YYYY-MM-DD.',
  kind: 'agency',
  id: 'dpmptps',
  first: 'agencies.yaml:3:9',
  known: ['dpmptsp'],
  days: 30,
  unit: 'working',
  legalMax: 28,
  year: 2027,
  date: '2027-01-01',
  years: '2025, 2026',
  last: '2026-12-31',
  uncoveredFrom: '2027-01-01',
  missing: ['2026'],
  chain: 'a → b → a',
  from: '2026-02-01',
  to: '2026-01-01',
  name: 'tarif',
  index: 1,
  kind2: 'renewal',
  step: 'review',
  workflow: 'permit',
  sum: 30,
  number: 8,
  component: 'facilities',
  formatId: 'NIK',
  detailId: '…',
  divisor: 'floorArea - 100',
  part: 'npop - npoptkp',
  lowest: -80000000,
  min: 0,
  max: 14,
  factUnit: 'm2',
  type: 'integer',
  field: 'unit',
};

/**
 * Renders the issue-code reference (Markdown): every code with its severity, its English and
 * Indonesian message and hint as a user sees them, and an anchor the CLI links to.
 *
 * @example
 * ```ts
 * writeFileSync('docs/issue-codes.md', renderIssueCodesDoc());
 * ```
 */
export function renderIssueCodesDoc(): string {
  const lines = [
    '# Issue codes',
    '',
    '<!-- Generated from packages/schemas/src/issueCatalog.ts by `pnpm docs:generate`; do not edit. -->',
    '',
    "Every problem mpp-kit reports has a stable `code`. The CLI prints a link to the code's section below.",
    'Messages exist in English and Indonesian (`--lang en|id`); the examples use sample values.',
    '',
  ];
  for (const code of issueCodes) {
    const entry = issueCatalog[code];
    lines.push(`## ${code}`, '', `Severity: **${entry.severity}**`, '');
    lines.push(`- EN: ${entry.message.en(example)}`);
    if ('hint' in entry) lines.push(`  - Hint: ${entry.hint.en(example)}`);
    lines.push(`- ID: ${entry.message.id(example)}`);
    if ('hint' in entry) lines.push(`  - Saran: ${entry.hint.id(example)}`);
    lines.push('');
  }
  return lines.join('\n');
}
