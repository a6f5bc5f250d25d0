import type {
  ApplicationKind,
  ComplaintChannelKind,
  ExpiryConsequence,
  LegalBasisKind,
  Locale,
  PeriodUnit,
  ServiceChannel,
  ServiceType,
} from '@mpp-kit/schemas';

type Text = Readonly<Record<Locale, string>>;

/** Words of a published service standard, in Indonesian and English. */
export const standardLabels = {
  title: { id: 'Standar Pelayanan', en: 'Service Standard' },
  notDeclared: { id: 'Belum dideklarasikan', en: 'Not declared' },
  notDeclaredNote: {
    id: 'Komponen ini wajib menurut PermenPANRB 15/2014; lengkapi konfigurasi layanan.',
    en: 'This component is required by PermenPANRB 15/2014; complete the service configuration.',
  },
  groups: {
    delivery: { id: 'A. Komponen penyampaian pelayanan', en: 'A. Service delivery' },
    management: { id: 'B. Komponen pengelolaan pelayanan', en: 'B. Service management' },
  },
  provider: { id: 'Penyelenggara', en: 'Provider' },
  participants: { id: 'Instansi terkait', en: 'Participating agencies' },
  serviceType: { id: 'Jenis layanan', en: 'Type of service' },
  channels: { id: 'Saluran layanan', en: 'Delivery channels' },
  version: { id: 'Versi', en: 'Version' },
  validFrom: { id: 'berlaku sejak', en: 'valid from' },
  validTo: { id: 'sampai dengan', en: 'to' },
  description: { id: 'Uraian', en: 'Description' },
  footer: {
    id: 'Disusun dari konfigurasi mal dengan mpp-kit. Komponen dan urutannya menurut UU 25/2009 dan PermenPANRB 15/2014.',
    en: 'Generated from the mall configuration by mpp-kit. Components and their order follow UU 25/2009 and PermenPANRB 15/2014.',
  },
  noRequirementsForKind: { id: 'Tidak ada persyaratan.', en: 'No requirements.' },
  original: { id: 'asli diperlihatkan', en: 'original to be shown' },
  copies: {
    id: (n: number) => `${n} lembar salinan`,
    en: (n: number) => `${n} ${n === 1 ? 'copy' : 'copies'}`,
  },
  optional: { id: 'tidak wajib', en: 'optional' },
  procedureDerived: {
    id: (name: string) =>
      `Diturunkan dari alur kerja "${name}"; tetapkan \`procedure\` pada layanan untuk menuliskan prosedur resmi.`,
    en: (name: string) =>
      `Derived from the workflow "${name}"; set \`procedure\` on the service to publish the official procedure.`,
  },
  system: { id: 'Sistem', en: 'System' },
  procedure: { id: 'Prosedur', en: 'Procedure' },
  sameDay: { id: 'Selesai pada hari yang sama', en: 'Completed the same day' },
  days: {
    working: {
      id: (n: number) => `${n} hari kerja`,
      en: (n: number) => `${n} working ${n === 1 ? 'day' : 'days'}`,
    },
    calendar: {
      id: (n: number) => `${n} hari kalender`,
      en: (n: number) => `${n} calendar ${n === 1 ? 'day' : 'days'}`,
    },
  },
  legalMax: { id: 'Batas maksimum menurut peraturan', en: 'Legal maximum' },
  legalMaxNotDeclared: { id: 'tidak dideklarasikan', en: 'not declared' },
  onExpiry: { id: 'Bila waktu penyelesaian terlampaui', en: 'When the completion time runs out' },
  expiry: {
    none: { id: 'tidak ada akibat yang ditetapkan', en: 'no consequence declared' },
    escalate: { id: 'dieskalasi kepada pimpinan', en: 'escalated to the head of the agency' },
    'deemed-approval': {
      id: 'permohonan dianggap disetujui (fiktif positif)',
      en: 'the application is deemed approved',
    },
    'deemed-refusal': {
      id: 'permohonan dianggap ditolak',
      en: 'the application is deemed refused',
    },
  } satisfies Record<ExpiryConsequence, Text>,
  basis: { id: 'Dasar hukum', en: 'Legal basis' },
  note: { id: 'Catatan', en: 'Note' },
  free: { id: 'Gratis (tidak dipungut biaya)', en: 'Free of charge' },
  fixed: { id: 'Tarif tetap', en: 'Fixed amount' },
  tableHead: {
    id: ['Uraian', 'Jenis permohonan', 'Tarif'],
    en: ['Item', 'Application kinds', 'Amount'],
  },
  allKinds: { id: 'semua', en: 'all' },
  formula: { id: 'Dihitung dengan rumus', en: 'Calculated with the formula' },
  variables: { id: 'Variabel', en: 'Variables' },
  rounding: {
    none: { id: 'tanpa pembulatan', en: 'not rounded' },
    round: { id: 'dibulatkan ke rupiah terdekat', en: 'rounded to the nearest rupiah' },
    floor: { id: 'dibulatkan ke bawah ke rupiah', en: 'rounded down to whole rupiah' },
    ceil: { id: 'dibulatkan ke atas ke rupiah', en: 'rounded up to whole rupiah' },
  },
  example: { id: 'Contoh', en: 'Example' },
  validity: { id: 'Masa berlaku', en: 'Validity' },
  validWhileConditions: {
    id: 'berlaku selama memenuhi ketentuan',
    en: 'valid while the conditions are met',
  },
  digital: { id: 'Diterbitkan secara elektronik', en: 'Issued electronically' },
  periodUnits: {
    days: { id: 'hari', en: 'days' },
    months: { id: 'bulan', en: 'months' },
    years: { id: 'tahun', en: 'years' },
  } satisfies Record<PeriodUnit, Text>,
  staff: {
    id: (n: number) => `${n} orang`,
    en: (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`,
  },
  applicationKinds: {
    new: { id: 'Permohonan baru', en: 'New application' },
    renewal: { id: 'Perpanjangan', en: 'Renewal' },
    change: { id: 'Perubahan', en: 'Change' },
  } satisfies Record<ApplicationKind, Text>,
  serviceTypes: {
    licensing: { id: 'Perizinan', en: 'Licensing' },
    'non-licensing': { id: 'Non-perizinan', en: 'Non-licensing' },
  } satisfies Record<ServiceType, Text>,
  serviceChannels: {
    counter: { id: 'gerai di MPP', en: 'counter at the mall' },
    online: { id: 'daring (online)', en: 'online' },
    'drive-thru': { id: 'drive-thru', en: 'drive-thru' },
    'mobile-unit': { id: 'layanan keliling', en: 'mobile unit' },
    post: { id: 'pos', en: 'post' },
    oss: { id: 'sistem OSS', en: 'the OSS system' },
  } satisfies Record<ServiceChannel, Text>,
  complaintChannels: {
    'sp4n-lapor': { id: 'SP4N-LAPOR! (www.lapor.go.id)', en: 'SP4N-LAPOR! (www.lapor.go.id)' },
    counter: { id: 'Gerai/loket pengaduan', en: 'Complaint desk' },
    phone: { id: 'Telepon', en: 'Phone' },
    email: { id: 'Surel', en: 'Email' },
    website: { id: 'Situs web', en: 'Website' },
    whatsapp: { id: 'WhatsApp', en: 'WhatsApp' },
    'suggestion-box': { id: 'Kotak saran', en: 'Suggestion box' },
    'social-media': { id: 'Media sosial', en: 'Social media' },
  } satisfies Record<ComplaintChannelKind, Text>,
  legalBasisKinds: {
    uu: 'UU',
    pp: 'PP',
    perpres: 'Perpres',
    permen: 'Permen',
    perda: 'Perda',
    perbup: 'Perbup',
    keputusan: 'Keputusan',
    skb: 'SKB',
    other: '',
  } satisfies Record<LegalBasisKind, string>,
} as const;

/** Formats an amount in rupiah: `Rp120.000` (id) or `IDR 120,000` (en). */
export function formatRupiah(amount: number, locale: Locale): string {
  return locale === 'id'
    ? `Rp${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(amount)}`
    : `IDR ${new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(amount)}`;
}
