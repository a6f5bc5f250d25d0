import { MppError, renderEveryLocale } from '@mpp-kit/schemas/issues';
import { storeMessages } from './_storeMessages.js';
import { maskNikInText } from '../runtime/maskNik.js';

/**
 * Thrown when an append's expected version is no longer the stored one (someone else appended
 * first), when `create` meets an existing id, or when `append` names an application that does not
 * exist. Nothing was written: reload the application, re-check the action and try again.
 *
 * `message` is English; `messageId` is the same message in Indonesian.
 *
 * @example
 * ```ts
 * try {
 *   await store.append('app-1', 3, event, record);
 * } catch (error) {
 *   if (error instanceof ConflictError) {
 *     error.expectedVersion; // 3
 *     error.actualVersion; // 4: reload and retry
 *   }
 * }
 * ```
 */
export class ConflictError extends MppError {
  override readonly name = 'ConflictError';
  /** Stable error code. */
  declare readonly code: 'conflict';
  /** The application concerned. */
  readonly applicationId: string;
  /** The version the caller expected (0 for `create`). */
  readonly expectedVersion: number;
  /** The stored version (0 when the application does not exist). */
  readonly actualVersion: number;

  /**
   * @param details - the application and both versions.
   * @param options - the underlying error, if any (a unique violation).
   * @throws never
   * @example
   * ```ts
   * new ConflictError({ applicationId: 'app-1', expectedVersion: 3, actualVersion: 4 });
   * ```
   */
  constructor(
    details: { applicationId: string; expectedVersion: number; actualVersion: number },
    options?: { cause?: unknown },
  ) {
    // The id comes from a caller and may hold a NIK: masked in the message, whole in the property.
    const text = renderEveryLocale(storeMessages.conflict, {
      ...details,
      applicationId: maskNikInText(details.applicationId),
    });
    super('conflict', text, options);
    this.applicationId = details.applicationId;
    this.expectedVersion = details.expectedVersion;
    this.actualVersion = details.actualVersion;
  }
}

/**
 * Codes of {@link StoreError}: `io` (the database failed: disk, connection, lock timeout),
 * `closed` (the store was closed), `invalid_input` (a malformed record, event, instant, limit or
 * cursor; nothing was written), `schema_mismatch` (the database was created by a newer version).
 *
 * @example
 * ```ts
 * storeErrorCodes.includes('io'); // true
 * ```
 */
export const storeErrorCodes = ['io', 'closed', 'invalid_input', 'schema_mismatch'] as const;

/**
 * A code of {@link StoreError}.
 *
 * @example
 * ```ts
 * const code: StoreErrorCode = 'invalid_input';
 * ```
 */
export type StoreErrorCode = (typeof storeErrorCodes)[number];

/**
 * Thrown by a store for anything but a version conflict: an I/O failure of the database (with the
 * driver's error as `cause`), use after `close`, malformed input, or a database schema newer than
 * this library.
 *
 * `message` is English; `messageId` is the same message in Indonesian.
 *
 * @example
 * ```ts
 * try {
 *   await store.get('app-1');
 * } catch (error) {
 *   if (error instanceof StoreError && error.code === 'io') console.error(error.cause);
 * }
 * ```
 */
export class StoreError extends MppError {
  override readonly name = 'StoreError';
  /** Stable error code. */
  declare readonly code: StoreErrorCode;
  /** What went wrong, in English (part of `message`). */
  readonly detail: string;

  /**
   * @param code - what kind of failure.
   * @param detail - what went wrong, in English (ignored for `closed`).
   * @param options - the underlying error, if any.
   * @throws never
   * @example
   * ```ts
   * new StoreError('io', 'database is locked', { cause: sqliteError });
   * ```
   */
  constructor(code: StoreErrorCode, detail = '', options?: { cause?: unknown }) {
    const text = renderEveryLocale(storeMessages[code], { detail });
    super(code, text, options);
    this.detail = detail;
  }
}
