import { constants } from 'node:fs';
import { lstat, mkdir, readFile, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { MallConfig } from '@mpp-kit/schemas';
import { CatalogueSiteError, catalogueSiteManifestName } from './CatalogueSiteError.js';
import { planCatalogueSite, type CatalogueSiteOptions } from './renderCatalogueSite.js';

/**
 * Options of {@link writeCatalogueSite}.
 *
 * @example
 * ```ts
 * const options: WriteCatalogueSiteOptions = { outDir: 'public/katalog', locale: 'id', force: false };
 * ```
 */
export interface WriteCatalogueSiteOptions extends CatalogueSiteOptions {
  /** The folder to write into; created when missing. */
  readonly outDir: string;
  /**
   * Overwrite files at the site's paths that no earlier run wrote (for example an `index.html`
   * of another site). Files elsewhere in the folder are never touched, with or without it.
   */
  readonly force?: boolean;
}

/**
 * What {@link writeCatalogueSite} did.
 *
 * @example
 * ```ts
 * const result: CatalogueSiteResult = {
 *   outDir: '/tmp/site',
 *   index: '/tmp/site/index.html',
 *   files: ['index.html', 'services/pbg.html'],
 *   removed: ['services/old-service.html'],
 * };
 * ```
 */
export interface CatalogueSiteResult {
  /** The output folder, absolute. */
  readonly outDir: string;
  /** The home page, absolute: open it in a browser. */
  readonly index: string;
  /** Every file written, relative to `outDir` with `/` separators (the manifest not included). */
  readonly files: readonly string[];
  /** Stale files of an earlier run that were removed. */
  readonly removed: readonly string[];
}

interface Manifest {
  readonly generator: 'mpp-kit';
  readonly kind: 'catalogue-site';
  readonly mall: string;
  readonly files: readonly string[];
}

/** A manifest path we may touch: relative, inside the folder, and not the manifest itself. */
function isOwnPath(path: unknown): path is string {
  return (
    typeof path === 'string' &&
    path !== '' &&
    path !== catalogueSiteManifestName &&
    !path.startsWith('/') &&
    !path.includes('\\') &&
    !path.includes('\0') &&
    !/^[a-zA-Z]:/.test(path) &&
    path.split('/').every((part) => part !== '' && part !== '.' && part !== '..')
  );
}

async function readManifest(outDir: string): Promise<readonly string[] | undefined> {
  let text: string;
  try {
    text = await readFile(join(outDir, catalogueSiteManifestName), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed = JSON.parse(text) as Partial<Manifest> | null;
    if (parsed === null || typeof parsed !== 'object' || !Array.isArray(parsed.files))
      return undefined;
    return parsed.files.filter(isOwnPath);
  } catch {
    return undefined;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The first symbolic link on the way to `path` inside `outDir` (the path itself or one of the folders
 * it lies in), relative with `/` separators; undefined when there is none. It stops at the first
 * part that does not exist, since nothing below it can be a link.
 */
async function linkOnTheWay(outDir: string, path: string): Promise<string | undefined> {
  const parts = path.split('/');
  for (let end = 1; end <= parts.length; end++) {
    const relative = parts.slice(0, end);
    try {
      const info = await lstat(join(outDir, ...relative));
      if (info.isSymbolicLink()) return relative.join('/');
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Opens for writing without following a link at the last part, closing the gap between the check
 * and the write there (O_NOFOLLOW is undefined on Windows, where `|` treats it as 0).
 */
const writeFlags =
  constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW;

/**
 * Writes the static catalogue site of a mall (see {@link renderCatalogueSite}) into `outDir` and
 * records what it wrote in `.mpp-site-manifest.json`. Safe in a folder that holds other things: it
 * never deletes a file it did not create. On a rewrite it removes only the stale files the previous
 * manifest lists (a service that no longer exists), and it refuses, before writing anything, when a
 * file it would write (such as `index.html`) exists but is not in a manifest, unless `force`.
 * It never writes, overwrites or deletes through a symbolic link inside `outDir` (`outDir` itself
 * may be one): it refuses, before writing anything, when a path it would touch or a folder on the
 * way to it is a link, with or without `force`.
 *
 * @throws {@link CatalogueSiteError} `foreign_files` when files of someone else are in the way
 *   (without `force`); `not_a_directory` when `outDir` is a file; `symbolic_link` when a link is in
 *   the way. I/O errors are passed on.
 * @example
 * ```ts
 * import { loadMall, writeCatalogueSite } from '@mpp-kit/core';
 *
 * const result = await loadMall('examples/batang');
 * if (result.ok) {
 *   const site = await writeCatalogueSite(result.mall, { outDir: 'public/katalog' });
 *   console.log(`open file://${site.index}`);
 * }
 * ```
 */
export async function writeCatalogueSite(
  mall: MallConfig,
  options: WriteCatalogueSiteOptions,
): Promise<CatalogueSiteResult> {
  const outDir = resolve(options.outDir);
  // Paths first (cheap), pages later: each page is rendered, written and let go in turn, so a
  // 10,000-service site never sits in memory as a whole.
  const files = planCatalogueSite(mall, options);
  try {
    const info = await stat(outDir);
    if (!info.isDirectory()) throw new CatalogueSiteError('not_a_directory', { outDir });
  } catch (error) {
    if (error instanceof CatalogueSiteError) throw error;
  }
  // The manifest is checked before it is read, then every path written or deleted.
  const links = new Set<string>();
  const manifestLink = await linkOnTheWay(outDir, catalogueSiteManifestName);
  const previous = manifestLink === undefined ? await readManifest(outDir) : undefined;
  for (const path of [...files.map((file) => file.path), ...(previous ?? [])]) {
    const link = await linkOnTheWay(outDir, path);
    if (link !== undefined) links.add(link);
  }
  if (manifestLink !== undefined) links.add(manifestLink);
  if (links.size > 0)
    throw new CatalogueSiteError('symbolic_link', { outDir, files: [...links].sort() });
  const ours = new Set(previous ?? []);
  if (!options.force) {
    const foreign: string[] = [];
    for (const file of files) {
      if (!ours.has(file.path) && (await exists(join(outDir, ...file.path.split('/')))))
        foreign.push(file.path);
    }
    if (foreign.length > 0)
      throw new CatalogueSiteError('foreign_files', { outDir, files: foreign });
  }

  await mkdir(outDir, { recursive: true });
  const made = new Set<string>();
  for (const file of files) {
    const target = join(outDir, ...file.path.split('/'));
    const folder = dirname(target);
    if (!made.has(folder)) {
      await mkdir(folder, { recursive: true });
      made.add(folder);
    }
    await writeFile(target, file.render(), { encoding: 'utf8', flag: writeFlags });
  }
  const written = new Set(files.map((file) => file.path));
  const removed: string[] = [];
  for (const path of previous ?? []) {
    if (written.has(path)) continue;
    const target = join(outDir, ...path.split('/'));
    if (!target.startsWith(outDir + sep)) continue;
    try {
      const info = await lstat(target);
      if (!info.isFile()) continue;
      await unlink(target);
      removed.push(path);
    } catch {
      continue;
    }
    // Remove folders the site made that are now empty (never `outDir` itself).
    for (let dir = dirname(target); dir.startsWith(outDir + sep); dir = dirname(dir)) {
      try {
        await rmdir(dir);
      } catch {
        break;
      }
    }
  }
  const manifest: Manifest = {
    generator: 'mpp-kit',
    kind: 'catalogue-site',
    mall: mall.mall.id,
    files: [...written],
  };
  await writeFile(
    join(outDir, catalogueSiteManifestName),
    `${JSON.stringify(manifest, null, 2)}\n`,
    { encoding: 'utf8', flag: writeFlags },
  );
  return { outDir, index: join(outDir, 'index.html'), files: [...written], removed };
}
