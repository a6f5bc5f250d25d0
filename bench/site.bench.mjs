// `mpp site` at scale (issue 15 item 6): the catalogue site of a 10,000-service mall against the
// same for 1,000 services, each written by `writeCatalogueSite` in a new process
// (bench/_writeSite.mjs), which loads the generated mall (compact JSON), writes the site into a
// temporary folder and reports its peak resident set size.
//
// Same work: both sides run the same program on malls from the same generator that differ only in
// their number of services; the site of 10,000 services has ten times the pages. The time ratio is
// informational (≈ 10× when the cost per page is flat). The memory is the point: pages are
// rendered, written and let go one at a time, so the peak RSS grows with the mall (its parsed
// configuration), not with the site. The row fails when the peak RSS of the 10k run exceeds
// `rssCeiling` times the 1k run's (before streaming: 1.97 GB against 317 MB, 6.2×).
//
// One sample of each (no warm-up: every sample is a new process anyway): a 10k site takes minutes
// on a busy 2-core machine. Bounded work: the harness's timeout counts time without progress, and a
// sample is one process.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { defineBenchmark } from './defineBenchmark.mjs';
import { mallText, repoRoot } from './mallText.mjs';

const rssCeiling = 3;
const child = join(repoRoot, 'bench', '_writeSite.mjs');

function mallFile(services) {
  const dir = join(repoRoot, '.bench-tmp');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `site-mall-${services}.json`);
  writeFileSync(file, mallText({ services, format: 'json' }));
  return file;
}

/** Writes the site of `file` in a new process; its report (peak RSS, files, bytes). */
function writeSite(file) {
  const outDir = mkdtempSync(join(tmpdir(), 'mpp-bench-site-'));
  try {
    const run = spawnSync(process.execPath, [child, file, outDir], {
      cwd: repoRoot,
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (run.status !== 0) {
      throw new Error(
        `bench/_writeSite.mjs exited with ${run.status ?? run.signal}: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`,
      );
    }
    return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

let small;

export default [
  defineBenchmark({
    name: `mpp site: write the 10k-service catalogue site vs the 1k one, a new process each (time; fails when the peak RSS ratio exceeds ${rssCeiling}×, printed on stderr)`,
    setup: () => ({ large: mallFile(10_000), small: mallFile(1_000) }),
    // Every sample is a new process: nothing to warm up.
    warmupSetup: () => undefined,
    subject: (context) => writeSite(context.large),
    baseline: (context) => writeSite(context.small),
    baselineCheck: (report) => {
      small = report;
    },
    check: (large) => {
      if (small === undefined) throw new Error('the 1k site was not written first');
      const mb = (kb) => (kb / 1024).toFixed(0);
      const ratio = large.maxRssKb / small.maxRssKb;
      process.stderr.write(
        `  mpp site: peak RSS ${mb(large.maxRssKb)} MB for 10k services (${mb(large.loadPeakKb)} MB after loading the mall; ${large.files} files, ${(large.bytes / 1e6).toFixed(0)} MB), ${mb(small.maxRssKb)} MB for 1k (${mb(small.loadPeakKb)} MB after loading; ${small.files} files): ratio ${ratio.toFixed(2)}×\n`,
      );
      if (ratio > rssCeiling) {
        throw new Error(
          `the 10k site peaked at ${ratio.toFixed(2)}× the 1k site's memory (ceiling ${rssCeiling}×): pages are held in memory`,
        );
      }
    },
    target: null,
    rounds: 1,
    minRounds: 1,
    minSampleMs: 0,
  }),
];
