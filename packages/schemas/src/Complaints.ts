import { z } from 'zod';
import { doc, idOf } from './_text.js';
import { localizedText } from './LocalizedText.js';
import { ref, refs } from './_common.js';
import { complaintFirstResponseDays, complaintTiers } from './vocabularies.js';

/**
 * A category of complaints (*kategori pengaduan*): what it is about, its tier (which sets the
 * response term in working days: information 5, complaint 5, dispute 14, dispute with field
 * inspection 60 — SP4N-LAPOR!), an own shorter or longer term when the mall sets one, and the
 * agency complaints of this category go to.
 *
 * @example
 * ```yaml
 * categories:
 *   - id: perizinan
 *     name: { id: Perizinan dan nonperizinan, en: Licensing }
 *     tier: complaint
 *     agency: dpmptsp
 * ```
 */
export const complaintCategory = z.strictObject({
  id: idOf('Id kategori pengaduan, unik.', 'Complaint category id, unique.'),
  name: doc(localizedText, 'Nama kategori.', 'Name of the category.'),
  description: doc(
    localizedText.optional(),
    'Pengaduan apa yang masuk kategori ini.',
    'Which complaints belong in this category.',
  ),
  tier: doc(
    z.enum(complaintTiers).default('complaint'),
    'Tingkat SP4N-LAPOR! yang menentukan jangka waktu tindak lanjut (hari kerja): information 5, complaint 5 (bawaan), dispute 14 (tanpa pemeriksaan lapangan), dispute-with-inspection 60.',
    'The SP4N-LAPOR! tier that sets the response term (working days): information 5, complaint 5 (default), dispute 14 (no field inspection), dispute-with-inspection 60.',
  ),
  days: doc(
    z.number().int().min(1).optional(),
    'Jangka waktu tindak lanjut dalam hari kerja bila mal menetapkan sendiri; bila kosong: jangka waktu tingkatnya.',
    "The response term in working days when the mall sets its own; when absent: its tier's term.",
  ),
  agency: ref(
    'Instansi tujuan pengaduan kategori ini; bila kosong: pemilik layanan permohonan yang dirujuk, lalu koordinator mal.',
    'The agency complaints of this category go to; when absent: the owner of the referenced application’s service, else the mall coordinator.',
  ).optional(),
});
/**
 * A complaint category; see {@link complaintCategory}.
 *
 * @example
 * ```ts
 * const category: ComplaintCategory = { id: 'perizinan', name: 'Perizinan', tier: 'complaint', agency: 'dpmptsp' };
 * ```
 */
export type ComplaintCategory = z.infer<typeof complaintCategory>;

/**
 * Who may take a complaint action: the coordinator's complaint officer, the receiving agency's
 * handler, the reporter, or the reporter or an officer.
 *
 * @example
 * ```ts
 * complaintActorKinds.includes('handler'); // true
 * ```
 */
export const complaintActorKinds = [
  'officer',
  'handler',
  'reporter',
  'reporter-or-officer',
] as const;

/** A complaint lifecycle action's actor, overridable per mall. */
function actorOf(action: string) {
  return doc(
    z.enum(complaintActorKinds).optional(),
    `Siapa yang menjalankan \`${action}\`: officer, handler, reporter, atau reporter-or-officer; bila kosong: bawaan mpp-kit (SP4N-LAPOR!).`,
    `Who takes \`${action}\`: officer, handler, reporter or reporter-or-officer; when absent: mpp-kit's default (SP4N-LAPOR!).`,
  );
}

/**
 * The complaint lifecycle as the mall restates it (*alur pengaduan*). The states stay fixed
 * (received → verified → assigned → answered → closed, or reopened; reports count them); a mall may
 * change who takes each action and whether a reporter may reopen an answered complaint (within
 * `closeAfterDays`). What it leaves out keeps mpp-kit's default: verify and assign by the officer,
 * answer by the handler, reopen by the reporter, close by the reporter or an officer.
 *
 * @example
 * ```yaml
 * lifecycle:
 *   reopening: false
 *   actors: { close: officer }
 * ```
 */
export const complaintLifecycle = z.strictObject({
  reopening: doc(
    z.boolean().optional(),
    'Apakah pelapor dapat membuka kembali pengaduan yang sudah dijawab (bawaan true).',
    'Whether the reporter may reopen an answered complaint (default true).',
  ),
  actors: doc(
    z
      .strictObject({
        verify: actorOf('verify'),
        assign: actorOf('assign'),
        answer: actorOf('answer'),
        reopen: actorOf('reopen'),
        close: actorOf('close'),
      })
      .optional(),
    'Siapa yang menjalankan tiap tindakan alur pengaduan.',
    'Who takes each action of the complaint lifecycle.',
  ),
});
/**
 * A restated complaint lifecycle; see {@link complaintLifecycle}.
 *
 * @example
 * ```ts
 * const lifecycle: ComplaintLifecycle = { reopening: false, actors: { close: 'officer' } };
 * ```
 */
export type ComplaintLifecycle = z.infer<typeof complaintLifecycle>;

/**
 * A complaint actor kind; see {@link complaintActorKinds}.
 *
 * @example
 * ```ts
 * const by: ComplaintActorKind = 'officer';
 * ```
 */
export type ComplaintActorKind = (typeof complaintActorKinds)[number];

/**
 * How the mall handles complaints (*pengelolaan pengaduan*, UU 25/2009 Art. 36–37; SP4N-LAPOR!):
 * the categories with their terms and routing, the first-response term, how long an answered
 * complaint waits for the reporter before it closes, and the roles that verify, forward and
 * answer. Complaints run through a lifecycle compiled like a service's: received → verified →
 * assigned → answered → closed (or reopened).
 *
 * @example
 * ```yaml
 * complaints:
 *   firstResponseDays: 3
 *   categories:
 *     - { id: perizinan, name: Perizinan, tier: complaint, agency: dpmptsp }
 *     - { id: sengketa-lahan, name: Sengketa lahan, tier: dispute-with-inspection, agency: kantah-batang }
 * ```
 */
export const complaintsSection = z.strictObject({
  firstResponseDays: doc(
    z.number().int().min(1).default(complaintFirstResponseDays),
    'Jangka waktu tanggapan pertama (verifikasi) dalam hari kerja; bawaan 3 (SP4N-LAPOR!).',
    'Working days for the first response (verification); default 3 (SP4N-LAPOR!).',
  ),
  closeAfterDays: doc(
    z.number().int().min(1).default(10),
    'Hari kerja pelapor dapat membuka kembali pengaduan yang sudah dijawab; setelah itu pengaduan ditutup. Bawaan 10 (ketetapan mpp-kit, bukan peraturan).',
    'Working days the reporter may reopen an answered complaint; after that it closes. Default 10 (an mpp-kit choice, not a regulation).',
  ),
  officerRole: idOf(
    'Peran pengelola pengaduan di instansi koordinator yang memverifikasi dan meneruskan pengaduan (bawaan complaint-officer).',
    'Role of the complaint officers at the coordinator who verify and forward complaints (default complaint-officer).',
  ).default('complaint-officer'),
  handlerRole: idOf(
    'Peran petugas di instansi tujuan yang menjawab pengaduan (bawaan complaint-handler).',
    'Role of the officers at the receiving agency who answer complaints (default complaint-handler).',
  ).default('complaint-handler'),
  legalBasis: refs(
    'Dasar hukum pengelolaan pengaduan (id dari `legalBases`).',
    'Legal basis of complaint handling (ids from `legalBases`).',
  ).optional(),
  lifecycle: doc(
    complaintLifecycle.optional(),
    'Alur pengaduan bila mal mengubah bawaannya: siapa yang menjalankan tiap tindakan dan apakah pengaduan dapat dibuka kembali.',
    'The complaint lifecycle where the mall changes its default: who takes each action and whether complaints can be reopened.',
  ),
  categories: doc(
    z.array(complaintCategory).min(1),
    'Kategori pengaduan dengan tingkat, jangka waktu, dan instansi tujuannya.',
    'Complaint categories with their tier, term and receiving agency.',
  ),
});
/**
 * The complaints section; see {@link complaintsSection}.
 *
 * @example
 * ```ts
 * const complaints: ComplaintsSection = complaintsSection.parse({ categories: [{ id: 'umum', name: 'Umum' }] });
 * complaints.firstResponseDays; // 3
 * ```
 */
export type ComplaintsSection = z.infer<typeof complaintsSection>;
