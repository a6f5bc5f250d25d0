import { z } from 'zod';

/**
 * Attaches an editor description: Indonesian first, then English.
 * Every field of the configuration language goes through this so hover text is bilingual.
 */
export function doc<T extends z.ZodType>(schema: T, id: string, en: string): T {
  return schema.describe(`${id}\n\n${en}`);
}

/** Lower-kebab-case identifier used for every id in the configuration. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id of something declared in the configuration (lower-kebab-case). */
export function idOf(id: string, en: string) {
  return doc(z.string().regex(idPattern), id, en);
}
