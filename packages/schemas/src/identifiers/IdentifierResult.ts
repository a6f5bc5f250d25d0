import type { Issue } from '../Issue.js';

/**
 * Identifier formats the validators report on, as they appear in the `format` param of an
 * `invalid_identifier` issue: NIK (Nomor Induk Kependudukan), NPWP (Nomor Pokok Wajib Pajak),
 * NIB (Nomor Induk Berusaha), KBLI (Klasifikasi Baku Lapangan Usaha Indonesia) and Kemendagri
 * region codes (kode wilayah).
 *
 * @example
 * ```ts
 * identifierFormats.includes('NIK'); // true
 * ```
 */
export const identifierFormats = ['NIK', 'NPWP', 'NIB', 'KBLI', 'region code'] as const;

/**
 * One of {@link identifierFormats}: the English name of an identifier format.
 *
 * @example
 * ```ts
 * const format: IdentifierFormat = 'NIK';
 * ```
 */
export type IdentifierFormat = (typeof identifierFormats)[number];

/**
 * What every identifier `parse*` function returns: the parsed value, or every problem found as
 * `invalid_identifier` issues (params `format`, and `detail` in every locale).
 *
 * @example
 * ```ts
 * const result: IdentifierResult<ParsedNib> = parseNib('1234567890123');
 * if (result.ok) result.value.nib; // '1234567890123'
 * else result.issues.map((issue) => issue.message);
 * ```
 */
export type IdentifierResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly Issue[] };
