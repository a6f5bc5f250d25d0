/**
 * `@mpp-kit/schemas` root is the configuration language only: importing it loads neither ajv nor
 * the published JSON Schema document, which live in `@mpp-kit/schemas/json-schema`. Checked on
 * the built package, in a fresh Node process, for ES modules (a loader hook records every module
 * Node loads) and CommonJS (`require.cache`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'mpp-schemas-entries-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** The document's own id, which only the inlined JSON Schema document spells out whole. */
const schemaDocumentId = '"https://mpp-kit.dev/schema/v1/mpp-kit.schema.json"';
const isAjv = (file: string): boolean => /[\\/]node_modules[\\/](?:\.pnpm[\\/])?ajv/.test(file);

interface Loaded {
  /** Files Node loaded (paths), in order. */
  readonly files: readonly string[];
  /** Whether one of the loaded files of @mpp-kit/schemas carries the JSON Schema document. */
  readonly document: boolean;
}

function inspect(files: readonly string[]): Loaded {
  const own = files.filter((file) => file.includes(join('packages', 'schemas', 'dist')));
  expect(own.length, 'the built package was loaded').toBeGreaterThan(0);
  return {
    files,
    document: own.some((file) => readFileSync(file, 'utf8').includes(schemaDocumentId)),
  };
}

function run(args: readonly string[], env: Record<string, string> = {}): string {
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

/** Imports `specifier` as an ES module; every module Node loads is written to a file. */
function loadedByImport(specifier: string): Loaded {
  const log = join(work, `${specifier.replace(/\W/g, '_')}.log`);
  writeFileSync(log, '');
  const hooks = join(work, 'hooks.mjs');
  writeFileSync(
    hooks,
    `import { appendFileSync } from 'node:fs';
     export async function load(url, context, next) {
       appendFileSync(process.env.MPP_LOADED_LOG, url + '\\n');
       return next(url, context);
     }`,
  );
  const register = join(work, 'register.mjs');
  writeFileSync(
    register,
    `import { register } from 'node:module';
     import { pathToFileURL } from 'node:url';
     register(pathToFileURL(${JSON.stringify(hooks)}));`,
  );
  run(['--import', register, '--input-type=module', '-e', `await import('${specifier}');`], {
    MPP_LOADED_LOG: log,
  });
  const urls = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  return inspect(urls.filter((url) => url.startsWith('file:')).map((url) => fileURLToPath(url)));
}

/** Requires `specifier` as CommonJS; the files are those in `require.cache` afterwards. */
function loadedByRequire(specifier: string): Loaded {
  const out = run([
    '-e',
    `require('${specifier}'); console.log(JSON.stringify(Object.keys(require.cache)));`,
  ]);
  return inspect(JSON.parse(out) as string[]);
}

describe.each([
  ['ES modules', loadedByImport],
  ['CommonJS', loadedByRequire],
] as const)('%s', (_kind, load) => {
  it('@mpp-kit/schemas loads neither ajv nor the JSON Schema document', () => {
    const loaded = load('@mpp-kit/schemas');
    expect(loaded.files.filter(isAjv)).toEqual([]);
    expect(loaded.document).toBe(false);
  });

  it('@mpp-kit/schemas/json-schema loads both (so the check above can fail)', () => {
    const loaded = load('@mpp-kit/schemas/json-schema');
    expect(loaded.files.filter(isAjv).length).toBeGreaterThan(0);
    expect(loaded.document).toBe(true);
  });
});
