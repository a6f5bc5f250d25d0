import { z } from 'zod';
import { doc, idOf } from './_text.js';
import { localizedText } from './LocalizedText.js';
import { httpUrl, isoDate, openingHours, ref, refs } from './_common.js';
import { agency } from './Agency.js';
import { counter } from './Counter.js';
import { service, serviceStandard } from './Service.js';
import { workflowDefinition } from './WorkflowDefinition.js';
import { calendar } from './Calendar.js';
import { role } from './Role.js';
import { legalBasis } from './LegalBasis.js';
import { coordination } from './Coordination.js';
import { survey } from './Survey.js';
import { complaintsSection } from './Complaints.js';
import { timeZones } from './vocabularies.js';
import { authSection } from './Auth.js';
import { notificationsSection } from './Notifications.js';

/** The only configuration-language version so far. */
export const apiVersion = 'mpp-kit/v1' as const;

/** Canonical regency/city region code `PP.RR` (Kemendagri). */
export const regencyCodePattern = /^\d{2}\.\d{2}$/;

/**
 * A word or phrase of the catalogue search and what it also finds (`mall.search.synonyms`).
 *
 * @example
 * ```yaml
 * mall:
 *   search:
 *     synonyms:
 *       - { terms: [akte, akta] }                 # the same word, either spelling
 *       - { terms: [imb], find: [pbg] }           # the old name finds today's permit
 * ```
 */
export const searchSynonym = z.strictObject({
  terms: doc(
    z.array(z.string().min(1)).min(1),
    'Kata atau frasa yang diketik warga (misalnya [akte, akta] atau ["izin usaha"]).',
    'Words or phrases citizens type (for example [akte, akta] or ["izin usaha"]).',
  ),
  find: doc(
    z.array(z.string().min(1)).min(1).optional(),
    'Bila diisi: kata yang juga dicari saat salah satu `terms` diketik (satu arah, misalnya imb → pbg). Bila kosong: semua `terms` dianggap sama (dua arah).',
    'When given: the words also searched for when one of `terms` is typed (one way, for example imb → pbg). When absent: all `terms` count as the same word (both ways).',
  ),
});
/**
 * A search synonym: `terms` citizens type, and what they also `find`.
 *
 * @example
 * ```ts
 * const synonym: SearchSynonym = { terms: ['siup', 'izin usaha'], find: ['nib'] };
 * ```
 */
export type SearchSynonym = z.infer<typeof searchSynonym>;

/** The `mall` section: identity, region, time zone, coordinator, calendars, address, hours. */
export const mallSection = z.strictObject({
  id: idOf('Id mal (misalnya mpp-batang).', 'Mall id (for example mpp-batang).'),
  name: doc(localizedText, 'Nama mal.', 'Name of the mall.'),
  shortName: doc(z.string().min(1).optional(), 'Nama singkat.', 'Short name.'),
  region: doc(
    z.string().regex(regencyCodePattern),
    'Kode wilayah kabupaten/kota Kemendagri, PP.RR (misalnya "33.25" untuk Batang).',
    'Kemendagri regency/city region code, PP.RR (for example "33.25" for Batang).',
  ),
  timeZone: doc(
    z.enum(timeZones),
    'Zona waktu: Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT).',
    'Time zone: Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT).',
  ),
  coordinator: ref(
    'Instansi koordinator mal (biasanya DPMPTSP).',
    'Coordinating agency of the mall (usually the DPMPTSP).',
  ),
  calendars: refs(
    'Kalender hari kerja yang dipakai mal.',
    'Working-day calendars the mall uses.',
    1,
  ),
  opened: doc(isoDate.optional(), 'Tanggal peresmian.', 'Opening date.'),
  address: doc(
    z.strictObject({
      street: doc(z.string().min(1), 'Jalan dan nomor.', 'Street and number.'),
      city: doc(z.string().min(1), 'Kota/kabupaten.', 'City or regency.'),
      province: doc(z.string().min(1).optional(), 'Provinsi.', 'Province.'),
      postalCode: doc(
        z
          .string()
          .regex(/^\d{5}$/)
          .optional(),
        'Kode pos (5 angka).',
        'Postal code (5 digits).',
      ),
    }),
    'Alamat mal.',
    'Address of the mall.',
  ),
  openingHours: openingHours,
  locales: doc(
    z
      .array(z.enum(['id', 'en']))
      .min(1)
      .default(['id']),
    'Bahasa publikasi.',
    'Publishing languages.',
  ),
  contact: doc(
    z
      .strictObject({
        phone: doc(z.string().optional(), 'Nomor telepon.', 'Phone number.'),
        email: doc(
          z
            .string()
            .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/)
            .optional(),
          'Alamat surel.',
          'Email address.',
        ),
        website: doc(httpUrl.optional(), 'Situs web.', 'Website.'),
      })
      .optional(),
    'Kontak mal.',
    'Contact of the mall.',
  ),
  description: doc(localizedText.optional(), 'Uraian mal.', 'Description of the mall.'),
  search: doc(
    z
      .strictObject({
        synonyms: doc(
          z.array(searchSynonym).default([]),
          'Sinonim dan salah ketik tambahan untuk pencarian katalog, di samping daftar bawaan mpp-kit (akte/akta, ijin/izin, IMB → PBG …).',
          'Extra synonyms and misspellings for the catalogue search, on top of the list mpp-kit ships (akte/akta, ijin/izin, IMB → PBG …).',
        ),
      })
      .optional(),
    'Pengaturan pencarian katalog layanan.',
    'Settings of the catalogue search.',
  ),
  appearance: doc(
    z
      .strictObject({
        logo: doc(
          z
            .string()
            .regex(/^(?![\\/])(?!.*(?:^|[\\/])\.\.(?:[\\/]|$)).+\.(?:svg|png|jpe?g|webp)$/i)
            .optional(),
          'Berkas logo (SVG, PNG, JPEG atau WebP), relatif terhadap folder konfigurasi mal, misalnya logo.svg; tampil di kepala halaman meja layanan web.',
          "The logo file (SVG, PNG, JPEG or WebP), relative to the mall's configuration folder, for example logo.svg; shown in the header of the web desks.",
        ),
        colors: doc(
          z
            .strictObject({
              primary: doc(
                z
                  .string()
                  .regex(/^#[0-9a-fA-F]{6}$/)
                  .optional(),
                'Warna utama (#rrggbb) untuk kepala halaman dan tombol; teks di atasnya dipilih otomatis agar kontrasnya cukup.',
                'The main colour (#rrggbb) of the header and buttons; the text on it is chosen so that its contrast is enough.',
              ),
              accent: doc(
                z
                  .string()
                  .regex(/^#[0-9a-fA-F]{6}$/)
                  .optional(),
                'Warna aksen (#rrggbb) untuk garis dan penanda; digelapkan bila perlu agar terbaca.',
                'The accent colour (#rrggbb) of rules and markers; darkened when needed to stay readable.',
              ),
            })
            .optional(),
          'Warna mal di meja layanan web.',
          "The mall's colours on the web desks.",
        ),
      })
      .optional(),
    'Tampilan meja layanan web (`mpp serve`): logo dan warna mal. Tanpa ini: nama mal dan warna bawaan.',
    "How the web desks look (`mpp serve`): the mall's logo and colours. Without it: the mall's name and the default colours.",
  ),
  standard: doc(
    serviceStandard.optional(),
    'Komponen 8–14 standar pelayanan yang berlaku bagi semua layanan di mal (sarana, pengawasan, maklumat …); layanan dapat menetapkan komponennya sendiri.',
    'Components 8–14 of the service standard shared by every service of the mall (facilities, supervision, service declaration …); a service may declare its own.',
  ),
  auth: doc(
    authSection.optional(),
    'Siapa yang boleh memakai API HTTP mal (`mpp serve`): kunci server sendiri, penerbit OpenID Connect dan pemetaan klaim ke peran @ instansi, koordinator.',
    "Who may use the mall's HTTP API (`mpp serve`): the server's own key, OpenID Connect issuers with their claim → role @ agency mapping, coordinators.",
  ),
  notifications: doc(
    notificationsSection.optional(),
    'Notifikasi (`mpp serve`): surel ke pemohon dan webhook bertanda tangan ke integrator per peristiwa permohonan, dikirim ulang sampai berhasil.',
    'Notifications (`mpp serve`): e-mails to applicants and signed webhooks to integrators per application event, retried until delivered.',
  ),
});
/** The `mall` section. */
export type MallSection = z.infer<typeof mallSection>;

const sections = {
  agencies: doc(z.array(agency), 'Instansi tenant.', 'Tenant agencies.').optional(),
  counters: doc(z.array(counter), 'Gerai.', 'Counters.').optional(),
  services: doc(z.array(service), 'Layanan.', 'Services.').optional(),
  workflows: doc(
    z.array(workflowDefinition),
    'Alur kerja (siklus hidup permohonan).',
    'Workflows (application lifecycles).',
  ).optional(),
  calendars: doc(z.array(calendar), 'Kalender hari kerja.', 'Working-day calendars.').optional(),
  roles: doc(z.array(role), 'Peran petugas.', 'Officer roles.').optional(),
  legalBases: doc(
    z.array(legalBasis),
    'Dasar hukum yang dirujuk.',
    'Regulations referred to.',
  ).optional(),
  coordination: doc(
    coordination.optional(),
    'Struktur koordinasi (Whole of Government).',
    'Coordination structure (Whole of Government).',
  ),
  surveys: doc(z.array(survey), 'Survei kepuasan masyarakat.', 'Satisfaction surveys.').optional(),
  complaints: doc(
    complaintsSection.optional(),
    'Pengelolaan pengaduan (SP4N-LAPOR!): kategori dengan jangka waktu dan instansi tujuan, peran petugas (satu berkas saja).',
    'Complaint handling (SP4N-LAPOR!): categories with their terms and receiving agencies, officer roles (one file only).',
  ),
};

/**
 * One configuration file: `apiVersion: mpp-kit/v1` and any sections. A folder of such files, or one
 * file holding everything, makes a mall. This is what the published JSON Schema describes.
 *
 * @example
 * ```ts
 * const result = mallFile.safeParse({ apiVersion: 'mpp-kit/v1', roles: [] });
 * result.success; // true
 * ```
 */
export const mallFile = z.strictObject({
  $schema: doc(
    z.string().optional(),
    'Alamat JSON Schema (untuk editor).',
    'Address of the JSON Schema (for editors).',
  ),
  apiVersion: doc(
    z.literal(apiVersion),
    'Versi bahasa konfigurasi: mpp-kit/v1.',
    'Configuration language version: mpp-kit/v1.',
  ),
  mall: doc(
    mallSection.optional(),
    'Identitas mal (tepat satu berkas memuatnya).',
    'Mall identity (exactly one file has it).',
  ),
  ...sections,
});
/** One configuration file, as written. */
export type MallFileInput = z.input<typeof mallFile>;
/** One configuration file, with defaults applied. */
export type MallFile = z.infer<typeof mallFile>;

/**
 * A whole mall: every section merged, the `mall` section required. This is what `loadMall` returns.
 *
 * @example
 * ```ts
 * const parsed = mallConfig.safeParse(bundle);
 * if (parsed.success) console.log(parsed.data.services.length);
 * ```
 */
export const mallConfig = z.strictObject({
  apiVersion: z.literal(apiVersion),
  mall: mallSection,
  agencies: z.array(agency),
  counters: z.array(counter),
  services: z.array(service),
  workflows: z.array(workflowDefinition),
  calendars: z.array(calendar),
  roles: z.array(role),
  legalBases: z.array(legalBasis),
  coordination,
  surveys: z.array(survey),
  complaints: complaintsSection.optional(),
});
/** A whole mall, typed. */
export type MallConfig = z.infer<typeof mallConfig>;
