import { digitCountProblem, identifierFailure } from './_identifierProblem.js';
import { normalizeDigits } from './_normalizeDigits.js';
import type { IdentifierResult } from './IdentifierResult.js';

/**
 * A valid KBLI code (Klasifikasi Baku Lapangan Usaha Indonesia 2020, business classification).
 *
 * @example
 * ```ts
 * const kbli: ParsedKbli = { kbli: '47111' };
 * ```
 */
export interface ParsedKbli {
  /** The 5 digits, separators removed. */
  readonly kbli: string;
}

/**
 * Parses a KBLI 2020 code: 5 digits; separators (spaces, dots, dashes) are ignored. The code is
 * not checked against the KBLI catalogue.
 *
 * Never throws: every problem, including a non-string input, is returned as an issue.
 *
 * @example
 * ```ts
 * parseKbli('47111'); // { ok: true, value: { kbli: '47111' } }
 * parseKbli('4711'); // { ok: false, issues: [... KBLI code must have 5 digits, got 4] }
 * ```
 */
export function parseKbli(value: unknown): IdentifierResult<ParsedKbli> {
  const normalized = normalizeDigits(value);
  if ('problem' in normalized) return identifierFailure('KBLI', [normalized.problem]);
  const { digits } = normalized;
  if (digits.length !== 5) {
    return identifierFailure('KBLI', [
      digitCountProblem(
        { en: 'KBLI code (KBLI 2020)', id: 'kode KBLI (KBLI 2020)' },
        { en: '5', id: '5' },
        digits.length,
      ),
    ]);
  }
  return { ok: true, value: { kbli: digits } };
}
