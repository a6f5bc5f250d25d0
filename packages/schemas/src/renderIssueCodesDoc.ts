import { localizeIssue, type Issue } from './Issue.js';
import { issueCatalog, issueCodes, issueParamExamples } from './issueCatalog.js';

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
    const severity = issueCatalog[code].severity;
    const sample: Issue = { code, severity, message: '', path: [], params: issueParamExamples };
    const en = localizeIssue(sample, 'en');
    const id = localizeIssue(sample, 'id');
    lines.push(`## ${code}`, '', `Severity: **${severity}**`, '');
    lines.push(`- EN: ${en.message}`);
    if (en.hint !== undefined) lines.push(`  - Hint: ${en.hint}`);
    lines.push(`- ID: ${id.message}`);
    if (id.hint !== undefined) lines.push(`  - Saran: ${id.hint}`);
    lines.push('');
  }
  return lines.join('\n');
}
