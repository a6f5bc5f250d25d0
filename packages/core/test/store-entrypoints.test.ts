/**
 * The drivers stay out of the main entry: validating a configuration must not load better-sqlite3
 * or pg. Walks the runtime import graph (type-only imports are erased, so they do not count).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../src/', import.meta.url));
const IMPORT =
  /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** Bare specifiers (packages) reachable at run time from `entry` through relative imports. */
function packagesReachedFrom(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = (match[1] ?? match[2]) as string;
      if (!specifier.startsWith('.')) {
        packages.add(specifier);
        continue;
      }
      const target = resolve(dirname(file), specifier.replace(/\.js$/, '.ts'));
      if (existsSync(target)) visit(target);
    }
  };
  visit(resolve(src, entry));
  return packages;
}

describe('store entry points', () => {
  it.each(['index.ts', 'store/index.ts'])('%s loads neither better-sqlite3 nor pg', (entry) => {
    const packages = packagesReachedFrom(entry);
    expect(packages).not.toContain('better-sqlite3');
    expect(packages).not.toContain('pg');
  });

  it('each driver is loaded by its own subpath only (besides the zod-free error base)', () => {
    const drivers = (entry: string) =>
      [...packagesReachedFrom(entry)].filter((p) => !p.startsWith('node:')).sort();
    expect(drivers('store/sqlite/index.ts')).toEqual(['@mpp-kit/schemas/issues', 'better-sqlite3']);
    expect(drivers('store/postgres/index.ts')).toEqual(['@mpp-kit/schemas/issues', 'pg']);
  });
});
