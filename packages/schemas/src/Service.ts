import { z } from 'zod';
import { doc, idOf } from './_text.js';
import { localizedText } from './LocalizedText.js';
import { httpUrl, isoDate, provenance, ref, refs } from './_common.js';
import { serviceWorkflow } from './WorkflowDefinition.js';
import {
  applicationKinds,
  complaintChannelKinds,
  expiryConsequences,
  feeFactTypes,
  feeFactUnits,
  periodUnits,
  serviceChannels,
  serviceTypes,
  slaUnits,
} from './vocabularies.js';

const legalRefs = refs(
  'Id dasar hukum (lihat `legalBases`).',
  'Legal basis ids (see `legalBases`).',
);
const variableName = /^[a-zA-Z][a-zA-Z0-9]*$/;

/** Component 1: a document or condition an application needs, possibly only for some kinds. */
export const requirement = z.strictObject({
  id: idOf('Id persyaratan, unik dalam layanan.', 'Requirement id, unique within the service.'),
  document: doc(
    localizedText,
    'Dokumen atau syarat yang diminta.',
    'The document or condition asked for.',
  ),
  description: doc(localizedText.optional(), 'Penjelasan tambahan.', 'Further explanation.'),
  when: doc(
    z
      .strictObject({
        kind: doc(
          z.array(z.enum(applicationKinds)).min(1).optional(),
          'Hanya untuk jenis permohonan ini (new, renewal, change).',
          'Only for these application kinds (new, renewal, change).',
        ),
        condition: doc(
          localizedText.optional(),
          'Kondisi dalam kata-kata (misalnya "jika dikuasakan").',
          'Condition in words (for example "when represented by a proxy").',
        ),
      })
      .optional(),
    'Kapan persyaratan berlaku; tanpa ini berlaku untuk semua permohonan.',
    'When the requirement applies; without it, it applies to every application.',
  ),
  original: doc(z.boolean().optional(), 'Harus dokumen asli.', 'The original must be shown.'),
  copies: doc(z.number().int().min(1).optional(), 'Jumlah salinan.', 'Number of copies.'),
  optional: doc(z.boolean().optional(), 'Tidak wajib.', 'Not mandatory.'),
});
/** A requirement. */
export type Requirement = z.infer<typeof requirement>;

/** Component 3: completion time and what happens when it runs out. */
export const sla = z.strictObject({
  days: doc(
    z.number().int().min(0),
    'Waktu penyelesaian dalam hari (0 = hari yang sama).',
    'Completion time in days (0 = same day).',
  ),
  unit: doc(
    z.enum(slaUnits).default('working'),
    'Satuan: working (hari kerja, bawaan) atau calendar (hari kalender).',
    'Unit: working days (default) or calendar days.',
  ),
  legalMax: doc(
    z.number().int().min(0).optional(),
    'Batas maksimum menurut peraturan, dalam satuan yang sama.',
    'The legal maximum, in the same unit.',
  ),
  onExpiry: doc(
    z.enum(expiryConsequences).default('none'),
    'Akibat bila waktu habis: none, escalate (eskalasi), deemed-approval (fiktif positif; hanya untuk izin: UU 30/2014 Pasal 53 jo. UU 6/2023, PP 28/2025 untuk perizinan berusaha), deemed-refusal.',
    'What happens at expiry: none, escalate, deemed-approval (only for a permit: UU 30/2014 Art. 53 as amended by UU 6/2023, PP 28/2025 for business licensing), deemed-refusal.',
  ),
  legalBasis: legalRefs.optional(),
  note: doc(
    localizedText.optional(),
    'Catatan (misalnya "tidak termasuk waktu pembayaran").',
    'Note (for example "excluding payment time").',
  ),
});
/** A completion time. */
export type Sla = z.infer<typeof sla>;

const feeBase = {
  legalBasis: legalRefs.optional(),
  note: doc(localizedText.optional(), 'Catatan biaya.', 'Note on the fee.'),
};
const amount = doc(z.number().min(0), 'Jumlah dalam rupiah.', 'Amount in rupiah.');

/**
 * A fact a fee formula reads (*fakta*): what it means, its type, unit and allowed range. The
 * range defaults to 0 and above, since fee facts are amounts, sizes, counts and rates; `mpp
 * validate` proves over these ranges that the formula never gives a negative or infinite fee, and
 * the runtime refuses a fact outside its range.
 *
 * @example
 * ```yaml
 * floorArea: { description: { id: Luas lantai, en: Floor area }, type: number, unit: m2, min: 0, max: 100000 }
 * ```
 */
export const feeVariable = z.strictObject({
  description: doc(localizedText.optional(), 'Arti variabel.', 'What the variable means.'),
  type: doc(
    z.enum(feeFactTypes).default('number'),
    'Tipe: number (angka, bawaan), integer (bilangan bulat), boolean (ya/tidak, dibaca 1 atau 0), choice (salah satu `options`, dibaca sebagai nilainya).',
    'Type: number (default), integer (a whole number), boolean (true or false, read as 1 or 0), choice (one of `options`, read as its value).',
  ),
  unit: doc(
    z.enum(feeFactUnits).optional(),
    'Satuan (IDR, m, km, m2, ha, m3, kg, ton, unit, person, day, month, year, percent); tanpa satuan: angka biasa (indeks atau faktor).',
    'Unit (IDR, m, km, m2, ha, m3, kg, ton, unit, person, day, month, year, percent); without one: a plain number (an index or a factor).',
  ),
  min: doc(
    z.number().optional(),
    'Nilai terkecil yang diizinkan (number, integer); bawaan 0: fakta biaya tidak negatif.',
    'Smallest allowed value (number, integer); default 0: fee facts are not negative.',
  ),
  max: doc(
    z.number().optional(),
    'Nilai terbesar yang diizinkan (number, integer); tanpa ini tidak dibatasi.',
    'Largest allowed value (number, integer); without it, no upper limit.',
  ),
  options: doc(
    z
      .array(
        z.strictObject({
          id: idOf('Id pilihan: nilai fakta.', 'Option id: the value of the fact.'),
          label: doc(localizedText, 'Uraian pilihan.', 'What the option is.'),
          value: doc(z.number(), 'Angka yang dibaca rumus.', 'The number the formula reads.'),
        }),
      )
      .min(1)
      .optional(),
    'Pilihan untuk tipe choice.',
    'The options of a choice.',
  ),
});
/** A fee formula's variable: a typed, ranged fact. */
export type FeeVariable = z.infer<typeof feeVariable>;

/**
 * Component 4: cost or tariff — free, fixed, a table, a safe formula with test vectors, or a
 * commercial tariff the provider sets (postal, bank or utility charges: not a tax, levy or PNBP,
 * so the mall states where the tariff is published instead of an amount).
 */
export const fee = doc(
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('free').describe('Gratis.\n\nFree of charge.'), ...feeBase }),
    z.strictObject({
      kind: z.literal('fixed').describe('Tarif tetap.\n\nA fixed amount.'),
      amount,
      ...feeBase,
    }),
    z.strictObject({
      kind: z.literal('table').describe('Tabel tarif.\n\nA table of amounts.'),
      rows: doc(
        z
          .array(
            z.strictObject({
              id: idOf('Id baris tarif.', 'Row id.'),
              label: doc(localizedText, 'Uraian baris tarif.', 'What the row is for.'),
              amount,
              when: doc(
                z
                  .strictObject({
                    kind: doc(
                      z.array(z.enum(applicationKinds)).min(1).optional(),
                      'Jenis permohonan.',
                      'Application kinds.',
                    ),
                  })
                  .optional(),
                'Berlaku untuk jenis permohonan ini.',
                'Applies to these application kinds.',
              ),
            }),
          )
          .min(1),
        'Baris tarif.',
        'Rows of the table.',
      ),
      ...feeBase,
    }),
    z.strictObject({
      kind: z
        .literal('formula')
        .describe('Rumus (misalnya retribusi PBG).\n\nA formula (for example the PBG levy).'),
      expression: doc(
        z.string().min(1),
        'Rumus aman: angka, variabel, + - * / ( ), min, max, round, floor, ceil.',
        'A safe formula: numbers, variables, + - * / ( ), min, max, round, floor, ceil.',
      ),
      variables: doc(
        z.record(z.string().regex(variableName), feeVariable),
        'Variabel rumus yang diisi dari fakta permohonan: tipe, satuan, dan rentang masing-masing.',
        'Formula variables, filled from the application facts: the type, unit and range of each.',
      ),
      rounding: doc(
        z.enum(['none', 'round', 'floor', 'ceil']).default('round'),
        'Pembulatan hasil ke rupiah.',
        'Rounding of the result to whole rupiah.',
      ),
      examples: doc(
        z
          .array(
            z.strictObject({
              given: doc(
                z.record(
                  z.string().regex(variableName),
                  z.union([z.number(), z.boolean(), z.string().min(1)]),
                ),
                'Nilai variabel.',
                'Variable values.',
              ),
              expect: doc(
                z.number(),
                'Hasil yang diharapkan (rupiah).',
                'Expected result (rupiah).',
              ),
            }),
          )
          .default([]),
        'Contoh uji: nilai variabel dan hasil yang diharapkan.',
        'Test vectors: variable values and the expected result.',
      ),
      ...feeBase,
    }),
    z.strictObject({
      kind: z
        .literal('commercial')
        .describe(
          "Tarif komersial yang ditetapkan penyedia (misalnya tarif pos atau bank), bukan pajak, retribusi, atau PNBP; besarnya mengikuti daftar tarif penyedia.\n\nA commercial tariff set by the provider (for example postal or bank charges), not a tax, levy or PNBP; the amount follows the provider's published tariff.",
        ),
      tariffUrl: doc(
        httpUrl.optional(),
        'Alamat daftar tarif resmi penyedia.',
        'Where the provider publishes its tariff.',
      ),
      ...feeBase,
    }),
  ]),
  'Biaya/tarif layanan (komponen 4).',
  'Cost or tariff (component 4).',
);
/** A fee. */
export type Fee = z.infer<typeof fee>;

/** Component 5: the service product and its validity. */
export const output = z.strictObject({
  product: doc(
    localizedText,
    'Produk layanan (dokumen yang diterbitkan).',
    'Service product (the document issued).',
  ),
  numbering: doc(z.string().optional(), 'Pola penomoran.', 'Numbering pattern.'),
  validity: doc(
    z
      .strictObject({
        amount: doc(
          z.number().int().min(1),
          'Lama masa berlaku.',
          'Length of the validity period.',
        ),
        unit: doc(
          z.enum(periodUnits),
          'Satuan: days, months, years.',
          'Unit: days, months, years.',
        ),
      })
      .nullable()
      .default(null),
    'Masa berlaku; null berarti berlaku selama memenuhi ketentuan.',
    'Validity period; null means valid while conditions hold.',
  ),
  digital: doc(z.boolean().optional(), 'Diterbitkan secara elektronik.', 'Issued electronically.'),
});
/** A service output. */
export type Output = z.infer<typeof output>;

/** Component 6: a channel for complaints, suggestions and input. */
export const complaintChannel = doc(
  z.union([
    z.enum(complaintChannelKinds),
    z.strictObject({
      kind: doc(
        z.enum(complaintChannelKinds),
        'Jenis saluran pengaduan.',
        'Kind of complaint channel.',
      ),
      value: doc(z.string().optional(), 'Nomor, alamat, atau tautan.', 'Number, address or link.'),
      agency: ref('Instansi yang menangani.', 'Agency that handles it.').optional(),
      note: doc(localizedText.optional(), 'Catatan.', 'Note.'),
    }),
  ]),
  'Saluran pengaduan: nama jenisnya (misalnya sp4n-lapor) atau rincian.',
  'Complaint channel: its kind (for example sp4n-lapor) or details.',
);
/** A complaint channel. */
export type ComplaintChannel = z.infer<typeof complaintChannel>;

const standardText = z.union([localizedText, z.array(localizedText).min(1)]);

/** Components 8–14 of the service standard (management side). */
export const serviceStandard = z.strictObject({
  facilities: doc(
    standardText.optional(),
    'Komponen 8: sarana, prasarana, dan/atau fasilitas.',
    'Component 8: facilities.',
  ),
  staffCompetence: doc(
    standardText.optional(),
    'Komponen 9: kompetensi pelaksana.',
    'Component 9: staff competence.',
  ),
  internalSupervision: doc(
    standardText.optional(),
    'Komponen 10: pengawasan internal.',
    'Component 10: internal supervision.',
  ),
  staffCount: doc(
    z.number().int().min(0).optional(),
    'Komponen 11: jumlah pelaksana.',
    'Component 11: number of staff.',
  ),
  serviceGuarantee: doc(
    standardText.optional(),
    'Komponen 12: jaminan pelayanan.',
    'Component 12: service guarantee.',
  ),
  safetyGuarantee: doc(
    standardText.optional(),
    'Komponen 13: jaminan keamanan dan keselamatan pelayanan.',
    'Component 13: security and safety guarantee.',
  ),
  performanceEvaluation: doc(
    standardText.optional(),
    'Komponen 14: evaluasi kinerja pelaksana.',
    'Component 14: staff performance evaluation.',
  ),
});
/** Components 8–14 of a service standard. */
export type ServiceStandard = z.infer<typeof serviceStandard>;

/**
 * A service (layanan) with the 14 components of its service standard, its lifecycle and version.
 *
 * @example
 * ```yaml
 * services:
 *   - id: sip-bidan
 *     name: { id: Surat Izin Praktik Bidan, en: Midwife practice permit }
 *     type: licensing
 *     owner: dpmptsp
 *     participants: [dinkes]
 *     requirements:
 *       - { id: str, document: Surat Tanda Registrasi (STR) }
 *     sla: { days: 7, unit: working }
 *     fee: { kind: free }
 *     output: { product: Surat Izin Praktik Bidan (SIPB), validity: { amount: 5, unit: years } }
 *     complaints: [sp4n-lapor]
 *     legalBasis: [uu-17-2023]
 *     workflow: permit
 * ```
 */
export const service = z.strictObject({
  id: idOf('Id layanan, unik.', 'Service id, unique.'),
  name: doc(localizedText, 'Nama layanan.', 'Service name.'),
  description: doc(localizedText.optional(), 'Uraian layanan.', 'Service description.'),
  aliases: doc(
    z.array(z.string().min(1)).optional(),
    'Nama lain yang dipakai warga untuk layanan ini (misalnya "e-KTP", "akte lahir"); pencarian katalog mencocokkannya seperti nama layanan.',
    'Other names citizens use for the service (for example "e-KTP", "akte lahir"); the catalogue search matches them like the service name.',
  ),
  type: doc(
    z.enum(serviceTypes),
    'Jenis: licensing (perizinan) atau non-licensing (non-perizinan).',
    'Type: licensing or non-licensing.',
  ),
  owner: ref('Instansi penanggung jawab layanan.', 'Agency that owns the service.'),
  participants: refs(
    'Instansi lain yang ikut memproses (misalnya tim teknis).',
    'Other agencies taking part (for example a technical team).',
  ).optional(),
  counters: refs(
    'Gerai tempat layanan diberikan.',
    'Counters where the service is delivered.',
  ).optional(),
  lifeEvents: doc(
    z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)).optional(),
    'Peristiwa hidup terkait (misalnya kelahiran, usaha) untuk penyaringan katalog.',
    'Related life events (for example birth, business) for catalogue filters.',
  ),
  channels: doc(
    z.array(z.enum(serviceChannels)).min(1).default(['counter']),
    'Saluran layanan.',
    'Delivery channels.',
  ),
  applicationKinds: doc(
    z.array(z.enum(applicationKinds)).min(1).default(['new']),
    'Jenis permohonan yang dilayani: new (baru), renewal (perpanjangan), change (perubahan).',
    'Application kinds offered: new, renewal, change.',
  ),
  requirements: doc(
    z.array(requirement).default([]),
    'Komponen 1: persyaratan.',
    'Component 1: requirements.',
  ),
  procedure: doc(
    z.array(localizedText).optional(),
    'Komponen 2: sistem, mekanisme, dan prosedur (bila kosong, diturunkan dari alur kerja).',
    'Component 2: system, mechanism and procedure (derived from the workflow when absent).',
  ),
  sla: doc(sla, 'Komponen 3: jangka waktu penyelesaian.', 'Component 3: completion time.'),
  fee,
  output: doc(output, 'Komponen 5: produk layanan.', 'Component 5: service product.'),
  complaints: doc(
    z.array(complaintChannel).default([]),
    'Komponen 6: penanganan pengaduan, saran, dan masukan.',
    'Component 6: complaints, suggestions and input.',
  ),
  legalBasis: doc(
    z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)).default([]),
    'Komponen 7: dasar hukum (id dari `legalBases`).',
    'Component 7: legal basis (ids from `legalBases`).',
  ),
  standard: doc(
    serviceStandard.optional(),
    'Komponen 8–14 standar pelayanan.',
    'Components 8–14 of the service standard.',
  ),
  workflow: serviceWorkflow,
  version: doc(
    z
      .strictObject({
        id: doc(z.string().min(1), 'Versi (misalnya 2025.1).', 'Version (for example 2025.1).'),
        validFrom: doc(isoDate, 'Berlaku sejak.', 'Valid from.'),
        validTo: doc(isoDate.optional(), 'Berlaku sampai.', 'Valid to.'),
        decree: doc(
          z
            .string()
            .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
            .optional(),
          'Keputusan yang menetapkan standar pelayanan versi ini (id dari `legalBases`, biasanya jenis keputusan); dicantumkan di situs dan standar tercetak.',
          'The decree that set this version of the service standard (an id from `legalBases`, usually of kind keputusan); shown on the site and the printed standard.',
        ),
      })
      .optional(),
    'Versi standar layanan; permohonan tetap pada versi saat diajukan.',
    'Version of the service standard; applications stay on the version they were submitted under.',
  ),
  provenance: provenance.optional(),
});
/** A service. */
export type Service = z.infer<typeof service>;
