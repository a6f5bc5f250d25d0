// The packages as a developer outside this repository gets them: every package under packages/
// packed with `pnpm pack`, installed with npm (not pnpm) into a new project in a temporary folder —
// a copy of examples/batang, so the copied example is checked too — next to better-sqlite3, pg and
// their types. In that project:
//   - a strict NodeNext TypeScript program (ES module) and a CommonJS TypeScript file are
//     type-checked without skipLibCheck, then run: load and validate the mall, the runtime on
//     SQLite and on PostgreSQL (MPP_TEST_PG_URL, schemas of their own, dropped after), timeline,
//     audit chain verification;
//   - the example's editor modelines find the JSON Schema of the installed @mpp-kit/schemas;
//   - the CLI, installed globally with `npm i -g --prefix <temporary folder>` (CI's own global npm
//     is left alone) and without better-sqlite3, validates the mall, links its docs to a file that
//     exists, and asks for better-sqlite3 where it needs it; the project's own mpp simulates.
//
// better-sqlite3 is a native module that compiles from source here (~100 s of CPU: no prebuilt
// binary can be downloaded). The workspace compiled it once already, during `pnpm install`; npm is
// handed that binary through prebuild-install's `local-prebuilds` (better-sqlite3's own install
// script), for the same version on the same Node, and compiles nothing. npm's cache (~/.npm) makes
// a second run faster still; `--prefer-offline` uses it first. Installing and checking takes about a
// minute on a cold cache.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'mpp-embedding-'));
const app = join(work, 'app');
const globalPrefix = join(work, 'global');
const tarballs = join(work, 'tarballs');
const prebuilds = join(work, 'prebuilds');
const pgUrl = process.env.MPP_TEST_PG_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const pgSchema = `mpp_embed_${String(process.pid)}_${Date.now().toString(36)}`;

/** npm as a developer runs it: none of pnpm's `npm_config_*` settings of the test run leak in. */
const npmEnv: NodeJS.ProcessEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm|pnpm)_/i.test(key))),
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
  // swagger-ui-dist (of @mpp-kit/server) pulls in @scarf/scarf, which reports installs unless told not to.
  SCARF_ANALYTICS: 'false',
};

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(command: string, args: readonly string[], cwd: string, extraEnv = {}): Run {
  const result = spawnSync(command, args, {
    cwd,
    env: { ...npmEnv, ...extraEnv },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 300_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function mustRun(command: string, args: readonly string[], cwd: string, extraEnv = {}): Run {
  const result = run(command, args, cwd, extraEnv);
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} exited ${String(result.status)}:\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result;
}

const manifest = (file: string) =>
  JSON.parse(readFileSync(file, 'utf8')) as {
    name: string;
    version: string;
    private?: boolean;
    devDependencies?: Record<string, string>;
  };

/** The versions the workspace itself uses, so the project gets the same ones. */
const coreDev = manifest(join(root, 'packages/core/package.json')).devDependencies ?? {};
const rootDev = manifest(join(root, 'package.json')).devDependencies ?? {};
const workspaceRequire = createRequire(join(root, 'packages/core/package.json'));
const sqliteDir = dirname(workspaceRequire.resolve('better-sqlite3/package.json'));
const sqliteVersion = manifest(join(sqliteDir, 'package.json')).version;
const tsc = join(root, 'node_modules/typescript/bin/tsc');

const files: Readonly<Record<string, string>> = {
  'tsconfig.json': JSON.stringify(
    {
      compilerOptions: {
        strict: true,
        noUncheckedIndexedAccess: true,
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        target: 'ES2022',
        types: ['node'],
        skipLibCheck: false,
        rootDir: 'src',
        outDir: 'dist',
      },
      include: ['src'],
    },
    null,
    2,
  ),
  'tsconfig.exact.json': JSON.stringify({
    extends: './tsconfig.json',
    compilerOptions: { exactOptionalPropertyTypes: true, noEmit: true },
  }),
  // The ES module program: every name a developer would write is imported, so the type-check sees
  // each of them.
  'src/embed.mts': `import assert from 'node:assert/strict';
import pg from 'pg';
import {
  compileServiceLifecycle,
  createMallRuntime,
  InvalidActionError,
  loadMall,
  RuntimeOptionsError,
  type AllowedAction,
  type Application,
  type ApplicationSummary,
  type Issue,
  type MallConfig,
  type MallStore,
  type TimelineEntry,
  type WorkflowMachine,
} from '@mpp-kit/core';
import { createSqliteStore, type SqliteStoreOptions } from '@mpp-kit/core/store/sqlite';
import { createPostgresStore, type PostgresStoreOptions } from '@mpp-kit/core/store/postgres';
import { parseNik } from '@mpp-kit/schemas';
import { validateWithJsonSchema } from '@mpp-kit/schemas/json-schema';
import { toMermaid } from '@mpp-kit/workflows';

const loaded = await loadMall('.');
if (!loaded.ok) throw new Error(loaded.issues.map((issue: Issue) => issue.message).join('\\n'));
const mall: MallConfig = loaded.mall;
assert.equal(mall.mall.region, '33.25');
assert.deepEqual(validateWithJsonSchema(loaded.document), { ok: true });
const nik = parseNik('3325080808670008');
assert.ok(nik.ok);

async function exercise(store: MallStore, label: string): Promise<void> {
  const runtime = createMallRuntime(mall, { store, clock: () => '2025-05-05T02:00:00Z' });
  const app: Application = await runtime.submit({
    serviceId: 'skck',
    applicant: { id: 'akun-1', nik: '3325080808670008', name: 'Siti Aminah' },
    facts: { feeRow: 'wni' },
  });
  const actions: AllowedAction[] = await runtime.allowedActions(app.id);
  assert.ok(actions.some((action) => action.type === 'ACCEPT'));
  const officer = { id: 'nip-1', role: 'front-office', agency: 'polres-batang' };
  const next: ApplicationSummary = await runtime.act(app.id, {
    type: 'ACCEPT',
    actor: officer,
    expectedVersion: app.version,
  });
  await assert.rejects(
    runtime.act(app.id, { type: 'ACCEPT', actor: officer, expectedVersion: next.version }),
    (error: unknown) => error instanceof InvalidActionError && error.state === next.state,
  );
  const timeline: TimelineEntry[] = await runtime.timeline(app.id);
  assert.deepEqual(timeline.map((entry) => entry.type), ['SUBMIT', 'ACCEPT']);
  assert.deepEqual(await runtime.verify(app.id), { ok: true });
  await store.close();
  console.log(label + ' ok');
}

const sqliteOptions: SqliteStoreOptions = { file: 'embed.sqlite', synchronous: 'normal' };
await exercise(createSqliteStore(sqliteOptions), 'sqlite');

// A Promise is not a store: the mistake fails at once, not inside the first request.
const pending: Promise<MallStore> = Promise.resolve(createSqliteStore({ file: ':memory:' }));
assert.throws(
  () => createMallRuntime(mall, { store: pending as unknown as MallStore }),
  (error: unknown) => error instanceof RuntimeOptionsError && error.option === 'store',
);

const schema = process.env['EMBED_PG_SCHEMA'] ?? 'mpp_embed';
const pool = new pg.Pool({ connectionString: process.env['MPP_TEST_PG_URL'], max: 4 });
try {
  const options: PostgresStoreOptions = { pool, schema };
  await exercise(await createPostgresStore(options), 'postgres');
} finally {
  await pool.query('DROP SCHEMA IF EXISTS ' + pg.escapeIdentifier(schema) + ' CASCADE');
  await pool.end();
}

const machine: WorkflowMachine = compileServiceLifecycle(mall, 'pbg');
assert.match(toMermaid(machine), /^stateDiagram-v2/);
console.log('workflows ok');
`,
  // The CommonJS file: resolved through the packages' "require" conditions and .d.cts types.
  'src/embed-cjs.cts': `import assert = require('node:assert/strict');
import path = require('node:path');
import core = require('@mpp-kit/core');
import sqlite = require('@mpp-kit/core/store/sqlite');
import postgres = require('@mpp-kit/core/store/postgres');
import jsonSchema = require('@mpp-kit/schemas/json-schema');
import pg = require('pg');

async function main(): Promise<void> {
  const loaded = await core.loadMall('.');
  if (!loaded.ok) throw new Error('the mall does not load');
  const schemaFile = require.resolve('@mpp-kit/schemas/schema/mpp-kit.schema.json');
  assert.equal(path.basename(schemaFile), 'mpp-kit.schema.json');
  const schema = require('@mpp-kit/schemas/schema/mpp-kit.draft-07.schema.json') as { $schema: string };
  assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  assert.equal(jsonSchema.validateWithJsonSchema(loaded.document).ok, true);

  for (const [label, store] of [
    ['sqlite', sqlite.createSqliteStore({ file: ':memory:' })],
    [
      'postgres',
      await postgres.createPostgresStore({
        connectionString: process.env['MPP_TEST_PG_URL'] ?? '',
        schema: (process.env['EMBED_PG_SCHEMA'] ?? 'mpp_embed') + '_cjs',
      }),
    ],
  ] as const) {
    const runtime = core.createMallRuntime(loaded.mall, { store, clock: () => new Date('2025-05-05T02:00:00Z') });
    const app = await runtime.submit({ serviceId: 'skck', applicant: { id: 'akun-2' }, facts: { feeRow: 'wni' } });
    const summary = await runtime.act(app.id, {
      type: 'ACCEPT',
      actor: { id: 'nip-2', role: 'front-office', agency: 'polres-batang' },
      expectedVersion: app.version,
    });
    assert.equal(summary.version, 2);
    assert.deepEqual(await runtime.verify(app.id), { ok: true });
    assert.equal((await runtime.timeline(app.id)).length, 2);
    await store.close();
    console.log(label + ' ok');
  }
  const pool = new pg.Pool({ connectionString: process.env['MPP_TEST_PG_URL'] });
  await pool.query('DROP SCHEMA IF EXISTS ' + pg.escapeIdentifier((process.env['EMBED_PG_SCHEMA'] ?? 'mpp_embed') + '_cjs') + ' CASCADE');
  await pool.end();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
`,
  // Leaves nothing behind in the shared database, whatever happened above.
  'drop-schemas.mjs': `import pg from 'pg';
const pool = new pg.Pool({ connectionString: process.env.MPP_TEST_PG_URL });
for (const schema of [process.env.EMBED_PG_SCHEMA, process.env.EMBED_PG_SCHEMA + '_cjs'])
  await pool.query('DROP SCHEMA IF EXISTS ' + pg.escapeIdentifier(schema) + ' CASCADE');
await pool.end();
`,
};

/** A mall with a mistake, outside the project (loadMall('.') reads every YAML file of the project). */
const brokenMall = `apiVersion: mpp-kit/v1
mall:
  id: mpp-contoh
  name: { id: MPP Contoh, en: Example MPP }
  region: '33.25'
  timeZone: Asia/Jakarta
  coordinator: dpmptps
agencies:
  - id: dpmptsp
    name: { id: DPMPTSP, en: One-stop investment and licensing office }
    kind: regional
`;

const pgEnv = { MPP_TEST_PG_URL: pgUrl, EMBED_PG_SCHEMA: pgSchema };
const globalMpp = join(globalPrefix, 'bin', 'mpp');

beforeAll(() => {
  // 1. The tarballs npm would download, as `pnpm pack` writes them (workspace ranges resolved).
  mkdirSync(tarballs);
  for (const entry of readdirSync(join(root, 'packages'), { withFileTypes: true })) {
    const dir = join(root, 'packages', entry.name);
    if (!entry.isDirectory() || !existsSync(join(dir, 'package.json'))) continue;
    if (manifest(join(dir, 'package.json')).private === true) continue;
    mustRun('pnpm', ['pack', '--pack-destination', tarballs], dir);
  }
  const packed = readdirSync(tarballs).map((file) => join(tarballs, file));

  // 2. The project: a copy of the example, without the workspace's node_modules links.
  cpSync(join(root, 'examples/batang'), app, {
    recursive: true,
    filter: (source) => !relative(root, source).split(sep).includes('node_modules'),
  });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(app, file)), { recursive: true });
    writeFileSync(join(app, file), text);
  }
  // npm 11 asks which install scripts may run: better-sqlite3's installs its binary; @scarf/scarf's
  // (from swagger-ui-dist) only reports the install.
  const projectManifest = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8')) as object;
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify(
      { ...projectManifest, allowScripts: { 'better-sqlite3': true, '@scarf/scarf': false } },
      null,
      2,
    ),
  );
  mkdirSync(join(work, 'broken'));
  writeFileSync(join(work, 'broken', 'mall.yaml'), brokenMall);

  // 3. The workspace's better-sqlite3 binary as the prebuilt one prebuild-install looks for.
  const binary = join(sqliteDir, 'build', 'Release', 'better_sqlite3.node');
  if (!existsSync(binary)) throw new Error(`the workspace has no built better-sqlite3: ${binary}`);
  mkdirSync(prebuilds);
  const prebuild = `better-sqlite3-v${sqliteVersion}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`;
  mustRun(
    'tar',
    ['-czf', join(prebuilds, prebuild), '-C', sqliteDir, 'build/Release/better_sqlite3.node'],
    work,
  );
  writeFileSync(join(app, '.prebuild-installrc'), `local-prebuilds=${prebuilds}\n`);

  // 4. npm, as a developer installs: the packages, the drivers, their types, Node's types.
  const versionOf = (deps: Record<string, string>, name: string) => {
    const range = deps[name];
    if (range === undefined) throw new Error(`the workspace does not pin ${name}`);
    return `${name}@${range.replace(/^[\^~]/, '')}`;
  };
  mustRun(
    'npm',
    [
      'install',
      '--prefer-offline',
      ...packed,
      `better-sqlite3@${sqliteVersion}`,
      versionOf(coreDev, 'pg'),
      versionOf(coreDev, '@types/pg'),
      versionOf(rootDev, '@types/node'),
    ],
    app,
  );

  // 5. The CLI as a global tool, in a prefix of its own; better-sqlite3 (an optional peer) is not
  // installed with it.
  mustRun(
    'npm',
    ['install', '--global', '--prefer-offline', '--prefix', globalPrefix, ...packed],
    work,
  );
}, 600_000);

afterAll(() => {
  if (existsSync(join(app, 'node_modules', 'pg'))) run('node', ['drop-schemas.mjs'], app, pgEnv);
  rmSync(work, { recursive: true, force: true });
});

describe('the packages installed with npm into a project outside the repository', () => {
  it('installed better-sqlite3 from the workspace binary, without compiling', () => {
    expect(
      existsSync(join(app, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node')),
    ).toBe(true);
    // node-gyp leaves its object files there when it compiles.
    expect(existsSync(join(app, 'node_modules/better-sqlite3/build/Release/obj.target'))).toBe(
      false,
    );
  });

  it('ships a LICENSE and the linked docs in every package', () => {
    for (const name of readdirSync(join(app, 'node_modules/@mpp-kit'))) {
      expect(existsSync(join(app, 'node_modules/@mpp-kit', name, 'LICENSE')), name).toBe(true);
    }
    expect(
      readFileSync(join(app, 'node_modules/@mpp-kit/cli/docs/issue-codes.md'), 'utf8'),
    ).toContain('## unknown_reference');
  });

  it("the copied example's modelines find the JSON Schema of the installed @mpp-kit/schemas", () => {
    const yamlFiles = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.name === 'node_modules'
          ? []
          : entry.isDirectory()
            ? yamlFiles(join(dir, entry.name))
            : entry.name.endsWith('.yaml')
              ? [join(dir, entry.name)]
              : [],
      );
    const found = yamlFiles(app);
    expect(found.length).toBeGreaterThan(20);
    for (const file of found) {
      const reference = /^# yaml-language-server: \$schema=(\S+)$/m.exec(
        readFileSync(file, 'utf8'),
      )?.[1];
      expect(reference, file).toBeDefined();
      const target = resolve(dirname(file), reference ?? '');
      expect(target).toBe(join(app, 'node_modules/@mpp-kit/schemas/schema/mpp-kit.schema.json'));
      expect(existsSync(target)).toBe(true);
    }
  });

  // tsc checks every declaration file the program reaches (zod's and XState's included): slow.
  it(
    'type-checks the ES module program and the CommonJS file under strict NodeNext, without skipLibCheck',
    {
      timeout: 240_000,
    },
    () => {
      const result = run('node', [tsc, '-p', 'tsconfig.json'], app);
      expect(`${result.stdout}${result.stderr}`).toBe('');
      expect(result.status).toBe(0);
    },
  );

  it(
    'with exactOptionalPropertyTypes, reports errors only inside XState’s own declaration files',
    {
      timeout: 240_000,
    },
    () => {
      const result = run('node', [tsc, '-p', 'tsconfig.exact.json'], app);
      const errorFiles = [...result.stdout.matchAll(/^(\S+?)\(\d+,\d+\): error/gm)].map(
        (m) => m[1] ?? '',
      );
      // Either no error at all, or errors this test could read.
      expect(result.status === 0 || errorFiles.length > 0, result.stdout).toBe(true);
      expect(errorFiles.filter((file) => !file.startsWith('node_modules/xstate/'))).toEqual([]);
    },
  );

  // dist/ is what the type-check above emitted.
  it('runs the ES module program: load, validate, runtime on SQLite and PostgreSQL, timeline, audit', () => {
    const result = run('node', ['dist/embed.mjs'], app, pgEnv);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('sqlite ok\npostgres ok\nworkflows ok\n');
    expect(result.status).toBe(0);
  });

  it('runs the CommonJS file, with the JSON Schema required by path', () => {
    const result = run('node', ['dist/embed-cjs.cjs'], app, pgEnv);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('sqlite ok\npostgres ok\n');
    expect(result.status).toBe(0);
  });

  it("the project's own mpp (with better-sqlite3) simulates the mall", () => {
    const result = run(join(app, 'node_modules/.bin/mpp'), ['simulate', '.', '--days', '2'], app);
    expect(result.stderr).not.toContain('Internal error');
    expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
  });
});

describe('mpp installed globally with npm', () => {
  it('validates the copied mall (exit 0)', () => {
    const result = run(globalMpp, ['validate', app], work);
    // Warnings are allowed (the example's calendar may be near the end of its years).
    expect(result.stdout).toMatch(/(^|\n)0 errors, \d+ warnings? in \d+ files\n$/);
    expect(result.status).toBe(0);
  });

  it('reports a broken mall (exit 1) and links each issue to a file of the installed package', () => {
    const result = run(globalMpp, ['validate', join(work, 'broken')], work);
    expect(result.status).toBe(1);
    const [, link, code] = /docs: (\S+)#(\w+)/.exec(result.stdout) ?? [];
    expect(link, result.stdout).toBe(
      join(globalPrefix, 'lib/node_modules/@mpp-kit/cli/docs/issue-codes.md'),
    );
    expect(readFileSync(link ?? '', 'utf8')).toContain(`\n## ${code ?? '?'}\n`);
  });

  it('asks for better-sqlite3 where a command needs it (exit 3), in English and Indonesian', () => {
    const english = run(globalMpp, ['simulate', app, '--days', '1'], work);
    expect(english.status).toBe(3);
    expect(english.stderr).toContain('needs better-sqlite3 12, which is not installed');
    expect(english.stderr).toContain('npm install -g better-sqlite3@12');
    const indonesian = run(globalMpp, ['simulate', app, '--days', '1', '--lang', 'id'], work);
    expect(indonesian.status).toBe(3);
    expect(indonesian.stderr).toContain('memerlukan better-sqlite3 12, yang belum terpasang');
  });
});
