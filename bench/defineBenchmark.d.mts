/** Units a row can be reported in: a time per run (lower is better) or a rate (higher is better). */
export declare const benchUnits: readonly ['ms', 'ops/s'];
/** A row's unit. */
export type BenchUnit = (typeof benchUnits)[number];

/** A function measured by the harness; it receives what `setup` returned. */
export type BenchFunction<C> = (context: C) => unknown;

/** One subject of a multi-subject benchmark: one row. */
export interface BenchSubject<C> {
  readonly name: string;
  readonly run: BenchFunction<C>;
  /** Target of the row (see `meetsTarget`); `null` or absent: informational. */
  readonly target?: number | null;
  /** Sees the result of the first measured run, untimed; throwing fails the row. */
  readonly check?: (result: unknown) => void;
}

/**
 * A benchmark: subjects measured against a baseline in the same process, interleaved.
 *
 * - `unit: 'ms'` (default): value and baseline are median milliseconds per run, ratio is
 *   subject/baseline, lower is better, and `target` is a ceiling on the ratio.
 * - `unit: 'ops/s'`: value and baseline are operations per second (`ops` per subject run,
 *   `baselineOps` per baseline run, default `ops`), ratio is subject/baseline, higher is better,
 *   and `target` is a floor on the value (an absolute rate).
 */
export interface Benchmark<C = unknown> {
  /** Row name (single-subject form). */
  readonly name?: string;
  readonly subject?: BenchFunction<C>;
  readonly target?: number | null;
  readonly check?: (result: unknown) => void;
  /** Several rows sharing one baseline (instead of `name`/`subject`/`target`). */
  readonly subjects?: readonly BenchSubject<C>[];
  readonly baseline: BenchFunction<C>;
  /** Sees the result of the baseline's first measured run, untimed; throwing fails every row. */
  readonly baselineCheck?: (result: unknown) => void;
  readonly unit?: BenchUnit;
  /** Operations done by one subject run (rates only). */
  readonly ops?: number;
  /** Operations done by one baseline run (rates only; default `ops`). */
  readonly baselineOps?: number;
  /** Builds the inputs, once, untimed. Throwing fails every row of the benchmark. */
  readonly setup?: () => C | Promise<C>;
  /** Runs once after the rounds (not after a failed setup or warm-up). */
  readonly teardown?: (context: C) => void | Promise<void>;
  /**
   * A small input to warm up on instead of the real one (for runs that take seconds); returning
   * `undefined` skips the warm-up (the process is already warm: a smaller variant just ran).
   */
  readonly warmupSetup?: () => C | undefined | Promise<C | undefined>;
  /** Warm-up runs of each function before measuring (default 2; with `warmupSetup`, 3 on it). */
  readonly warmup?: number;
  /** ...and warm up each function for at least this long (default 500 ms; not with `warmupSetup`). */
  readonly warmupMs?: number;
  /** Most rounds (default 7). */
  readonly rounds?: number;
  /** Fewest rounds, even past `maxSeconds` (default 3). */
  readonly minRounds?: number;
  /** Stop adding rounds after this many seconds of measuring (default 20). */
  readonly maxSeconds?: number;
  /** A sample shorter than this repeats the function to fill it (default 25 ms; 0: never repeat). */
  readonly minSampleMs?: number;
}

/** One row of `pnpm bench --json`. `value`, `baseline` and `ratio` are `null` when it failed. */
export interface BenchRow {
  readonly name: string;
  readonly value: number | null;
  readonly unit: BenchUnit;
  readonly baseline: number | null;
  readonly ratio: number | null;
  readonly target: number | null;
  readonly better: 'lower' | 'higher';
  /** Only on a row that could not be measured: what went wrong. */
  readonly error?: string;
}

/** What the table adds to a row: how many rounds ran and how much the samples spread. */
export interface BenchDetails {
  readonly rounds: number;
  /** Interquartile range of the subject samples over their median (0.05 = 5 %). */
  readonly spread: number | null;
  readonly baselineSpread: number | null;
  /** Runs folded into one sample (subject, baseline). */
  readonly repeat: readonly [number, number];
  /**
   * Median CPU time per subject run over the baseline's (the process and its waited-for children);
   * `null` when the baseline used no measurable CPU. Absent from results made by hand.
   */
  readonly cpuRatio?: number | null;
}

/** A measured row and its details. */
export interface BenchResult {
  readonly row: BenchRow;
  readonly details?: BenchDetails;
}

export declare function defineBenchmark<C>(benchmark: Benchmark<C>): Benchmark<C>;
