import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadMall } from '@mpp-kit/core';
import { listRegions } from '@mpp-kit/schemas';
import { main } from '../src/index.js';
import { provinceTimeZones, timeZoneForRegion } from '../src/init/provinceTimeZone.js';
import { installedSchemaPath } from '../src/init/resolveSchemaReference.js';
import { scaffoldMall, scaffoldWorkflowTemplates } from '../src/init/scaffoldMall.js';
import { nationalCalendarYaml } from '../src/init/templates/nationalCalendar.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const publishedSchema = join(root, 'packages/schemas/schema/mpp-kit.schema.json');
const sandbox = mkdtempSync(join(tmpdir(), 'mpp-init-'));
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

let count = 0;
/** A fresh path under the sandbox (not created). */
const fresh = (name: string): string => join(sandbox, `${++count}-${name}`);

/**
 * The day the tests validate on: the scaffold's national calendar covers 2025 and 2026, so on a
 * later day validation warns that the year is missing (tested below) until the calendar is updated.
 */
const asOf = new Date('2026-06-01T00:00:00Z');

/** Runs `mpp <argv>` for real (real file system, real loader as of {@link asOf}), English unless `--lang` says otherwise. */
async function mpp(argv: readonly string[], cwd = sandbox, day = asOf) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    env: {},
    isTTY: false,
    isStderrTTY: false,
    cwd,
    loadMall: (path, options) => loadMall(path, { ...options, asOf: day }),
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');
const yamlOf = (dir: string, file: string): Record<string, unknown> =>
  parse(read(dir, file), { version: '1.2', schema: 'core' }) as Record<string, unknown>;

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? filesUnder(join(dir, entry.name), `${prefix}${entry.name}/`)
        : [`${prefix}${entry.name}`],
    )
    .sort();
}

const scaffoldedFiles = [
  'agencies.yaml',
  'calendars/id-national.yaml',
  'complaints.yaml',
  'counters.yaml',
  'legal-bases.yaml',
  'mall.yaml',
  'services/disdukcapil.yaml',
  'services/dpmptsp.yaml',
];

describe('mpp init: a new mall that validates as soon as it is written', () => {
  it("Kabupaten Pekalongan (33.26, Batang's neighbour, WIB)", async () => {
    const dir = fresh('pekalongan');
    const run = await mpp(['init', dir, '--region', '33.26', '--name', 'Kabupaten Pekalongan']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(filesUnder(dir)).toEqual(scaffoldedFiles);
    expect(run.stdout).toContain(
      `Created Mal Pelayanan Publik Kabupaten Pekalongan in ${dir} (region 33.26, Jawa Tengah; time zone Asia/Jakarta (WIB)):`,
    );
    expect(run.stdout).toContain('Validated: 0 errors, 0 warnings in 8 files.');
    expect(run.stdout).toContain(`Check your changes: mpp validate ${dir}`);

    const { mall } = yamlOf(dir, 'mall.yaml') as { mall: Record<string, unknown> };
    expect(mall).toMatchObject({
      id: 'mpp-pekalongan',
      name: {
        id: 'Mal Pelayanan Publik Kabupaten Pekalongan',
        en: 'Pekalongan Regency Public Service Mall',
      },
      region: '33.26',
      timeZone: 'Asia/Jakarta',
      coordinator: 'dpmptsp',
      calendars: ['id-national'],
      address: { city: 'Kabupaten Pekalongan', province: 'Jawa Tengah' },
    });

    // The same loader as `mpp validate`, independently: no errors and no warnings.
    const loaded = await loadMall(dir, { asOf });
    expect(loaded.issues).toEqual([]);
    if (!loaded.ok) throw new Error('the scaffold must load');
    expect(loaded.mall.agencies.map((agency) => agency.id)).toEqual([
      'dpmptsp',
      'disdukcapil',
      'dpupr',
      'dlh',
    ]);
    // Queues, complaints with the SP4N-LAPOR! terms, and a notification template.
    expect(
      loaded.mall.counters.map((counter) => [
        counter.id,
        counter.queue?.prefix,
        counter.queue?.appointments?.length ?? 0,
      ]),
    ).toEqual([
      ['gerai-dpmptsp', 'A', 1],
      ['gerai-disdukcapil', 'B', 0],
    ]);
    expect(loaded.mall.complaints?.firstResponseDays).toBe(3);
    expect(
      loaded.mall.complaints?.categories.map((category) => [
        category.id,
        category.tier,
        category.agency,
      ]),
    ).toEqual([
      ['informasi', 'information', 'dpmptsp'],
      ['pelayanan', 'complaint', 'dpmptsp'],
      ['adminduk', 'complaint', 'disdukcapil'],
      ['bangunan-gedung', 'dispute', 'dpupr'],
      ['lingkungan', 'dispute-with-inspection', 'dlh'],
    ]);
    expect(loaded.mall.mall.notifications?.templates.map((template) => template.on)).toEqual([
      ['SUBMIT'],
    ]);
    expect(loaded.mall.services.map((service) => service.workflow).sort()).toEqual(
      [...scaffoldWorkflowTemplates].sort(),
    );
    expect(
      loaded.mall.services.every((service) => service.provenance?.status === 'illustrative'),
    ).toBe(true);
  });

  it.each([
    ['51.71', 'Kota Denpasar', 'Bali', 'Asia/Makassar', 'WITA', 'mpp-kota-denpasar'],
    ['64.72', 'Kota Samarinda', 'Kalimantan Timur', 'Asia/Makassar', 'WITA', 'mpp-kota-samarinda'],
    [
      '62.71',
      'Kota Palangkaraya',
      'Kalimantan Tengah',
      'Asia/Jakarta',
      'WIB',
      'mpp-kota-palangkaraya',
    ],
    ['91.71', 'Kota Jayapura', 'Papua', 'Asia/Jayapura', 'WIT', 'mpp-kota-jayapura'],
  ])(
    '%s %s: time zone from the province, name from the region table',
    async (code, name, province, zone, abbreviation, id) => {
      const dir = fresh(id);
      const run = await mpp(['init', dir, '--region', code]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(
        `(region ${code}, ${province}; time zone ${zone} (${abbreviation}))`,
      );
      const { mall } = yamlOf(dir, 'mall.yaml') as { mall: Record<string, unknown> };
      expect(mall).toMatchObject({
        id,
        region: code,
        timeZone: zone,
        name: { id: `Mal Pelayanan Publik ${name}` },
      });
      expect(read(dir, 'mall.yaml')).toContain(`timeZone: ${zone} # ${abbreviation}\n`);
      const loaded = await loadMall(dir, { asOf });
      expect(loaded.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    },
  );

  it('accepts the code without dots and a --name that already says "Mal Pelayanan Publik"', async () => {
    const dir = fresh('kota-pekalongan');
    const run = await mpp([
      'init',
      dir,
      '--region',
      '3375',
      '--name',
      'Mal Pelayanan Publik Kota Pekalongan',
    ]);
    expect(run.code).toBe(0);
    const { mall } = yamlOf(dir, 'mall.yaml') as { mall: Record<string, unknown> };
    expect(mall).toMatchObject({
      id: 'mpp-kota-pekalongan',
      region: '33.75',
      name: {
        id: 'Mal Pelayanan Publik Kota Pekalongan',
        en: 'Pekalongan City Public Service Mall',
      },
      shortName: 'MPP Kota Pekalongan',
    });
  });

  it('speaks Indonesian with --lang id, in its output and in the comments it writes', async () => {
    const dir = fresh('denpasar-id');
    const run = await mpp(['init', dir, '--region', '51.71', '--lang', 'id']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `Mal Pelayanan Publik Kota Denpasar dibuat di ${dir} (wilayah 51.71, Bali; zona waktu Asia/Makassar (WITA)):`,
    );
    expect(run.stdout).toContain('Divalidasi: 0 galat, 0 peringatan di 8 berkas.');
    expect(run.stdout).toContain('Langkah berikutnya:');
    expect(read(dir, 'mall.yaml')).toContain('street: "Jl. Contoh No. 1" # CONTOH: ganti');
  });

  it('in a year its calendar does not cover yet, it still writes a valid mall and warns about the year', async () => {
    const dir = fresh('next-year');
    const run = await mpp(
      ['init', dir, '--region', '33.26'],
      sandbox,
      new Date('2027-02-01T00:00:00Z'),
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Validated: 0 errors, 1 warning in 8 files.');
    expect(run.stderr).toContain(
      'calendar_coverage_ending  Calendar "id-national" covers days up to 2026-12-31',
    );
  });
});

describe('mpp init: what it refuses (exit 2, nothing written)', () => {
  it.each([
    [
      ['--region', '99.99'],
      'Invalid region code: province code 99 does not exist in the Kemendagri region table. Give a regency or city code PP.RR',
    ],
    [
      ['--region', '33.99'],
      'Invalid region code: regency code 33.99 does not exist in the Kemendagri region table (province 33 is Jawa Tengah)',
    ],
    [['--region', 'batang'], 'Invalid region code: contains "b"'],
    [
      ['--region', '33'],
      '33 is a province (Jawa Tengah), but a mall belongs to a regency or city: give its code PP.RR, for example 33.01 (Kabupaten Cilacap) or 33.02 (Kabupaten Banyumas).',
    ],
    [
      ['--region', '33.25.01'],
      '33.25.01 is a district (kecamatan Wonotunggal), but a mall belongs to a regency or city: give --region 33.25 (Kabupaten Batang).',
    ],
    [[], 'Give the Kemendagri code of the regency or city as --region PP.RR'],
  ])('%j', async (flags, message) => {
    const dir = fresh('refused');
    const run = await mpp(['init', dir, ...flags]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`mpp: ${message}`);
    expect(existsSync(dir)).toBe(false);
  });

  it('says why in Indonesian too', async () => {
    const run = await mpp(['init', fresh('refused'), '--region', '99.99', '--lang', 'id']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'mpp: Kode wilayah tidak valid: kode provinsi 99 tidak ada dalam tabel wilayah Kemendagri. Berikan kode kabupaten/kota PP.RR, misalnya --region 33.25 (Kabupaten Batang).\n',
    );
  });

  it('refuses a line break or control character in --name or --schema, and writes nothing', async () => {
    const dir = fresh('injected');
    const name = await mpp(['init', dir, '--region', '33.26', '--name', 'Batang\nservices: []']);
    expect(name.code).toBe(2);
    expect(name.stderr).toBe(
      'mpp: --name holds a line break or another control character, which would end up in the YAML files. Give it on one line, without control characters.\n',
    );
    const schema = await mpp([
      'init',
      dir,
      '--region',
      '33.26',
      '--schema',
      'x.json\u001b[2J',
      '--lang',
      'id',
    ]);
    expect(schema.code).toBe(2);
    expect(schema.stderr).toContain('--schema memuat pindah baris');
    expect(existsSync(dir)).toBe(false);
  });

  it('refuses a folder that is not empty, and leaves it alone', async () => {
    const dir = fresh('busy');
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.txt'), 'mine\n');
    const run = await mpp(['init', dir, '--region', '33.26']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `mpp: Folder "${dir}" is not empty (it has notes.txt). Choose a new or empty folder, or add --force to add the missing files (existing files are never overwritten).\n`,
    );
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('refuses a path that is a file', async () => {
    const file = fresh('file.yaml');
    writeFileSync(file, 'x: 1\n');
    const run = await mpp(['init', file, '--region', '33.26']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('exists and is not a folder');
    expect(read(dirname(file), file.slice(dirname(file).length + 1))).toBe('x: 1\n');
  });

  it('does not count dot files (a fresh git repository is empty)', async () => {
    const dir = fresh('git');
    mkdirSync(join(dir, '.git'), { recursive: true });
    const run = await mpp(['init', dir, '--region', '33.26']);
    expect(run.code).toBe(0);
  });
});

describe('mpp init --force: adds what is missing, never overwrites', () => {
  it('keeps an unrelated file and writes the mall next to it', async () => {
    const dir = fresh('force');
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.txt'), 'mine\n');
    const run = await mpp(['init', dir, '--region', '33.26', '--force']);
    expect(run.code).toBe(0);
    expect(read(dir, 'notes.txt')).toBe('mine\n');
    expect(filesUnder(dir)).toEqual([...scaffoldedFiles, 'notes.txt'].sort());
  });

  it('keeps an existing mall.yaml as it is, says so, and reports the errors it causes (exit 1)', async () => {
    const dir = fresh('force-mall');
    mkdirSync(dir);
    const mine = 'apiVersion: mpp-kit/v1\nmall:\n  id: punya-saya\n';
    writeFileSync(join(dir, 'mall.yaml'), mine);
    const run = await mpp(['init', dir, '--region', '33.26', '--force']);
    expect(read(dir, 'mall.yaml')).toBe(mine);
    expect(run.stdout).toContain(
      '  = mall.yaml (exists: kept, not overwritten)\n  + agencies.yaml\n',
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('The files were written, but the mall has errors (above).');
  });
});

describe('mpp init: the editor modeline', () => {
  const modelines = (dir: string): Map<string, string> =>
    new Map(
      filesUnder(dir).map((file) => {
        const match = /^# yaml-language-server: \$schema=(\S+)\n/.exec(read(dir, file));
        return [file, match?.[1] ?? '(none)'];
      }),
    );

  it('--schema <path>: every file points at that file, relative to itself', async () => {
    const dir = fresh('schema-path');
    const run = await mpp(['init', dir, '--region', '33.26', '--schema', publishedSchema]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('npm install');
    for (const [file, reference] of modelines(dir)) {
      expect(reference.startsWith('../') || reference.startsWith('/')).toBe(true);
      expect(resolve(dirname(join(dir, file)), reference), file).toBe(publishedSchema);
    }
  });

  it('--schema <url>: written as given', async () => {
    const dir = fresh('schema-url');
    const url = 'https://mpp-kit.dev/schema/v1/mpp-kit.schema.json';
    expect((await mpp(['init', dir, '--region', '33.26', '--schema', url])).code).toBe(0);
    expect(new Set(modelines(dir).values())).toEqual(new Set([url]));
  });

  it('by default: the nearest installed @mpp-kit/schemas above the folder', async () => {
    const project = fresh('project');
    mkdirSync(join(project, dirname(installedSchemaPath)), { recursive: true });
    writeFileSync(join(project, installedSchemaPath), '{}');
    const dir = join(project, 'malls/pekalongan');
    const run = await mpp(['init', 'malls/pekalongan', '--region', '33.26'], project);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'Created Mal Pelayanan Publik Kabupaten Pekalongan in malls/pekalongan (',
    );
    expect(run.stdout).not.toContain('npm install');
    expect(modelines(dir).get('mall.yaml')).toBe(`../../${installedSchemaPath}`);
    expect(modelines(dir).get('services/dpmptsp.yaml')).toBe(`../../../${installedSchemaPath}`);
  });

  it("by default, when none is installed: the folder's own node_modules, and a hint to install it", async () => {
    const dir = fresh('no-schema');
    const run = await mpp(['init', dir, '--region', '33.26']);
    expect(run.code).toBe(0);
    expect(modelines(dir).get('mall.yaml')).toBe(installedSchemaPath);
    expect(modelines(dir).get('calendars/id-national.yaml')).toBe(`../${installedSchemaPath}`);
    expect(run.stdout).toContain('npm install --save-dev @mpp-kit/schemas');
  });
});

describe('mpp init: its data stays right', () => {
  it('the national calendar is the one in examples/batang (copy a new decree into both)', () => {
    const batang = readFileSync(join(root, 'examples/batang/calendars/id-national.yaml'), 'utf8');
    expect(batang.split('\n')[0]).toMatch(/^# yaml-language-server: /);
    expect(nationalCalendarYaml).toBe(batang.split('\n').slice(1).join('\n'));
  });

  it('every province of the region table has a time zone, and nothing else does', () => {
    const provinces = listRegions()
      .map((region) => region.code)
      .sort();
    expect(Object.keys(provinceTimeZones).sort()).toEqual(provinces);
    expect(timeZoneForRegion('99.01')).toBeUndefined();
  });

  it('one example service per built-in lifecycle template, and the help lists the command', async () => {
    const files = scaffoldMall({
      region: { code: '33.26', name: 'Kabupaten Pekalongan', province: 'Jawa Tengah' },
      timeZone: 'Asia/Jakarta',
      name: 'Kabupaten Pekalongan',
      locale: 'en',
      schemaFor: () => 'schema.json',
    });
    const workflows = files
      .filter((file) => file.path.startsWith('services/'))
      .flatMap((file) =>
        [...file.text.matchAll(/^ {4}workflow: (\S+)$/gm)].map((match) => match[1]),
      );
    expect(workflows.sort()).toEqual([...scaffoldWorkflowTemplates].sort());
    const help = await mpp(['--help']);
    expect(help.stdout).toMatch(/\n {2}init <dir> +Create a new mall folder/);
  });
});
