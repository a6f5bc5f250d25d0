import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { mallIgnoreFile, readMallIgnore } from './_mallIgnore.js';

/**
 * The defaults of the input caps of `ValidateMallOptions` (also the most `mpp validate --cache`
 * reads to make its key).
 *
 * @example
 * ```ts
 * inputLimits.maxFiles; // 5000
 * ```
 */
export const inputLimits = {
  maxIssuesPerFile: 1000,
  maxFiles: 5000,
  maxTotalBytes: 64 * 1024 * 1024,
} as const;

const configExtensions = /\.(?:ya?ml|json)$/i;
/** Tool files that may sit beside a mall's configuration and are never part of it. */
const toolFiles =
  /^(?:package(?:-lock)?\.json|tsconfig(?:\..*)?\.json|pnpm-(?:lock|workspace)\.yaml|typedoc\.json|\.?prettierrc.*|renovate\.json)$/i;

// Listing uses synchronous calls: a mall is a handful of folders, and each read costs less without
// a round trip through the thread pool (about 2.5 ms of CPU less for Batang's in a new process).
function collect(
  root: string,
  dir: string,
  ignored: (relativePath: string, isFolder: boolean) => boolean,
  out: string[],
  sorted: boolean,
): void {
  const entries = readdirSync(dir, { withFileTypes: true });
  if (sorted) entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    if (ignored(relative(root, full), entry.isDirectory())) continue;
    if (entry.isDirectory()) collect(root, full, ignored, out, sorted);
    else if (entry.isFile() && configExtensions.test(entry.name) && !toolFiles.test(entry.name))
      out.push(full);
  }
}

/** The `.mppignore` of a mall folder, as a test; nothing is ignored when there is none. */
function folderIgnore(dir: string): (relativePath: string, isFolder: boolean) => boolean {
  try {
    return readMallIgnore(readFileSync(join(dir, mallIgnoreFile), 'utf8'));
  } catch {
    return () => false;
  }
}

/**
 * Options of {@link listMallFiles}.
 *
 * @example
 * ```ts
 * const options: ListMallFilesOptions = { sorted: false };
 * ```
 */
export interface ListMallFilesOptions {
  /**
   * Default `true`: sorted by name folder by folder (`localeCompare`), the order `loadMall` reads
   * them in. `false`: the same files in the order the file system lists them, for a caller that
   * orders them itself; it spares starting the collator, some 4 ms of a new process (the key of
   * `mpp validate --cache`).
   */
  readonly sorted?: boolean;
}

/**
 * The configuration files of a mall, in the order `loadMall` reads them: the file itself, or every
 * `.yaml`, `.yml` and `.json` file below the folder, sorted by name folder by folder (hidden files
 * and folders, `node_modules`, tool files such as `package.json` and `tsconfig.json`, and what the
 * folder's `.mppignore` lists are skipped). `undefined` when the path is neither a file nor a folder. Loads no schema: it is also
 * the subpath `@mpp-kit/core/files`, which `mpp validate --cache` uses to key its cache.
 *
 * @throws The file system's error (`ENOENT`, `EACCES` ...) when the path cannot be read.
 * @example
 * ```ts
 * import { listMallFiles } from '@mpp-kit/core/files';
 *
 * await listMallFiles('examples/batang'); // ['examples/batang/agencies/dinkes.yaml', ...]
 * await listMallFiles('examples/batang', { sorted: false }); // the same files, unordered
 * ```
 */
export function listMallFiles(
  path: string,
  options: ListMallFilesOptions = {},
): Promise<string[] | undefined> {
  // An error thrown in the executor (the path cannot be read) rejects the promise.
  return new Promise((resolve) => {
    const info = statSync(path);
    if (info.isFile()) resolve([path]);
    else if (!info.isDirectory()) resolve(undefined);
    else {
      const files: string[] = [];
      collect(path, path, folderIgnore(path), files, options.sorted ?? true);
      resolve(files);
    }
  });
}
