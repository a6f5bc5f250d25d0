import { MppError } from '@mpp-kit/schemas';

/**
 * Codes of {@link FloorError}: `validation` (a bad request), `not_found` (no such counter, ticket
 * or complaint), `invalid_action` (not possible in the current status or state), `forbidden`
 * (not this person), `conflict` (someone else changed it first), `full` (no ticket left today or
 * in the slot), `closed` (the queue is not open now).
 *
 * @example
 * ```ts
 * floorErrorCodes.includes('full'); // true
 * ```
 */
export const floorErrorCodes = [
  'validation',
  'not_found',
  'invalid_action',
  'forbidden',
  'conflict',
  'full',
  'closed',
] as const;

/**
 * A code of {@link floorErrorCodes}.
 *
 * @example
 * ```ts
 * const code: FloorErrorCode = 'full';
 * ```
 */
export type FloorErrorCode = (typeof floorErrorCodes)[number];

/**
 * An error of the queue or complaint desk: what happened and what to do, in English (`message`)
 * and Indonesian (`messageId`).
 *
 * @example
 * ```ts
 * try {
 *   await queue.take({ counterId: 'gerai-x' });
 * } catch (error) {
 *   if (error instanceof FloorError) console.log(error.code, error.messageId);
 * }
 * ```
 */
export class FloorError extends MppError {
  override readonly name = 'FloorError';
  /** What kind of problem it is. */
  declare readonly code: FloorErrorCode;

  /**
   * @param code - what kind of problem.
   * @param en - what happened and what to do, in English.
   * @param id - the same in Indonesian.
   */
  constructor(code: FloorErrorCode, en: string, id: string) {
    super(code, { en, id });
  }
}
