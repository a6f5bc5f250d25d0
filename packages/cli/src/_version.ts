import { createRequire } from 'node:module';

let cached: string | undefined;

/**
 * The version of `@mpp-kit/cli`, read at run time from its package.json, which sits one folder up
 * from both `src/` and `dist/`.
 */
export function readCliVersion(): string {
  if (cached !== undefined) return cached;
  // In the CommonJS build `import.meta` is empty; `__filename` is there instead.
  const from: string = typeof import.meta.url === 'string' ? import.meta.url : __filename;
  const pkg = createRequire(from)('../package.json') as { readonly version?: unknown };
  cached = typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  return cached;
}
