import { MppError } from '@mpp-kit/schemas';

/**
 * A fee formula that cannot be read or evaluated; `position` is the 0-based character offset.
 * `message` is a short English detail that the validator and the runtime place in their own
 * localized messages (`messageId` repeats it).
 *
 * @example
 * ```ts
 * try {
 *   compileFeeFormula('floorArea *');
 * } catch (error) {
 *   if (error instanceof FeeFormulaError) console.log(error.position); // 11
 * }
 * ```
 */
export class FeeFormulaError extends MppError {
  override readonly name = 'FeeFormulaError';
  declare readonly code: 'fee_formula';
  constructor(
    message: string,
    readonly position: number,
  ) {
    super('fee_formula', { en: message, id: message });
  }
}
