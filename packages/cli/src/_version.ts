import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The parts of `@mpp-kit/cli`'s package.json the command reads at run time. */
interface CliManifest {
  readonly version: string;
  /** Optional peer dependencies and their ranges (`better-sqlite3`: `^12.0.0`). */
  readonly optionalPeers: Readonly<Record<string, string>>;
}

let cached: CliManifest | undefined;

/** `@mpp-kit/cli`'s package.json, which sits one folder up from both `src/` and `dist/`. */
export function readCliManifest(): CliManifest {
  if (cached !== undefined) return cached;
  // In the CommonJS build `import.meta` is empty; `__filename` is there instead. Read as a file,
  // not required: `require` of the JSON would start CommonJS's resolver (about 1 ms of a
  // `validate --cache` hit, which reads the version for its key).
  const from = typeof import.meta.url === 'string' ? fileURLToPath(import.meta.url) : __filename;
  const pkg = JSON.parse(readFileSync(join(dirname(from), '..', 'package.json'), 'utf8')) as {
    readonly version?: unknown;
    readonly peerDependencies?: Readonly<Record<string, string>>;
    readonly peerDependenciesMeta?: Readonly<Record<string, { readonly optional?: boolean }>>;
  };
  const optionalPeers = Object.fromEntries(
    Object.entries(pkg.peerDependencies ?? {}).filter(
      ([name]) => pkg.peerDependenciesMeta?.[name]?.optional === true,
    ),
  );
  cached = { version: typeof pkg.version === 'string' ? pkg.version : '0.0.0', optionalPeers };
  return cached;
}

/** The version of `@mpp-kit/cli`, read at run time from its package.json. */
export function readCliVersion(): string {
  return readCliManifest().version;
}
