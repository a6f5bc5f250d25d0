import type { IdentifierProblem } from './_identifierProblem.js';
import { findRegion, listRegions } from './Region.js';
import { findRetiredRegion } from './RetiredRegion.js';

const table = { en: 'the Kemendagri region table', id: 'tabel wilayah Kemendagri' };

/**
 * Checks that the province, regency/city and (when `digits` has 6 or more digits) district of a
 * code exist, top down, and returns the problem with the first level that does not.
 * `digits` holds 2, 4 or 6+ digits without separators.
 *
 * A retired regency/city code (see `RetiredRegion.ts`) is accepted when `retired` is `'accept'`
 * (a NIK keeps it for life; its districts are then not checked) and otherwise refused with the
 * code that replaced it.
 */
export function regionCodeProblem(
  digits: string,
  retired: 'accept' | 'refuse',
): IdentifierProblem | undefined {
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
  const retiredRegion = regency === undefined ? findRetiredRegion(regencyCode) : undefined;
  if (retiredRegion !== undefined) {
    if (retired === 'accept') return undefined;
    const successorProvince = findRegion(retiredRegion.successorCode.slice(0, 2))?.name ?? '';
    const { code, retiredOn, retiredBy, name, successorCode } = retiredRegion;
    return {
      en: `regency code ${code} was retired on ${retiredOn} by ${retiredBy.citation}: ${name} is now ${successorCode} (${successorProvince})`,
      id: `kode kabupaten/kota ${code} tidak berlaku lagi sejak ${retiredOn} (${retiredBy.citation}): ${name} sekarang ${successorCode} (${successorProvince})`,
    };
  }
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
