import { z } from 'zod';
import { doc } from './_text.js';

/**
 * Human text in Indonesian, optionally with English: a plain string (Indonesian) or `{ id, en? }`.
 *
 * @example
 * ```yaml
 * name: { id: Persetujuan Bangunan Gedung, en: Building Approval }
 * ```
 */
export const localizedText = doc(
  z.union([
    z.string().min(1),
    z.strictObject({
      id: doc(z.string().min(1), 'Teks dalam Bahasa Indonesia.', 'Text in Indonesian.'),
      en: doc(z.string().min(1), 'Teks dalam Bahasa Inggris.', 'Text in English.').optional(),
    }),
  ]),
  'Teks: string (Bahasa Indonesia) atau { id, en }.',
  'Text: a string (Indonesian) or { id, en }.',
);
/** Human text in Indonesian, optionally with English. */
export type LocalizedText = z.infer<typeof localizedText>;
