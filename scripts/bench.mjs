#!/usr/bin/env node
// `pnpm bench`: runs bench/*.bench.mjs (and *.bench.ts), one fresh worker process per file, and
// prints a table (or `--json` rows on stdout, nothing else). See docs/performance.md.
//
//   pnpm bench                      all benchmarks, as a table
//   pnpm bench --json               [{ name, value, unit, baseline, ratio, target, better }] on stdout
//   pnpm bench --filter yaml        only rows whose name contains "yaml" (repeatable: any of them)
//   pnpm bench --source             run against the TypeScript sources (no build needed)
//   pnpm bench --no-build           never build; --build always builds first
//   pnpm bench --dir <folder>       bench files from another folder; --verbose prints every round
//
// Exit code: 0 when every row was measured (a missed target is a ✗ in the table, not a failure);
// 1 when a row could not be measured (a benchmark threw, a worker crashed); 2 for a usage error or
// when no benchmark matches the filter.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import process from 'node:process';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';
import { formatTable, toJsonRows } from '../bench/formatBenchResults.mjs';
import { meetsTarget } from '../bench/runBenchmark.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const workerPath = join(root, 'bench', '_runBenchFile.mjs');
const workerTimeoutMs = Number(process.env.MPP_BENCH_TIMEOUT_MS ?? 5 * 60_000);

const usage = `usage: pnpm bench [--json] [--filter <substring>]... [--source] [--build | --no-build] [--dir <folder>] [--verbose]`;

function parseArgs(argv) {
  const options = {
    json: false,
    filters: [],
    source: false,
    build: 'auto',
    dir: join(root, 'bench'),
    verbose: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const inline = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : undefined;
      if (inline !== undefined) return inline;
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--')
      continue; // `pnpm bench -- --json`
    else if (arg === '--json') options.json = true;
    else if (arg === '--filter' || arg.startsWith('--filter=')) options.filters.push(value());
    else if (arg === '--source') options.source = true;
    else if (arg === '--build') options.build = 'always';
    else if (arg === '--no-build') options.build = 'never';
    else if (arg === '--dir' || arg.startsWith('--dir=')) options.dir = resolve(value());
    else if (arg === '--verbose') options.verbose = true;
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${usage}\n`);
      process.exit(0);
    } else throw new Error(`unknown argument ${arg}`);
  }
  return options;
}

/** Newest modification time of the files under `path` (0 when it does not exist). */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Packages whose dist is missing or older than their sources. */
function staleDists() {
  const packagesDir = join(root, 'packages');
  const stale = [];
  for (const name of readdirSync(packagesDir)) {
    const dir = join(packagesDir, name);
    if (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'src'))) continue;
    const dist = join(dir, 'dist', 'index.js');
    const sources = Math.max(
      newestMtime(join(dir, 'src')),
      newestMtime(join(dir, 'tsup.config.ts')),
      newestMtime(join(dir, 'package.json')),
    );
    if (!existsSync(dist) || statSync(dist).mtimeMs < sources) stale.push(name);
  }
  return stale;
}

/** Builds the packages when needed; returns false when the build failed. */
function ensureBuilt(mode) {
  if (mode === 'never') return true;
  const stale = staleDists();
  if (mode === 'auto' && stale.length === 0) return true;
  process.stderr.write(
    `bench: building the packages first (${mode === 'always' ? '--build' : `dist missing or older than src: ${stale.join(', ')}`})…\n`,
  );
  const started = Date.now();
  // Build output goes to stderr: stdout stays clean for --json.
  const result = spawnSync('pnpm', ['build'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) {
    process.stderr.write(
      `bench: pnpm build failed (${result.error?.message ?? `exit ${result.status}`}); running against the TypeScript sources instead.\n`,
    );
    return false;
  }
  process.stderr.write(`bench: built in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  return true;
}

function benchFiles(dir) {
  if (!existsSync(dir)) throw new Error(`no bench folder ${dir}`);
  return readdirSync(dir)
    .filter((name) => /\.bench\.(?:mjs|js|ts|mts)$/.test(name))
    .sort()
    .map((name) => join(dir, name));
}

/** Runs one bench file in a fresh worker; resolves with its results (crashes become failed rows). */
function runFile(file, options) {
  return new Promise((resolvePromise) => {
    const args = [
      '--expose-gc',
      ...(options.source ? ['--conditions=@mpp-kit/source'] : []),
      '--import',
      'tsx',
      workerPath,
      file,
      JSON.stringify(options.filters),
    ];
    const child = spawn(process.execPath, args, {
      cwd: root,
      // The worker's stdout goes to our stderr: a library that logs cannot corrupt --json.
      stdio: ['ignore', 2, 2, 'ipc'],
      env: { ...process.env, ...(options.verbose ? { MPP_BENCH_VERBOSE: '1' } : {}) },
    });
    let planned = [];
    const results = [];
    let loadError;
    // The timeout is on time without progress (a timed run, a measured row), not on the file's
    // whole time: a file of bounded work on a busy machine finishes, a hung one is stopped.
    let timer;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        loadError = `made no progress for ${workerTimeoutMs / 1000} s (MPP_BENCH_TIMEOUT_MS)`;
        child.kill('SIGKILL');
      }, workerTimeoutMs);
    };
    arm();
    child.on('message', (message) => {
      arm();
      if (message.type === 'plan') planned = message.names;
      else if (message.type === 'result') results.push(message.result);
      else if (message.type === 'load-error') loadError = message.error;
    });
    child.on('error', (error) => {
      loadError ??= error.message;
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const crashed =
        loadError ??
        (code !== 0 || signal !== null
          ? `worker exited with ${signal ?? `code ${code}`}`
          : undefined);
      const measured = new Set(results.map((result) => result.row.name));
      const missing = planned.filter((name) => !measured.has(name));
      const fileName = file.slice(file.lastIndexOf('/') + 1);
      for (const name of missing) {
        results.push({
          row: {
            name,
            value: null,
            unit: 'ms',
            baseline: null,
            ratio: null,
            target: null,
            better: 'lower',
            error: crashed ?? 'not reported by the worker',
          },
        });
      }
      if (crashed !== undefined && planned.length === 0) {
        results.push({
          row: {
            name: `${fileName} (could not run)`,
            value: null,
            unit: 'ms',
            baseline: null,
            ratio: null,
            target: null,
            better: 'lower',
            error: crashed,
          },
        });
      }
      resolvePromise(results);
    });
  });
}

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`bench: ${error.message}\n${usage}\n`);
    return 2;
  }
  const started = Date.now();
  if (!options.source && !ensureBuilt(options.build)) options.source = true;
  const files = benchFiles(options.dir);
  const results = [];
  for (const file of files) {
    const fileStarted = Date.now();
    process.stderr.write(`bench: ${relative(root, file)}\n`);
    results.push(...(await runFile(file, options)));
    process.stderr.write(
      `bench: ${relative(root, file)} took ${((Date.now() - fileStarted) / 1000).toFixed(0)} s\n`,
    );
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (options.json) process.stdout.write(`${JSON.stringify(toJsonRows(results), null, 2)}\n`);
  else if (results.length > 0) {
    const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
    process.stdout.write(`${formatTable(results)}\n\n`);
    process.stdout.write(
      `Node ${process.versions.node}, ${availableParallelism()} cores (${cpu}), load average at the end ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}, ` +
        `${options.source ? 'TypeScript sources (tsx)' : 'built dist'}, ${seconds} s in all.\n` +
        `✓ target met  ✗ MISSED target missed  · informational  ✗ FAILED could not be measured. Times: target is a ceiling on the ratio; rates (ops/s): a floor on the value.\n`,
    );
  }
  if (results.length === 0) {
    process.stderr.write(
      `bench: no benchmark matches ${options.filters.map((f) => JSON.stringify(f)).join(' or ') || '(no filter)'}\n`,
    );
    return 2;
  }
  const failed = results.filter(({ row }) => row.error !== undefined).length;
  const missed = results.filter(({ row }) => meetsTarget(row) === false).length;
  process.stderr.write(
    `bench: ${results.length} rows, ${missed} target(s) missed, ${failed} failed, ${seconds} s\n`,
  );
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
