import type { IdentifierProblem } from './_identifierProblem.js';
import { findRegion, listRegions } from './Region.js';

const table = { en: 'the Kemendagri region table', id: 'tabel wilayah Kemendagri' };

/**
 * Checks that the province, regency/city and (when `digits` has 6 or more digits) district of a
 * code exist, top down, and returns the problem with the first level that does not.
 * `digits` holds 2, 4 or 6+ digits without separators.
 */
export function regionCodeProblem(digits: string): IdentifierProblem | undefined {
  const provinceCode = digits.slice(0, 2);
  const province = findRegion(provinceCode);
  if (province === undefined) {
    return {
      en: `province code ${provinceCode} does not exist in ${table.en}`,
      id: `kode provinsi ${provinceCode} tidak ada dalam ${table.id}`,
    };
  }
  if (digits.length < 4) return undefined;
  const regencyCode = `${provinceCode}.${digits.slice(2, 4)}`;
  const regency = findRegion(regencyCode);
  if (regency === undefined) {
    return {
      en: `regency code ${regencyCode} does not exist in ${table.en} (province ${provinceCode} is ${province.name})`,
      id: `kode kabupaten/kota ${regencyCode} tidak ada dalam ${table.id} (provinsi ${provinceCode} adalah ${province.name})`,
    };
  }
  if (digits.length < 6) return undefined;
  const districtCode = `${regencyCode}.${digits.slice(4, 6)}`;
  if (findRegion(districtCode) === undefined) {
    const count = listRegions(regencyCode).length;
    return {
      en: `district code ${districtCode} does not exist in ${table.en} (${regency.name} has ${count} districts)`,
      id: `kode kecamatan ${districtCode} tidak ada dalam ${table.id} (${regency.name} memiliki ${count} kecamatan)`,
    };
  }
  return undefined;
}
