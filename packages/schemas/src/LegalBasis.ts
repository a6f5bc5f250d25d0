import { z } from 'zod';
import { doc, idOf } from './_text.js';
import { localizedText } from './LocalizedText.js';
import { httpUrl } from './_common.js';
import { legalBasisKinds } from './vocabularies.js';

/**
 * A regulation the configuration cites (dasar hukum), referred to by id.
 *
 * @example
 * ```yaml
 * legalBases:
 *   - { id: pp-16-2021, kind: pp, number: "16", year: 2021, title: Peraturan Pemerintah tentang Bangunan Gedung }
 * ```
 */
export const legalBasis = z.strictObject({
  id: idOf(
    'Id dasar hukum, unik (misalnya pp-16-2021).',
    'Legal basis id, unique (for example pp-16-2021).',
  ),
  kind: doc(z.enum(legalBasisKinds), 'Jenis peraturan.', 'Kind of regulation.'),
  number: doc(z.string().min(1).optional(), 'Nomor peraturan.', 'Number of the regulation.'),
  year: doc(
    z.number().int().min(1945).max(2100).optional(),
    'Tahun peraturan.',
    'Year of the regulation.',
  ),
  title: doc(localizedText, 'Judul peraturan.', 'Title of the regulation.'),
  url: doc(httpUrl.optional(), 'Alamat teks peraturan.', 'Address of the regulation text.'),
});
/** A regulation. */
export type LegalBasis = z.infer<typeof legalBasis>;
