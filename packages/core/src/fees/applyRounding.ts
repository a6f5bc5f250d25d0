/**
 * Rounds a computed fee to whole rupiah the way the fee declares.
 *
 * @example
 * ```ts
 * applyRounding(1200000.4, 'round'); // 1200000
 * ```
 */
export function applyRounding(
  value: number,
  rounding: 'none' | 'round' | 'floor' | 'ceil',
): number {
  if (rounding === 'none') return value;
  return Math[rounding](value);
}
