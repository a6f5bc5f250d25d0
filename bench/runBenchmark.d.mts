import type { Benchmark, BenchResult, BenchRow } from './defineBenchmark.mjs';

/** Defaults of a benchmark's measuring options. */
export declare const benchDefaults: Readonly<{
  warmup: number;
  warmupMs: number;
  rounds: number;
  minRounds: number;
  maxSeconds: number;
  minSampleMs: number;
}>;

/** Options of {@link runBenchmark}; `now` and `gc` can be replaced (tests use a fake clock). */
export interface RunBenchmarkOptions {
  /** CPU time in ms (default: this process and its waited-for children). */
  readonly cpu?: () => number;
  readonly filter?: readonly string[];
  readonly now?: () => number;
  readonly gc?: (() => void) | undefined;
  readonly log?: (message: string) => void;
  /**
   * Called after every timed run (warm-up and samples): the worker reports it to
   * `scripts/bench.mjs`, whose timeout counts time without progress, not a row's whole time.
   */
  readonly progress?: () => void;
}

/** Runs one benchmark; one result per subject the filter selects. */
export declare function runBenchmark<C>(
  benchmark: Benchmark<C>,
  options?: RunBenchmarkOptions,
): Promise<BenchResult[]>;
/** `true`/`false` against the target; `null` without one or when the row failed. */
export declare function meetsTarget(row: BenchRow): boolean | null;
/** Whether a unit is a rate (`…/s`). */
export declare function isRate(unit: string): boolean;
/** Case-insensitive substring match against any of the filters (all rows without filters). */
export declare function matchesFilter(
  name: string,
  filters: readonly string[] | undefined,
): boolean;
/** The row names a benchmark produces. */
export declare function rowNames<C>(benchmark: Benchmark<C>): string[];
/** The first line of an error, at most 300 characters. */
export declare function describeError(error: unknown): string;
/** The median of some samples. */
export declare function median(samples: readonly number[]): number;

/** CPU milliseconds used so far by this process and the children it waited for (Linux counts them). */
export declare function cpuTimeMs(): number;
