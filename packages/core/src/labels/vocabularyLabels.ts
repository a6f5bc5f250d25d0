import { weekdayLabels } from '@mpp-kit/schemas';
import type {
  AgencyKind,
  ApplicationKind,
  ComplaintChannelKind,
  ComplaintState,
  ExpiryConsequence,
  LocaleText,
  PeriodUnit,
  ProvenanceStatus,
  QueuePriorityGroup,
  RiskLevel,
  ServiceChannel,
  ServiceType,
  counterFeatures,
} from '@mpp-kit/schemas';
import type { TicketStatus } from '../store/FloorStore.js';

/**
 * A label in both languages of the site, the standard and the reports.
 *
 * @example
 * ```ts
 * const label: LabelText = { id: 'Gratis', en: 'Free' };
 * ```
 */
export type LabelText = LocaleText;

type CounterFeature = (typeof counterFeatures)[number];

/**
 * The words for every closed vocabulary of the configuration language, in Indonesian and
 * English: the one place the catalogue site, the published service standard, the SIPPN export
 * and the reports take them from. Each group is checked against its vocabulary, so a new value
 * in `@mpp-kit/schemas` fails to compile until it has words here.
 *
 * @example
 * ```ts
 * vocabularyLabels.applicationKind.renewal.id; // 'Perpanjangan'
 * vocabularyLabels.provenance.illustrative.en; // 'example data (not official)'
 * ```
 */
export const vocabularyLabels = {
  applicationKind: {
    new: { id: 'Permohonan baru', en: 'New application' },
    renewal: { id: 'Perpanjangan', en: 'Renewal' },
    change: { id: 'Perubahan', en: 'Change' },
  } satisfies Record<ApplicationKind, LabelText>,
  serviceType: {
    licensing: { id: 'Perizinan', en: 'Licensing' },
    'non-licensing': { id: 'Non-perizinan', en: 'Non-licensing' },
  } satisfies Record<ServiceType, LabelText>,
  serviceChannel: {
    counter: { id: 'Gerai di MPP', en: 'Counter at the mall' },
    online: { id: 'Daring (online)', en: 'Online' },
    'drive-thru': { id: 'Drive-thru', en: 'Drive-through' },
    'mobile-unit': { id: 'Layanan keliling', en: 'Mobile unit' },
    post: { id: 'Pos', en: 'Post' },
    oss: {
      id: 'Sistem OSS (Online Single Submission)',
      en: 'The OSS system (Online Single Submission)',
    },
  } satisfies Record<ServiceChannel, LabelText>,
  complaintChannel: {
    'sp4n-lapor': { id: 'SP4N-LAPOR! (www.lapor.go.id)', en: 'SP4N-LAPOR! (www.lapor.go.id)' },
    counter: { id: 'Gerai/loket pengaduan', en: 'Complaints desk' },
    phone: { id: 'Telepon', en: 'Phone' },
    email: { id: 'Surel', en: 'Email' },
    website: { id: 'Situs web', en: 'Website' },
    whatsapp: { id: 'WhatsApp', en: 'WhatsApp' },
    'suggestion-box': { id: 'Kotak saran', en: 'Suggestion box' },
    'social-media': { id: 'Media sosial', en: 'Social media' },
  } satisfies Record<ComplaintChannelKind, LabelText>,
  agencyKind: {
    regional: { id: 'Perangkat daerah kabupaten/kota', en: 'Regency/city office' },
    provincial: { id: 'Instansi provinsi', en: 'Provincial office' },
    vertical: { id: 'Instansi vertikal (pusat)', en: 'Central government office' },
    'state-owned': { id: 'BUMN', en: 'State-owned enterprise' },
    'region-owned': { id: 'BUMD', en: 'Region-owned enterprise' },
    'social-security': { id: 'BPJS', en: 'Social security agency' },
    bank: { id: 'Bank', en: 'Bank' },
    other: { id: 'Lainnya', en: 'Other' },
  } satisfies Record<AgencyKind, LabelText>,
  expiry: {
    none: { id: 'Tidak ada akibat yang ditetapkan', en: 'No consequence declared' },
    escalate: { id: 'Dieskalasi kepada pimpinan', en: 'Escalated to the head of the agency' },
    'deemed-approval': {
      id: 'Permohonan dianggap disetujui (fiktif positif)',
      en: 'The application is deemed approved',
    },
    'deemed-refusal': {
      id: 'Permohonan dianggap ditolak',
      en: 'The application is deemed refused',
    },
  } satisfies Record<ExpiryConsequence, LabelText>,
  periodUnit: {
    days: { id: 'hari', en: 'days' },
    months: { id: 'bulan', en: 'months' },
    years: { id: 'tahun', en: 'years' },
  } satisfies Record<PeriodUnit, LabelText>,
  weekday: weekdayLabels,
  counterFeature: {
    'drive-thru': { id: 'Drive-thru', en: 'Drive-through' },
    priority: { id: 'Layanan prioritas', en: 'Priority service' },
    'online-queue': { id: 'Antrean daring', en: 'Online queue' },
    accessible: { id: 'Ramah disabilitas', en: 'Accessible' },
  } satisfies Record<CounterFeature, LabelText>,
  provenance: {
    verified: { id: 'terverifikasi', en: 'verified' },
    partial: { id: 'sebagian terverifikasi', en: 'partly verified' },
    unverified: { id: 'belum diverifikasi', en: 'not verified' },
    illustrative: { id: 'data contoh (bukan data resmi)', en: 'example data (not official)' },
  } satisfies Record<ProvenanceStatus, LabelText>,
  /** What a reader must know about data of each status (none for verified data). */
  provenanceNotice: {
    verified: { id: '', en: '' },
    partial: {
      id: 'Sebagian belum diverifikasi: sebagian isi ini belum dicocokkan dengan sumber resmi.',
      en: 'Partly verified: some of this content has not been checked against official sources.',
    },
    unverified: {
      id: 'Belum diverifikasi: isi ini belum dicocokkan dengan sumber resmi. Tanyakan di gerai sebelum mengurus.',
      en: 'Not verified: this content has not been checked against official sources. Check at the counter before you apply.',
    },
    illustrative: {
      id: 'Data contoh: isi ini adalah contoh, bukan standar pelayanan resmi. Tanyakan di gerai sebelum mengurus.',
      en: 'Example data: this content is an example, not the official service standard. Check at the counter before you apply.',
    },
  } satisfies Record<ProvenanceStatus, LabelText>,
  riskLevel: {
    low: { id: 'risiko rendah', en: 'low risk' },
    'medium-low': { id: 'risiko menengah rendah', en: 'medium-low risk' },
    'medium-high': { id: 'risiko menengah tinggi', en: 'medium-high risk' },
    high: { id: 'risiko tinggi', en: 'high risk' },
  } satisfies Record<RiskLevel, LabelText>,
  /** The groups UU 25/2009 Art. 29 gives special treatment (*perlakuan khusus*) in the queue. */
  queuePriorityGroup: {
    'older-person': { id: 'Lanjut usia', en: 'Older person' },
    disability: { id: 'Penyandang disabilitas', en: 'Person with a disability' },
    pregnant: { id: 'Ibu hamil', en: 'Pregnant woman' },
    child: { id: 'Anak-anak', en: 'Child' },
  } satisfies Record<QueuePriorityGroup, LabelText>,
  ticketStatus: {
    waiting: { id: 'Menunggu', en: 'Waiting' },
    called: { id: 'Dipanggil', en: 'Called' },
    served: { id: 'Selesai dilayani', en: 'Served' },
    'no-show': { id: 'Tidak hadir', en: 'Did not come' },
  } satisfies Record<TicketStatus, LabelText>,
  complaintState: {
    received: { id: 'Diterima', en: 'Received' },
    verified: { id: 'Diverifikasi', en: 'Verified' },
    assigned: { id: 'Diteruskan ke instansi', en: 'Assigned to the agency' },
    answered: { id: 'Dijawab', en: 'Answered' },
    reopened: { id: 'Dibuka kembali', en: 'Reopened' },
    closed: { id: 'Selesai', en: 'Closed' },
  } satisfies Record<ComplaintState, LabelText>,
} as const;
