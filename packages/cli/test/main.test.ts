import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { SarifLog } from '../src/index.js';
import { missingComponent, shareExceeds, tooBigInfo, unknownAgency } from './_issues.js';
import { document, fakeMalls, runMain } from './_runMain.js';

const malls = {
  'clean/': [],
  'warned/': [missingComponent, tooBigInfo],
  'broken/': [shareExceeds, unknownAgency, missingComponent],
};

/** The issue-code reference this package ships (copied from the repository's docs/ by its build). */
const shippedDocs = fileURLToPath(new URL('../docs/issue-codes.md', import.meta.url));

const cliVersion = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

describe('mpp validate: exit codes', () => {
  it.each([
    ['no issues', 'clean/', 0],
    ['warnings only', 'warned/', 0],
    ['errors', 'broken/', 1],
    ['unreadable path', 'nope/', 2],
  ])('%s → exit %s', async (_name, path, code) => {
    for (const format of ['pretty', 'json', 'sarif']) {
      const run = await runMain(['validate', path, '--format', format], malls);
      expect(run.code).toBe(code);
      expect(run.stderr).toBe('');
    }
  });

  it.each([
    [['validate'], 'Missing argument <file-or-folder>'],
    [['validate', 'a', 'b'], 'Unexpected argument "b"'],
    [
      ['validate', 'clean/', '--formt', 'json'],
      'Unknown option "--formt". Did you mean "--format"?',
    ],
    [
      ['validate', 'clean/', '--format', 'xml'],
      'Invalid value "xml" for --format: use one of pretty, json, sarif.',
    ],
    [['validate', 'clean/', '--format'], 'Option "--format" needs a value'],
    [['validate', 'clean/', '--lang', 'fr'], 'Invalid value "fr" for --lang: use one of id, en.'],
    [['valdiate', 'clean/'], 'Unknown command "valdiate". Did you mean "validate"?'],
    [['frobnicate'], 'Unknown command "frobnicate".'],
    [[], 'Missing command.'],
    [['--nope'], 'Unknown option "--nope".'],
  ])('%j is a usage error (2) with the usage text on stderr', async (argv, message) => {
    const run = await runMain(argv, malls);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`mpp: ${message}`);
    expect(run.stderr).toMatch(/\n\nUsage: mpp /);
  });

  it('shows the usage of the command that was misused', async () => {
    const run = await runMain(['validate', 'clean/', '--formt', 'json'], malls);
    expect(run.stderr).toContain('Usage: mpp validate <file-or-folder> [options]');
    expect(run.stderr).toContain('--format <pretty|json|sarif>');
  });

  it('reports an error thrown by the loader as an internal error (70, not the usage code 2)', async () => {
    const run = await runMain(['validate', 'clean/'], malls, {
      loadMall: () => Promise.reject(new Error('boom')),
    });
    expect(run).toMatchObject({ code: 70, stdout: '' });
    expect(run.stderr).toContain('Internal error: boom.');
  });

  it.each([
    [
      'import',
      {
        code: 'ERR_MODULE_NOT_FOUND',
        message:
          "Cannot find package 'better-sqlite3' imported from /x/core/dist/store/sqlite/index.js",
      },
    ],
    [
      'require',
      {
        code: 'MODULE_NOT_FOUND',
        message: "Cannot find module 'better-sqlite3'\nRequire stack:\n- /x/index.cjs",
      },
    ],
  ])(
    'says which package to install when better-sqlite3 is missing (%s), in English and Indonesian (3)',
    async (_how, failure) => {
      const missing = Object.assign(new Error(failure.message), { code: failure.code });
      const io = { loadMall: () => Promise.reject(missing) };
      const en = await runMain(['validate', 'clean/'], malls, io);
      expect(en).toMatchObject({ code: 3, stdout: '' });
      expect(en.stderr).toBe(
        'mpp: "mpp validate" needs better-sqlite3 12, which is not installed. Install it where mpp is installed: "npm install better-sqlite3@12" (for a global mpp: "npm install -g better-sqlite3@12"), then run the command again.\n',
      );
      const id = await runMain(['validate', 'clean/', '--lang', 'id'], malls, io);
      expect(id.code).toBe(3);
      expect(id.stderr).toContain('memerlukan better-sqlite3 12, yang belum terpasang');
      expect(id.stderr).toContain('"npm install better-sqlite3@12"');
    },
  );

  it('treats a missing module that is not an optional package as an internal error', async () => {
    const missing = Object.assign(new Error("Cannot find package 'zod' imported from /x.js"), {
      code: 'ERR_MODULE_NOT_FOUND',
    });
    const run = await runMain(['validate', 'clean/'], malls, {
      loadMall: () => Promise.reject(missing),
    });
    expect(run.code).toBe(70);
    expect(run.stderr).toContain('Internal error: Cannot find package');
  });

  it('passes the path and the locale to loadMall', async () => {
    const fake = fakeMalls(malls);
    await runMain(['--lang', 'id', 'validate', 'clean/'], malls, { loadMall: fake.loadMall });
    expect(fake.calls).toEqual([{ path: 'clean/', options: { locale: 'id' } }]);
  });

  it('passes --as-of to loadMall as noon UTC of that day, and refuses a day that does not exist', async () => {
    const fake = fakeMalls(malls);
    await runMain(['validate', 'clean/', '--as-of', '2026-12-04'], malls, {
      loadMall: fake.loadMall,
    });
    expect(fake.calls).toEqual([
      { path: 'clean/', options: { locale: 'en', asOf: new Date('2026-12-04T12:00:00Z') } },
    ]);
    const bad = await runMain(['validate', 'clean/', '--as-of', '2026-02-30'], malls);
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toBe(
      '--as-of must be a date YYYY-MM-DD, for example --as-of 2026-12-04, not "2026-02-30".\n',
    );
  });
});

describe('mpp validate: output', () => {
  it('prints pretty issues with snippets read from the files, each file read once', async () => {
    const run = await runMain(['validate', 'broken/'], {
      'broken/': [unknownAgency, { ...unknownAgency, column: 5 }],
    });
    // No node_modules/@mpp-kit/cli above the fake folder: the link is the absolute path of the
    // reference this package ships (as for a global install).
    expect(run.stdout.replaceAll(shippedDocs, '<cli>/docs/issue-codes.md')).toMatchInlineSnapshot(`
      "services/pbg.yaml:4:5  error  unknown_reference  Unknown agency "dpmptps".
        4 |     owner: dpmptps
          |     ^
        hint: Did you mean "dpmptsp"?
        docs: <cli>/docs/issue-codes.md#unknown_reference

      services/pbg.yaml:4:12  error  unknown_reference  Unknown agency "dpmptps".
        4 |     owner: dpmptps
          |            ^
        hint: Did you mean "dpmptsp"?
        docs: <cli>/docs/issue-codes.md#unknown_reference

      2 errors, 0 warnings in 3 files
      "
    `);
    expect(run.reads).toEqual(['/work/mall/services/pbg.yaml']);
    expect(readFileSync(shippedDocs, 'utf8')).toContain('\n## unknown_reference\n');
  });

  it('prints the summary of a clean mall', async () => {
    expect((await runMain(['validate', 'clean/'], malls)).stdout).toBe(
      '0 errors, 0 warnings in 3 files\n',
    );
  });

  it('prints exactly the JSON report on stdout and nothing else', async () => {
    const run = await runMain(['validate', 'broken/', '--format=json'], malls, { isTTY: true });
    const report = JSON.parse(run.stdout) as { valid: boolean; issues: { code: string }[] };
    expect(Object.keys(report)).toEqual(['valid', 'issues']);
    expect(report.valid).toBe(false);
    // sorted: issues without a file first, then by file, line, column
    expect(report.issues.map((issue) => issue.code)).toEqual([
      'sla_shares_exceed',
      'missing_standard_component',
      'unknown_reference',
    ]);
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).not.toContain('"params"');
    expect(run.stderr).toBe('');
  });

  it('prints the unreadable path in JSON too', async () => {
    const run = await runMain(['validate', 'nope/', '--format', 'json'], malls);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({
      valid: false,
      issues: [
        {
          code: 'unreadable_path',
          severity: 'error',
          message: 'Cannot read "nope/": ENOENT.',
          hint: 'Check that the path exists and is readable.',
          path: [],
        },
      ],
    });
  });

  it('prints SARIF with the CLI version and relative URIs', async () => {
    const run = await runMain(['validate', 'broken/', '--format', 'sarif'], {
      'broken/': [{ ...unknownAgency, file: '/work/mall/services/pbg.yaml' }],
    });
    const log = JSON.parse(run.stdout) as SarifLog;
    expect(log.runs[0].tool.driver.version).toBe(cliVersion);
    expect(log.runs[0].results[0]?.locations?.[0]?.physicalLocation?.artifactLocation.uri).toBe(
      'services/pbg.yaml',
    );
  });

  it('points SARIF results without a file at the main file of the mall', async () => {
    const run = await runMain(['validate', 'broken/', '--format', 'sarif'], malls);
    const uris = (JSON.parse(run.stdout) as SarifLog).runs[0].results.map(
      (res) => res.locations?.[0]?.physicalLocation?.artifactLocation.uri,
    );
    expect(uris).toEqual(['mall.yaml', 'services/pbg.yaml', 'services/pbg.yaml']);
    const unreadable = await runMain(['validate', 'nope/', '--format', 'sarif'], malls);
    expect(
      (JSON.parse(unreadable.stdout) as SarifLog).runs[0].results[0]?.locations?.[0]
        ?.physicalLocation,
    ).toEqual({ artifactLocation: { uri: 'nope' } });
  });
});

describe('--lang and the environment', () => {
  const summaryOf = async (argv: string[], env: Record<string, string> = {}) =>
    (await runMain(argv, malls, { env })).stdout.trimEnd().split('\n').at(-1);

  it.each([
    [['validate', 'broken/'], {}, '2 errors, 1 warning in 3 files'],
    [['validate', 'broken/', '--lang', 'id'], {}, '2 galat, 1 peringatan di 3 berkas'],
    [['validate', 'broken/', '--lang=id'], {}, '2 galat, 1 peringatan di 3 berkas'],
    [['validate', 'broken/'], { LANG: 'id_ID.UTF-8' }, '2 galat, 1 peringatan di 3 berkas'],
    [
      ['validate', 'broken/'],
      { LC_ALL: 'id_ID.UTF-8', LANG: 'en_US.UTF-8' },
      '2 galat, 1 peringatan di 3 berkas',
    ],
    [
      ['validate', 'broken/'],
      { LC_MESSAGES: 'id_ID', LANG: 'C' },
      '2 galat, 1 peringatan di 3 berkas',
    ],
    [
      ['validate', 'broken/', '--lang', 'en'],
      { LANG: 'id_ID.UTF-8' },
      '2 errors, 1 warning in 3 files',
    ],
  ])('%j with %j', async (argv, env, summary) => {
    expect(await summaryOf(argv, env)).toBe(summary);
  });

  it('re-renders issue messages and hints in the chosen language', async () => {
    const run = await runMain(['validate', 'broken/', '--lang', 'id', '--format', 'json'], malls);
    const report = JSON.parse(run.stdout) as { issues: { message: string; hint?: string }[] };
    expect(report.issues[1]).toMatchObject({
      message: 'Layanan "pbg" tidak mendeklarasikan komponen standar pelayanan 5 (fee).',
      hint: 'Tambahkan agar standar pelayanan yang dipublikasikan lengkap (PermenPANRB 15/2014).',
    });
    expect(report.issues[2]?.hint).toBe('Mungkin maksud Anda "dpmptsp"?');
  });

  it('keeps a message whose params are missing rather than emptying it', async () => {
    const bare = {
      code: 'unknown_reference',
      severity: 'error',
      message: 'Unknown agency "x".',
      path: ['a'],
    } as const;
    const run = await runMain(['validate', 'm/', '--lang', 'id', '--format', 'json'], {
      'm/': [bare],
    });
    expect((JSON.parse(run.stdout) as { issues: { message: string }[] }).issues[0]?.message).toBe(
      'Unknown agency "x".',
    );
  });

  it('speaks Indonesian in usage errors and help', async () => {
    const error = await runMain(['validate', '--lang', 'id'], malls);
    expect(error.stderr).toContain('mpp: Argumen <file-or-folder> belum diberikan');
    expect(error.stderr).toContain('Penggunaan: mpp validate <file-or-folder> [opsi]');
    const help = await runMain(['--help'], malls, { env: { LANG: 'id_ID.UTF-8' } });
    expect(help.stdout).toContain('Perintah:');
  });
});

describe('colour', () => {
  const hasAnsi = async (env: Record<string, string>, isTTY: boolean) =>
    (await runMain(['validate', 'broken/'], malls, { env, isTTY })).stdout.includes('\u001b[');

  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true],
    [{ TERM: 'dumb' }, true, false],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
  ])('env %j, TTY %s → colour %s', async (env, isTTY, colour) => {
    expect(await hasAnsi(env, isTTY)).toBe(colour);
  });
});

describe('help and version', () => {
  it.each([[['--help']], [['-h']], [['help-less', '--help']]])(
    '%j prints the global help on stdout (0)',
    async (argv) => {
      const run = await runMain(argv, malls);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      expect(run.stdout).toContain('Usage: mpp <command> [options]');
      expect(run.stdout).toMatch(/validate <file-or-folder> +Check a mall configuration/);
      expect(run.stdout).toMatch(/bundle <folder> +Merge a mall/);
    },
  );

  it.each([[['validate', '--help']], [['validate', 'x', '-h']], [['--help', 'validate']]])(
    '%j prints the command help (0)',
    async (argv) => {
      const run = await runMain(argv, malls);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatchInlineSnapshot(`
        "Usage: mpp validate <file-or-folder> [options]

        Check a mall configuration (one file or a folder) and report every problem.

        Options:
          --format <pretty|json|sarif>  Output format: pretty (for people), json, or sarif (SARIF 2.1.0 for code scanning). Default: pretty.
          --as-of <YYYY-MM-DD>          Validate as on this day (YYYY-MM-DD; default today): the calendar coverage warning starts 90 days before its last covered day.
          --cache                       Reuse the last result when no file, option or mpp-kit version changed (files compared by content hash).
          --cache-location <file>       Where --cache keeps its results, relative to the current folder. Default: .mppcache.
          --lang <id|en>                Language of messages: id or en (default: from LC_ALL, LC_MESSAGES or LANG).
          -h, --help                    Show this help.
          --version                     Print the version of mpp.

        Exit status: 0 when there is no error (warnings allowed), 1 when the configuration has errors,
        2 for a usage error or a path that cannot be read.

        Exit status 3: a package the command needs is not installed; 70: an internal error.
        "mpp help" explains every exit code.

        Examples:
          mpp validate examples/batang
          mpp validate mall.yaml --format json
          mpp validate examples/batang --format sarif > mpp.sarif
          mpp validate examples/batang --as-of 2026-12-04
          mpp validate examples/batang --cache
        "
      `);
    },
  );

  it('mpp help <command> is mpp <command> --help, and mpp help is mpp --help', async () => {
    const viaHelp = await runMain(['help', 'validate'], malls);
    expect(viaHelp).toEqual(await runMain(['validate', '--help'], malls));
    expect(viaHelp.code).toBe(0);
    expect((await runMain(['help', 'bundle', '--lang', 'id'], malls)).stdout).toBe(
      (await runMain(['bundle', '--help', '--lang', 'id'], malls)).stdout,
    );
    expect(await runMain(['help'], malls)).toEqual(await runMain(['--help'], malls));
  });

  it.each([
    [['help', 'valdiate'], 'Unknown command "valdiate". Did you mean "validate"?'],
    [['help', 'validate', 'bundle'], 'Unexpected argument "bundle"'],
    [['help', '--format', 'json'], 'Unknown option "--format".'],
  ])('mpp %j is a usage error (2)', async (argv, message) => {
    const run = await runMain(argv, malls);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toContain(`mpp: ${message}`);
  });

  it.each([
    [
      ['clean/', 'validate'],
      'Unknown command "clean/": the command comes first, as in "mpp validate clean/".',
    ],
    [
      ['clean/', 'bundle', '--lang', 'en'],
      'Unknown command "clean/": the command comes first, as in "mpp bundle clean/".',
    ],
  ])(
    'the command word is the first positional argument: %j is a usage error (2)',
    async (argv, message) => {
      const run = await runMain(argv, malls);
      expect(run).toMatchObject({ code: 2, stdout: '' });
      expect(run.stderr).toContain(`mpp: ${message}`);
    },
  );

  it('flags may come before the command word', async () => {
    const run = await runMain(['--lang', 'id', 'validate', 'clean/'], malls);
    expect(run).toMatchObject({ code: 0, stdout: '0 galat, 0 peringatan di 3 berkas\n' });
  });

  it('lists help and every exit code in the global help, in both languages', async () => {
    const en = (await runMain(['help'], malls)).stdout;
    expect(en).toMatch(/\n {2}help \[command\] +Show the help of mpp, or of a command\.\n/);
    expect(en).toContain(
      [
        'Exit status:',
        '  0   done (warnings allowed)',
        '  1   the input has errors, or the command could not do its work',
        '  2   usage error, or a path that cannot be read',
        '  3   a package the command needs is not installed (the message says which)',
        '  70  internal error: a bug in mpp-kit',
      ].join('\n'),
    );
    const id = (await runMain(['help', '--lang', 'id'], malls)).stdout;
    expect(id).toContain('Status keluar:\n  0   selesai (peringatan diperbolehkan)');
    expect(id).toMatch(/help \[perintah\] +Tampilkan bantuan mpp/);
  });

  it('prints the version from package.json', async () => {
    expect(await runMain(['--version'], malls)).toEqual({
      code: 0,
      stdout: `${cliVersion}\n`,
      stderr: '',
      reads: [],
    });
  });
});

describe('mpp bundle', () => {
  it('prints the merged document as JSON (0)', async () => {
    const run = await runMain(['bundle', 'clean/'], malls);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(`${JSON.stringify(document, null, 2)}\n`);
  });

  it('prints warnings on stderr, keeping stdout for the document', async () => {
    const run = await runMain(['bundle', 'warned/'], malls);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(document);
    expect(run.stderr).toContain('warning  missing_standard_component');
  });

  it('prints issues on stderr and nothing on stdout when the mall has errors (1)', async () => {
    const run = await runMain(['bundle', 'broken/', '--lang', 'id'], malls);
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toContain('galat  unknown_reference');
    expect(run.stderr.trimEnd().split('\n').at(-1)).toBe('2 galat, 1 peringatan di 3 berkas');
  });

  it('exits 2 when the path cannot be read', async () => {
    const run = await runMain(['bundle', 'nope/'], malls);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toContain('unreadable_path  Cannot read "nope/": ENOENT.');
  });

  it('takes no --format', async () => {
    const run = await runMain(['bundle', 'clean/', '--format', 'json'], malls);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown option "--format".');
  });
});
