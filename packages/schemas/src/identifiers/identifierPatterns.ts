/**
 * Canonical dotted Kemendagri region code: `PP`, `PP.RR`, `PP.RR.SS` or `PP.RR.SS.DDDD`.
 *
 * Shape only (no table lookup, no separators other than the dots): for the configuration JSON
 * Schema, which cannot express the normalizing `regionCode` schema. Use `.source` as the
 * JSON Schema `pattern`.
 *
 * @example
 * ```ts
 * regionCodePattern.test('33.25.01'); // true
 * regionCodePattern.test('3325'); // false (not canonical)
 * const jsonSchema = { type: 'string', pattern: regionCodePattern.source };
 * ```
 */
export const regionCodePattern = /^\d{2}(?:\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?)?$/;

/**
 * Canonical NIK: exactly 16 digits. Shape only, for JSON Schema (see `nik` for the full check).
 *
 * @example
 * ```ts
 * nikPattern.test('3325010101900001'); // true
 * ```
 */
export const nikPattern = /^\d{16}$/;

/**
 * Canonical NPWP: 15 or 16 digits. Shape only, for JSON Schema (see `npwp` for the full check).
 *
 * @example
 * ```ts
 * npwpPattern.test('010000131093000'); // true
 * ```
 */
export const npwpPattern = /^\d{15,16}$/;

/**
 * Canonical NIB: exactly 13 digits. Shape only, for JSON Schema.
 *
 * @example
 * ```ts
 * nibPattern.test('1234567890123'); // true
 * ```
 */
export const nibPattern = /^\d{13}$/;

/**
 * Canonical KBLI 2020 code: exactly 5 digits. Shape only, for JSON Schema.
 *
 * @example
 * ```ts
 * kbliPattern.test('47111'); // true
 * ```
 */
export const kbliPattern = /^\d{5}$/;
