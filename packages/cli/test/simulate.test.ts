import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMall } from '@mpp-kit/core';
import { main, type CliIo } from '../src/index.js';
import { createRandom } from '@mpp-kit/core/simulate';
import { createProgressReporter } from '../src/simulate/createProgressReporter.js';

const batang = fileURLToPath(new URL('../../../examples/batang', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mpp-cli-simulate-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
let files = 0;
const freshFile = () => join(dir, `sim-${String(++files)}.sqlite`);

async function simulate(args: readonly string[], io: Partial<CliIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['simulate', batang, ...args], {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    env: {},
    isTTY: false,
    isStderrTTY: false,
    cwd: dir,
    loadMall: (path, options) => loadMall(path, options) as never,
    ...io,
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('mpp simulate', () => {
  it('runs Batang day by day and prints deadline compliance per agency and step, and per service', async () => {
    const run = await simulate(['--days', '3', '--seed', '7', '--store', freshFile()]);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(
        /^day 1\/3 \(2026-\d\d-\d\d\): \d+ applications, [\d,]+ actions, \d+ deadline events$/,
      ),
      expect.stringMatching(/^day 2\/3 /),
      expect.stringMatching(/^day 3\/3 /),
    ]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(
      /^Simulated MPP Batang: 3 working days from 2026-\d\d-\d\d to 2026-\d\d-\d\d, seed 7\.$/,
    );
    expect(lines[2]).toMatch(
      /^[\d,]+ applications, [\d,]+ actions, [\d,]+ deadline events\. Finished: [\d,]+ \([\d,]+ issued, /,
    );
    expect(run.stdout).toContain('Deadline compliance per agency and step, as of');
    expect(run.stdout).toMatch(/Agency +Step +Applications +Finished +On time +Late +% on time/);
    expect(run.stdout).toMatch(/\ndpmptsp +intake +\d+/);
    expect(run.stdout).toMatch(/\ntotal +[\d,]+/);
    expect(run.stdout).toContain('Deadline compliance per service');
    // No personal data: no NIK (or any 16-digit number) in anything printed.
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/\d{16}/);
    // Plain progress lines when not on a terminal: no carriage returns, no escape codes.
    expect(run.stderr.includes('\r') || run.stderr.includes('\u001b')).toBe(false);
  }, 60_000);

  it('gives the same report for the same seed, and another for another seed', async () => {
    const body = (stdout: string) =>
      stdout
        .split('\n')
        .filter((line) => !line.startsWith('Store:'))
        .join('\n');
    const [a, b, c] = await Promise.all([
      simulate(['--days', '2', '--seed', '42', '--store', freshFile()]),
      simulate(['--days', '2', '--seed', '42', '--store', freshFile()]),
      simulate(['--days', '2', '--seed', '43', '--store', freshFile()]),
    ]);
    expect(body(a.stdout)).toBe(body(b.stdout));
    expect(body(a.stdout)).not.toBe(body(c.stdout));
  }, 60_000);

  it('rewrites one progress line on a terminal', async () => {
    const run = await simulate(
      ['--days', '2', '--seed', '1', '--store', freshFile(), '--lang', 'id'],
      { isStderrTTY: true },
    );
    expect(run.code).toBe(0);
    const rewrite = '\r\u001b[2K';
    expect(run.stderr.startsWith(`${rewrite}hari 1/2 `)).toBe(true);
    expect(run.stderr).toContain(`${rewrite}hari 2/2 `);
    expect(run.stderr.endsWith('\n')).toBe(true);
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(run.stdout).toContain('Kepatuhan tenggat per instansi dan langkah');
  }, 60_000);

  it('prints JSON, and says when it used a temporary store', async () => {
    const run = await simulate(['--days', '1', '--format', 'json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      temporaryStore: boolean;
      store: string;
      submitted: number;
      agencies: { agency: string }[];
      outcomes: { applications: number };
    };
    expect(report.temporaryStore).toBe(true);
    expect(existsSync(report.store)).toBe(true);
    expect(report.outcomes.applications).toBe(report.submitted);
    expect(report.agencies.length).toBeGreaterThan(5);
    rmSync(join(report.store, '..'), { recursive: true, force: true });
  }, 60_000);

  it('agrees with mpp report on the same store and instant: one compliance computation', async () => {
    const file = freshFile();
    const run = await simulate(['--days', '4', '--seed', '3', '--store', file, '--format', 'json']);
    expect(run.code).toBe(0);
    const simulated = JSON.parse(run.stdout) as {
      endsAt: string;
      outcomes: unknown;
      agencies: { agency: string; step: string; count: number; visits: number }[];
      total: { count: number; onTime: number; late: number; pending: number; unjudged: number };
      services: unknown;
    };
    const out: string[] = [];
    const code = await main(
      ['report', batang, '--store', file, '--now', simulated.endsAt, '--format', 'json'],
      {
        stdout: (text) => out.push(text),
        stderr: () => undefined,
        env: {},
        isTTY: false,
        isStderrTTY: false,
        cwd: dir,
        loadMall: (path, options) => loadMall(path, options) as never,
      },
    );
    expect(code).toBe(0);
    const { compliance } = JSON.parse(out.join('')) as {
      compliance: {
        outcomes: unknown;
        agencySteps: unknown;
        agencyStepTotal: unknown;
        services: unknown;
      };
    };
    expect(simulated.agencies.length).toBeGreaterThan(5);
    expect(simulated.agencies).toEqual(compliance.agencySteps);
    expect(simulated.total).toEqual(compliance.agencyStepTotal);
    expect(simulated.services).toEqual(compliance.services);
    expect(simulated.outcomes).toEqual(compliance.outcomes);
    // Every visit is judged exactly once: the columns add up, row by row and in total.
    for (const row of [...simulated.agencies, simulated.total]) {
      const judged = row as typeof simulated.total;
      expect(judged.onTime + judged.late + judged.pending + judged.unjudged).toBe(judged.count);
    }
  }, 60_000);

  it.each([
    [['--days', '0'], /--days must be a whole number/],
    [['--days', 'x'], /--days must be a whole number/],
    [
      ['--from', '2030-01-05'],
      /must lie within the years the mall's calendar covers \(2025, 2026\)/,
    ],
    [['--from', '5 May'], /--from must be a date/],
    [['--per-day', '0'], /--per-day must be a whole number/],
  ])('refuses %j as a usage error', async (args, message) => {
    const run = await simulate([...args, '--store', freshFile()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('refuses a store that already holds applications', async () => {
    const file = freshFile();
    expect((await simulate(['--days', '1', '--store', file])).code).toBe(0);
    const again = await simulate(['--days', '1', '--store', file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already holds \d+ applications/);
  }, 60_000);
});

describe('simulation helpers', () => {
  it('draws the same numbers from the same seed', () => {
    const draw = (seed: number | string) => {
      const random = createRandom(seed);
      return [
        random.next(),
        random.int(1, 6),
        random.poisson(100),
        random.weighted(['a', 'b'], [1, 3]),
      ];
    };
    expect(draw(5)).toEqual(draw(5));
    expect(draw('batang')).toEqual(draw('batang'));
    expect(draw(5)).not.toEqual(draw(6));
  });

  it('prints about ten plain progress lines for a long run off a terminal', () => {
    const out: string[] = [];
    const progress = createProgressReporter(
      { write: (text) => out.push(text), isTTY: false },
      'en',
    );
    for (let day = 1; day <= 60; day++)
      progress.update({
        day,
        days: 60,
        date: '2026-01-01',
        submitted: 0,
        actions: 0,
        deadlineEvents: 0,
        refused: 0,
      });
    progress.done();
    expect(out.length).toBe(11);
    expect(out.every((line) => line.endsWith('\n') && !line.includes('\r'))).toBe(true);
  });
});
