import type { Locale, LocaleText, LocalizedText } from '@mpp-kit/schemas';
import { pageLabels } from '../labels/pageLabels.js';
import { markup, type SafeHtml } from './_html.js';

/** A language the site is written in. */
export type SiteLocale = Locale;

/** The site's own words (headings, labels), Indonesian and English. */
export const siteMessages = {
  skip: pageLabels.skipToContent,
  home: { id: 'Beranda', en: 'Home' },
  breadcrumb: { id: 'Lokasi halaman', en: 'You are here' },
  address: { id: 'Alamat', en: 'Address' },
  contact: { id: 'Kontak', en: 'Contact' },
  phone: { id: 'Telepon', en: 'Phone' },
  email: { id: 'Surel', en: 'Email' },
  website: { id: 'Situs web', en: 'Website' },
  openingHours: { id: 'Jam layanan', en: 'Opening hours' },
  opened: { id: 'Diresmikan', en: 'Opened' },
  services: { id: 'Layanan', en: 'Services' },
  findService: { id: 'Cari layanan', en: 'Find a service' },
  searchLabel: {
    id: 'Kata kunci (nama layanan atau dokumen)',
    en: 'Keywords (service name or document)',
  },
  agency: { id: 'Instansi', en: 'Agency' },
  type: { id: 'Jenis layanan', en: 'Type of service' },
  lifeEvent: { id: 'Peristiwa hidup', en: 'Life event' },
  all: { id: 'Semua', en: 'All' },
  reset: { id: 'Atur ulang', en: 'Reset' },
  noScript: {
    id: 'Pencarian memerlukan JavaScript; semua layanan tetap tercantum di bawah.',
    en: 'Search needs JavaScript; every service is still listed below.',
  },
  noMatch: {
    id: 'Tidak ada layanan yang cocok. Coba kata lain atau atur ulang penyaring.',
    en: 'No service matches. Try other words or reset the filters.',
  },
  agencies: { id: 'Instansi dan gerai', en: 'Agencies and counters' },
  agenciesOnly: { id: 'Instansi', en: 'Agencies' },
  counters: { id: 'Gerai', en: 'Counters' },
  counter: { id: 'Gerai', en: 'Counter' },
  counterNumber: { id: 'No.', en: 'No.' },
  activePeriods: { id: 'Periode aktif', en: 'Active periods' },
  features: { id: 'Fasilitas', en: 'Features' },
  sameAsMall: { id: 'Sama dengan jam mal', en: 'Same as the mall' },
  since: { id: 'sejak', en: 'since' },
  kind: { id: 'Jenis instansi', en: 'Kind of agency' },
  basedIn: { id: 'Berkedudukan di', en: 'Based in' },
  ownedServices: { id: 'Layanan yang diselenggarakan', en: 'Services it owns' },
  participatedServices: { id: 'Ikut memproses layanan', en: 'Takes part in' },
  none: { id: 'Tidak ada', en: 'None' },
  requirements: { id: 'Persyaratan', en: 'Requirements' },
  procedure: { id: 'Prosedur', en: 'Procedure' },
  noRequirements: {
    id: 'Tidak ada persyaratan yang dicantumkan.',
    en: 'No requirements are listed.',
  },
  original: { id: 'asli', en: 'original' },
  copies: { id: 'salinan', en: 'copies' },
  optional: { id: 'tidak wajib', en: 'optional' },
  condition: { id: 'Bila', en: 'When' },
  fee: { id: 'Biaya / tarif', en: 'Fee' },
  free: { id: 'Gratis (tidak dipungut biaya)', en: 'Free of charge' },
  formula: { id: 'Dihitung dengan rumus', en: 'Calculated with a formula' },
  variables: { id: 'Variabel', en: 'Variables' },
  example: { id: 'Contoh perhitungan', en: 'Worked example' },
  item: { id: 'Uraian', en: 'Item' },
  amount: { id: 'Jumlah', en: 'Amount' },
  appliesTo: { id: 'Berlaku untuk', en: 'Applies to' },
  completionTime: { id: 'Waktu penyelesaian', en: 'Completion time' },
  sameDay: { id: 'Selesai pada hari yang sama', en: 'Completed the same day' },
  legalMax: { id: 'Batas menurut peraturan', en: 'Legal maximum' },
  onExpiry: { id: 'Bila waktu terlampaui', en: 'When the time runs out' },
  output: { id: 'Produk layanan', en: 'Output' },
  validity: { id: 'Masa berlaku', en: 'Validity' },
  validWhileConditions: {
    id: 'Berlaku selama memenuhi ketentuan',
    en: 'Valid while the conditions hold',
  },
  digital: { id: 'Diterbitkan secara elektronik', en: 'Issued electronically' },
  legalBasis: { id: 'Dasar hukum', en: 'Legal basis' },
  regulationText: { id: 'Teks peraturan', en: 'Regulation text' },
  complaints: { id: 'Pengaduan, saran, dan masukan', en: 'Complaints, suggestions and input' },
  channels: { id: 'Saluran layanan', en: 'Channels' },
  where: { id: 'Tempat layanan', en: 'Where' },
  ownerAgency: { id: 'Penanggung jawab', en: 'Owner agency' },
  participants: { id: 'Instansi yang ikut memproses', en: 'Participating agencies' },
  lifecycle: { id: 'Alur proses', en: 'Lifecycle' },
  lifecycleSteps: { id: 'Langkah', en: 'Steps' },
  transitions: { id: 'Perpindahan antarlangkah', en: 'Transitions between steps' },
  from: { id: 'Dari', en: 'From' },
  event: { id: 'Peristiwa', en: 'Event' },
  actor: { id: 'Pelaku', en: 'Actor' },
  to: { id: 'Ke', en: 'To' },
  finalState: { id: 'status akhir', en: 'final state' },
  templateNote: {
    id: 'Alur disederhanakan dari templat',
    en: 'Simplified flow from the template',
  },
  noDiagram: { id: 'Alur proses belum tersedia.', en: 'No lifecycle is available.' },
  version: { id: 'Versi standar', en: 'Standard version' },
  validFrom: { id: 'berlaku sejak', en: 'valid from' },
  dataStatus: { id: 'Status data', en: 'Data status' },
  licensingShort: { id: 'Perizinan', en: 'Licensing' },
  nonLicensingShort: { id: 'Non-perizinan', en: 'Non-licensing' },
  generatedBy: {
    id: 'Dibuat dengan mpp-kit dari konfigurasi mal.',
    en: 'Made with mpp-kit from the mall configuration.',
  },
  perKind: { id: 'Persyaratan menurut jenis permohonan', en: 'Requirements by application kind' },
  summary: { id: 'Ringkasan', en: 'Summary' },
  shownOf: {
    id: '{shown} dari {total} layanan ditampilkan',
    en: '{shown} of {total} services shown',
  },
  keyFacts: { id: 'Yang perlu Anda ketahui', en: 'What you need to know' },
  bring: { id: 'Yang perlu dibawa', en: 'What to bring' },
  allRequirements: { id: 'Semua persyaratan', en: 'All requirements' },
  cost: { id: 'Biaya', en: 'Cost' },
  howLong: { id: 'Lama proses', en: 'How long it takes' },
  whereToGo: { id: 'Tempat dan jam layanan', en: 'Where and when' },
  call: { id: 'Telepon', en: 'Phone' },
  complain: { id: 'Pengaduan', en: 'Complaints' },
  laporLink: { id: 'Adukan lewat SP4N-LAPOR!', en: 'Complain through SP4N-LAPOR!' },
  howTo: { id: 'Cara mengurus', en: 'How to apply' },
  procedureDerived: {
    id: 'Langkah ini disusun dari alur kerja layanan; prosedur resmi dapat berbeda rinciannya.',
    en: 'These steps are worked out from the service’s workflow; the official procedure may differ in detail.',
  },
  forOfficers: { id: 'Untuk petugas: alur proses lengkap', en: 'For officers: the full lifecycle' },
  lastUpdated: { id: 'Terakhir diperbarui', en: 'Last updated' },
  decree: { id: 'Ditetapkan dengan', en: 'Set by' },
  aboutPage: { id: 'Tentang halaman ini', en: 'About this page' },
  language: { id: 'Bahasa', en: 'Language' },
  otherLanguage: { id: 'English', en: 'Bahasa Indonesia' },
  scrollTable: { id: 'Tabel dapat digeser', en: 'Scrollable table' },
  scrollDiagram: { id: 'Diagram dapat digeser', en: 'Scrollable diagram' },
  description: { id: 'Uraian', en: 'Description' },
} as const satisfies Record<string, LocaleText>;

/** A key of {@link siteMessages}. */
export type SiteMessageKey = keyof typeof siteMessages;

/** Writes localized text for one page, in one language. */
export interface SiteWriter {
  readonly locale: SiteLocale;
  /** The text in the page's language, as a string (for attributes, `<option>`, `<title>`). */
  plain(text: LocalizedText): string;
  /**
   * The text in the page's language; text the configuration has only in Indonesian stays
   * Indonesian on an English page, marked with `lang="id"` for screen readers.
   */
  text(text: LocalizedText): SafeHtml;
  /** One of the site's own messages. */
  ui(key: SiteMessageKey): SafeHtml;
  /** One of the site's own messages, as a string. */
  uiPlain(key: SiteMessageKey): string;
}

/** Creates the writer for pages in `locale`. */
export function createSiteWriter(locale: SiteLocale): SiteWriter {
  const split = (text: LocalizedText): { main: string; lang: SiteLocale } => {
    if (typeof text === 'string') return { main: text, lang: 'id' };
    // Indonesian is always written; another language only where the configuration gives it.
    const written = text[locale];
    return written === undefined ? { main: text.id, lang: 'id' } : { main: written, lang: locale };
  };
  const writer: SiteWriter = {
    locale,
    plain: (text) => split(text).main,
    text(text) {
      const { main, lang } = split(text);
      return lang === locale ? markup`${main}` : markup`<span lang="${lang}">${main}</span>`;
    },
    ui: (key) => markup`${siteMessages[key][locale]}`,
    uiPlain: (key) => siteMessages[key][locale],
  };
  return writer;
}
