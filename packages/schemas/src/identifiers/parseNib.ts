import { digitCountProblem, identifierFailure } from './_identifierProblem.js';
import { normalizeDigits } from './_normalizeDigits.js';
import type { IdentifierResult } from './IdentifierResult.js';

/**
 * A valid NIB (Nomor Induk Berusaha, the business identification number issued by OSS).
 *
 * @example
 * ```ts
 * const nib: ParsedNib = { nib: '1234567890123' };
 * ```
 */
export interface ParsedNib {
  /** The 13 digits, separators removed. */
  readonly nib: string;
}

/**
 * Parses a NIB (Nomor Induk Berusaha): 13 digits; separators (spaces, dots, dashes) are ignored.
 * NIBs carry no check digit, so only the length is checked.
 *
 * Never throws: every problem, including a non-string input, is returned as an issue.
 *
 * @example
 * ```ts
 * parseNib('1234 5678 90123'); // { ok: true, value: { nib: '1234567890123' } }
 * parseNib('123456789012'); // { ok: false, issues: [... NIB must have 13 digits, got 12] }
 * ```
 */
export function parseNib(value: unknown): IdentifierResult<ParsedNib> {
  const normalized = normalizeDigits(value);
  if ('problem' in normalized) return identifierFailure('NIB', [normalized.problem]);
  const { digits } = normalized;
  if (digits.length !== 13) {
    return identifierFailure('NIB', [
      digitCountProblem({ en: 'NIB', id: 'NIB' }, { en: '13', id: '13' }, digits.length),
    ]);
  }
  return { ok: true, value: { nib: digits } };
}
