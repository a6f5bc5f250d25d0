import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IssueCode } from '@mpp-kit/schemas';

/**
 * Where the issue-code reference sits inside the installed `@mpp-kit/cli` package (a copy of the
 * repository's `docs/issue-codes.md`, made when the package is built).
 *
 * @example
 * ```ts
 * join(packageFolder, issueDocsFile); // '…/node_modules/@mpp-kit/cli/docs/issue-codes.md'
 * ```
 */
export const issueDocsFile = 'docs/issue-codes.md';

/**
 * The issue-code reference of a project's own `@mpp-kit/cli`, seen from the project folder: the
 * default link of {@link formatPretty}. The `mpp` command prints the one it finds
 * ({@link locateIssueDocs}).
 *
 * @example
 * ```ts
 * issueDocsLink('duplicate_id', issueDocsPath); // 'node_modules/@mpp-kit/cli/docs/issue-codes.md#duplicate_id'
 * ```
 */
export const issueDocsPath = `node_modules/@mpp-kit/cli/${issueDocsFile}`;

/** This package's folder: one up from both `src/` and `dist/`. */
function packageFolder(): string {
  // In the CommonJS build `import.meta` is empty; `__filename` is there instead.
  const from = typeof import.meta.url === 'string' ? fileURLToPath(import.meta.url) : __filename;
  return resolve(dirname(from), '..');
}

const sameFolder = (a: string, b: string): boolean => {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
};

/**
 * The issue-code reference shipped in this package, as the `mpp` command links it for a user in
 * `cwd`: relative to `cwd` when this package is the `node_modules/@mpp-kit/cli` of `cwd` or of a
 * folder above it (a project's own install: `node_modules/@mpp-kit/cli/docs/issue-codes.md`), else
 * its absolute path (a global install). Either way a file that exists, not a web page that may not.
 *
 * @example
 * ```ts
 * locateIssueDocs('/work/pekalongan'); // 'node_modules/@mpp-kit/cli/docs/issue-codes.md'
 * locateIssueDocs('/tmp'); // '/usr/lib/node_modules/@mpp-kit/cli/docs/issue-codes.md' (global mpp)
 * ```
 */
export function locateIssueDocs(cwd: string): string {
  const own = packageFolder();
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const installed = join(dir, 'node_modules', '@mpp-kit', 'cli');
    if (existsSync(installed) && sameFolder(installed, own)) {
      return relative(cwd, join(installed, issueDocsFile)).split(sep).join('/');
    }
    if (dirname(dir) === dir) break;
  }
  return join(own, issueDocsFile);
}

/**
 * The link to an issue code's entry in the issue-code reference: `<base>#<code>`, by default under
 * {@link issueDocsPath}.
 *
 * @example
 * ```ts
 * issueDocsLink('duplicate_id'); // 'node_modules/@mpp-kit/cli/docs/issue-codes.md#duplicate_id'
 * issueDocsLink('duplicate_id', 'https://example.go.id/mpp/issue-codes'); // 'https://example.go.id/mpp/issue-codes#duplicate_id'
 * ```
 */
export function issueDocsLink(
  code: IssueCode | (string & {}),
  base: string = issueDocsPath,
): string {
  return `${base}#${code}`;
}
