import { z } from 'zod';
import { doc, idOf } from './_text.js';
import { localizedText } from './LocalizedText.js';
import { isoDate, ref, refs } from './_common.js';
import { agreementKinds, coalitionKinds, forumCadences } from './vocabularies.js';

/**
 * The mall's Whole-of-Government coordination structure: the evidence the seven WoG indicators are
 * judged from (coordinating institution, task forces, agreements, forums, coalitions, capacity,
 * values, leadership).
 *
 * @example
 * ```yaml
 * coordination:
 *   institution: null
 *   taskForces: []
 *   agreements: [{ agency: polres-batang, kind: mou, signed: 2020-01-20 }]
 *   forums: [{ id: rakor-tenant, name: Rapat koordinasi tenant, cadence: monthly }]
 * ```
 */
export const coordination = z.strictObject({
  institution: doc(
    z
      .strictObject({
        name: doc(
          localizedText,
          'Nama lembaga koordinasi khusus.',
          'Name of the special coordinating institution.',
        ),
        decree: doc(z.string().optional(), 'Keputusan pembentukan.', 'Founding decree.'),
        established: doc(isoDate.optional(), 'Tanggal dibentuk.', 'Date established.'),
        members: refs('Instansi anggota.', 'Member agencies.').optional(),
      })
      .nullable()
      .default(null),
    'Lembaga koordinasi khusus (null bila tidak ada).',
    'Special coordinating institution (null when there is none).',
  ),
  taskForces: doc(
    z
      .array(
        z.strictObject({
          id: idOf('Id satuan tugas.', 'Task force id.'),
          name: doc(localizedText, 'Nama satuan tugas.', 'Task force name.'),
          members: refs(
            'Instansi anggota (dua atau lebih untuk lintas instansi).',
            'Member agencies (two or more to be cross-agency).',
            1,
          ),
          decree: doc(z.string().optional(), 'Keputusan pembentukan.', 'Founding decree.'),
          mandate: doc(localizedText.optional(), 'Mandat.', 'Mandate.'),
          established: doc(isoDate.optional(), 'Tanggal dibentuk.', 'Date established.'),
          permanent: doc(z.boolean().optional(), 'Bersifat permanen.', 'Permanent.'),
        }),
      )
      .default([]),
    'Satuan tugas (task force).',
    'Task forces.',
  ),
  agreements: doc(
    z
      .array(
        z.strictObject({
          agency: ref('Instansi tenant.', 'Tenant agency.'),
          kind: doc(
            z.enum(agreementKinds),
            'Jenis: mou, pks (perjanjian kerja sama), decree, other.',
            'Kind: mou, pks (cooperation agreement), decree, other.',
          ),
          signed: doc(isoDate.optional(), 'Tanggal ditandatangani.', 'Date signed.'),
          reference: doc(z.string().optional(), 'Nomor dokumen.', 'Document number.'),
        }),
      )
      .default([]),
    'Perjanjian dengan tenant.',
    'Tenant agreements.',
  ),
  forums: doc(
    z
      .array(
        z.strictObject({
          id: idOf('Id forum.', 'Forum id.'),
          name: doc(localizedText, 'Nama forum.', 'Forum name.'),
          cadence: doc(z.enum(forumCadences), 'Frekuensi pertemuan.', 'How often it meets.'),
          members: refs('Instansi peserta.', 'Member agencies.').optional(),
        }),
      )
      .default([]),
    'Forum koordinasi.',
    'Coordination forums.',
  ),
  coalitions: doc(
    z
      .array(
        z.strictObject({
          partner: doc(localizedText, 'Nama mitra.', 'Partner name.'),
          kind: doc(z.enum(coalitionKinds), 'Jenis mitra.', 'Kind of partner.'),
          since: doc(isoDate.optional(), 'Sejak.', 'Since.'),
          role: doc(localizedText.optional(), 'Peran mitra.', 'What the partner does.'),
        }),
      )
      .default([]),
    'Koalisi sosial (mitra non-pemerintah).',
    'Social coalitions (non-government partners).',
  ),
  capacity: doc(
    z
      .strictObject({
        trainings: doc(
          z
            .array(
              z.strictObject({
                name: doc(localizedText, 'Nama pelatihan.', 'Training name.'),
                year: doc(z.number().int().optional(), 'Tahun.', 'Year.'),
                participants: doc(
                  z.number().int().min(0).optional(),
                  'Jumlah peserta.',
                  'Number of participants.',
                ),
              }),
            )
            .default([]),
          'Pelatihan petugas.',
          'Staff trainings.',
        ),
        staffCount: doc(
          z.number().int().min(0).optional(),
          'Jumlah petugas mal.',
          'Number of mall staff.',
        ),
        note: doc(localizedText.optional(), 'Catatan.', 'Note.'),
      })
      .optional(),
    'Kapasitas sumber daya manusia dan kelembagaan.',
    'Human and institutional resource capacity.',
  ),
  values: doc(
    z
      .array(
        z.strictObject({
          name: doc(localizedText, 'Nilai atau budaya layanan.', 'Service value or culture.'),
          description: doc(localizedText.optional(), 'Uraian.', 'Description.'),
        }),
      )
      .default([]),
    'Nilai dan budaya organisasi.',
    'Organisational values and culture.',
  ),
  leadership: doc(
    z
      .array(
        z.strictObject({
          description: doc(
            localizedText,
            'Bentuk kepemimpinan (misalnya keputusan bupati).',
            'Form of leadership (for example a regent decree).',
          ),
          decree: doc(z.string().optional(), 'Nomor keputusan.', 'Decree number.'),
          date: doc(isoDate.optional(), 'Tanggal.', 'Date.'),
        }),
      )
      .default([]),
    'Kepemimpinan.',
    'Leadership.',
  ),
});
/** The coordination structure. */
export type Coordination = z.infer<typeof coordination>;
