import {
  digitCountProblem,
  identifierFailure,
  type IdentifierProblem,
} from './_identifierProblem.js';
import { inspectNik } from './_inspectNik.js';
import { nikReference } from './_nikReference.js';
import { normalizeDigits } from './_normalizeDigits.js';
import type { IdentifierResult } from './IdentifierResult.js';

/**
 * The forms an NPWP (Nomor Pokok Wajib Pajak, taxpayer number) comes in: `nik` (16 digits, the
 * NIK of a resident individual, since 2024), `legacy15` (the old 15 digits
 * `XX.XXX.XXX.X-XXX.XXX`) and `padded16` (16 digits: `0` + the old 15).
 *
 * @example
 * ```ts
 * npwpForms.includes('legacy15'); // true
 * ```
 */
export const npwpForms = ['nik', 'legacy15', 'padded16'] as const;

/**
 * One of {@link npwpForms}.
 *
 * @example
 * ```ts
 * const form: NpwpForm = 'legacy15';
 * ```
 */
export type NpwpForm = (typeof npwpForms)[number];

/**
 * A valid NPWP: its digits (separators removed, not converted between forms) and its form.
 *
 * @example
 * ```ts
 * const npwp: ParsedNpwp = { npwp: '010000131093000', form: 'legacy15' };
 * ```
 */
export interface ParsedNpwp {
  readonly npwp: string;
  readonly form: NpwpForm;
}

/** The Luhn check digit for `payload` (the digit to append so the whole passes Luhn). */
function luhnCheckDigit(payload: string): number {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let digit = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** Checks the old 15-digit NPWP; `offset` is 1 when it sits inside the padded 16-digit form. */
function legacyProblems(digits: string, offset: 0 | 1): IdentifierProblem[] {
  if (/^0+$/.test(digits)) {
    return [
      {
        en: `${'0'.repeat(15 + offset)} is the placeholder for "no NPWP", not an NPWP`,
        id: `${'0'.repeat(15 + offset)} adalah pengisi untuk "tidak punya NPWP", bukan NPWP`,
      },
    ];
  }
  const expected = luhnCheckDigit(digits.slice(0, 8));
  const actual = Number(digits[8]);
  if (expected === actual) return [];
  const position = 9 + offset;
  const range = `${1 + offset}–${8 + offset}`;
  return [
    {
      en: `check digit ${actual} (digit ${position}) does not match digits ${range}: their Luhn check digit is ${expected}`,
      id: `digit pemeriksa ${actual} (digit ke-${position}) tidak cocok dengan digit ke-${range}: digit pemeriksa Luhn-nya ${expected}`,
    },
  ];
}

/**
 * Parses an NPWP (Nomor Pokok Wajib Pajak, taxpayer number) in any of its forms; separators
 * (spaces, dots, dashes) are ignored.
 *
 * Rules:
 * - 15 digits (`legacy15`, `XX.XXX.XXX.X-XXX.XXX`): digit 9 must be the Luhn check digit of
 *   digits 1–8 (equivalently, digits 1–9 pass the Luhn check). All zeros (the "no NPWP"
 *   placeholder) is rejected.
 * - 16 digits starting with `0` (`padded16`): `0` + a valid 15-digit NPWP.
 * - 16 digits not starting with `0` (`nik`): a valid NIK, checked like {@link parseNik}.
 *
 * Never throws: every problem, including a non-string input, is returned as an issue.
 *
 * @example
 * ```ts
 * parseNpwp('01.000.013.1-093.000'); // { ok: true, value: { npwp: '010000131093000', form: 'legacy15' } }
 * parseNpwp('0010000131093000'); // { ok: true, value: { ..., form: 'padded16' } }
 * parseNpwp('3325010101900001'); // { ok: true, value: { ..., form: 'nik' } }
 * parseNpwp('01.000.013.2-093.000'); // { ok: false, issues: [... their Luhn check digit is 1] }
 * ```
 */
export function parseNpwp(value: unknown): IdentifierResult<ParsedNpwp> {
  const normalized = normalizeDigits(value);
  if ('problem' in normalized) return identifierFailure('NPWP', [normalized.problem]);
  const { digits } = normalized;
  if (digits.length === 15) {
    const problems = legacyProblems(digits, 0);
    if (problems.length > 0) return identifierFailure('NPWP', problems);
    return { ok: true, value: { npwp: digits, form: 'legacy15' } };
  }
  if (digits.length === 16 && digits.startsWith('0')) {
    const problems = legacyProblems(digits.slice(1), 1);
    if (problems.length > 0) {
      return identifierFailure(
        'NPWP',
        problems.map((problem) => ({
          en: `a 16-digit NPWP starting with 0 must be 0 + a valid 15-digit NPWP: ${problem.en}`,
          id: `NPWP 16 digit yang diawali 0 harus berupa 0 + NPWP 15 digit yang valid: ${problem.id}`,
        })),
      );
    }
    return { ok: true, value: { npwp: digits, form: 'padded16' } };
  }
  if (digits.length === 16) {
    const inspected = inspectNik(digits, nikReference(undefined));
    if (inspected.value === undefined) {
      return identifierFailure(
        'NPWP',
        inspected.problems.map((problem) => ({
          en: `a 16-digit NPWP not starting with 0 must be a valid NIK: ${problem.en}`,
          id: `NPWP 16 digit yang tidak diawali 0 harus berupa NIK yang valid: ${problem.id}`,
        })),
      );
    }
    return { ok: true, value: { npwp: digits, form: 'nik' } };
  }
  return identifierFailure('NPWP', [
    digitCountProblem(
      { en: 'NPWP', id: 'NPWP' },
      { en: '15 or 16', id: '15 atau 16' },
      digits.length,
    ),
  ]);
}
