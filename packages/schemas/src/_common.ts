import { z } from 'zod';
import { doc, idPattern } from './_text.js';
import { provenanceStatuses, weekdays } from './vocabularies.js';

/** A calendar date `YYYY-MM-DD` (a real date). */
export const isoDate = z.iso.date();

/** A reference to something declared elsewhere, by id. */
export function ref(id: string, en: string) {
  return doc(z.string().regex(idPattern), id, en);
}

/** A list of references (at least one when `min` is 1). */
export function refs(id: string, en: string, min = 0) {
  return doc(z.array(z.string().regex(idPattern)).min(min), id, en);
}

/** Where a value comes from and how sure it is. */
export const provenance = doc(
  z.strictObject({
    status: doc(
      z.enum(provenanceStatuses),
      'Status data: verified (terverifikasi), partial (sebagian), unverified (belum diverifikasi), illustrative (contoh).',
      'Data status: verified, partial, unverified, or illustrative (example data).',
    ),
    sources: doc(
      z.array(z.string().min(1)).optional(),
      'Sumber data (judul, nomor dokumen, atau alamat).',
      'Sources of the data (title, document number or address).',
    ),
    note: doc(z.string().optional(), 'Catatan tentang data.', 'A note about the data.'),
    updated: doc(
      isoDate.optional(),
      'Tanggal data terakhir diperiksa terhadap sumbernya (YYYY-MM-DD); ditampilkan sebagai "terakhir diperbarui".',
      'The date the data were last checked against their sources (YYYY-MM-DD); shown as "last updated".',
    ),
  }),
  'Asal-usul data dan tingkat kepastiannya, agar daerah tahu apa yang perlu dikonfirmasi.',
  'Where the data comes from and how sure it is, so a regency knows what to confirm.',
);
/** Where a value comes from. */
export type Provenance = z.infer<typeof provenance>;

/** A local time of day `HH:MM` (24 hours). */
export const clockTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/);

/** Opening hours: one entry per group of days. */
export const openingHours = doc(
  z.array(
    z.strictObject({
      days: doc(z.array(z.enum(weekdays)).min(1), 'Hari (mon..sun).', 'Days (mon..sun).'),
      open: doc(clockTime, 'Jam buka, HH:MM.', 'Opening time, HH:MM.'),
      close: doc(clockTime, 'Jam tutup, HH:MM.', 'Closing time, HH:MM.'),
    }),
  ),
  'Jam layanan per kelompok hari.',
  'Opening hours per group of days.',
);
/** Opening hours. */
export type OpeningHours = z.infer<typeof openingHours>;

/** An active period (from, optional to). */
export const period = z.strictObject({
  from: doc(isoDate, 'Tanggal mulai (YYYY-MM-DD).', 'Start date (YYYY-MM-DD).'),
  to: doc(
    isoDate.optional(),
    'Tanggal selesai (YYYY-MM-DD), kosong jika masih berlaku.',
    'End date (YYYY-MM-DD); absent while still in force.',
  ),
  note: doc(z.string().optional(), 'Catatan (misalnya alasan).', 'Note (for example the reason).'),
});
/** An active period. */
export type Period = z.infer<typeof period>;

/** An http(s) address. A plain pattern, so zod and the JSON Schema agree exactly. */
export const httpUrl = z.string().regex(/^https?:\/\/[^\s/$.?#][^\s]*$/);
