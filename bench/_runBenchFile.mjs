// Worker: runs the benchmarks of one bench file in this (fresh) process and reports to the parent
// (scripts/bench.mjs) over IPC, one message per row as soon as it is measured, so a crash later in
// the file loses nothing already measured.
//
// Usage (what scripts/bench.mjs spawns):
//   node --expose-gc [--conditions=@mpp-kit/source] --import tsx bench/_runBenchFile.mjs <file> '<filters JSON>'
// Without IPC (run by hand) the messages are printed as JSON lines on stdout.
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { describeError, rowNames, runBenchmark, matchesFilter } from './runBenchmark.mjs';

/** @param {unknown} message */
function send(message) {
  return new Promise((resolve) => {
    if (process.send) process.send(message, () => resolve(undefined));
    else {
      process.stdout.write(`${JSON.stringify(message)}\n`);
      resolve(undefined);
    }
  });
}

async function main() {
  const [file, filtersJson = '[]'] = process.argv.slice(2);
  if (file === undefined) throw new Error('usage: _runBenchFile.mjs <bench file> [filters JSON]');
  const filters = /** @type {string[]} */ (JSON.parse(filtersJson));
  const verbose = process.env.MPP_BENCH_VERBOSE === '1';
  const log = verbose
    ? (/** @type {string} */ message) => process.stderr.write(`${message}\n`)
    : undefined;

  let benchmarks;
  try {
    const module = await import(pathToFileURL(file).href);
    benchmarks = module.default ?? module.benchmarks;
    if (!Array.isArray(benchmarks))
      throw new TypeError(
        'a bench file must export an array of benchmarks (export default [defineBenchmark(...)])',
      );
  } catch (error) {
    await send({ type: 'load-error', error: describeError(error) });
    process.exitCode = 1;
    return;
  }
  const planned = benchmarks.flatMap((benchmark) =>
    rowNames(benchmark).filter((name) => matchesFilter(name, filters)),
  );
  await send({ type: 'plan', names: planned });
  for (const benchmark of benchmarks) {
    if (!rowNames(benchmark).some((name) => matchesFilter(name, filters))) continue;
    process.stderr.write(
      `  … ${rowNames(benchmark)
        .filter((name) => matchesFilter(name, filters))
        .join(' | ')}\n`,
    );
    const results = await runBenchmark(benchmark, {
      filter: filters,
      // Fire and forget: the parent only resets its no-progress timeout on it.
      progress: () => process.send?.({ type: 'progress' }),
      ...(log === undefined ? {} : { log }),
    });
    for (const result of results) await send({ type: 'result', result });
  }
}

try {
  await main();
} catch (error) {
  await send({ type: 'load-error', error: describeError(error) });
  process.exitCode = 1;
} finally {
  if (process.connected) process.disconnect();
}
