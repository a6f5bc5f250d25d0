// The layering rules of ARCHITECTURE.md are enforced by `pnpm lint`: ESLint, with the repository's
// own configuration, reports a planted upward import between packages, a path into another
// package, and an import of another folder's private (`_`) file — and accepts the allowed ones.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The rules that enforce the layers: static imports and exports, and `import()`. */
const importRules = new Set(['no-restricted-imports', 'layers/dynamic-imports']);
// Only the import rules run, without type information, so a planted file needs no tsconfig entry.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  ruleFilter: ({ ruleId }) => importRules.has(ruleId),
});

/** The import-rule messages ESLint reports for `code` planted at `file` (relative to the root). */
async function planted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  expect(result, `${file} was linted`).toBeDefined();
  expect(result?.messages.filter((message) => message.fatal === true)).toEqual([]);
  return (result?.messages ?? [])
    .filter((message) => message.ruleId !== null && importRules.has(message.ruleId))
    .map((message) => message.message);
}

describe('packages depend one way: schemas → workflows → core → server → cli', () => {
  it.each([
    ['packages/schemas/src/planted.ts', "import { compileWorkflow } from '@mpp-kit/workflows';"],
    ['packages/workflows/src/calendar/planted.ts', "import { loadMall } from '@mpp-kit/core';"],
    ['packages/core/src/planted.ts', "import type { MallApp } from '@mpp-kit/server';"],
    ['packages/core/src/planted.ts', "export { main } from '@mpp-kit/cli/anything';"],
    ['packages/server/src/planted.ts', "import { main } from '@mpp-kit/cli';"],
    ['packages/workflows/test/planted.test.ts', "import { loadMall } from '@mpp-kit/core';"],
    // import() is checked like a static import: a lazy import does not get round the layers.
    ['packages/core/src/planted.ts', "export const load = () => import('@mpp-kit/server');"],
    ['packages/workflows/src/planted.ts', 'const core = await import(`@mpp-kit/core/simulate`);'],
    ['packages/server/src/planted.ts', "void import('@mpp-kit/cli').then(() => undefined);"],
  ])('%s: %s is an error', async (file, code) => {
    const messages = await planted(file, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/packages depend one way/);
  });

  it.each([
    ['packages/core/src/planted.ts', "import { calendar } from '../../schemas/src/Calendar.js';"],
    ['packages/cli/src/commands/planted.ts', "import { x } from '../../../core/dist/index.js';"],
  ])('%s: %s (a path into another package) is an error', async (file, code) => {
    expect(await planted(file, code)).toEqual([expect.stringMatching(/by its name/)]);
  });

  it.each([
    ['packages/workflows/src/planted.ts', "import { calendar } from '@mpp-kit/schemas';"],
    [
      'packages/core/src/planted.ts',
      "import { createWorkingDayCalendar } from '@mpp-kit/workflows/calendar';",
    ],
    [
      'packages/server/src/planted.ts',
      "import { createSqliteStore } from '@mpp-kit/core/store/sqlite';",
    ],
    ['packages/cli/src/planted.ts', "import { createMallApp } from '@mpp-kit/server';"],
    ['packages/cli/src/planted.ts', "const server = await import('@mpp-kit/server');"],
  ])('%s: %s is allowed', async (file, code) => {
    expect(await planted(file, code)).toEqual([]);
  });
});

describe('a file whose name starts with _ is private to its folder', () => {
  it.each([
    ['packages/core/src/site/planted.ts', "import { x } from '../search/_queryEngine.js';"],
    ['packages/server/src/planted.ts', "export { x } from './http/_anything.js';"],
    ['packages/cli/src/planted.ts', "import type { X } from './commands/sub/_private.js';"],
    ['packages/core/src/site/planted.ts', "const engine = await import('../search/_engine.js');"],
  ])('%s: %s is an error', async (file, code) => {
    expect(await planted(file, code)).toEqual([expect.stringMatching(/private to its folder/)]);
  });

  it.each([
    ['packages/core/src/store/planted.ts', "import { x } from './_storeInput.js';"],
    ['packages/core/src/store/sqlite/planted.ts', "import { attempt } from '../_attempt.js';"],
    [
      'packages/core/test/planted.test.ts',
      "import { x } from '../src/store/sqlite/_sqliteSchema.js';",
    ],
  ])(
    '%s: %s (same folder, from below, or a test of the package) is allowed',
    async (file, code) => {
      expect(await planted(file, code)).toEqual([]);
    },
  );
});
