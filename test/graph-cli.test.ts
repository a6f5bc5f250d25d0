import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const mpp = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'packages/cli/bin/mpp.mjs'), ...args], {
    encoding: 'utf8',
  });

it('`mpp graph examples/batang --service pbg` prints the PBG lifecycle with who acts', () => {
  const run = mpp('graph', join(root, 'examples/batang'), '--service', 'pbg');
  expect(run.status).toBe(0);
  expect(run.stdout.startsWith('stateDiagram-v2\n')).toBe(true);
  // The technical team of DPUPR and DLH, all of whom must approve (PP 16/2021 TPA/TPT).
  expect(run.stdout).toContain(
    'technical_review --> levy_assessment : APPROVE [reviewer@dpupr, reviewer@dlh] (all approve)',
  );
  expect(run.stdout).toContain('intake --> intake_returned : RETURN [front-office@dpmptsp]');
  expect(run.stdout).toContain('issuance --> issued : ISSUE [head@dpmptsp]');
});

it('an unknown service is named with a suggestion; a missing --service is a usage error', () => {
  const unknown = mpp('graph', join(root, 'examples/batang'), '--service', 'pbgg');
  expect(unknown.status).toBe(1);
  expect(unknown.stderr).toContain('Did you mean "pbg"?');
  expect(mpp('graph', join(root, 'examples/batang')).status).toBe(2);
});
