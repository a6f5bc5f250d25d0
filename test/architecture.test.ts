// ARCHITECTURE.md stays true to the code: the layers it names are those the lint rule enforces,
// and every path it names exists.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packageLayers } from '../eslint.layers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const text = readFileSync(join(root, 'ARCHITECTURE.md'), 'utf8');

describe('ARCHITECTURE.md', () => {
  it('names the layers of the lint rule, in their order', () => {
    expect(text).toContain(packageLayers.map((name) => `@mpp-kit/${name}`).join(' → '));
    for (const name of packageLayers)
      expect(existsSync(join(root, 'packages', name, 'package.json'))).toBe(true);
  });

  it('names only files and folders that exist', () => {
    const paths = [...text.matchAll(/`((?:packages|test|examples)\/[^`\s]+)`/g)].map((m) => m[1]);
    const links = [...text.matchAll(/\]\(([^)#\s]+)\)/g)].map((m) => m[1]);
    expect(paths.length).toBeGreaterThan(20);
    const missing = [...paths, ...links].filter(
      (path) => path !== undefined && !existsSync(join(root, path)),
    );
    expect(missing).toEqual([]);
  });

  it('is linked from the README and docs/README.md', () => {
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain('](ARCHITECTURE.md)');
    expect(readFileSync(join(root, 'docs', 'README.md'), 'utf8')).toContain(
      '](../ARCHITECTURE.md)',
    );
  });
});
