// Output of `pnpm bench`: the table for people, the JSON rows for machines. Pure functions.
import { isRate, meetsTarget } from './runBenchmark.mjs';

/**
 * The rows of `pnpm bench --json`: `{ name, value, unit, baseline, ratio, target, better }`, plus
 * `cpuRatio` (CPU time over the baseline's) on a measured row and `error` on a row that could not
 * be measured.
 *
 * @param {readonly import('./defineBenchmark.d.mts').BenchResult[]} results
 * @returns {import('./defineBenchmark.d.mts').BenchRow[]}
 */
export function toJsonRows(results) {
  return results.map(({ row, details }) => {
    const out = {
      name: row.name,
      value: row.value,
      unit: row.unit,
      baseline: row.baseline,
      ratio: row.ratio,
      target: row.target,
      better: row.better,
    };
    if (row.error !== undefined) return { ...out, error: row.error };
    // CPU time beside wall time (see runBenchmark.mjs, step 5).
    return details?.cpuRatio === undefined ? out : { ...out, cpuRatio: details.cpuRatio };
  });
}

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** @param {number | null} x @param {string} unit */
function formatMeasure(x, unit) {
  if (x === null) return '—';
  if (isRate(unit)) return `${grouped.format(x)} ${unit}`;
  return `${x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toPrecision(3)} ${unit}`;
}

/** @param {import('./defineBenchmark.d.mts').BenchRow} row */
export function formatTarget(row) {
  if (row.target === null) return '— (info)';
  const sign = row.better === 'lower' ? '≤' : '≥';
  return isRate(row.unit)
    ? `${sign} ${grouped.format(row.target)} ${row.unit}`
    : `${sign} ${row.target}×`;
}

/** @param {import('./defineBenchmark.d.mts').BenchRow} row */
function marker(row) {
  if (row.error !== undefined) return '✗ FAILED';
  const met = meetsTarget(row);
  return met === null ? '·' : met ? '✓' : '✗ MISSED';
}

/** @param {number | null} spread */
function formatSpread(spread) {
  return spread === null ? '' : `±${(spread * 50).toFixed(spread * 50 < 10 ? 1 : 0)}%`;
}

/**
 * The table `pnpm bench` prints: one line per row with a ✓ (target met), ✗ MISSED, · (no target)
 * or ✗ FAILED marker, and the error under a failed row. `spread` is half the interquartile range
 * of the samples relative to their median.
 *
 * @param {readonly import('./defineBenchmark.d.mts').BenchResult[]} results
 * @returns {string}
 */
export function formatTable(results) {
  const header = [
    '',
    'benchmark',
    'value',
    'baseline',
    'ratio',
    'cpu ratio',
    'target',
    'rounds',
    'spread (subject / baseline)',
  ];
  const lines = results.map(({ row, details }) => [
    marker(row),
    row.name,
    formatMeasure(row.value, row.unit),
    formatMeasure(row.baseline, row.unit),
    row.ratio === null ? '—' : `${row.ratio}×`,
    details?.cpuRatio === undefined || details.cpuRatio === null ? '—' : `${details.cpuRatio}×`,
    formatTarget(row),
    details === undefined ? '' : String(details.rounds),
    details === undefined
      ? ''
      : `${formatSpread(details.spread)} / ${formatSpread(details.baselineSpread)}`,
  ]);
  const widths = header.map((title, i) =>
    Math.max([...title].length, ...lines.map((line) => [...line[i]].length)),
  );
  const pad = (cells) =>
    cells
      .map((cell, i) =>
        i >= 2 && i <= 5
          ? cell.padStart(widths[i] + cell.length - [...cell].length)
          : cell.padEnd(widths[i] + cell.length - [...cell].length),
      )
      .join('  ')
      .trimEnd();
  const out = [pad(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  results.forEach(({ row }, i) => {
    out.push(pad(lines[i]));
    if (row.error !== undefined) out.push(`    ↳ ${row.error}`);
  });
  return out.join('\n');
}
