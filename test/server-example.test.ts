// The JavaScript samples of docs/guide-developers.md marked `// mpp-kit: run`, run as a reader
// would run them: each in a folder of its own with the packages installed (linked from this
// repository). One of them embeds the HTTP API with createMallApp.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('docs/guide-developers.md', () => {
  const guide = readFileSync(join(root, 'docs/guide-developers.md'), 'utf8');
  const samples = [...guide.matchAll(/^```js\n(\/\/ mpp-kit: run\n[\s\S]*?)^```$/gm)].map(
    (m) => m[1] ?? '',
  );

  it('has runnable samples, one of them the HTTP API, and documents the endpoints', () => {
    expect(samples.length).toBeGreaterThanOrEqual(3);
    expect(samples.some((sample) => sample.includes('createMallApp'))).toBe(true);
    for (const route of [
      'POST /api/v1/malls/{mallId}/applications',
      'POST /api/v1/malls/{mallId}/applications/{id}/actions',
      'GET /api/v1/malls/{mallId}/inbox',
    ])
      expect(guide).toContain(route);
  });

  it.each(samples.map((sample, i) => [i + 1, sample] as const))('sample %i runs', (_, sample) => {
    const dir = mkdtempSync(join(tmpdir(), 'mpp-guide-developers-'));
    try {
      symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
      symlinkSync(join(root, 'examples'), join(dir, 'examples'), 'dir');
      writeFileSync(join(dir, 'sample.mjs'), sample);
      const run = spawnSync(process.execPath, ['sample.mjs'], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
