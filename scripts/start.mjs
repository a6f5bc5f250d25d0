// The main job: the Batang mall end to end. Run with `pnpm start` after `pnpm install`.
import { main } from '@mpp-kit/cli/bin';
import { loadMall } from '@mpp-kit/core';

const mallPath = process.argv[2] ?? 'examples/batang';
const step = (title) => console.log(`\n━━ ${title} ━━`);

step(`1. mpp validate ${mallPath}`);
const validateCode = await main(['validate', mallPath]);
if (validateCode !== 0) {
  console.error(`\nThe configuration in ${mallPath} has errors (exit ${validateCode}); stopping.`);
  process.exit(validateCode);
}

step('2. The mall in numbers');
const result = await loadMall(mallPath);
if (!result.ok) process.exit(1);
const { mall } = result;
const name = typeof mall.mall.name === 'string' ? mall.mall.name : mall.mall.name.id;
console.log(`${name} (${mall.mall.id}), region ${mall.mall.region}, ${mall.mall.timeZone}`);
console.log(`coordinator: ${mall.mall.coordinator}; opened ${mall.mall.opened ?? 'n/a'}`);
const byKind = new Map();
for (const agency of mall.agencies) byKind.set(agency.kind, (byKind.get(agency.kind) ?? 0) + 1);
console.log(`agencies: ${mall.agencies.length} (${[...byKind].map(([k, n]) => `${n} ${k}`).join(', ')})`);
console.log(`counters: ${mall.counters.length}`);
const licensing = mall.services.filter((s) => s.type === 'licensing').length;
console.log(`services: ${mall.services.length} (${licensing} licensing, ${mall.services.length - licensing} non-licensing)`);
const perAgency = new Map();
for (const service of mall.services) perAgency.set(service.owner, (perAgency.get(service.owner) ?? 0) + 1);
const rows = [...perAgency].sort((a, b) => b[1] - a[1]);
const width = Math.max(...rows.map(([id]) => id.length), 6);
console.log(`\n  ${'agency'.padEnd(width)}  services`);
for (const [id, n] of rows) console.log(`  ${id.padEnd(width)}  ${String(n).padStart(8)}`);
for (const calendar of mall.calendars) {
  console.log(`calendar ${calendar.id}: years ${calendar.years.join(', ')}, ${calendar.days.length} dated days`);
}
const wog = mall.coordination;
console.log(
  `coordination: institution ${wog.institution ? 'yes' : 'none'}, task forces ${wog.taskForces.length}, ` +
    `agreements ${wog.agreements.length}, forums ${wog.forums.length}, coalitions ${wog.coalitions.length}`,
);
console.log('\nDone. Next: `pnpm mpp validate <your-mall>`; see README.md for the tour.');
