// Does validation stay linear in time and memory from 1,000 to 100,000 services? (issue 15 item 1)
// Not a *.bench.mjs row: 100,000 services take minutes and over a gigabyte on this machine. Run it
// by hand on the built dist: `node bench/validateScaling.mjs [1000 10000 100000]`.
//
// Each size runs in a process of its own (so peak memory is that size's): the generated mall is
// written as compact JSON in files of at most 10,000 services (under readConfigText's 16 MiB per
// file), validated with validateMallSources (caps raised to fit), against JSON.parse of the same
// texts. Prints one JSON line per size: ms per service for both, and peak RSS.
import { spawnSync } from 'node:child_process';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { generateMall } from './generateMall.mjs';

const perFile = 10_000;

/** The mall as file texts: everything but services in one, services in files of `perFile`. */
function mallFiles(services) {
  const { services: all, ...rest } = generateMall({ services });
  const files = [{ file: 'mall.json', text: JSON.stringify(rest) }];
  for (let i = 0; i < all.length; i += perFile)
    files.push({
      file: `services-${i / perFile}.json`,
      text: JSON.stringify({ apiVersion: rest.apiVersion, services: all.slice(i, i + perFile) }),
    });
  return files;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function measure(services) {
  const { validateMallSources } = await import('@mpp-kit/core');
  const files = mallFiles(services);
  const runs = services >= 100_000 ? 1 : 3;
  const time = (fn) => {
    const cpu = process.cpuUsage();
    const start = performance.now();
    fn();
    const usage = process.cpuUsage(cpu);
    return { wall: performance.now() - start, cpu: (usage.user + usage.system) / 1000 };
  };
  const options = { years: [2025, 2026], maxTotalBytes: 1 << 30 };
  // One untimed run of each warms the JIT.
  for (const { text } of files) JSON.parse(text);
  const warm = validateMallSources(files, options);
  if (!warm.ok || warm.issues.length > 0)
    throw new Error(`the generated mall has issues: ${JSON.stringify(warm.issues.slice(0, 2))}`);
  const parse = [];
  const validate = [];
  for (let i = 0; i < runs; i++) {
    parse.push(time(() => files.forEach(({ text }) => JSON.parse(text))));
    validate.push(time(() => validateMallSources(files, options)));
  }
  const pick = (samples, key) => median(samples.map((s) => s[key]));
  return {
    services,
    bytes: files.reduce((sum, { text }) => sum + text.length, 0),
    parseMs: Math.round(pick(parse, 'wall')),
    validateMs: Math.round(pick(validate, 'wall')),
    ratio: Number((pick(validate, 'wall') / pick(parse, 'wall')).toFixed(2)),
    cpuRatio: Number((pick(validate, 'cpu') / pick(parse, 'cpu')).toFixed(2)),
    validateUsPerService: Math.round((pick(validate, 'wall') * 1000) / services),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

const [, , mode, size] = process.argv;
if (mode === '--one') {
  process.stdout.write(`${JSON.stringify(await measure(Number(size)))}\n`);
} else {
  const sizes = process.argv.slice(2).map(Number);
  for (const services of sizes.length > 0 ? sizes : [1000, 10_000, 100_000]) {
    const child = spawnSync(
      process.execPath,
      ['--max-old-space-size=8192', fileURLToPath(import.meta.url), '--one', String(services)],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    if (child.status !== 0) throw new Error(`${services} services: exit ${child.status}`);
    process.stdout.write(child.stdout);
  }
}
