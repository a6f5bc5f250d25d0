import type { Locale, TimeZone } from '@mpp-kit/schemas';
import { localize, type LocaleText } from '@mpp-kit/schemas/issues';
import { timeZoneAbbreviations } from './provinceTimeZone.js';
import { nationalCalendarYaml } from './templates/nationalCalendar.js';

/**
 * The built-in lifecycle templates `mpp init` writes one example service for, in the order the
 * services appear. Plain template ids (`workflow: permit`), so the scaffold keeps validating while
 * the lifecycle language grows.
 *
 * @example
 * ```ts
 * scaffoldWorkflowTemplates.length; // 5
 * ```
 */
export const scaffoldWorkflowTemplates = [
  'simple-registration',
  'permit',
  'permit-with-levy',
  'multi-agency-permit',
  'risk-based-oss',
] as const;

/**
 * What {@link scaffoldMall} needs to know about the new mall.
 *
 * @example
 * ```ts
 * const options: ScaffoldMallOptions = {
 *   region: { code: '33.26', name: 'Kabupaten Pekalongan', province: 'Jawa Tengah' },
 *   timeZone: 'Asia/Jakarta',
 *   name: 'Kabupaten Pekalongan',
 *   locale: 'id',
 *   schemaFor: (file) => '../'.repeat(file.split('/').length - 1) + 'node_modules/@mpp-kit/schemas/schema/mpp-kit.schema.json',
 * };
 * ```
 */
export interface ScaffoldMallOptions {
  /** The regency or city (kabupaten/kota): its Kemendagri code `PP.RR`, name and province's name. */
  readonly region: { readonly code: string; readonly name: string; readonly province: string };
  readonly timeZone: TimeZone;
  /** The place the mall is named after: "Mal Pelayanan Publik <name>" (e.g. `Kabupaten Pekalongan`). */
  readonly name: string;
  /** Language of the comments written into the files (the data itself is in both languages). */
  readonly locale: Locale;
  /** The schema reference of the editor modeline of a file, given its path inside the mall folder. */
  readonly schemaFor: (file: string) => string;
}

/**
 * One file of a scaffolded mall: its path inside the mall folder (`/`-separated) and its text.
 *
 * @example
 * ```ts
 * const file: ScaffoldFile = { path: 'mall.yaml', text: '# yaml-language-server: $schema=…\napiVersion: mpp-kit/v1\n…' };
 * ```
 */
export interface ScaffoldFile {
  readonly path: string;
  readonly text: string;
}

/** A YAML double-quoted scalar (JSON strings are valid YAML 1.2). */
const q = (text: string): string => JSON.stringify(text);

/** `mpp-batang` from `Kabupaten Batang`, `mpp-kota-denpasar` from `Kota Denpasar`. */
function mallIdFor(place: string): string {
  const slug = place
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^kabupaten\s+(administrasi\s+)?/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `mpp-${slug === '' ? 'baru' : slug}`;
}

/** `Pekalongan Regency` from `Kabupaten Pekalongan`, `Denpasar City` from `Kota Denpasar`. */
function englishPlace(place: string): string {
  const match = /^(Kabupaten|Kota)(\s+Administrasi)?\s+(.+)$/.exec(place);
  if (match === null) return place;
  const kind = match[1] === 'Kota' ? 'City' : 'Regency';
  return `${match[3] ?? ''}${match[2] === undefined ? '' : ' Administrative'} ${kind}`;
}

/** `MPP Pekalongan` from `Kabupaten Pekalongan`, `MPP Kota Denpasar` from `Kota Denpasar`. */
function shortNameFor(place: string): string {
  return `MPP ${place.replace(/^Kabupaten\s+(Administrasi\s+)?/, '')}`;
}

/**
 * Writes the files of a new mall folder, in memory: `mall.yaml` (identity with the region code
 * and time zone, the roles the built-in lifecycles act through, a coordination structure to
 * fill in, an e-mail notification template), `agencies.yaml` (the coordinator `dpmptsp` and three
 * tenants), `counters.yaml` (with queues and appointment slots), `complaints.yaml` (categories
 * with the SP4N-LAPOR! terms), `legal-bases.yaml`, `calendars/id-national.yaml` (the national holidays and collective leave,
 * copied from `examples/batang`) and `services/*.yaml` with one example service per built-in
 * lifecycle template ({@link scaffoldWorkflowTemplates}). Every file starts with the
 * `yaml-language-server` modeline. Example values are marked as such (comments, and
 * `provenance.status: illustrative`). Pure: `mpp init` writes and validates the result.
 *
 * @example
 * ```ts
 * const files = scaffoldMall({
 *   region: { code: '51.71', name: 'Kota Denpasar', province: 'Bali' },
 *   timeZone: 'Asia/Makassar',
 *   name: 'Kota Denpasar',
 *   locale: 'en',
 *   schemaFor: () => 'https://mpp-kit.dev/schema/v1/mpp-kit.schema.json',
 * });
 * files.map((file) => file.path);
 * // ['mall.yaml', 'agencies.yaml', 'counters.yaml', 'complaints.yaml', 'legal-bases.yaml', 'calendars/id-national.yaml',
 * //  'services/disdukcapil.yaml', 'services/dpmptsp.yaml']
 * ```
 */
export function scaffoldMall(options: ScaffoldMallOptions): readonly ScaffoldFile[] {
  const { region, timeZone, locale } = options;
  const t = (text: LocaleText): string => localize(text, locale);
  const place = options.name.replace(/^(Mal Pelayanan Publik|MPP)\s+/i, '').trim();
  const placeEn = englishPlace(place);
  const regionEn = englishPlace(region.name);
  const mallId = mallIdFor(place);
  const example = t({ en: 'EXAMPLE: replace', id: 'CONTOH: ganti' });
  const file = (path: string, body: string): ScaffoldFile => ({
    path,
    text: `# yaml-language-server: $schema=${options.schemaFor(path)}\n${body}`,
  });

  const mall = file(
    'mall.yaml',
    `#
# ${t({ en: `Mal Pelayanan Publik ${place}: identity, officer roles and coordination structure.`, id: `Mal Pelayanan Publik ${place}: identitas, peran petugas, dan struktur koordinasi.` })}
# ${t({ en: 'Written by `mpp init`. Values marked EXAMPLE are placeholders: replace them with your own.', id: 'Dibuat oleh `mpp init`. Nilai bertanda CONTOH hanya contoh: ganti dengan data daerah Anda.' })}
# ${t({ en: 'Check the folder with: mpp validate <this folder>', id: 'Periksa folder ini dengan: mpp validate <folder ini>' })}
apiVersion: mpp-kit/v1

mall:
  id: ${mallId}
  name:
    id: ${q(`Mal Pelayanan Publik ${place}`)}
    en: ${q(`${placeEn} Public Service Mall`)}
  shortName: ${q(shortNameFor(place))}
  region: "${region.code}" # ${t({ en: 'Kemendagri code', id: 'kode Kemendagri' })}: ${region.province}, ${region.name}
  timeZone: ${timeZone} # ${timeZoneAbbreviations[timeZone]}
  coordinator: dpmptsp
  calendars: [id-national]
  address:
    street: "Jl. Contoh No. 1" # ${example}
    city: ${q(region.name)}
    province: ${q(region.province)}
  openingHours: # ${example}
    - { days: [mon, tue, wed, thu], open: "08:00", close: "15:30" }
    - { days: [fri], open: "08:00", close: "11:00" }
  locales: [id, en]
  # ${t({ en: 'Service-standard components 8–14 shared by every service (a service may declare its own).', id: 'Komponen 8–14 standar pelayanan yang berlaku bagi semua layanan (layanan dapat menetapkan sendiri).' })} ${example}
  standard:
    facilities: { id: "Ruang tunggu, loket antrean, dan fasilitas ramah difabel", en: "Waiting area, queue counters and disability access" }
    staffCompetence: { id: "Petugas memahami standar pelayanan instansinya", en: "Staff know their agency's service standard" }
    internalSupervision: { id: "Pengawasan oleh atasan langsung dan pengelola mal", en: "Supervision by line managers and the mall manager" }
    staffCount: 2
    serviceGuarantee: { id: "Maklumat pelayanan mal", en: "The mall's service declaration (maklumat)" }
    safetyGuarantee: { id: "Data pemohon dijaga kerahasiaannya", en: "Applicant data kept confidential" }
    performanceEvaluation: { id: "Evaluasi kinerja triwulanan berdasarkan survei kepuasan", en: "Quarterly evaluation based on the satisfaction survey" }
  # ${t({ en: 'E-mails to applicants when their application moves (mpp serve sends them over the SMTP server in MPP_SMTP_URL).', id: 'Surel kepada pemohon saat permohonannya bergerak (mpp serve mengirimnya lewat server SMTP di MPP_SMTP_URL).' })} ${example}
  notifications:
    email: { from: "${shortNameFor(place)} <noreply@example.go.id>" }
    templates:
      - id: diterima
        on: [SUBMIT]
        to: [applicant]
        subject: { id: "Permohonan {{application.id}} diterima", en: "Application {{application.id}} received" }
        body:
          id: "Permohonan {{service.name}} Anda sudah kami terima. Lacak dengan nomor {{application.id}}."
          en: "We have received your {{service.name}} application. Track it with number {{application.id}}."

# ${t({ en: 'Officer roles the built-in lifecycles act through. `applicant` and `system` are built in.', id: 'Peran petugas yang dipakai alur kerja bawaan. `applicant` dan `system` sudah bawaan.' })}
# ${t({ en: 'Rename or add roles to match your job titles (jabatan).', id: 'Ubah atau tambah peran sesuai jabatan di daerah Anda.' })}
roles:
  - id: complaint-officer
    name: { id: Pengelola pengaduan, en: Complaint officer }
  - id: complaint-handler
    name: { id: Penanggung jawab tindak lanjut pengaduan, en: Complaint handler }
  - id: front-office
    name: { id: Petugas front office, en: Front-office officer }
  - id: back-office
    name: { id: Petugas back office, en: Back-office officer }
  - id: reviewer
    name: { id: Pemeriksa/tim teknis, en: Technical reviewer }
  - id: inspector
    name: { id: Petugas peninjau lapangan, en: Field inspector }
  - id: head
    name: { id: Kepala instansi/penandatangan, en: Head of agency (signatory) }
  - id: treasurer
    name: { id: Bendahara penerimaan, en: Revenue treasurer }

# ${t({ en: 'Whole-of-Government coordination. Fill in what exists; null and [] record that it does not (yet).', id: 'Koordinasi Whole of Government. Isi yang sudah ada; null dan [] mencatat bahwa belum ada.' })}
coordination:
  institution: null # ${t({ en: 'a special coordinating institution, if one is set up by decree', id: 'lembaga koordinasi khusus, bila dibentuk dengan keputusan' })}
  taskForces: []
  agreements: [] # ${t({ en: 'MoU/PKS with tenants: { agency: <id>, kind: pks, signed: YYYY-MM-DD }', id: 'MoU/PKS dengan tenant: { agency: <id>, kind: pks, signed: YYYY-MM-DD }' })}
  forums:
    - id: rakor-tenant # ${example}
      name: { id: Rapat koordinasi tenant MPP, en: MPP tenant coordination meeting }
      cadence: monthly
      members: [dpmptsp, disdukcapil, dpupr, dlh]
`,
  );

  const agencies = file(
    'agencies.yaml',
    `#
# ${t({ en: 'Tenant agencies (instansi). Add one entry per tenant; `kind` says whose agency it is.', id: 'Instansi tenant. Tambahkan satu entri per tenant; `kind` menyatakan jenis instansinya.' })}
apiVersion: mpp-kit/v1

agencies:
  - id: dpmptsp
    name:
      id: ${q(`Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu ${region.name}`)}
      en: ${q(`Investment and One-Stop Integrated Service Office of ${regionEn}`)}
    shortName: DPMPTSP
    kind: regional
    description:
      id: Koordinator MPP.
      en: Coordinator of the mall.
  - id: disdukcapil
    name:
      id: ${q(`Dinas Kependudukan dan Pencatatan Sipil ${region.name}`)}
      en: ${q(`Population and Civil Registration Office of ${regionEn}`)}
    shortName: Disdukcapil
    kind: regional
  - id: dpupr
    name:
      id: ${q(`Dinas Pekerjaan Umum dan Penataan Ruang ${region.name}`)}
      en: ${q(`Public Works and Spatial Planning Office of ${regionEn}`)}
    shortName: DPUPR
    kind: regional
  - id: dlh
    name:
      id: ${q(`Dinas Lingkungan Hidup ${region.name}`)}
      en: ${q(`Environment Office of ${regionEn}`)}
    shortName: DLH
    kind: regional
`,
  );

  const counters = file(
    'counters.yaml',
    `#
# ${t({ en: 'Counters (gerai) in the mall hall. Numbers and names are examples.', id: 'Gerai di gedung MPP. Nomor dan nama hanya contoh.' })}
apiVersion: mpp-kit/v1

counters:
  - id: gerai-dpmptsp
    name: { id: Gerai DPMPTSP (perizinan dan OSS), en: DPMPTSP counter (licensing and OSS) }
    number: "01"
    agencies: [dpmptsp]
    features: [priority, accessible]
    # ${t({ en: 'Queue (antrean): ticket prefix, tickets a day, appointment slots. EXAMPLE values.', id: 'Antrean: awalan nomor, tiket per hari, slot janji temu. Nilai CONTOH.' })}
    queue:
      prefix: A
      dailyCapacity: 100
      appointments:
        - { days: [mon, tue, wed, thu], from: "08:00", to: "10:00", capacity: 10 }
  - id: gerai-disdukcapil
    name: { id: Gerai Disdukcapil, en: Civil registration counter }
    number: "02"
    agencies: [disdukcapil]
    queue: { prefix: B, dailyCapacity: 120 } # ${example}
`,
  );

  const legalBases = file(
    'legal-bases.yaml',
    `#
# ${t({ en: 'Regulations the services cite (service-standard component 7). Add your Perda and Perbup here.', id: 'Peraturan yang dirujuk layanan (komponen standar pelayanan 7). Tambahkan Perda dan Perbup daerah Anda di sini.' })}
apiVersion: mpp-kit/v1

legalBases:
  - id: uu-25-2009
    kind: uu
    number: "25"
    year: 2009
    title: { id: Undang-Undang tentang Pelayanan Publik, en: Law on Public Services }
  - id: perpres-89-2021
    kind: perpres
    number: "89"
    year: 2021
    title: { id: Peraturan Presiden tentang Penyelenggaraan Mal Pelayanan Publik, en: Presidential Regulation on Public Service Malls }
  - id: uu-24-2013
    kind: uu
    number: "24"
    year: 2013
    title: { id: Undang-Undang tentang Perubahan atas UU 23/2006 tentang Administrasi Kependudukan, en: Law amending Law 23/2006 on Population Administration }
  - id: permendagri-2-2016
    kind: permen
    number: "2"
    year: 2016
    title: { id: Peraturan Menteri Dalam Negeri tentang Kartu Identitas Anak, en: Home Affairs Minister Regulation on the Child Identity Card }
  - id: uu-1-2022
    kind: uu
    number: "1"
    year: 2022
    title:
      id: Undang-Undang tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah
      en: Law on Financial Relations between the Central and Regional Governments
  - id: pp-16-2021
    kind: pp
    number: "16"
    year: 2021
    title:
      id: Peraturan Pemerintah tentang Peraturan Pelaksanaan UU 28/2002 tentang Bangunan Gedung
      en: Government Regulation implementing Law 28/2002 on Buildings
  - id: pp-28-2025
    kind: pp
    number: "28"
    year: 2025
    title: { id: Peraturan Pemerintah tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko, en: Government Regulation on Risk-Based Business Licensing }
`,
  );

  const complaints = file(
    'complaints.yaml',
    `#
# ${t({ en: 'Complaint handling (pengelolaan pengaduan, UU 25/2009 Art. 36). The terms are the SP4N-LAPOR! tiers in working days:', id: 'Pengelolaan pengaduan (UU 25/2009 Pasal 36). Jangka waktunya mengikuti tingkat SP4N-LAPOR! dalam hari kerja:' })}
# ${t({ en: 'first response 3; information and complaints 5; disputes without field inspection 14; with inspection 60.', id: 'tanggapan awal 3; informasi dan keluhan 5; sengketa tanpa pemeriksaan lapangan 14; dengan pemeriksaan 60.' })}
# ${t({ en: 'The categories and the agency each goes to are EXAMPLES: declare your own.', id: 'Kategori dan instansi tujuannya hanya CONTOH: tetapkan sendiri.' })}
apiVersion: mpp-kit/v1

complaints:
  firstResponseDays: 3
  legalBasis: [uu-25-2009]
  categories:
    - id: informasi
      name: { id: Permintaan informasi, en: Request for information }
      tier: information
      agency: dpmptsp
    - id: pelayanan
      name: { id: Pelayanan perizinan dan nonperizinan, en: Licensing and non-licensing services }
      tier: complaint
      agency: dpmptsp
    - id: adminduk
      name: { id: Administrasi kependudukan, en: Civil registration }
      tier: complaint
      agency: disdukcapil
    - id: bangunan-gedung
      name: { id: Persetujuan bangunan gedung, en: Building approval }
      tier: dispute
      agency: dpupr
    - id: lingkungan
      name: { id: Dampak lingkungan usaha, en: Environmental impact of a business }
      tier: dispute-with-inspection
      agency: dlh
`,
  );

  const calendar = file('calendars/id-national.yaml', nationalCalendarYaml);

  const disdukcapil = file(
    'services/disdukcapil.yaml',
    `#
# ${t({ en: 'Example service for the built-in lifecycle `simple-registration` (non-licensing, no decision step).', id: 'Contoh layanan untuk alur kerja bawaan `simple-registration` (non-perizinan, tanpa langkah keputusan).' })}
# ${t({ en: "Every value is an example: check it against your regency's published service standard.", id: 'Semua nilai hanya contoh: sesuaikan dengan standar pelayanan yang ditetapkan daerah Anda.' })}
apiVersion: mpp-kit/v1

services:
  - id: kia
    name: { id: Kartu Identitas Anak (KIA), en: Child identity card (KIA) }
    type: non-licensing
    owner: disdukcapil
    counters: [gerai-disdukcapil]
    channels: [counter]
    applicationKinds: [new]
    requirements:
      - id: akta-kelahiran
        document: { id: Fotokopi akta kelahiran (asli diperlihatkan), en: Copy of the birth certificate (original shown) }
      - id: kk
        document: { id: KK asli orang tua/wali, en: Parents' original family card }
        original: true
      - id: pas-foto
        document: { id: Pas foto berwarna 2×3, en: Colour photo 2×3 }
        copies: 2
        when:
          condition: { id: Anak berusia 5 sampai kurang dari 17 tahun, en: Child aged 5 to under 17 }
    sla: { days: 1, unit: working, onExpiry: escalate } # ${example}
    fee: { kind: free, legalBasis: [uu-24-2013] }
    output:
      product: { id: Kartu Identitas Anak, en: Child identity card }
    complaints:
      - sp4n-lapor
      - { kind: counter, agency: disdukcapil }
    legalBasis: [uu-25-2009, uu-24-2013, permendagri-2-2016]
    workflow: simple-registration
    provenance: { status: illustrative, note: Written by mpp init. }
`,
  );

  const dpmptsp = file(
    'services/dpmptsp.yaml',
    `#
# ${t({ en: 'Example services of the DPMPTSP, one per built-in lifecycle: permit, permit-with-levy,', id: 'Contoh layanan DPMPTSP, satu per alur kerja bawaan: permit, permit-with-levy,' })}
# ${t({ en: 'multi-agency-permit and risk-based-oss. Every value is an example: replace it with your own.', id: 'multi-agency-permit, dan risk-based-oss. Semua nilai hanya contoh: ganti dengan data daerah Anda.' })}
apiVersion: mpp-kit/v1

services:
  # ${t({ en: 'Lifecycle `permit`: completeness check, review, decision, issuance.', id: 'Alur kerja `permit`: pemeriksaan kelengkapan, verifikasi, keputusan, penerbitan.' })}
  - id: sip-bidan
    name: { id: Surat Izin Praktik Bidan (SIPB), en: Midwife practice permit }
    type: licensing
    owner: dpmptsp
    counters: [gerai-dpmptsp]
    channels: [online, counter]
    applicationKinds: [new, renewal]
    requirements:
      - id: ktp
        document: { id: KTP-el pemohon, en: Applicant's KTP-el }
      - id: str
        document: { id: Surat Tanda Registrasi (STR) bidan, en: Midwife registration certificate (STR) }
      - id: tempat-praktik
        document: { id: Surat keterangan tempat praktik, en: Statement of the practice location }
      - id: sipb-lama
        document: { id: SIPB lama, en: Previous practice permit }
        when: { kind: [renewal] }
    sla: { days: 7, unit: working, onExpiry: escalate } # ${example}
    fee: { kind: free }
    output:
      product: { id: Surat Izin Praktik Bidan, en: Midwife practice permit }
      validity: { amount: 5, unit: years } # UU 17/2023 Art. 264(3)
    complaints: [sp4n-lapor]
    legalBasis: [uu-25-2009]
    workflow: permit
    provenance: { status: illustrative, note: Written by mpp init. }

  # ${t({ en: 'Lifecycle `permit-with-levy`: a technical team reviews, the levy is set and paid, then issuance.', id: 'Alur kerja `permit-with-levy`: tim teknis memeriksa, retribusi ditetapkan dan dibayar, lalu penerbitan.' })}
  - id: pbg
    name: { id: Persetujuan Bangunan Gedung (PBG), en: Building Approval (PBG) }
    type: licensing
    owner: dpmptsp
    participants: [dpupr, dlh]
    counters: [gerai-dpmptsp]
    channels: [online, counter]
    applicationKinds: [new, change]
    requirements:
      - id: ktp
        document: { id: KTP-el pemohon/pemilik bangunan, en: Applicant's or owner's KTP-el }
      - id: bukti-tanah
        document: { id: Bukti kepemilikan atau penguasaan tanah, en: Proof of land ownership or control }
      - id: rencana-teknis
        document: { id: Dokumen rencana teknis (diunggah di SIMBG), en: Technical design documents (uploaded to SIMBG) }
      - id: pbg-lama
        document: { id: PBG/IMB sebelumnya, en: The previous PBG/IMB }
        when: { kind: [change] }
    sla: { days: 28, unit: working, legalMax: 28, onExpiry: escalate, legalBasis: [pp-16-2021] }
    # ${t({ en: 'The levy as a formula over facts of the application. The index values and unit price in the', id: 'Retribusi sebagai rumus atas data permohonan. Nilai indeks dan harga satuan pada' })}
    # ${t({ en: 'examples are EXAMPLES: take yours from your Perda on regional taxes and levies.', id: 'contoh hanya CONTOH: ambil dari Perda pajak dan retribusi daerah Anda.' })}
    fee:
      kind: formula
      expression: floorArea * integratedIndex * localityIndex * unitPrice
      variables:
        floorArea: { description: { id: Luas total lantai bangunan, en: Total floor area }, type: number, unit: m2, min: 0 }
        integratedIndex: { description: { id: Indeks terintegrasi, en: Integrated index }, type: number, min: 0 }
        localityIndex: { description: { id: Indeks lokalitas menurut Perda, en: Locality index per the Perda }, type: number, min: 0 }
        unitPrice: { description: { id: Harga satuan bangunan per m2, en: Unit building price per m2 }, type: number, unit: IDR, min: 0 }
      rounding: round
      examples:
        - given: { floorArea: 100, integratedIndex: 0.5, localityIndex: 0.004, unitPrice: 5000000 }
          expect: 1000000
      legalBasis: [uu-1-2022, pp-16-2021]
    output:
      product: { id: Dokumen Persetujuan Bangunan Gedung (PBG), en: Building Approval (PBG) }
      digital: true
    complaints: [sp4n-lapor]
    legalBasis: [uu-25-2009, pp-16-2021, uu-1-2022]
    workflow: permit-with-levy
    provenance: { status: illustrative, note: Written by mpp init. }

  # ${t({ en: 'Lifecycle `multi-agency-permit`: a technical team across agencies and a field inspection.', id: 'Alur kerja `multi-agency-permit`: tim teknis lintas instansi dan peninjauan lapangan.' })}
  - id: izin-reklame
    name: { id: Izin Penyelenggaraan Reklame, en: Advertising permit }
    type: licensing
    owner: dpmptsp
    participants: [dpupr]
    counters: [gerai-dpmptsp]
    channels: [counter]
    applicationKinds: [new, renewal]
    requirements:
      - id: ktp
        document: { id: KTP-el pemohon, en: Applicant's KTP-el }
      - id: foto-lokasi
        document: { id: Foto dan denah lokasi serta konstruksi reklame, en: Photo and sketch of the location and structure }
      - id: izin-lama
        document: { id: Izin reklame lama, en: Previous advertising permit }
        when: { kind: [renewal] }
    sla: { days: 7, unit: working, onExpiry: escalate } # ${example}
    fee:
      kind: free
      note: { id: Pajak reklame dipungut terpisah sesuai Perda., en: The advertising tax is collected separately under the Perda. }
    output:
      product: { id: Izin Reklame, en: Advertising permit }
      validity: { amount: 1, unit: years } # ${example}
    complaints: [sp4n-lapor]
    legalBasis: [uu-25-2009, uu-1-2022]
    workflow: multi-agency-permit
    provenance: { status: illustrative, note: Written by mpp init. }

  # ${t({ en: 'Lifecycle `risk-based-oss`: the business registers in OSS; the mall assists.', id: 'Alur kerja `risk-based-oss`: pelaku usaha mendaftar di OSS; MPP mendampingi.' })}
  - id: nib-oss
    name: { id: Pendampingan Pendaftaran NIB melalui OSS Berbasis Risiko, en: OSS assistance and business identification number (NIB) registration }
    type: non-licensing
    owner: dpmptsp
    counters: [gerai-dpmptsp]
    channels: [oss, counter]
    applicationKinds: [new, change]
    requirements:
      - id: nik
        document: { id: NIK yang valid, en: Valid NIK }
      - id: email
        document: { id: Alamat surel aktif, en: Active e-mail address }
    sla: { days: 0, unit: working, onExpiry: escalate } # ${example}
    fee: { kind: free }
    output:
      product: { id: Nomor Induk Berusaha (NIB), en: Business identification number (NIB) }
      digital: true
    complaints: [sp4n-lapor]
    legalBasis: [uu-25-2009, pp-28-2025]
    workflow: risk-based-oss
    provenance: { status: illustrative, note: Written by mpp init. }
`,
  );

  return [mall, agencies, counters, complaints, legalBases, calendar, disdukcapil, dpmptsp];
}
