import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { renderIssueCodesDoc } from '@mpp-kit/schemas';

it('docs/issue-codes.md is up to date with the catalogue (run `pnpm docs:generate`)', () => {
  const committed = readFileSync(
    fileURLToPath(new URL('../../../docs/issue-codes.md', import.meta.url)),
    'utf8',
  );
  expect(committed).toBe(renderIssueCodesDoc());
});
