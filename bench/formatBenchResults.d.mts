import type { BenchResult, BenchRow } from './defineBenchmark.mjs';

/** The rows of `pnpm bench --json` (`error` only on failed rows). */
export declare function toJsonRows(results: readonly BenchResult[]): BenchRow[];
/** A row's target for people: `≤ 1.5×`, `≥ 1,000,000 ops/s`, `— (info)`. */
export declare function formatTarget(row: BenchRow): string;
/** The table `pnpm bench` prints. */
export declare function formatTable(results: readonly BenchResult[]): string;
