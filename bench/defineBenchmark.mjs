// The shape of a benchmark, for bench/*.bench.mjs files. See docs/performance.md ("Adding a
// benchmark") and defineBenchmark.d.mts for the full types.

/** Units a row can be reported in: a time per run (lower is better) or a rate (higher is better). */
export const benchUnits = /** @type {const} */ (['ms', 'ops/s']);

/**
 * Identity helper that documents and checks the shape of a benchmark at load time.
 *
 * A benchmark is one or more subjects measured against one baseline in the same process,
 * interleaved round by round (see runBenchmark.mjs). Single-subject form:
 *
 * ```js
 * export default [
 *   defineBenchmark({
 *     name: 'validate 10k services JSON vs JSON.parse',
 *     setup: async () => ({ text: await mallText({ services: 10_000, format: 'json' }) }),
 *     subject: (ctx) => validateMallSources([{ file: 'mall.json', text: ctx.text }]),
 *     baseline: (ctx) => JSON.parse(ctx.text),
 *     target: 1.5, // ratio subject/baseline must be ≤ 1.5
 *   }),
 * ];
 * ```
 *
 * Several subjects sharing one baseline (one row each): `subjects: [{ name, run, target }]`.
 * Rates: `unit: 'ops/s'` with `ops` (operations per subject run) and `baselineOps`; the target is
 * then an absolute floor on the subject's rate (see `meetsTarget`).
 *
 * @template C
 * @param {import('./defineBenchmark.d.mts').Benchmark<C>} benchmark
 * @returns {import('./defineBenchmark.d.mts').Benchmark<C>}
 */
export function defineBenchmark(benchmark) {
  const subjects = benchmark.subjects ?? [];
  const hasSingle = benchmark.subject !== undefined;
  if (hasSingle === subjects.length > 0) {
    throw new TypeError(
      `benchmark ${benchmark.name ?? '(unnamed)'}: give either subject (with name) or subjects, not both`,
    );
  }
  if (hasSingle && typeof benchmark.name !== 'string')
    throw new TypeError('a single-subject benchmark needs a name');
  if (typeof benchmark.baseline !== 'function')
    throw new TypeError(
      `benchmark ${benchmark.name ?? subjects[0]?.name}: baseline must be a function`,
    );
  const unit = benchmark.unit ?? 'ms';
  if (!benchUnits.includes(unit))
    throw new TypeError(`unit must be one of ${benchUnits.join(', ')}, got ${unit}`);
  if (unit === 'ops/s' && !(typeof benchmark.ops === 'number' && benchmark.ops > 0)) {
    throw new TypeError(
      `benchmark ${benchmark.name ?? subjects[0]?.name}: a rate (ops/s) needs ops > 0`,
    );
  }
  for (const subject of subjects) {
    if (typeof subject.name !== 'string' || typeof subject.run !== 'function')
      throw new TypeError('each subject needs a name and a run function');
  }
  return benchmark;
}
