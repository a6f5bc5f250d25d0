import { z } from 'zod';
import { doc, idOf } from './_text.js';
import { localizedText } from './LocalizedText.js';
import { httpUrl, provenance } from './_common.js';
import { agencyKinds } from './vocabularies.js';

/**
 * A tenant agency (instansi / OPD) with a counter in the mall.
 *
 * @example
 * ```yaml
 * agencies:
 *   - id: dpmptsp
 *     name: Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu
 *     shortName: DPMPTSP
 *     kind: regional
 * ```
 */
export const agency = z.strictObject({
  id: idOf(
    'Id instansi (huruf kecil-dengan-tanda-hubung), unik.',
    'Agency id (lower-kebab-case), unique.',
  ),
  name: doc(localizedText, 'Nama resmi instansi.', 'Official name of the agency.'),
  shortName: doc(
    z.string().min(1).optional(),
    'Singkatan (misalnya DPMPTSP).',
    'Short name (for example DPMPTSP).',
  ),
  kind: doc(
    z.enum(agencyKinds),
    'Jenis instansi: regional (OPD kabupaten/kota, tenant horizontal), provincial, vertical (instansi pusat), state-owned (BUMN), region-owned (BUMD), social-security (BPJS), bank, other.',
    'Kind of agency: regional (regency/city OPD, horizontal tenant), provincial, vertical (central government office), state-owned (BUMN), region-owned (BUMD), social-security (BPJS), bank, other.',
  ),
  basedIn: doc(
    z.string().min(1).optional(),
    'Kedudukan kantor jika di luar daerah (misalnya Pemalang).',
    'Where the office is based when outside the regency (for example Pemalang).',
  ),
  website: doc(httpUrl.optional(), 'Situs web instansi.', 'Website of the agency.'),
  description: doc(localizedText.optional(), 'Keterangan singkat.', 'Short description.'),
  provenance: provenance.optional(),
});
/** A tenant agency. */
export type Agency = z.infer<typeof agency>;
