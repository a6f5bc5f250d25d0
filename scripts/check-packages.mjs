#!/usr/bin/env node
// Checks every publishable package the way a user who installs it would see it:
//   - publint (strict: warnings count as errors) on the files `pnpm pack` would publish;
//   - @arethetypeswrong/cli (default "strict" profile: node10, node16 from CJS and ESM, bundler) on
//     the tarball `pnpm pack` writes, so `workspace:^` ranges are rewritten as on npm;
//   - the registry metadata rules of scripts/package-metadata.mjs (license, links, ranges, source
//     maps, declarations, exports, README links) on the files of that tarball.
// Exits 1 when any package has a publint error or warning, an attw problem or a metadata problem;
// CI runs it (test/packages.test.ts).
//
//   node scripts/check-packages.mjs                 check every package under packages/
//   node scripts/check-packages.mjs --build         build every package first (use in CI)
//   node scripts/check-packages.mjs --json          print one JSON report on stdout instead of text
//   node scripts/check-packages.mjs core cli        check only these (folder or package name)
//
// A package whose dist/ is missing is built first (`pnpm --filter <name> build`). The custom
// export condition "@mpp-kit/source" (workspace code runs against src/) is not one attw or publint
// resolves, so they check the import/require branches a consumer gets.
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { metadataFindings } from './package-metadata.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const attwBin = join(
  root,
  'node_modules',
  '.bin',
  process.platform === 'win32' ? 'attw.cmd' : 'attw',
);

/** Every package under packages/ that is published (not `private`). */
export function listPackages() {
  const dir = join(root, 'packages');
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'package.json')))
    .map((entry) => {
      const pkgDir = join(dir, entry.name);
      const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
      return { folder: entry.name, name: manifest.name, pkgDir, manifest };
    })
    .filter((pkg) => pkg.manifest.private !== true);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...options,
  });
  if (result.error) throw result.error;
  return result;
}

function build(pkg) {
  const result = run('pnpm', ['--filter', pkg.name, 'build'], { cwd: root });
  if (result.status !== 0) {
    throw new Error(`building ${pkg.name} failed:\n${result.stdout}\n${result.stderr}`);
  }
}

/** publint in strict mode: every error and warning is a failure; suggestions are reported only. */
async function runPublint(pkg) {
  const { messages, pkg: manifest } = await publint({
    pkgDir: pkg.pkgDir,
    strict: true,
    pack: 'pnpm',
  });
  return messages.map((message) => ({
    tool: 'publint',
    severity: message.type === 'suggestion' ? 'suggestion' : 'error',
    code: message.code,
    message: formatMessage(message, manifest, { color: false }) ?? message.code,
  }));
}

/** Packs the package as it would be published; runs `inspect(tarball, extractedPackageDir)`. */
function withPackedPackage(pkg, inspect) {
  const work = mkdtempSync(join(tmpdir(), 'mpp-pack-'));
  try {
    const packed = run('pnpm', ['pack', '--pack-destination', work], { cwd: pkg.pkgDir });
    if (packed.status !== 0) throw new Error(`pnpm pack ${pkg.name} failed:\n${packed.stderr}`);
    const tarball = readdirSync(work).find((file) => file.endsWith('.tgz'));
    if (tarball === undefined) throw new Error(`pnpm pack ${pkg.name} wrote no tarball`);
    const extracted = run('tar', ['-xzf', tarball], { cwd: work });
    if (extracted.status !== 0)
      throw new Error(`tar could not read ${tarball}: ${extracted.stderr}`);
    return inspect(join(work, tarball), join(work, 'package'), work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** attw on the tarball `pnpm pack` wrote. */
function runAttw(pkg, tarball, work) {
  // attw's JSON is large; written to a file because a pipe may be cut short when attw exits.
  const outFile = join(work, 'attw.json');
  const fd = openSync(outFile, 'w');
  let result;
  try {
    result = run(attwBin, [tarball, '--format', 'json', '--no-color'], {
      stdio: ['ignore', fd, 'pipe'],
    });
  } finally {
    closeSync(fd);
  }
  const text = readFileSync(outFile, 'utf8');
  if (text.trim() === '') throw new Error(`attw printed nothing for ${pkg.name}: ${result.stderr}`);
  const report = JSON.parse(text);
  const problems = Array.isArray(report.problems)
    ? report.problems
    : Object.values(report.problems ?? {}).flat();
  return problems.map((problem) => ({
    tool: 'attw',
    severity: 'error',
    code: problem.kind,
    message:
      `${problem.kind}: "${pkg.name}${String(problem.entrypoint ?? '.').replace(/^\./, '')}"` +
      (problem.resolutionKind ? ` under ${problem.resolutionKind} resolution` : '') +
      ' (https://github.com/arethetypeswrong/arethetypeswrong.github.io/blob/main/docs/problems/' +
      `${problem.kind}.md)`,
  }));
}

/**
 * Checks the packages (all, or those named by folder or package name).
 * @returns one entry per package with its findings; `ok` is false when any finding is an error.
 */
export async function checkPackages({ only = [], buildFirst = false } = {}) {
  const packages = listPackages().filter(
    (pkg) => only.length === 0 || only.includes(pkg.folder) || only.includes(pkg.name),
  );
  const results = [];
  for (const pkg of packages) {
    if (buildFirst || !existsSync(join(pkg.pkgDir, 'dist'))) build(pkg);
    const packed = withPackedPackage(pkg, (tarball, packedDir, work) => [
      ...runAttw(pkg, tarball, work),
      ...metadataFindings({ root, folder: pkg.folder, packedDir }),
    ]);
    const findings = [...(await runPublint(pkg)), ...packed];
    results.push({
      name: pkg.name,
      folder: pkg.folder,
      ok: findings.every((finding) => finding.severity !== 'error'),
      findings,
    });
  }
  return results;
}

async function main(argv) {
  const json = argv.includes('--json');
  const buildFirst = argv.includes('--build');
  const only = argv.filter((arg) => !arg.startsWith('--'));
  const results = await checkPackages({ only, buildFirst });
  if (json) {
    process.stdout.write(
      `${JSON.stringify({ ok: results.every((r) => r.ok), packages: results }, null, 2)}\n`,
    );
  } else {
    for (const result of results) {
      console.log(`${result.ok ? 'ok  ' : 'FAIL'} ${result.name}`);
      for (const finding of result.findings) {
        console.log(`     ${finding.severity} [${finding.tool}] ${finding.message}`);
      }
    }
    if (results.length === 0) console.log('no packages matched');
  }
  return results.length > 0 && results.every((r) => r.ok) ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 2;
    },
  );
}
