// The main job: the Batang mall end to end. Run with `pnpm start` after `pnpm install`.
// Validates the configuration, simulates a month of applications through the runtime on a SQLite
// store, prints the reports, and writes the catalogue site, the service standards and the lifecycle
// diagrams to an output folder it names at the end.
import { spawn, spawnSync } from 'node:child_process';
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

step('6. mpp serve: the HTTP API, one application submitted and decided over HTTP');
await serveAndDecide(mallPath, join(outDir, 'serve'));

step('Done');
console.log(`Output folder: ${outDir}`);
console.log(
  `  site:      ${join(outDir, 'site', 'index.html')} (open it in a browser; works offline)`,
);
console.log(`  standards: ${join(outDir, 'standards')}`);
console.log(`  diagrams:  ${join(outDir, 'diagrams')}`);
if (existsSync(store)) console.log(`  store:     ${store}`);

/**
 * Starts `mpp serve` on the mall (a free port, a new SQLite store, a clock on a day the calendars
 * cover), waits for its "listening on" line, submits an SKCK application as an applicant and
 * takes it through its lifecycle with one officer token per step (from `mpp token`), then stops
 * the server with SIGTERM and checks that it exits with 0.
 */
async function serveAndDecide(mall, dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const store = join(dir, '{mall}.sqlite');
  const bin = resolve('packages/cli/bin/mpp.mjs');
  const clock = '2025-05-05T02:00:00Z';
  const child = spawn(
    process.execPath,
    [bin, 'serve', mall, '--port', '0', '--store', store, '--clock', clock],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  const exited = new Promise((done) => child.once('exit', done));
  const url = await new Promise((done, fail) => {
    child.stdout.on('data', (chunk) => {
      output += chunk.toString('utf8');
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) done(match[1]);
    });
    void exited.then((code) => fail(new Error(`mpp serve exited with ${code}:\n${output}`)));
  });
  console.log(`listening on ${url}`);
  try {
    const token = (sub, ...roles) => {
      const run = spawnSync(
        process.execPath,
        [
          bin,
          'token',
          mall,
          '--store',
          store,
          '--sub',
          sub,
          ...roles.flatMap((r) => ['--role', r]),
        ],
        { encoding: 'utf8' },
      );
      if (run.status !== 0) throw new Error(`mpp token failed: ${run.stderr}`);
      return run.stdout.trim();
    };
    const id = (await (await fetch(`${url}/api/v1/malls`)).json())[0].id;
    const base = `${url}/api/v1/malls/${id}`;
    const send = async (method, path, bearer, body, headers = {}) => {
      const response = await fetch(`${base}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${bearer}`,
          'content-type': 'application/json',
          ...headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const json = await response.json();
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${json.detail}`);
      return json;
    };
    const applicant = token('akun-demo');
    let app = await send(
      'POST',
      '/applications',
      applicant,
      {
        serviceId: 'skck',
        applicant: { name: 'Pemohon Contoh' },
        documents: ['ktp', 'kk', 'akta-lahir', 'pas-foto'].map((requirementId) => ({
          requirementId,
        })),
        facts: { feeRow: 'wni' },
      },
      { 'idempotency-key': 'pnpm-start-1' },
    );
    console.log(`POST /applications → ${app.id} (${app.state}, version ${app.version})`);
    const skip = new Set(['RETURN', 'REJECT', 'WITHDRAW', 'EXTEND', 'ESCALATE']);
    for (let i = 0; i < 10 && app.phase !== 'final'; i++) {
      const next = app.pending.find(
        (p) => !skip.has(p.type) && p.allowed[0]?.agency !== 'applicant',
      );
      if (next === undefined) break;
      const { role, agency } = next.allowed[0];
      const officer = token(`nip-${role}-${agency}`, `${role}@${agency}`);
      app = await send(
        'POST',
        `/applications/${app.id}/actions`,
        officer,
        { type: next.type },
        {
          'if-match': `"${app.version}"`,
        },
      );
      console.log(`${next.type} by ${role}@${agency} → ${app.state} (version ${app.version})`);
    }
    if (app.phase !== 'final')
      throw new Error(`the application did not reach a decision: ${app.state}`);
  } finally {
    child.kill('SIGTERM');
  }
  const code = await exited;
  if (code !== 0) throw new Error(`mpp serve exited with ${code} after SIGTERM`);
  console.log('SIGTERM: mpp serve drained and exited with 0');
}
