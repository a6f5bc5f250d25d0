import { digitCountProblem, identifierFailure } from './_identifierProblem.js';
import { inspectNik } from './_inspectNik.js';
import { normalizeDigits } from './_normalizeDigits.js';
import type { IdentifierResult } from './IdentifierResult.js';

/**
 * The sexes a NIK encodes (jenis kelamin): women's birth day is stored as day + 40.
 *
 * @example
 * ```ts
 * sexes; // ['male', 'female']
 * ```
 */
export const sexes = ['male', 'female'] as const;

/**
 * A sex as encoded in a NIK (jenis kelamin): `male` (laki-laki) or `female` (perempuan).
 *
 * @example
 * ```ts
 * const sex: Sex = 'female';
 * ```
 */
export type Sex = (typeof sexes)[number];

/**
 * A valid NIK (Nomor Induk Kependudukan) taken apart. Codes are dotted Kemendagri codes.
 *
 * @example
 * ```ts
 * const nik: ParsedNik = {
 *   nik: '3325010101900001',
 *   provinceCode: '33',
 *   regencyCode: '33.25',
 *   districtCode: '33.25.01',
 *   birthDate: '1990-01-01',
 *   sex: 'male',
 *   serial: '0001',
 * };
 * ```
 */
export interface ParsedNik {
  /** The 16 digits, separators removed. */
  readonly nik: string;
  /** Province (provinsi) code, e.g. `'33'`. */
  readonly provinceCode: string;
  /** Regency/city (kabupaten/kota) code, e.g. `'33.25'`. */
  readonly regencyCode: string;
  /** District (kecamatan) code of registration, e.g. `'33.25.01'`; not checked against the table. */
  readonly districtCode: string;
  /** Birth date `YYYY-MM-DD`, century resolved as 19xx first, then 20xx. */
  readonly birthDate: string;
  readonly sex: Sex;
  /** The 4-digit serial number (nomor urut), `'0001'`–`'9999'`. */
  readonly serial: string;
}

/**
 * Parses a NIK (Nomor Induk Kependudukan, the 16-digit national identity number) and takes it
 * apart; separators (spaces, dots, dashes) are ignored.
 *
 * Rules, all checked and all reported:
 * - 16 digits: province(2) regency(2) district(2) birth date DDMMYY serial(4).
 * - The province and the regency/city must exist in the Kemendagri region table (idn-area-data
 *   4.0.1). Codes retired by a split (e.g. Papua's regencies before 2022) are not in the table.
 * - The district digits are only checked not to be `00`: a NIK keeps the district it was issued
 *   in, and districts are split and moved between regencies, so checking them against today's
 *   table would reject real NIKs.
 * - The birth date must be real; women's day is stored + 40 (41–71). The century is resolved as
 *   19YY first, then 20YY: 20YY is used only when the date does not exist in 19YY, which happens
 *   only for 29-02-00 (1900 is not a leap year, 2000 is). A NIK cannot tell 1905 from 2005, so
 *   `birthDate` of someone born in 2000 or later reads 19YY.
 * - The serial must not be `0000`.
 *
 * Never throws: every problem, including a non-string input, is returned as an issue.
 *
 * @example
 * ```ts
 * const result = parseNik('3325 0141 0190 0001');
 * if (result.ok) {
 *   result.value.regencyCode; // '33.25' (Kabupaten Batang)
 *   result.value.birthDate; // '1990-01-01'
 *   result.value.sex; // 'female'
 * }
 * parseNik('9925010101900001'); // { ok: false, issues: [... province code 99 does not exist ...] }
 * ```
 */
export function parseNik(value: unknown): IdentifierResult<ParsedNik> {
  const normalized = normalizeDigits(value);
  if ('problem' in normalized) return identifierFailure('NIK', [normalized.problem]);
  const { digits } = normalized;
  if (digits.length !== 16) {
    return identifierFailure('NIK', [
      digitCountProblem({ en: 'NIK', id: 'NIK' }, { en: '16', id: '16' }, digits.length),
    ]);
  }
  const inspected = inspectNik(digits);
  if (inspected.value === undefined) return identifierFailure('NIK', inspected.problems);
  return { ok: true, value: inspected.value };
}
