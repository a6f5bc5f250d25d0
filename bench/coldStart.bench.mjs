// Issue 2, benchmark 3: cold start of the CLI on the Batang example, against starting Node itself.
// Subject: `node packages/cli/bin/mpp.mjs validate examples/batang --format json` (the built
// dist: run `pnpm build` first, scripts/bench.mjs does when dist is stale). Baseline: `node -e 0`.
// Interleaved, at least 10 runs each. Target: ≤ 4× (issue 15 item 2; issue 2 had asked for 3×). Also
// `mpp --version` and `mpp --help`, which load no configuration schema: target ≤ 1.5× `node -e 0`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { defineBenchmark } from './defineBenchmark.mjs';
import { repoRoot } from './mallText.mjs';

const cli = join(repoRoot, 'packages', 'cli', 'bin', 'mpp.mjs');
const args = [cli, 'validate', 'examples/batang', '--format', 'json'];
/** The same with `--cache` in a cache file of its own, filled in setup: every sample is a hit. */
const cachedArgs = [
  ...args,
  '--cache',
  '--cache-location',
  join(mkdtempSync(join(tmpdir(), 'mpp-bench-cache-')), 'cache.json'),
];

function runCli(argv = args) {
  const result = spawnSync(process.execPath, argv, {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // 0: valid, 1: the configuration has errors — both are a full run. Anything else failed to run.
  if (result.error !== undefined || (result.status !== 0 && result.status !== 1)) {
    const why = result.error?.message ?? `exit ${result.status ?? result.signal}`;
    const stderr = (result.stderr ?? '').trim().split('\n').slice(-3).join(' | ');
    throw new Error(`mpp validate failed to run (${why})${stderr ? `: ${stderr}` : ''}`);
  }
  try {
    JSON.parse(result.stdout);
  } catch {
    throw new Error(
      `mpp validate --format json did not print JSON (got ${JSON.stringify(result.stdout.slice(0, 80))})`,
    );
  }
  return result.status;
}

/** `mpp <flag>` that must print something and exit 0. */
function runFlag(flag) {
  const result = spawnSync(process.execPath, [cli, flag], { cwd: repoRoot, encoding: 'utf8' });
  if (result.status !== 0 || result.stdout.length === 0)
    throw new Error(`mpp ${flag} exited with ${result.status ?? result.signal}: ${result.stderr}`);
  return result.status;
}

function runNode() {
  const result = spawnSync(process.execPath, ['-e', '0'], { cwd: repoRoot });
  if (result.status !== 0)
    throw new Error(`node -e 0 exited with ${result.status ?? result.signal}`);
  return result.status;
}

export default [
  defineBenchmark({
    name: 'cold start: mpp validate examples/batang vs node -e 0',
    setup: () => {
      runCli(); // fails the row (not the harness) when the CLI cannot run
      return undefined;
    },
    subject: runCli,
    baseline: runNode,
    target: 4,
    warmup: 1,
    minSampleMs: 0, // one process per sample, never folded
    rounds: 12,
    minRounds: 10,
    maxSeconds: 20,
  }),
  defineBenchmark({
    name: 'cold start: mpp validate examples/batang --cache (hit) vs node -e 0',
    setup: () => {
      runCli(cachedArgs); // fills the cache
      return undefined;
    },
    subject: () => runCli(cachedArgs),
    baseline: runNode,
    target: 1.5,
    warmup: 1,
    minSampleMs: 0,
    rounds: 12,
    minRounds: 10,
    maxSeconds: 15,
  }),
  ...['--version', '--help'].map((flag) =>
    defineBenchmark({
      name: `cold start: mpp ${flag} vs node -e 0`,
      setup: () => {
        runFlag(flag);
        return undefined;
      },
      subject: () => runFlag(flag),
      baseline: runNode,
      target: 1.5,
      warmup: 1,
      minSampleMs: 0,
      rounds: 12,
      minRounds: 10,
      maxSeconds: 15,
    }),
  ),
];
