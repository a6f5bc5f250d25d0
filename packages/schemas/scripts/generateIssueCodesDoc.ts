// Writes docs/issue-codes.md from the issue catalogue. Run: pnpm docs:generate
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderIssueCodesDoc } from '../src/renderIssueCodesDoc.js';

const file = fileURLToPath(new URL('../../../docs/issue-codes.md', import.meta.url));
writeFileSync(file, renderIssueCodesDoc());
console.log(`wrote ${file}`);
