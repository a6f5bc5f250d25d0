// Measures one benchmark: its subjects against its baseline, in the same process, interleaved.
//
// Method (why: a shared, noisy machine; noise that hits a round hits both sides of it):
// 1. setup() once, untimed.
// 2. Warm up: every function runs `warmup` times (default 2) and for at least `warmupMs` (500 ms)
//    — or 3 times on `warmupSetup()`'s small input when one run takes seconds (not at all when it
//    returns undefined: the process is already warm). The last warm-up run calibrates `repeat`: a
//    function faster than `minSampleMs` runs `repeat` times per sample, so timer resolution never
//    matters.
// 3. Rounds: each round times one sample of the baseline and of every subject, alternating the
//    order (baseline first on even rounds, last on odd ones). With `global.gc` exposed, a full GC
//    runs before each sample, untimed, so one function's garbage is never collected on another's
//    clock. At most `rounds` (7), at least `minRounds` (3); after `maxSeconds` (20 s) no new round
//    starts whose expected duration would run past the budget.
//    A function's `check` (if any) sees the result of its first run on the measured input
//    (untimed) and fails the row when it throws: an error path would be measured otherwise.
// 4. value = median subject sample, baseline = median baseline sample (ms per run, or ops/s for
//    rates), ratio = value / baseline.
// 5. CPU time beside wall time: every sample also records the CPU time the process used (user +
//    system) plus what its waited-for children used (`/proc/self/stat` cutime + cstime, 10 ms
//    ticks), so a row that spawns a process per sample (cold start) counts the child's CPU.
//    cpuRatio = median subject CPU / median baseline CPU: on a loaded machine wall time includes
//    waiting for a core, CPU time does not. Children still running (a server) are not counted.
// 6. Every timed run calls `options.progress`: the worker tells scripts/bench.mjs, whose timeout
//    is on time without progress, so a row of bounded work never times out on a busy machine.

import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** Defaults of a benchmark's measuring options. */
export const benchDefaults = Object.freeze({
  warmup: 2,
  warmupMs: 500,
  rounds: 7,
  minRounds: 3,
  maxSeconds: 20,
  minSampleMs: 25,
});

/**
 * Whether a row meets its target: `true`, `false`, or `null` when it has none (informational) or
 * could not be measured. Times (`ms`): the target is a ceiling on `ratio`. Rates (`ops/s`): the
 * target is a floor on `value`, an absolute rate.
 *
 * @param {import('./defineBenchmark.d.mts').BenchRow} row
 * @returns {boolean | null}
 */
export function meetsTarget(row) {
  if (row.target === null || row.error !== undefined) return null;
  const measured = isRate(row.unit) ? row.value : row.ratio;
  if (measured === null) return null;
  return row.better === 'lower' ? measured <= row.target : measured >= row.target;
}

/** @param {string} unit */
export function isRate(unit) {
  return unit.endsWith('/s');
}

/**
 * Case-insensitive substring match of a row name against `--filter` values (any of them).
 * @param {string} name
 * @param {readonly string[] | undefined} filters
 */
export function matchesFilter(name, filters) {
  if (filters === undefined || filters.length === 0) return true;
  const lower = name.toLowerCase();
  return filters.some((filter) => lower.includes(filter.toLowerCase()));
}

/**
 * The rows a benchmark would produce, by name (no setup runs).
 * @param {import('./defineBenchmark.d.mts').Benchmark<unknown>} benchmark
 * @returns {string[]}
 */
export function rowNames(benchmark) {
  return normalizeSubjects(benchmark).map((subject) => subject.name);
}

/** @param {import('./defineBenchmark.d.mts').Benchmark<unknown>} benchmark */
function normalizeSubjects(benchmark) {
  if (benchmark.subjects !== undefined && benchmark.subjects.length > 0) {
    return benchmark.subjects.map((subject) => ({
      name: subject.name,
      run: subject.run,
      target: subject.target ?? null,
      check: subject.check,
    }));
  }
  return [
    {
      name: benchmark.name ?? '(unnamed)',
      run: benchmark.subject,
      target: benchmark.target ?? null,
      check: benchmark.check,
    },
  ];
}

/** @param {unknown} error */
export function describeError(error) {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const line = text.split('\n').find((l) => l.trim() !== '') ?? text;
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}

/** @param {number} x */
function significant(x) {
  return Number.isFinite(x) ? Number(x.toPrecision(4)) : null;
}

/** @param {readonly number[]} sorted @param {number} q */
function quantile(sorted, q) {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

/** @param {readonly number[]} samples */
export function median(samples) {
  return quantile(
    [...samples].sort((a, b) => a - b),
    0.5,
  );
}

/** @param {readonly number[]} samples */
function spreadOf(samples) {
  if (samples.length < 2) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = quantile(sorted, 0.5);
  return mid > 0 ? significant((quantile(sorted, 0.75) - quantile(sorted, 0.25)) / mid) : null;
}

/** CPU milliseconds of children this process has waited for (Linux; 0 elsewhere). */
function childrenCpuMs() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name in parentheses: state is field 3, cutime 16, cstime 17.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10; // USER_HZ is 100 on Linux
  } catch {
    return 0;
  }
}

/** CPU milliseconds used so far by this process and its waited-for children. */
export function cpuTimeMs() {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000 + childrenCpuMs();
}

let sink; // results land here so no engine can drop a call as dead code

/**
 * Runs one benchmark and returns one result per selected subject.
 *
 * @param {import('./defineBenchmark.d.mts').Benchmark<any>} benchmark
 * @param {{ filter?: readonly string[], now?: () => number, cpu?: () => number,
 *   gc?: (() => void) | undefined, log?: (message: string) => void }} [options]
 *   `now`, `cpu` and `gc` can be replaced (tests use a fake clock).
 * @returns {Promise<import('./defineBenchmark.d.mts').BenchResult[]>}
 */
export async function runBenchmark(benchmark, options = {}) {
  const now = options.now ?? (() => performance.now());
  const cpu = options.cpu ?? cpuTimeMs;
  const gc = 'gc' in options ? options.gc : /** @type {(() => void) | undefined} */ (globalThis.gc);
  const log = options.log ?? (() => {});
  const progress = options.progress ?? (() => {});
  const unit = benchmark.unit ?? 'ms';
  const better = isRate(unit) ? 'higher' : 'lower';
  const settings = { ...benchDefaults, ...definedOnly(benchmark) };
  const selected = normalizeSubjects(benchmark).filter((subject) =>
    matchesFilter(subject.name, options.filter),
  );
  if (selected.length === 0) return [];

  const failed = (subject, error) => ({
    row: {
      name: subject.name,
      value: null,
      unit,
      baseline: null,
      ratio: null,
      target: subject.target,
      better,
      error: describeError(error),
    },
  });

  let context;
  let warmContext;
  // 'real': warm up on the measured input; 'small': on warmupSetup()'s; 'none': warmupSetup()
  // returned undefined (the process is already warm: a smaller variant just ran).
  let warmMode = 'real';
  try {
    context = benchmark.setup === undefined ? undefined : await benchmark.setup();
    if (benchmark.warmupSetup !== undefined) {
      warmContext = await benchmark.warmupSetup();
      warmMode = warmContext === undefined ? 'none' : 'small';
    }
  } catch (error) {
    return selected.map((subject) => failed(subject, error));
  }

  const entries = [
    {
      name: 'baseline',
      run: benchmark.baseline,
      check: benchmark.baselineCheck,
      samples: [],
      cpuSamples: [],
      repeat: 1,
      error: undefined,
    },
    ...selected.map((subject) => ({
      name: subject.name,
      run: subject.run,
      check: subject.check,
      samples: [],
      cpuSamples: [],
      repeat: 1,
      error: undefined,
    })),
  ];
  const baselineEntry = entries[0];

  // Once per function, untimed: its result is what the benchmark means to measure.
  const checkResult = (entry) => {
    if (entry.check === undefined || entry.checked) return;
    entry.checked = true;
    entry.check(sink);
  };

  /** The last sample's CPU milliseconds per run (see step 5). */
  let lastCpu = 0;
  const timeOnce = async (entry, input, repeat) => {
    gc?.();
    const cpuStart = cpu();
    const start = now();
    for (let i = 0; i < repeat; i++) {
      const result = entry.run(input);
      sink =
        result !== null && typeof result === 'object' && typeof result.then === 'function'
          ? await result
          : result;
    }
    const wall = (now() - start) / repeat;
    lastCpu = (cpu() - cpuStart) / repeat;
    progress();
    return wall;
  };

  // Warm-up and calibration.
  for (const entry of entries) {
    try {
      if (warmMode === 'none') entry.repeat = 1;
      else if (warmMode === 'small') {
        for (let i = 0; i < Math.max(1, benchmark.warmup ?? 3); i++)
          await timeOnce(entry, warmContext, 1);
        entry.repeat = 1;
      } else {
        // At least `warmup` runs and `warmupMs` of them, so the JIT reaches its optimized code.
        let last = 0;
        const warmStart = now();
        for (
          let i = 0;
          i < 100_000 &&
          (i < Math.max(1, settings.warmup) || now() - warmStart < settings.warmupMs);
          i++
        ) {
          last = await timeOnce(entry, context, 1);
          // Check the first result at once: an error path would be slow and mean nothing.
          if (i === 0) checkResult(entry);
        }
        entry.repeat =
          settings.minSampleMs > 0 && last < settings.minSampleMs
            ? Math.min(1e7, Math.ceil(settings.minSampleMs / Math.max(last, 1e-6)))
            : 1;
      }
    } catch (error) {
      entry.error = error;
    }
  }
  warmContext = undefined;
  if (baselineEntry.error !== undefined)
    return selected.map((subject) => failed(subject, baselineEntry.error));

  // Interleaved rounds.
  const started = now();
  let rounds = 0;
  let lastRound = 0;
  for (let round = 0; round < settings.rounds; round++) {
    const elapsed = (now() - started) / 1000;
    if (round >= settings.minRounds && elapsed + lastRound > settings.maxSeconds) break;
    const live = entries.filter((entry) => entry.error === undefined);
    const order = round % 2 === 0 ? live : [...live].reverse();
    const roundStart = now();
    for (const entry of order) {
      try {
        entry.samples.push(await timeOnce(entry, context, entry.repeat));
        entry.cpuSamples.push(lastCpu);
        if (round === 0) checkResult(entry);
      } catch (error) {
        entry.error = error;
      }
    }
    lastRound = (now() - roundStart) / 1000;
    rounds += 1;
    log(
      `  round ${rounds}: ${order.map((e) => `${e === baselineEntry ? 'baseline' : `subject ${entries.indexOf(e)}`} ${e.samples.at(-1)?.toFixed(2) ?? '✗'} ms`).join(', ')}`,
    );
    if (baselineEntry.error !== undefined) break;
  }
  await benchmark.teardown?.(context);
  if (baselineEntry.error !== undefined)
    return selected.map((subject) => failed(subject, baselineEntry.error));

  const baselineMs = median(baselineEntry.samples);
  const baselineCpu = median(baselineEntry.cpuSamples);
  return selected.map((subject, i) => {
    const entry = entries[i + 1];
    if (entry.error !== undefined) return failed(subject, entry.error);
    const subjectMs = median(entry.samples);
    const value = isRate(unit) ? benchmark.ops / (subjectMs / 1000) : subjectMs;
    const baseline = isRate(unit)
      ? (benchmark.baselineOps ?? benchmark.ops) / (baselineMs / 1000)
      : baselineMs;
    return {
      row: {
        name: subject.name,
        value: significant(value),
        unit,
        baseline: significant(baseline),
        ratio: significant(value / baseline),
        target: subject.target,
        better,
      },
      details: {
        rounds,
        spread: spreadOf(entry.samples),
        baselineSpread: spreadOf(baselineEntry.samples),
        repeat: [entry.repeat, baselineEntry.repeat],
        cpuRatio: baselineCpu > 0 ? significant(median(entry.cpuSamples) / baselineCpu) : null,
      },
    };
  });
}

/** The measuring options a benchmark sets, without its undefined ones. */
function definedOnly(benchmark) {
  /** @type {Record<string, number>} */
  const out = {};
  for (const key of Object.keys(benchDefaults)) {
    const value = benchmark[key];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) out[key] = value;
  }
  return out;
}
