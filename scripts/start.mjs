// The main job: the Batang mall end to end. Run with `pnpm start` after `pnpm install`.
// Validates the configuration, simulates a month of applications through the runtime on a SQLite
// store, prints the reports, and writes the catalogue site, the service standards and the lifecycle
// diagrams to an output folder it names at the end.
import { mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { main } from '@mpp-kit/cli/bin';
import { commandTable } from '@mpp-kit/cli';
import {
  compileServiceLifecycle,
  createMallCalendar,
  loadMall,
  renderServiceStandard,
} from '@mpp-kit/core';
import { toMermaid } from '@mpp-kit/workflows';

const mallPath = process.argv[2] ?? 'examples/batang';
const outDir = resolve(process.argv[3] ?? 'out/batang');
const step = (title) => console.log(`\n━━ ${title} ━━`);
const run = async (args) => {
  const code = await main(args);
  if (code !== 0) {
    console.error(`\n\`mpp ${args.join(' ')}\` exited ${code}; stopping.`);
    process.exit(code);
  }
};
const has = (name) => commandTable.some((command) => command.name === name);

step(`1. mpp validate ${mallPath}`);
await run(['validate', mallPath]);

step('2. The mall in numbers');
const result = await loadMall(mallPath);
if (!result.ok) process.exit(1);
const { mall } = result;
const name = typeof mall.mall.name === 'string' ? mall.mall.name : mall.mall.name.id;
const licensing = mall.services.filter((s) => s.type === 'licensing').length;
console.log(
  `${name} (${mall.mall.id}), region ${mall.mall.region}, ${mall.mall.timeZone}, coordinator ${mall.mall.coordinator}`,
);
console.log(
  `${mall.agencies.length} agencies, ${mall.counters.length} counters, ${mall.services.length} services ` +
    `(${licensing} licensing, ${mall.services.length - licensing} non-licensing); calendars ` +
    mall.calendars.map((c) => `${c.id} ${c.years.join('–')}`).join(', '),
);

mkdirSync(outDir, { recursive: true });
const store = join(outDir, 'batang.sqlite');
if (has('simulate')) {
  step('3. Simulate a month of applications (runtime on SQLite)');
  for (const suffix of ['', '-wal', '-shm']) rmSync(store + suffix, { force: true });
  await run(['simulate', mallPath, '--days', '30', '--seed', '1', '--store', store]);
}

step(
  '4. Reports: Whole-of-Government assessment' +
    (existsSync(store) ? ' and deadline compliance' : ''),
);
await run(['report', mallPath, ...(existsSync(store) ? ['--store', store] : [])]);

step('5. Catalogue site, service standards and lifecycle diagrams');
await run(['site', mallPath, '--out', join(outDir, 'site'), '--force']);
const calendar = createMallCalendar(mall);
mkdirSync(join(outDir, 'standards'), { recursive: true });
mkdirSync(join(outDir, 'diagrams'), { recursive: true });
for (const service of mall.services) {
  for (const format of ['markdown', 'html']) {
    const text = renderServiceStandard(mall, service.id, { format, locale: 'id' });
    writeFileSync(
      join(outDir, 'standards', `${service.id}.${format === 'markdown' ? 'md' : 'html'}`),
      text,
    );
  }
  const machine = compileServiceLifecycle(mall, service.id, { calendar });
  writeFileSync(
    join(outDir, 'diagrams', `${service.id}.mmd`),
    toMermaid(machine, { locale: 'id' }),
  );
}
console.log(
  `wrote ${mall.services.length * 2} service standards (Markdown and HTML) and ${mall.services.length} Mermaid diagrams`,
);

step('Done');
console.log(`Output folder: ${outDir}`);
console.log(
  `  site:      ${join(outDir, 'site', 'index.html')} (open it in a browser; works offline)`,
);
console.log(`  standards: ${join(outDir, 'standards')}`);
console.log(`  diagrams:  ${join(outDir, 'diagrams')}`);
if (existsSync(store)) console.log(`  store:     ${store}`);
