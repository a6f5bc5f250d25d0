/**
 * Masks a NIK (Nomor Induk Kependudukan) for display, logs, errors and exports: the regency code
 * (first 4 digits) and the serial (last 4) stay, the 8 digits of district and birth date in between
 * become `*`. Separators are dropped. A value that is not 16 digits is masked whole, keeping only
 * its length, so that a typo never leaks a real number either.
 *
 * @param nik - the NIK, with or without separators.
 * @returns the masked text.
 * @throws never
 * @example
 * ```ts
 * maskNik('3325010101900001'); // '3325********0001'
 * maskNik('3325 0101 0190 0001'); // '3325********0001'
 * maskNik('12345'); // '*****'
 * ```
 */
export function maskNik(nik: string): string {
  const digits = nik.replace(/[\s.-]/g, '');
  if (!/^\d{16}$/.test(digits)) return '*'.repeat(Math.min(digits.length, 32));
  return `${digits.slice(0, 4)}${'*'.repeat(8)}${digits.slice(12)}`;
}

const uuidPattern = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;

/**
 * Masks every run of 16 digits (optionally written in groups with spaces, dots or dashes) in a
 * text with {@link maskNik}: a last line of defence for free text (reasons, document references,
 * log lines) that might contain a NIK.
 *
 * @param text - any text.
 * @returns the text with every NIK-like number masked.
 * @throws never
 * @example
 * ```ts
 * maskNikInText('KTP 3325010101900001 hilang'); // 'KTP 3325********0001 hilang'
 * ```
 */
export function maskNikInText(text: string): string {
  // A NIK-like number has 16 digits: a text with fewer has nothing to mask (most ids, reasons
  // and log lines), and is returned as it is without splitting and matching.
  if (!hasSixteenDigits(text)) return text;
  // UUIDs (application ids) are left whole: their dash-separated digits can look like a NIK.
  return text
    .split(uuidPattern)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/(?<!\d)(?:\d[\s.-]?){15}\d(?!\d)/g, (match) => maskNik(match)),
    )
    .join('');
}

/** `true` when `text` holds at least 16 digits (anywhere). */
function hasSixteenDigits(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57 && ++digits === 16) return true;
  }
  return false;
}
