import { z } from 'zod';
import { doc, idOf } from './_text.js';
import { localizedText } from './LocalizedText.js';
import { isoDate, provenance, ref, refs } from './_common.js';
import { agreementKinds, coalitionKinds, forumCadences, wogIndicatorIds } from './vocabularies.js';

/** How sure a piece of WoG evidence is: only `verified` with a source meets an indicator. */
const evidenceProvenance = doc(
  provenance.optional(),
  'Status bukti: hanya bukti verified dengan sumber yang memenuhi indikator WoG; tanpa ini bukti dianggap belum diverifikasi.',
  'How sure the evidence is: only verified evidence with a source meets a WoG indicator; without it the evidence counts as unverified.',
);

/**
 * The mall's Whole-of-Government coordination structure: the evidence the seven WoG indicators are
 * judged from (coordinating institution, task forces, agreements, forums, coalitions, capacity,
 * values, leadership), each entry with its `provenance`, and published `findings` on the
 * indicators with their source. Only verified evidence with a source meets an indicator.
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
        provenance: evidenceProvenance,
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
          provenance: evidenceProvenance,
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
          provenance: evidenceProvenance,
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
          provenance: evidenceProvenance,
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
          provenance: evidenceProvenance,
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
        provenance: evidenceProvenance,
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
          provenance: evidenceProvenance,
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
          provenance: evidenceProvenance,
        }),
      )
      .default([]),
    'Kepemimpinan.',
    'Leadership.',
  ),
  findings: doc(
    z
      .array(
        z.strictObject({
          indicator: doc(
            z.enum(wogIndicatorIds),
            'Indikator WoG yang dinilai.',
            'The WoG indicator assessed.',
          ),
          met: doc(z.boolean(), 'Terpenuhi menurut sumber.', 'Met, according to the source.'),
          source: doc(
            z.string().min(1),
            'Sumber temuan (penulis, judul, terbitan).',
            'Where the finding is published (authors, title, publication).',
          ),
          year: doc(z.number().int().optional(), 'Tahun temuan.', 'Year of the finding.'),
          note: doc(localizedText.optional(), 'Ringkasan temuan.', 'Summary of the finding.'),
        }),
      )
      .default([]),
    'Temuan penilaian WoG yang dipublikasikan (misalnya kajian ilmiah), satu per indikator; dicatat sebagai bukti terverifikasi dengan sumbernya.',
    'Published findings on the WoG indicators (for example a study), one per indicator; recorded as verified evidence with their source.',
  ),
});
/** The coordination structure. */
export type Coordination = z.infer<typeof coordination>;
