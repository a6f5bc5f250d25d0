import { districtGroups, provinceGroups, regencyGroups } from './_regionTable.js';

/**
 * Levels of the shipped Kemendagri region table, largest first (villages are not shipped).
 *
 * @example
 * ```ts
 * regionLevels.indexOf('district'); // 2
 * ```
 */
export const regionLevels = ['province', 'regency', 'district'] as const;

/**
 * A level of the Kemendagri region table: `province` (provinsi), `regency` (kabupaten/kota, a
 * regency or a city) or `district` (kecamatan).
 */
export type RegionLevel = (typeof regionLevels)[number];

/**
 * One region of the Kemendagri region table (wilayah administrasi): its dotted code (`33`,
 * `33.25`, `33.25.01`), level, official name and, below province level, its parent's code.
 *
 * @example
 * ```ts
 * const batang: Region = {
 *   code: '33.25',
 *   level: 'regency',
 *   name: 'Kabupaten Batang',
 *   parentCode: '33',
 * };
 * ```
 */
export interface Region {
  readonly code: string;
  readonly level: RegionLevel;
  readonly name: string;
  readonly parentCode?: string;
}

interface RegionIndex {
  readonly byCode: ReadonlyMap<string, Region>;
  readonly children: ReadonlyMap<string, readonly Region[]>;
}

let index: RegionIndex | undefined;

/** Decodes the compact table (see `scripts/generateRegionTable.ts`) into maps, once. */
function regionIndex(): RegionIndex {
  if (index !== undefined) return index;
  const byCode = new Map<string, Region>();
  const children = new Map<string, Region[]>();
  const levels: readonly [RegionLevel, readonly string[]][] = [
    ['province', provinceGroups],
    ['regency', regencyGroups],
    ['district', districtGroups],
  ];
  for (const [level, groups] of levels) {
    for (const group of groups) {
      const colon = group.indexOf(':');
      const parentCode = group.slice(0, colon).replace(/(\d\d)(?=\d)/g, '$1.');
      const siblings: Region[] = [];
      let previous = 0;
      for (const entry of group.slice(colon + 1).split('|')) {
        const explicit = /^\d\d/.test(entry);
        const own = explicit ? Number(entry.slice(0, 2)) : previous + 1;
        previous = own;
        const suffix = String(own).padStart(2, '0');
        const name = explicit ? entry.slice(2) : entry;
        const region: Region =
          parentCode === ''
            ? { code: suffix, level, name }
            : { code: `${parentCode}.${suffix}`, level, name, parentCode };
        byCode.set(region.code, region);
        siblings.push(region);
      }
      children.set(parentCode, siblings);
    }
  }
  index = { byCode, children };
  return index;
}

/**
 * Looks up a province, regency/city or district by its canonical dotted Kemendagri code.
 *
 * Only the canonical form is accepted (`'33.25'`, not `'3325'`); use `parseRegionCode` to
 * normalize user input first. Villages (kelurahan/desa, `PP.RR.SS.DDDD`) are not shipped, so a
 * village code always returns `undefined`. The table comes from idn-area-data 4.0.1 (data under
 * the ODbL; see `data/REGIONS-ATTRIBUTION.md`).
 *
 * @example
 * ```ts
 * findRegion('33.25');
 * // { code: '33.25', level: 'regency', name: 'Kabupaten Batang', parentCode: '33' }
 * findRegion('33.25.01')?.name; // 'Wonotunggal'
 * findRegion('99'); // undefined
 * ```
 */
export function findRegion(code: string): Region | undefined {
  if (typeof code !== 'string') return undefined;
  return regionIndex().byCode.get(code);
}

/**
 * Lists the regions directly under a region, in code order: the provinces when `parentCode` is
 * omitted, the regencies/cities of a province, or the districts of a regency/city.
 *
 * Returns an empty list for an unknown code or a district (villages are not shipped).
 *
 * @example
 * ```ts
 * listRegions().length; // 38 provinces
 * listRegions('33.25').map((d) => d.name); // ['Wonotunggal', 'Bandar', ..., 'Banyuputih']
 * ```
 */
export function listRegions(parentCode?: string): readonly Region[] {
  if (parentCode !== undefined && typeof parentCode !== 'string') return [];
  return regionIndex().children.get(parentCode ?? '') ?? [];
}
