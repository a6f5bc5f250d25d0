import { identifierFailure } from './_identifierProblem.js';
import { normalizeDigits } from './_normalizeDigits.js';
import { regionCodeProblem } from './_regionCodeProblem.js';
import type { IdentifierResult } from './IdentifierResult.js';
import { findRegion, type RegionLevel } from './Region.js';

/**
 * Levels a region code can name: the shipped table's levels plus `village` (kelurahan/desa,
 * `PP.RR.SS.DDDD`), which is not shipped.
 *
 * @example
 * ```ts
 * regionCodeLevels; // ['province', 'regency', 'district', 'village']
 * ```
 */
export const regionCodeLevels = ['province', 'regency', 'district', 'village'] as const;

/**
 * One of {@link regionCodeLevels}.
 *
 * @example
 * ```ts
 * const level: RegionCodeLevel = 'village';
 * ```
 */
export type RegionCodeLevel = (typeof regionCodeLevels)[number];

/**
 * A valid Kemendagri region code (kode wilayah) in canonical dotted form, with its level and
 * name. A village has no name here (villages are not shipped); it carries its district's name.
 *
 * @example
 * ```ts
 * const batang: ParsedRegionCode = { code: '33.25', level: 'regency', name: 'Kabupaten Batang' };
 * const village: ParsedRegionCode = {
 *   code: '33.25.01.2001',
 *   level: 'village',
 *   districtCode: '33.25.01',
 *   districtName: 'Wonotunggal',
 * };
 * ```
 */
export type ParsedRegionCode =
  | { readonly code: string; readonly level: RegionLevel; readonly name: string }
  | {
      readonly code: string;
      readonly level: 'village';
      readonly districtCode: string;
      readonly districtName: string;
    };

const digitCounts: Readonly<Record<number, RegionCodeLevel>> = {
  2: 'province',
  4: 'regency',
  6: 'district',
  10: 'village',
};

/**
 * Parses a Kemendagri region code (kode wilayah) and checks that it exists; separators (spaces,
 * dots, dashes) are ignored and the code is returned in canonical dotted form.
 *
 * Accepts 2 (`PP`), 4 (`PP.RR`), 6 (`PP.RR.SS`) or 10 (`PP.RR.SS.DDDD`) digits. Province,
 * regency/city and district codes must exist in the region table (idn-area-data 4.0.1).
 * Villages are not shipped: a village code is checked down to its district, and its last four
 * digits only not to be `0000`. A code retired by a split (e.g. `91.01`, Merauke before Papua
 * Selatan, 2022) is refused with the code that replaced it: new configuration uses current codes.
 *
 * Never throws: every problem, including a non-string input, is returned as an issue.
 *
 * @example
 * ```ts
 * parseRegionCode('3325'); // { ok: true, value: { code: '33.25', level: 'regency', name: 'Kabupaten Batang' } }
 * parseRegionCode('33 25 01'); // { ok: true, value: { code: '33.25.01', level: 'district', name: 'Wonotunggal' } }
 * parseRegionCode('33.25.16'); // { ok: false, issues: [... district code 33.25.16 does not exist ...] }
 * ```
 */
export function parseRegionCode(value: unknown): IdentifierResult<ParsedRegionCode> {
  const normalized = normalizeDigits(value);
  if ('problem' in normalized) return identifierFailure('region code', [normalized.problem]);
  const { digits } = normalized;
  const level = digitCounts[digits.length];
  if (level === undefined) {
    const shapes = '2, 4, 6 or 10 digits (PP, PP.RR, PP.RR.SS or PP.RR.SS.DDDD)';
    const shapesId = '2, 4, 6, atau 10 digit (PP, PP.RR, PP.RR.SS, atau PP.RR.SS.DDDD)';
    return identifierFailure('region code', [
      digits.length === 0
        ? {
            en: `region code is empty; it must have ${shapes}`,
            id: `kode wilayah kosong; harus terdiri atas ${shapesId}`,
          }
        : {
            en: `region code must have ${shapes}, got ${digits.length}`,
            id: `kode wilayah harus terdiri atas ${shapesId}, bukan ${digits.length}`,
          },
    ]);
  }
  const code = [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 6), digits.slice(6)]
    .filter((part) => part !== '')
    .join('.');
  const problem = regionCodeProblem(digits, 'refuse');
  if (problem !== undefined) return identifierFailure('region code', [problem]);
  const region = findRegion(level === 'village' ? code.slice(0, 8) : code);
  if (region === undefined) {
    // Unreachable: regionCodeProblem found every level of `code` down to its district.
    return identifierFailure('region code', [
      {
        en: `region code ${code} does not exist in the Kemendagri region table`,
        id: `kode wilayah ${code} tidak ada dalam tabel wilayah Kemendagri`,
      },
    ]);
  }
  if (level !== 'village')
    return { ok: true, value: { code, level: region.level, name: region.name } };
  if (digits.slice(6) === '0000') {
    return identifierFailure('region code', [
      {
        en: `village code ${code} does not exist: its last 4 digits must be 0001–9999`,
        id: `kode kelurahan/desa ${code} tidak ada: 4 digit terakhirnya harus 0001–9999`,
      },
    ]);
  }
  return {
    ok: true,
    value: { code, level, districtCode: region.code, districtName: region.name },
  };
}
