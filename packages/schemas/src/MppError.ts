import type { Locale } from './Issue.js';
import { localize, type LocaleText } from './LocalizedMessage.js';

/**
 * The base of every public error that mpp-kit throws: a stable `code`, the message in English
 * (`message`) and the same message in Indonesian (`messageId`). Catch it to handle any library
 * error in one place; each subclass (`ValidationError`, `CalendarRangeError`, `ApiProblem` …)
 * narrows `code` and adds what it carries.
 *
 * @example
 * ```ts
 * try {
 *   await runtime.act(id, action);
 * } catch (error) {
 *   if (error instanceof MppError) console.error(error.code, error.localizedMessage('id'));
 * }
 * ```
 */
export class MppError extends Error {
  /**
   * The error's name; every subclass sets its own (`'ForbiddenError'` …).
   *
   * @example
   * ```ts
   * new MppError('example', { en: 'Example.', id: 'Contoh.' }).name; // 'MppError'
   * ```
   */
  override readonly name: string = 'MppError';
  /**
   * Stable code, for programs: it does not change when the wording does.
   *
   * @example
   * ```ts
   * new MppError('not_found', { en: 'Not found.', id: 'Tidak ditemukan.' }).code; // 'not_found'
   * ```
   */
  readonly code: string;
  /**
   * The message in Indonesian (`message` is the same in English).
   *
   * @example
   * ```ts
   * new MppError('not_found', { en: 'Not found.', id: 'Tidak ditemukan.' }).messageId; // 'Tidak ditemukan.'
   * ```
   */
  readonly messageId: string;

  /**
   * @param code - the stable code.
   * @param text - the message in English (`en`, becomes `message`) and Indonesian (`id`).
   * @param options - the underlying error, if any.
   * @throws never
   * @example
   * ```ts
   * new MppError('io', { en: 'The disk is full.', id: 'Disk penuh.' }, { cause: ioError });
   * ```
   */
  constructor(code: string, text: LocaleText, options?: { cause?: unknown }) {
    super(text.en, options);
    this.code = code;
    this.messageId = text.id;
  }

  /**
   * The message in a locale: `message` for `en`, `messageId` for `id`.
   *
   * @param locale - `en` or `id`.
   * @returns the message in that language.
   * @throws never
   * @example
   * ```ts
   * new MppError('not_found', { en: 'Not found.', id: 'Tidak ditemukan.' }).localizedMessage('id'); // 'Tidak ditemukan.'
   * ```
   */
  localizedMessage(locale: Locale): string {
    return localize({ en: this.message, id: this.messageId }, locale);
  }
}
