import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  findRegion,
  listRegions,
  parseRegionCode,
  regionLevels,
} from '../src/identifiers/index.js';
import { regionCounts, regionTableSource } from '../src/identifiers/_regionTable.js';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourceData = join(
  dirname(createRequire(import.meta.url).resolve('idn-area-data')),
  '..',
  'data',
);

/** Rows of a CSV file (header dropped); handles quoted fields with doubled quotes. */
function readCsv(file: string): string[][] {
  const lines = readFileSync(join(sourceData, file), 'utf8').split(/\r?\n/).slice(1);
  return lines
    .filter((line) => line !== '')
    .map((line) =>
      [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)]
        .map((match) => match[1] ?? '')
        .slice(0, line.split(',').length)
        .map((field) => (field.startsWith('"') ? field.slice(1, -1).replaceAll('""', '"') : field)),
    );
}

const batangDistricts = [
  ['33.25.01', 'Wonotunggal'],
  ['33.25.02', 'Bandar'],
  ['33.25.03', 'Blado'],
  ['33.25.04', 'Reban'],
  ['33.25.05', 'Bawang'],
  ['33.25.06', 'Tersono'],
  ['33.25.07', 'Gringsing'],
  ['33.25.08', 'Limpung'],
  ['33.25.09', 'Subah'],
  ['33.25.10', 'Tulis'],
  ['33.25.11', 'Batang'],
  ['33.25.12', 'Warungasem'],
  ['33.25.13', 'Kandeman'],
  ['33.25.14', 'Pecalungan'],
  ['33.25.15', 'Banyuputih'],
] as const;

describe('region table', () => {
  it('holds 38 provinces, 514 regencies/cities and 7,285 districts from idn-area-data 4.0.1', () => {
    expect(regionCounts).toEqual({ province: 38, regency: 514, district: 7285 });
    expect(regionTableSource).toBe('idn-area-data@4.0.1');
    expect(listRegions()).toHaveLength(38);
    const regencies = listRegions().flatMap((province) => listRegions(province.code));
    expect(regencies).toHaveLength(514);
    expect(regencies.flatMap((regency) => listRegions(regency.code))).toHaveLength(7285);
  });

  it.each([
    ['provinces.csv', 'province'],
    ['regencies.csv', 'regency'],
    ['districts.csv', 'district'],
  ] as const)('matches every row of idn-area-data %s', (file, level) => {
    const rows = readCsv(file);
    expect(rows).toHaveLength(regionCounts[level]);
    for (const row of rows) {
      const [code = '', second = '', third] = row;
      const expected =
        third === undefined
          ? { code, level, name: second }
          : { code, level, name: third, parentCode: second };
      expect(findRegion(code)).toEqual(expected);
    }
  });

  it('decodes names with quotes and leading digits', () => {
    expect(findRegion('35.29.22')?.name).toBe('Ra"as');
    expect(findRegion('13.05.04')?.name).toBe('2 x 11 Anam Lingkuang');
  });

  it.each(batangDistricts)('Batang district %s is %s', (code, name) => {
    expect(findRegion(code)).toEqual({ code, level: 'district', name, parentCode: '33.25' });
    expect(parseRegionCode(code.replaceAll('.', ' '))).toEqual({
      ok: true,
      value: { code, level: 'district', name },
    });
  });

  it('lists Batang’s 15 districts in code order', () => {
    expect(listRegions('33.25').map((district) => [district.code, district.name])).toEqual(
      batangDistricts,
    );
  });

  it.each([
    ['33', { code: '33', level: 'province', name: 'Jawa Tengah' }],
    ['33.25', { code: '33.25', level: 'regency', name: 'Kabupaten Batang', parentCode: '33' }],
    ['33.25.11', { code: '33.25.11', level: 'district', name: 'Batang', parentCode: '33.25' }],
  ])('findRegion(%j)', (code, region) => {
    expect(findRegion(code)).toEqual(region);
  });

  it.each(['99', '3325', '33 25', '33.25.16', '33.25.01.2001', '', ' 33'])(
    'findRegion(%j) is undefined (only canonical codes, no villages)',
    (code) => {
      expect(findRegion(code)).toBeUndefined();
    },
  );

  it('lists nothing under a district or an unknown code', () => {
    expect(listRegions('33.25.01')).toEqual([]);
    expect(listRegions('99')).toEqual([]);
  });

  it('has one level per tuple entry', () => {
    expect(regionLevels).toEqual(['province', 'regency', 'district']);
  });

  it('ships its ODbL attribution', () => {
    const attribution = readFileSync(join(packageRoot, 'data/REGIONS-ATTRIBUTION.md'), 'utf8');
    expect(attribution).toContain('idn-area-data');
    expect(attribution).toContain('4.0.1');
    expect(attribution).toContain('Open Database License');
    expect(attribution).toContain('38 provinces, 514 regencies/cities, 7,285 districts');
    const table = readFileSync(join(packageRoot, 'src/identifiers/_regionTable.ts'), 'utf8');
    expect(table).toContain('Open Database License (ODbL)');
    expect(existsSync(join(packageRoot, 'scripts/generateRegionTable.ts'))).toBe(true);
  });
});
