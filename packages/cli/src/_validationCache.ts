import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Issue } from '@mpp-kit/schemas/issues';
import type { LoadMallResult } from './CliIo.js';

/** The part of a load that `mpp validate` reports, which is what the cache keeps. */
export interface CachedLoad {
  readonly ok: boolean;
  readonly issues: readonly Issue[];
  readonly files: readonly string[];
}

interface CacheEntry {
  /** sha256 of the mpp-kit version, the options and every file's name and content. */
  readonly key: string;
  readonly result: CachedLoad;
}

interface CacheFile {
  readonly mppKit: string;
  readonly entries: Record<string, CacheEntry>;
}

/** How many targets (path, locale, day) one cache file remembers; the oldest go first. */
const maxEntries = 32;

/** What a result is keyed by, besides the files: the version and everything the result depends on. */
export interface CacheKeyParts {
  /** The mpp-kit version: a cache written by another version is never used. */
  readonly version: string;
  readonly locale: string;
  /** The day validated as (`--as-of`), or the current hour: the calendar warning depends on the day. */
  readonly asOf: string;
}

// Reading is synchronous: on a hit it is all the command does, and a few small reads in a row cost
// less without a round trip through the thread pool each (issue 15: a hit within 1.5× `node -e 0`).
function readCache(file: string, version: string): CacheFile {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as {
      mppKit?: unknown;
      entries?: unknown;
    };
    if (parsed.mppKit === version && typeof parsed.entries === 'object' && parsed.entries !== null)
      return { mppKit: version, entries: parsed.entries as Record<string, CacheEntry> };
  } catch {
    // No cache yet, or not ours: start a new one.
  }
  return { mppKit: version, entries: {} };
}

/**
 * What the order `loadMall` reads a folder's files in depends on besides their names: it sorts them
 * with `localeCompare`, whose collation follows the locale ICU takes from these variables.
 */
function collationParts(): readonly (string | undefined)[] {
  const { env } = process;
  return [env['LC_ALL'], env['LC_COLLATE'], env['LC_MESSAGES'], env['LANG'], process.versions.icu];
}

/**
 * The key of a target's content: the version, options, and each file's name and sha256. The files
 * are hashed in code-unit order of their paths, which needs no collator (starting one is some 4 ms
 * of a hit); the locale that decides the order `loadMall` reads them in is part of the key, so a
 * hit also has the files in the order a fresh load would list them. `undefined` when the files
 * cannot be listed or read, or are over the input caps (no caching then: the load reports the
 * problem).
 */
async function contentKey(target: string, parts: CacheKeyParts): Promise<string | undefined> {
  const { inputLimits, listMallFiles } = await import('@mpp-kit/core/files');
  try {
    const files = (await listMallFiles(target, { sorted: false }))?.sort();
    if (files === undefined || files.length === 0 || files.length > inputLimits.maxFiles)
      return undefined;
    // Past the size cap the load reports input_too_large from the sizes: nothing is read to key it.
    let bytes = 0;
    for (const file of files) bytes += statSync(file).size;
    if (bytes > inputLimits.maxTotalBytes) return undefined;
    const hash = createHash('sha256');
    hash.update(JSON.stringify([parts, collationParts()]));
    for (const file of files) {
      hash.update(`\0${file}\0`);
      hash.update(createHash('sha256').update(readFileSync(file)).digest('hex'));
    }
    return hash.digest('hex');
  } catch {
    return undefined;
  }
}

/**
 * Runs `load` unless the cache at `cacheFile` holds its result for the same files (by content
 * hash), mpp-kit version, locale and day; then stores the result. Like `eslint --cache`: a file
 * changed, added or removed, another version or another day is a miss. A cache that cannot be
 * read is ignored, one that cannot be written is skipped: the cache never changes the outcome.
 */
export async function loadWithCache(options: {
  readonly cacheFile: string;
  readonly cwd: string;
  readonly path: string;
  readonly parts: CacheKeyParts;
  readonly load: () => Promise<LoadMallResult>;
}): Promise<CachedLoad> {
  const { cacheFile, cwd, path, parts } = options;
  const key = await contentKey(resolve(cwd, path), parts);
  const slot = JSON.stringify([path, parts.locale, parts.asOf]);
  const cache = key === undefined ? undefined : readCache(cacheFile, parts.version);
  const hit = cache?.entries[slot];
  if (hit !== undefined && hit.key === key) return hit.result;

  const fresh = await options.load();
  const result: CachedLoad = { ok: fresh.ok, issues: fresh.issues, files: fresh.files };
  if (cache !== undefined && key !== undefined) {
    const kept = Object.entries(cache.entries)
      .filter(([name]) => name !== slot)
      .slice(-(maxEntries - 1));
    const next: CacheFile = {
      mppKit: parts.version,
      entries: { ...Object.fromEntries(kept), [slot]: { key, result } },
    };
    // Written beside, then renamed: a reader never sees half a cache.
    const temporary = join(dirname(cacheFile), `.mppcache-${String(process.pid)}.tmp`);
    try {
      await writeFile(temporary, JSON.stringify(next));
      await rename(temporary, cacheFile);
    } catch {
      // A read-only folder: validate without caching.
    }
  }
  return result;
}
