import type { IdentifierProblem } from './_identifierProblem.js';

/** Separators users type inside identifiers: whitespace, dots and dashes (incl. en/em dashes). */
const separators = /[\s.\-\u2010-\u2015]/u;

function describeType(value: unknown): IdentifierProblem {
  if (typeof value === 'number' || typeof value === 'bigint') {
    const text = String(value);
    return {
      en: `expected a string, got the number ${text}; quote it ("${text}") so leading zeros are kept`,
      id: `harus berupa teks (string), bukan angka ${text}; beri tanda kutip ("${text}") agar angka 0 di depan tidak hilang`,
    };
  }
  const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  return {
    en: `expected a string, got ${type}`,
    id: `harus berupa teks (string), bukan ${type}`,
  };
}

/**
 * Strips separators from a user-typed identifier and returns its digits, or the problem when the
 * value is not a string or holds characters other than digits and separators.
 */
export function normalizeDigits(
  value: unknown,
): { readonly digits: string } | { readonly problem: IdentifierProblem } {
  if (typeof value !== 'string') return { problem: describeType(value) };
  let digits = '';
  const invalid = new Set<string>();
  for (const ch of value) {
    if (ch >= '0' && ch <= '9') digits += ch;
    else if (!separators.test(ch)) invalid.add(ch);
  }
  if (invalid.size > 0) {
    const shown = [...invalid].slice(0, 5).map((ch) => JSON.stringify(ch));
    const more = invalid.size > 5 ? ` (and ${invalid.size - 5} more)` : '';
    const moreId = invalid.size > 5 ? ` (dan ${invalid.size - 5} lainnya)` : '';
    const list = shown.join(', ');
    return {
      problem: {
        en: `contains ${list}${more}: only digits and the separators space, dot and dash are allowed`,
        id: `memuat ${list}${moreId}: hanya angka serta pemisah spasi, titik, dan tanda hubung yang diperbolehkan`,
      },
    };
  }
  return { digits };
}
