import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  appendFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMall } from '@mpp-kit/core';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type LoadMallOptions } from '../src/index.js';

const root = mkdtempSync(join(tmpdir(), 'mpp-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const batang = join(import.meta.dirname, '..', '..', '..', 'examples', 'batang');

/** `mpp validate <mall> --cache --format json` in `root`, counting the real loads. */
/** A copy of the Batang example (its configuration files, not its node_modules). */
function copyBatang(to: string): void {
  cpSync(batang, to, { recursive: true, filter: (from) => !from.includes('node_modules') });
}

async function validate(mall: string, extra: readonly string[] = []) {
  let loads = 0;
  const out: string[] = [];
  const code = await main(
    ['validate', mall, '--cache', '--format', 'json', '--as-of', '2026-12-04', ...extra],
    {
      stdout: (text) => out.push(text),
      stderr: () => undefined,
      env: {},
      isTTY: false,
      isStderrTTY: false,
      cwd: root,
      loadMall: (path: string, options?: LoadMallOptions) => {
        loads += 1;
        return loadMall(join(root, path), options);
      },
    },
  );
  return { code, loads, stdout: out.join('') };
}

describe('mpp validate --cache', () => {
  it('reuses a result only while the files, the options and the mpp-kit version are the same', async () => {
    copyBatang(join(root, 'mall'));
    const first = await validate('mall');
    expect(first.loads).toBe(1);
    const cacheFile = join(root, '.mppcache');
    expect(JSON.parse(readFileSync(cacheFile, 'utf8'))).toHaveProperty('mppKit');

    const hit = await validate('mall');
    expect(hit).toEqual({ ...first, loads: 0 });

    // Another locale or day is another result.
    expect((await validate('mall', ['--lang', 'id'])).loads).toBe(1);

    // A file changed: validated again, and the error it brings is reported.
    const mallYaml = join(root, 'mall', 'mall.yaml');
    const original = readFileSync(mallYaml, 'utf8');
    appendFileSync(mallYaml, '\nunknownTopLevelKey: 1\n');
    const changed = await validate('mall');
    expect(changed.loads).toBe(1);
    expect(changed.code).toBe(1);
    expect(changed.stdout).not.toBe(first.stdout);
    writeFileSync(mallYaml, original);
    const restored = await validate('mall');
    expect(restored.loads).toBe(1);
    expect(restored.stdout).toBe(first.stdout);
    expect((await validate('mall')).loads).toBe(0);

    // A file added below the folder is a miss too.
    writeFileSync(join(root, 'mall', 'extra.yaml'), 'apiVersion: mpp-kit/v1\n');
    expect((await validate('mall')).loads).toBe(1);
    rmSync(join(root, 'mall', 'extra.yaml'));
    expect((await validate('mall')).loads).toBe(1);

    // A cache written by another mpp-kit version is not used.
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as { mppKit: string };
    writeFileSync(cacheFile, JSON.stringify({ ...cache, mppKit: '0.0.0-other' }));
    expect((await validate('mall')).loads).toBe(1);
    expect((await validate('mall')).loads).toBe(0);

    // A corrupt cache is ignored and replaced.
    writeFileSync(cacheFile, '{ not json');
    const afterCorrupt = await validate('mall');
    expect(afterCorrupt).toEqual({ ...first, loads: 1 });
  });

  it('keys on the locale that orders the files loadMall reads, and hits in any listing order', async () => {
    copyBatang(join(root, 'collation'));
    const location = join(root, 'collation.json');
    const first = await validate('collation', ['--cache-location', location]);
    expect(first.loads).toBe(1);
    expect((await validate('collation', ['--cache-location', location])).loads).toBe(0);
    // The files are keyed in one fixed order, so the same files hit however they are listed; but
    // localeCompare, which orders what loadMall reads, follows the locale of the environment.
    const saved = process.env['LC_ALL'];
    process.env['LC_ALL'] = 'et_EE.UTF-8';
    try {
      expect((await validate('collation', ['--cache-location', location])).loads).toBe(1);
      expect((await validate('collation', ['--cache-location', location])).loads).toBe(0);
    } finally {
      if (saved === undefined) delete process.env['LC_ALL'];
      else process.env['LC_ALL'] = saved;
    }
    // One entry per target: back in the first locale is a miss again, with the same report.
    const again = await validate('collation', ['--cache-location', location]);
    expect(again).toEqual({ ...first, loads: 1 });
  });

  it('keeps its results where --cache-location says', async () => {
    copyBatang(join(root, 'other'));
    const location = join(root, 'cache', 'results.json');
    mkdirSync(join(root, 'cache'));
    expect((await validate('other', ['--cache-location', location])).loads).toBe(1);
    expect((await validate('other', ['--cache-location', location])).loads).toBe(0);
    expect(Object.keys(JSON.parse(readFileSync(location, 'utf8')) as object)).toContain('entries');
  });
});
