import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;

it('the typedoc API reference builds with no warnings (warnings are errors)', () => {
  const out = mkdtempSync(join(tmpdir(), 'mpp-api-'));
  const run = spawnSync(
    process.execPath,
    [join(root, 'node_modules/typedoc/bin/typedoc'), '--out', out],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 280_000,
    },
  );
  const output = `${run.stdout}${run.stderr}`.replace(
    new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'),
    '',
  );
  expect(output).not.toMatch(/\[warning\]|\[error\]/);
  expect(run.status).toBe(0);
}, 300_000);
