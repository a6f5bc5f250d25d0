import { MppError, type Locale } from '@mpp-kit/schemas/issues';

/**
 * What a thrown error says, in the reader's language: an `MppError` carries its message in every
 * locale; anything else (a bug, an error of Node) only has its own message.
 */
export function errorText(error: unknown, locale: Locale): string {
  if (error instanceof MppError) return error.localizedMessage(locale);
  return error instanceof Error ? error.message : String(error);
}
