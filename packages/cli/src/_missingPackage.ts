import { readCliManifest } from './_version.js';

/**
 * The optional peer dependency of `@mpp-kit/cli` whose absence made an import fail (Node's
 * `ERR_MODULE_NOT_FOUND` from `import`, `MODULE_NOT_FOUND` from `require`), with the major version
 * to install, read from the package's own `peerDependencies` (`^12.0.0` → `12`); `undefined` for any
 * other error.
 */
export function missingOptionalPackage(
  error: unknown,
): { readonly name: string; readonly major: string } | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return undefined;
  const message = error instanceof Error ? error.message : '';
  const name = /Cannot find (?:package|module) '([^']+)'/.exec(message)?.[1];
  if (name === undefined) return undefined;
  const range = readCliManifest().optionalPeers[name];
  if (range === undefined) return undefined;
  const major = /(\d+)/.exec(range)?.[1] ?? range;
  return { name, major };
}
