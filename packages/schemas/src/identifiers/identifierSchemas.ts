import { z } from 'zod';
import type { IdentifierResult } from './IdentifierResult.js';
import { parseKbli } from './parseKbli.js';
import { parseNib } from './parseNib.js';
import { parseNik } from './parseNik.js';
import { parseNpwp } from './parseNpwp.js';
import { parseRegionCode } from './parseRegionCode.js';

/**
 * A string schema that runs `parse` and outputs `canonical(value)`, or reports each
 * `invalid_identifier` issue as a zod custom issue with the same English message and params
 * (`format`, and `detail` in every locale).
 */
function identifierSchema<T>(
  parse: (value: unknown) => IdentifierResult<T>,
  canonical: (value: T) => string,
) {
  return z.string().transform((input, ctx) => {
    const result = parse(input);
    if (result.ok) return canonical(result.value);
    for (const issue of result.issues) {
      ctx.addIssue({ code: 'custom', message: issue.message, params: { ...issue.params }, input });
    }
    return z.NEVER;
  });
}

/**
 * Zod schema for a NIK: accepts separators, checks it like `parseNik`, outputs the 16 digits.
 *
 * @example
 * ```ts
 * nik.parse('3325.0101.0190.0001'); // '3325010101900001'
 * nik.safeParse('9925010101900001').error?.issues[0]?.message;
 * // 'Invalid NIK: province code 99 does not exist in the Kemendagri region table.'
 * ```
 */
export const nik = identifierSchema(parseNik, (value) => value.nik);

/**
 * Zod schema for an NPWP (15 digits, or 16: a NIK or `0` + 15): accepts separators, checks it
 * like `parseNpwp`, outputs its digits.
 *
 * @example
 * ```ts
 * npwp.parse('01.000.013.1-093.000'); // '010000131093000'
 * ```
 */
export const npwp = identifierSchema(parseNpwp, (value) => value.npwp);

/**
 * Zod schema for a NIB (13 digits): accepts separators, outputs the digits.
 *
 * @example
 * ```ts
 * nib.parse('1234-5678-90123'); // '1234567890123'
 * ```
 */
export const nib = identifierSchema(parseNib, (value) => value.nib);

/**
 * Zod schema for a KBLI 2020 code (5 digits): accepts separators, outputs the digits.
 *
 * @example
 * ```ts
 * kbli.parse('47 111'); // '47111'
 * ```
 */
export const kbli = identifierSchema(parseKbli, (value) => value.kbli);

/**
 * Zod schema for a Kemendagri region code: accepts separators, checks it exists (villages down
 * to their district, like `parseRegionCode`), outputs the canonical dotted code.
 *
 * @example
 * ```ts
 * regionCode.parse('3325'); // '33.25'
 * regionCode.parse('33 25 01'); // '33.25.01'
 * ```
 */
export const regionCode = identifierSchema(parseRegionCode, (value) => value.code);
