import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * Where the published JSON Schema (draft 2020-12) sits once `@mpp-kit/schemas` is installed,
 * relative to the folder that holds `node_modules`.
 *
 * @example
 * ```ts
 * installedSchemaPath; // 'node_modules/@mpp-kit/schemas/schema/mpp-kit.schema.json'
 * ```
 */
export const installedSchemaPath = 'node_modules/@mpp-kit/schemas/schema/mpp-kit.schema.json';

/**
 * The JSON Schema the editor modelines of a new mall point at.
 *
 * @example
 * ```ts
 * const reference: SchemaReference = {
 *   target: '/work/pekalongan/node_modules/@mpp-kit/schemas/schema/mpp-kit.schema.json',
 *   found: true,
 *   refFor: (file) => '../'.repeat(file.split('/').length - 1) + installedSchemaPath,
 * };
 * ```
 */
export interface SchemaReference {
  /** An absolute file path, or a URL as given. */
  readonly target: string;
  /** Whether `target` is a URL or an existing file (when not, the editor finds no schema yet). */
  readonly found: boolean;
  /** What to write after `$schema=` in the file at `file` (a `/`-separated path inside the mall folder). */
  readonly refFor: (file: string) => string;
}

const isUrl = (text: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(text);

/**
 * Decides the schema reference of `mpp init`'s modelines. `schema` (from `--schema`) wins: a URL is
 * written as is, a path is resolved against `cwd`. Otherwise the nearest
 * `node_modules/@mpp-kit/schemas/schema/mpp-kit.schema.json` in `mallDir` or a folder above it is
 * used (where `npm install @mpp-kit/schemas` puts it); when there is none, the one that
 * `npm install --save-dev @mpp-kit/schemas` run inside `mallDir` would create. A local target is
 * written relative to each file, with `/` separators, as `yaml-language-server` expects.
 *
 * @example
 * ```ts
 * const reference = resolveSchemaReference('/work/pekalongan', undefined, '/work');
 * reference.refFor('services/dpmptsp.yaml');
 * // '../node_modules/@mpp-kit/schemas/schema/mpp-kit.schema.json' (none installed above /work/pekalongan)
 * resolveSchemaReference('/work/x', 'https://example.org/mpp-kit.schema.json', '/work').refFor('mall.yaml');
 * // 'https://example.org/mpp-kit.schema.json'
 * ```
 */
export function resolveSchemaReference(
  mallDir: string,
  schema: string | undefined,
  cwd: string,
): SchemaReference {
  if (schema !== undefined && isUrl(schema))
    return { target: schema, found: true, refFor: () => schema };
  let target: string | undefined = schema === undefined ? undefined : resolve(cwd, schema);
  if (target === undefined) {
    for (let dir = resolve(mallDir); ; dir = dirname(dir)) {
      const candidate = join(dir, installedSchemaPath);
      if (existsSync(candidate)) {
        target = candidate;
        break;
      }
      if (dirname(dir) === dir) break;
    }
  }
  const local = target ?? join(resolve(mallDir), installedSchemaPath);
  return {
    target: local,
    found: existsSync(local),
    refFor: (file) =>
      relative(dirname(join(resolve(mallDir), file)), local)
        .split(sep)
        .join('/'),
  };
}
