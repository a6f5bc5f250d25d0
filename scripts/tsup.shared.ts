// What every package's tsup build has in common, so that a package's tsup.config.ts only names
// its entry points (and what is special about it).
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import type { Options } from 'tsup';

/** The repository's docs/, seen from a package folder (tsup runs in packages/<name>). */
const repositoryDocs = (packageDir: string): string => join(packageDir, '..', '..', 'docs');

/** Every file below `dir` whose name ends with `suffix`. */
function filesEndingWith(dir: string, suffix: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return filesEndingWith(full, suffix);
    return entry.name.endsWith(suffix) ? [full] : [];
  });
}

/**
 * tsup's CommonJS code splitting names the output file itself, by its absolute path, among the
 * sources of its map (for the helpers it adds): written relative, as every other source.
 */
function relativeMapSources(distDir: string): void {
  for (const file of filesEndingWith(distDir, '.map')) {
    const map = JSON.parse(readFileSync(file, 'utf8')) as { sources?: string[] };
    if (!map.sources?.some((source) => isAbsolute(source))) continue;
    map.sources = map.sources.map((source) =>
      isAbsolute(source) ? relative(dirname(file), source).split(sep).join('/') : source,
    );
    writeFileSync(file, JSON.stringify(map));
  }
}

/**
 * The repository documents a package's README links to as `docs/<name>.md` are copied into the
 * package's own `docs/` (git-ignored, published), so the links work on a registry page and in
 * node_modules, where `../../docs/` does not exist.
 */
function copyLinkedDocs(packageDir: string): void {
  const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
  const names = new Set(
    [...readme.matchAll(/\]\(docs\/([\w.-]+\.md)(?:#[^)]*)?\)/g)].map((m) => m[1]),
  );
  if (names.size === 0) return;
  mkdirSync(join(packageDir, 'docs'), { recursive: true });
  for (const name of names) {
    if (name !== undefined)
      copyFileSync(join(repositoryDocs(packageDir), name), join(packageDir, 'docs', name));
  }
}

export const sharedBuild = {
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  // The maps point at src/, which every package publishes beside dist/: a second copy of the
  // sources inside each map (`sourcesContent`) would only double the download.
  esbuildOptions(options) {
    options.sourcesContent = false;
  },
  onSuccess() {
    relativeMapSources(join(process.cwd(), 'dist'));
    copyLinkedDocs(process.cwd());
    return Promise.resolve();
  },
} satisfies Options;
