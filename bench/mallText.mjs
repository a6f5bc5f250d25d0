// The text of a generated mall, as JSON or YAML, cached in .bench-tmp/ (git-ignored): generating
// and serializing 10,000 services to YAML takes seconds, reading the file back milliseconds. The
// cache key covers the generator's source and the yaml version, so a change to either regenerates.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { generateMall } from './generateMall.mjs';

const here = dirname(fileURLToPath(import.meta.url));
/** The repository root. */
export const repoRoot = join(here, '..');
const cacheDir = join(repoRoot, '.bench-tmp');

/**
 * How a generated mall is written: JSON as `JSON.stringify(document)` (compact — at 10,000
 * services the 2-space form `mpp bundle` prints is over the 16 MiB `maxBytes` default of
 * `readConfigText`), YAML as `yaml`'s `stringify(document)` (block style, its defaults).
 *
 * @param {Record<string, unknown>} document
 * @param {'json' | 'yaml'} format
 */
export function serializeMall(document, format) {
  return format === 'json' ? JSON.stringify(document) : stringify(document);
}

/**
 * The text of `generateMall({ services, seed })` in `format`, from the cache when it is there.
 *
 * @param {{ services: number, seed?: number, format: 'json' | 'yaml' }} options
 * @returns {string}
 */
export function mallText({ services, seed = 1, format }) {
  const require = createRequire(import.meta.url);
  const yamlVersion = /** @type {{ version: string }} */ (require('yaml/package.json')).version;
  const key = createHash('sha256')
    .update(readFileSync(join(here, 'generateMall.mjs')))
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .update(yamlVersion)
    .digest('hex')
    .slice(0, 12);
  const prefix = `mall-${services}-seed${seed}-`;
  const file = join(cacheDir, `${prefix}${key}.${format}`);
  if (existsSync(file)) return readFileSync(file, 'utf8');
  const text = serializeMall(generateMall({ services, seed }), format);
  try {
    mkdirSync(cacheDir, { recursive: true });
    // Texts from an older generator are dead weight (10k services: 10–13 MB each).
    for (const old of readdirSync(cacheDir)) {
      if (old.startsWith(prefix) && old.endsWith(`.${format}`))
        rmSync(join(cacheDir, old), { force: true });
    }
    writeFileSync(`${file}.${process.pid}.tmp`, text);
    // Rename is atomic: a concurrent run never reads half a file.
    renameSync(`${file}.${process.pid}.tmp`, file);
  } catch {
    // A read-only checkout only loses the cache.
  }
  return text;
}
