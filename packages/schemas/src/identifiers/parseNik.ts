import { digitCountProblem, identifierFailure } from './_identifierProblem.js';
import { inspectNik } from './_inspectNik.js';
import { nikReference } from './_nikReference.js';
import { normalizeDigits } from './_normalizeDigits.js';
import type { IdentifierResult } from './IdentifierResult.js';
import type { RetiredRegion } from './RetiredRegion.js';

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
 * How the century of a NIK's birth date was chosen. A NIK holds only the last two digits of the
 * year, so the century is always inferred: the latest one that does not put the birth after
 * `referenceDate`.
 *
 * @example
 * ```ts
 * const century: NikBirthCentury = { inferred: true, referenceDate: '2026-12-04', source: 'today' };
 * ```
 */
export interface NikBirthCentury {
  readonly inferred: true;
  /** The date the birth may not be after, `YYYY-MM-DD`. */
  readonly referenceDate: string;
  /** `today` (the default) or `caller` (passed as `referenceDate`, e.g. the registration date). */
  readonly source: 'today' | 'caller';
}

/**
 * Options of {@link parseNik}.
 *
 * @example
 * ```ts
 * const options: ParseNikOptions = { referenceDate: '2019-03-01' }; // the NIK's registration date
 * ```
 */
export interface ParseNikOptions {
  /**
   * The birth may not be after this day: `YYYY-MM-DD`, or a `Date` (its UTC calendar day).
   * Default: today (UTC). Pass the NIK's registration date when it is known.
   */
  readonly referenceDate?: string | Date;
}

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
 *   birthCentury: { inferred: true, referenceDate: '2026-12-04', source: 'today' },
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
  /** Regency/city (kabupaten/kota) code, e.g. `'33.25'`; may be a retired code (see `retiredRegion`). */
  readonly regencyCode: string;
  /** District (kecamatan) code of registration, e.g. `'33.25.01'`; not checked against the table. */
  readonly districtCode: string;
  /** Birth date `YYYY-MM-DD`; its century is inferred, see `birthCentury`. */
  readonly birthDate: string;
  /** How the century of `birthDate` was chosen. */
  readonly birthCentury: NikBirthCentury;
  readonly sex: Sex;
  /** The 4-digit serial number (nomor urut), `'0001'`–`'9999'`. */
  readonly serial: string;
  /**
   * Present when `regencyCode` was retired by a split (the NIK predates it): the regency's name
   * under that code and the code it has now.
   */
  readonly retiredRegion?: RetiredRegion;
}

/**
 * Parses a NIK (Nomor Induk Kependudukan, the 16-digit national identity number) and takes it
 * apart; separators (spaces, dots, dashes) are ignored.
 *
 * Rules, all checked and all reported:
 * - 16 digits: province(2) regency(2) district(2) birth date DDMMYY serial(4).
 * - The province and the regency/city must exist in the Kemendagri region table (idn-area-data
 *   4.0.1), or the regency/city code must be one retired by a split (a NIK never changes: Merauke
 *   NIKs issued before 2022 keep 91.01, now 93.01); then `retiredRegion` names it.
 * - The district digits are only checked not to be `00`: a NIK keeps the district it was issued
 *   in, and districts are split and moved between regencies, so checking them against today's
 *   table would reject real NIKs.
 * - The birth date must be real; women's day is stored + 40 (41–71). The year is the latest one
 *   ending in YY that does not put the birth after the reference date (today by default, or
 *   `options.referenceDate`, e.g. the NIK's registration date): read on 2026-12-04, `050805` is
 *   2005-08-05 and `051226` is 1926-12-05. 29-02 in a year that is not a leap year is a problem,
 *   not a reason to try another century. `birthCentury` says how the year was chosen.
 * - The serial must not be `0000`.
 *
 * Every problem of the NIK, including a non-string input, is returned as an issue.
 *
 * @throws RangeError when `options.referenceDate` is not a real day (a programming error).
 * @example
 * ```ts
 * const result = parseNik('3325 0141 0190 0001');
 * if (result.ok) {
 *   result.value.regencyCode; // '33.25' (Kabupaten Batang)
 *   result.value.birthDate; // '1990-01-01'
 *   result.value.sex; // 'female'
 * }
 * parseNik('3325011508050001', { referenceDate: '2026-12-04' }); // birthDate '2005-08-15'
 * parseNik('9101011508800001').ok; // true: Merauke's code before Papua Selatan (2022)
 * parseNik('9925010101900001'); // { ok: false, issues: [... province code 99 does not exist ...] }
 * ```
 */
export function parseNik(
  value: unknown,
  options: ParseNikOptions = {},
): IdentifierResult<ParsedNik> {
  const reference = nikReference(options.referenceDate);
  const normalized = normalizeDigits(value);
  if ('problem' in normalized) return identifierFailure('NIK', [normalized.problem]);
  const { digits } = normalized;
  if (digits.length !== 16) {
    return identifierFailure('NIK', [
      digitCountProblem({ en: 'NIK', id: 'NIK' }, { en: '16', id: '16' }, digits.length),
    ]);
  }
  const inspected = inspectNik(digits, reference);
  if (inspected.value === undefined) return identifierFailure('NIK', inspected.problems);
  return { ok: true, value: inspected.value };
}
