// The benchmark harness (bench/, scripts/bench.mjs) and the synthetic mall generator. Nothing here
// measures speed: timings belong in `pnpm bench`. The harness runs on a fake clock.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { validateMallSources } from '@mpp-kit/core';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Benchmark, BenchRow } from '../bench/defineBenchmark.mjs';
import { defineBenchmark } from '../bench/defineBenchmark.mjs';
import { formatTable, toJsonRows } from '../bench/formatBenchResults.mjs';
import { createRandom, generateMall, workflowTemplateIds } from '../bench/generateMall.mjs';
import { serializeMall } from '../bench/mallText.mjs';
import {
  cpuTimeMs,
  matchesFilter,
  meetsTarget,
  median,
  runBenchmark,
} from '../bench/runBenchmark.mjs';

const root = resolve(import.meta.dirname, '..');
const years = [2025, 2026];

interface GeneratedService {
  workflow: string;
  fee: { kind: string };
  owner: string;
  participants?: string[];
}

function servicesOf(document: Record<string, unknown>): GeneratedService[] {
  return document['services'] as GeneratedService[];
}

describe('generateMall', () => {
  it.each(['json', 'yaml'] as const)(
    'generates a valid mall as %s (schema and cross-references)',
    (format) => {
      const text = serializeMall(generateMall({ services: 200, seed: 7 }), format);
      const result = validateMallSources([{ file: `mall.${format}`, text }], { years });
      expect(result.issues).toEqual([]);
      expect(result.ok).toBe(true);
    },
  );

  it('generates the 1,000-service mall the benchmarks use, valid', () => {
    const document = generateMall({ services: 1000, seed: 1 });
    const result = validateMallSources(
      [{ file: 'mall.json', text: serializeMall(document, 'json') }],
      { years },
    );
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.mall.services).toHaveLength(1000);
      expect(result.mall.agencies).toHaveLength(25);
      expect(result.mall.calendars[0]?.years).toEqual([2025, 2026]);
    }
  });

  it('gives byte-identical JSON and YAML for the same seed, and differs for another seed', () => {
    const a = generateMall({ services: 300, seed: 42 });
    const b = generateMall({ services: 300, seed: 42 });
    expect(serializeMall(a, 'json')).toBe(serializeMall(b, 'json'));
    expect(serializeMall(a, 'yaml')).toBe(serializeMall(b, 'yaml'));
    expect(JSON.stringify(a, null, 2)).toBe(JSON.stringify(b, null, 2));
    expect(serializeMall(generateMall({ services: 300, seed: 43 }), 'json')).not.toBe(
      serializeMall(a, 'json'),
    );
  });

  it('never calls Math.random', () => {
    const random = vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random called');
    });
    try {
      expect(() => generateMall({ services: 50, seed: 3 })).not.toThrow();
    } finally {
      random.mockRestore();
    }
  });

  it('uses every built-in workflow template and every fee kind, and never makes an owner a participant', () => {
    const services = servicesOf(generateMall({ services: 40, seed: 5 }));
    expect(new Set(services.map((s) => s.workflow))).toEqual(new Set(workflowTemplateIds));
    expect(new Set(services.map((s) => s.fee.kind))).toEqual(
      new Set(['free', 'fixed', 'table', 'formula']),
    );
    for (const service of services) expect(service.participants ?? []).not.toContain(service.owner);
  });

  it('writes no YAML aliases (shared objects would become anchors)', () => {
    const yaml = serializeMall(generateMall({ services: 100, seed: 9 }), 'yaml');
    expect(yaml).not.toMatch(/(^|\s)[&*][a-z]/m);
  });

  it('has a seeded PRNG that repeats and stays in [0, 1)', () => {
    const first = createRandom(123);
    const second = createRandom(123);
    const draws = Array.from({ length: 1000 }, () => first());
    expect(Array.from({ length: 1000 }, () => second())).toEqual(draws);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(createRandom(124)()).not.toBe(draws[0]);
  });
});

/** A fake clock: each function advances it by its cost, so timings are exact. */
function fakeClock() {
  let time = 0;
  return {
    now: () => time,
    spend: (ms: number) => {
      time += ms;
    },
  };
}

const quick = {
  warmup: 1,
  warmupMs: 0,
  minSampleMs: 0,
  rounds: 5,
  minRounds: 3,
  maxSeconds: 1000,
} as const;

describe('runBenchmark', () => {
  it('interleaves subject and baseline, alternating the order, after a warm-up', async () => {
    const clock = fakeClock();
    const calls: string[] = [];
    const benchmark = defineBenchmark({
      name: 'subject vs baseline',
      subject: () => {
        calls.push('s');
        clock.spend(30);
      },
      baseline: () => {
        calls.push('b');
        clock.spend(20);
      },
      target: 1.5,
      ...quick,
      rounds: 4,
    });
    // The fake clock stands for CPU time too: all of a sample's time is CPU time here.
    const [result] = await runBenchmark(benchmark, {
      now: clock.now,
      cpu: clock.now,
      gc: undefined,
    });
    // Warm-up: baseline then subject, once each; then b s | s b | b s | s b.
    expect(calls.join('')).toBe('bs' + 'bs' + 'sb' + 'bs' + 'sb');
    expect(result?.row).toEqual({
      name: 'subject vs baseline',
      value: 30,
      unit: 'ms',
      baseline: 20,
      ratio: 1.5,
      target: 1.5,
      better: 'lower',
    });
    expect(result?.details?.rounds).toBe(4);
    expect(result?.details?.cpuRatio).toBe(1.5);
    expect(meetsTarget(result!.row)).toBe(true);
  });

  it('reports progress after every timed run, warm-up and samples alike', async () => {
    const clock = fakeClock();
    let runs = 0;
    let progress = 0;
    const benchmark = defineBenchmark({
      name: 'progress',
      subject: () => {
        runs++;
        clock.spend(30);
      },
      baseline: () => {
        runs++;
        clock.spend(20);
      },
      target: null,
      ...quick,
      rounds: 4,
      minRounds: 4,
    });
    await runBenchmark(benchmark, {
      now: clock.now,
      cpu: clock.now,
      gc: undefined,
      progress: () => progress++,
    });
    // One warm-up run and four samples of each function.
    expect(runs).toBe(10);
    expect(progress).toBe(runs);
  });

  it('counts the CPU time of a child process it waited for', () => {
    const before = cpuTimeMs();
    // The child spins until it has used 300 ms of CPU, however long the machine makes it wait.
    const child = spawnSync(process.execPath, [
      '-e',
      'const s = process.cpuUsage(); while ((process.cpuUsage(s).user + process.cpuUsage(s).system) < 300000);',
    ]);
    expect(child.status).toBe(0);
    expect(cpuTimeMs() - before).toBeGreaterThanOrEqual(250);
  });

  it('takes the median of the per-round samples, so one disturbed round does not move it', async () => {
    const clock = fakeClock();
    let round = 0;
    const [result] = await runBenchmark(
      defineBenchmark({
        name: 'noisy',
        subject: () => clock.spend(round++ === 3 ? 500 : 10),
        baseline: () => clock.spend(5),
        ...quick,
      }),
      { now: clock.now, gc: undefined },
    );
    expect(result?.row.value).toBe(10);
    expect(result?.row.ratio).toBe(2);
  });

  it('folds fast functions into longer samples and reports the time of one run', async () => {
    const clock = fakeClock();
    let subjectRuns = 0;
    const [result] = await runBenchmark(
      defineBenchmark({
        name: 'fast',
        subject: () => {
          subjectRuns++;
          clock.spend(0.5);
        },
        baseline: () => clock.spend(0.25),
        ...quick,
        minSampleMs: 10,
      }),
      { now: clock.now, gc: undefined },
    );
    expect(result?.details?.repeat).toEqual([20, 40]);
    expect(subjectRuns).toBe(1 + 5 * 20);
    expect(result?.row.value).toBe(0.5);
    expect(result?.row.ratio).toBe(2);
  });

  it('reports rates as operations per second, with an absolute target on the value', async () => {
    const clock = fakeClock();
    const [result] = await runBenchmark(
      defineBenchmark({
        name: 'rate',
        unit: 'ops/s',
        ops: 1000,
        subject: () => clock.spend(2), // 1000 ops in 2 ms
        baseline: () => clock.spend(0.5),
        target: 1_000_000,
        ...quick,
      }),
      { now: clock.now, gc: undefined },
    );
    expect(result?.row).toMatchObject({
      value: 500_000,
      baseline: 2_000_000,
      ratio: 0.25,
      unit: 'ops/s',
      better: 'higher',
      target: 1_000_000,
    });
    expect(meetsTarget(result!.row)).toBe(false);
  });

  it('runs several subjects against one baseline, one row each, and honours the filter', async () => {
    const clock = fakeClock();
    const setup = vi.fn(() => ({ cost: 10 }));
    const benchmark = defineBenchmark({
      subjects: [
        { name: 'read YAML', run: ({ cost }: { cost: number }) => clock.spend(cost), target: 1.3 },
        {
          name: 'validate YAML',
          run: ({ cost }: { cost: number }) => clock.spend(cost * 2),
          target: null,
        },
      ],
      setup,
      baseline: ({ cost }: { cost: number }) => clock.spend(cost),
      ...quick,
    });
    const all = await runBenchmark(benchmark, { now: clock.now, gc: undefined });
    expect(all.map((r) => [r.row.name, r.row.ratio, meetsTarget(r.row)])).toEqual([
      ['read YAML', 1, true],
      ['validate YAML', 2, null],
    ]);
    const some = await runBenchmark(benchmark, {
      now: clock.now,
      gc: undefined,
      filter: ['VALIDATE'],
    });
    expect(some.map((r) => r.row.name)).toEqual(['validate YAML']);
    setup.mockClear();
    expect(await runBenchmark(benchmark, { filter: ['nothing'] })).toEqual([]);
    expect(setup).not.toHaveBeenCalled();
  });

  it('stops adding rounds after maxSeconds, but never runs fewer than minRounds', async () => {
    const clock = fakeClock();
    const [result] = await runBenchmark(
      defineBenchmark({
        name: 'slow',
        subject: () => clock.spend(4000),
        baseline: () => clock.spend(1000),
        ...quick,
        rounds: 10,
        maxSeconds: 12,
      }),
      { now: clock.now, gc: undefined },
    );
    expect(result?.details?.rounds).toBe(3);
  });

  it('turns a throwing subject, check or setup into a failed row without stopping the others', async () => {
    const clock = fakeClock();
    const results = await runBenchmark(
      defineBenchmark({
        subjects: [
          { name: 'fine', run: () => clock.spend(1) },
          {
            name: 'throws',
            run: () => {
              throw new Error('CLI exited with 2\nstack...');
            },
          },
          {
            name: 'wrong result',
            run: () => ({ ok: false }),
            check: () => {
              throw new Error('not valid');
            },
          },
        ],
        baseline: () => clock.spend(1),
        ...quick,
      }),
      { now: clock.now, gc: undefined },
    );
    expect(results.map((r) => [r.row.name, r.row.error ?? 'measured'])).toEqual([
      ['fine', 'measured'],
      ['throws', 'Error: CLI exited with 2'],
      ['wrong result', 'Error: not valid'],
    ]);
    expect(results[1]?.row).toMatchObject({ value: null, baseline: null, ratio: null });
    expect(meetsTarget(results[1]!.row)).toBeNull();

    const failedSetup = await runBenchmark(
      defineBenchmark<unknown>({
        name: 'no input',
        setup: () => {
          throw new Error('cannot generate');
        },
        subject: () => 0,
        baseline: () => 0,
        target: 2,
      }),
    );
    expect(failedSetup[0]?.row).toMatchObject({
      name: 'no input',
      error: 'Error: cannot generate',
      target: 2,
      value: null,
    });
  });

  it('rejects a benchmark with both or neither of subject and subjects', () => {
    expect(() => defineBenchmark({ name: 'x', baseline: () => 0 } as Benchmark)).toThrow(TypeError);
    expect(() =>
      defineBenchmark({
        name: 'x',
        subject: () => 0,
        subjects: [{ name: 'y', run: () => 0 }],
        baseline: () => 0,
      }),
    ).toThrow(TypeError);
    expect(() =>
      defineBenchmark({ name: 'x', subject: () => 0, baseline: () => 0, unit: 'ops/s' }),
    ).toThrow(/ops > 0/);
  });
});

describe('meetsTarget, filters and output', () => {
  const row = (overrides: Partial<BenchRow>): BenchRow => ({
    name: 'r',
    value: 10,
    unit: 'ms',
    baseline: 5,
    ratio: 2,
    target: 2,
    better: 'lower',
    ...overrides,
  });

  it('compares times by ratio (a ceiling) and rates by value (a floor)', () => {
    expect(meetsTarget(row({ ratio: 2, target: 2 }))).toBe(true);
    expect(meetsTarget(row({ ratio: 2.01, target: 2 }))).toBe(false);
    expect(meetsTarget(row({ target: null }))).toBeNull();
    const rate = row({
      unit: 'ops/s',
      better: 'higher',
      value: 1_200_000,
      baseline: 9e8,
      ratio: 0.0013,
      target: 1_000_000,
    });
    expect(meetsTarget(rate)).toBe(true);
    expect(meetsTarget({ ...rate, value: 999_999 })).toBe(false);
  });

  it('matches filters as case-insensitive substrings, any of them', () => {
    expect(matchesFilter('read 10k services YAML', ['yaml'])).toBe(true);
    expect(matchesFilter('read 10k services YAML', ['json', '10K'])).toBe(true);
    expect(matchesFilter('read 10k services YAML', ['json'])).toBe(false);
    expect(matchesFilter('anything', [])).toBe(true);
  });

  it('takes medians', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });

  it('prints JSON rows with exactly the documented keys, and error only on failed rows', () => {
    const rows = toJsonRows([
      { row: row({}), details: { rounds: 5, spread: 0.1, baselineSpread: 0.1, repeat: [1, 1] } },
      {
        row: row({
          name: 'broken',
          value: null,
          baseline: null,
          ratio: null,
          error: 'Error: boom',
        }),
      },
    ]);
    expect(Object.keys(rows[0]!)).toEqual([
      'name',
      'value',
      'unit',
      'baseline',
      'ratio',
      'target',
      'better',
    ]);
    const measured = toJsonRows([
      {
        row: row({}),
        details: { rounds: 5, spread: 0.1, baselineSpread: 0.1, repeat: [1, 1], cpuRatio: 1.5 },
      },
    ]);
    expect(measured[0]).toMatchObject({ ratio: row({}).ratio, cpuRatio: 1.5 });
    expect(Object.keys(rows[1]!)).toEqual([
      'name',
      'value',
      'unit',
      'baseline',
      'ratio',
      'target',
      'better',
      'error',
    ]);
  });

  it('marks met, missed, informational and failed rows in the table', () => {
    const table = formatTable([
      { row: row({ name: 'met' }) },
      { row: row({ name: 'missed', ratio: 3 }) },
      { row: row({ name: 'info', target: null }) },
      {
        row: row({
          name: 'broken',
          value: null,
          baseline: null,
          ratio: null,
          error: 'Error: CLI failed',
        }),
      },
    ]);
    expect(table).toMatch(/✓\s+met/);
    expect(table).toMatch(/✗ MISSED\s+missed/);
    expect(table).toMatch(/·\s+info/);
    expect(table).toMatch(/✗ FAILED\s+broken/);
    expect(table).toContain('↳ Error: CLI failed');
  });
});

describe('scripts/bench.mjs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mpp-bench-'));
  const crashDir = mkdtempSync(join(tmpdir(), 'mpp-bench-crash-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(crashDir, { recursive: true, force: true });
  });
  const define = pathToFileURL(join(root, 'bench', 'defineBenchmark.mjs')).href;
  const options = 'warmup: 1, warmupMs: 0, rounds: 3, minRounds: 3';
  writeFileSync(
    join(dir, 'a-fine.bench.mjs'),
    `import { defineBenchmark } from '${define}';
console.log('a library printing on stdout must not corrupt --json');
export default [defineBenchmark({ name: 'trivial sum vs empty', subject: () => { let s = 0; for (let i = 0; i < 1000; i++) s += i; return s; }, baseline: () => 0, target: 1e9, ${options} })];
`,
  );
  writeFileSync(
    join(dir, 'b-broken.bench.mjs'),
    `import { defineBenchmark } from '${define}';
export default [defineBenchmark({ name: 'broken subject', subject: () => { throw new Error('the CLI is not built'); }, baseline: () => 0, target: 3, ${options} })];
`,
  );
  writeFileSync(join(crashDir, 'crash.bench.mjs'), `process.exit(3);\n`);

  const benchIn = (folder: string, ...args: string[]) =>
    spawnSync(
      process.execPath,
      [join(root, 'scripts', 'bench.mjs'), '--no-build', '--dir', folder, ...args],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
  const bench = (...args: string[]) => benchIn(dir, ...args);

  it('prints only the JSON rows on stdout with --json, and exits 0 when every row was measured', () => {
    const run = bench('--json', '--filter', 'trivial');
    expect(run.status).toBe(0);
    const rows = JSON.parse(run.stdout) as BenchRow[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      name: 'trivial sum vs empty',
      unit: 'ms',
      target: 1e9,
      better: 'lower',
    });
    expect(typeof rows[0]?.value).toBe('number');
    expect(run.stderr).toContain('must not corrupt');
  });

  it('reports a failing benchmark as a failed row, after the others, and exits 1', () => {
    const run = bench('--json');
    expect(run.status).toBe(1);
    const rows = JSON.parse(run.stdout) as BenchRow[];
    expect(rows.map((r) => [r.name, r.error ?? 'measured'])).toEqual([
      ['trivial sum vs empty', 'measured'],
      ['broken subject', 'Error: the CLI is not built'],
    ]);
  });

  it('times out a worker on a stall, not on a long row that keeps making progress', () => {
    const slowDir = mkdtempSync(join(tmpdir(), 'mpp-bench-slow-'));
    try {
      // Every run blocks for 1 s: 8 timed runs take 8 s, longer than the 5 s timeout, but never
      // 5 s without progress. The stalled file blocks for 12 s in one run.
      const block = (ms: number) =>
        `() => { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${ms}); return 1; }`;
      writeFileSync(
        join(slowDir, 'a-long.bench.mjs'),
        `import { defineBenchmark } from '${define}';
export default [defineBenchmark({ name: 'long but moving', subject: ${block(1000)}, baseline: ${block(1000)}, target: null, ${options}, minSampleMs: 0 })];
`,
      );
      writeFileSync(
        join(slowDir, 'b-stalled.bench.mjs'),
        `import { defineBenchmark } from '${define}';
export default [defineBenchmark({ name: 'stalled', subject: ${block(12_000)}, baseline: () => 0, target: null, ${options} })];
`,
      );
      const run = spawnSync(
        process.execPath,
        [join(root, 'scripts', 'bench.mjs'), '--no-build', '--dir', slowDir, '--json'],
        {
          cwd: root,
          encoding: 'utf8',
          timeout: 60_000,
          env: { ...process.env, MPP_BENCH_TIMEOUT_MS: '5000' },
        },
      );
      const rows = JSON.parse(run.stdout) as BenchRow[];
      expect(rows.map((r) => [r.name, r.error ?? 'measured'])).toEqual([
        ['long but moving', 'measured'],
        ['stalled', 'made no progress for 5 s (MPP_BENCH_TIMEOUT_MS)'],
      ]);
      expect(run.status).toBe(1);
    } finally {
      rmSync(slowDir, { recursive: true, force: true });
    }
  });

  it('reports a bench file whose worker crashed, and exits 1', () => {
    const run = benchIn(crashDir, '--json');
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([
      {
        name: 'crash.bench.mjs (could not run)',
        value: null,
        unit: 'ms',
        baseline: null,
        ratio: null,
        target: null,
        better: 'lower',
        error: 'worker exited with code 3',
      },
    ]);
  });

  it('prints a table with markers, and exits 2 when nothing matches the filter', () => {
    const table = bench('--filter', 'broken');
    expect(table.stdout).toMatch(/✗ FAILED\s+broken subject/);
    expect(table.stdout).toContain('↳ Error: the CLI is not built');
    const none = bench('--json', '--filter', 'no such benchmark');
    expect(none.status).toBe(2);
    expect(JSON.parse(none.stdout)).toEqual([]);
  });
});
