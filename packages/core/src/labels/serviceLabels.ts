import type { LocalizedMessage } from '@mpp-kit/schemas';
import type { LabelText } from './vocabularyLabels.js';

/**
 * The words that describe a service wherever it is published — the catalogue site, the service
 * standard, the SIPPN entry — so the same fact reads the same in each. Words only one output uses
 * stay with that output.
 *
 * @example
 * ```ts
 * serviceLabels.free.id; // 'Gratis (tidak dipungut biaya)'
 * serviceLabels.copies.en(2); // '2 copies'
 * ```
 */
export const serviceLabels = {
  requirements: { id: 'Persyaratan', en: 'Requirements' },
  noRequirements: { id: 'Tidak ada persyaratan.', en: 'No requirements.' },
  original: { id: 'asli diperlihatkan', en: 'original to be shown' },
  copies: {
    id: (n: number) => `${n} lembar salinan`,
    en: (n: number) => `${n} ${n === 1 ? 'copy' : 'copies'}`,
  } satisfies LocalizedMessage<number>,
  optional: { id: 'tidak wajib', en: 'optional' },
  procedure: { id: 'Prosedur', en: 'Procedure' },
  completionTime: { id: 'Waktu penyelesaian', en: 'Completion time' },
  legalMax: { id: 'Batas waktu menurut peraturan', en: 'Legal maximum' },
  legalMaxNotDeclared: { id: 'tidak dideklarasikan', en: 'not declared' },
  onExpiry: { id: 'Bila waktu penyelesaian terlampaui', en: 'When the completion time runs out' },
  fee: { id: 'Biaya/tarif', en: 'Cost' },
  free: { id: 'Gratis (tidak dipungut biaya)', en: 'Free of charge' },
  freeShort: { id: 'Gratis', en: 'Free' },
  fixed: { id: 'Tarif tetap', en: 'Fixed amount' },
  formula: { id: 'Dihitung dengan rumus', en: 'Calculated with the formula' },
  formulaShort: { id: 'Dihitung dengan rumus', en: 'Calculated with a formula' },
  commercial: {
    id: 'Tarif komersial penyedia (bukan pajak, retribusi, atau PNBP)',
    en: "The provider's commercial tariff (not a tax, levy or PNBP)",
  },
  commercialShort: { id: 'Tarif komersial penyedia', en: "The provider's commercial tariff" },
  tariffList: { id: 'Daftar tarif penyedia', en: "The provider's tariff list" },
  variables: { id: 'Variabel', en: 'Variables' },
  example: { id: 'Contoh perhitungan', en: 'Worked example' },
  item: { id: 'Uraian', en: 'Item' },
  amount: { id: 'Tarif', en: 'Amount' },
  appliesTo: { id: 'Jenis permohonan', en: 'Application kinds' },
  allKinds: { id: 'semua', en: 'all' },
  output: { id: 'Produk layanan', en: 'Service product' },
  validity: { id: 'Masa berlaku', en: 'Validity' },
  validWhileConditions: {
    id: 'Berlaku selama memenuhi ketentuan',
    en: 'Valid while the conditions are met',
  },
  digital: { id: 'Diterbitkan secara elektronik', en: 'Issued electronically' },
  legalBasis: { id: 'Dasar hukum', en: 'Legal basis' },
  note: { id: 'Catatan', en: 'Note' },
  complaints: { id: 'Pengaduan, saran, dan masukan', en: 'Complaints, suggestions and input' },
  channels: { id: 'Saluran layanan', en: 'Channels' },
  provider: { id: 'Penyelenggara', en: 'Provider' },
  participants: { id: 'Instansi yang ikut memproses', en: 'Participating agencies' },
  serviceType: { id: 'Jenis layanan', en: 'Type of service' },
  version: { id: 'Versi standar', en: 'Standard version' },
  validFrom: { id: 'berlaku sejak', en: 'valid from' },
  validTo: { id: 'sampai dengan', en: 'to' },
  decree: { id: 'Ditetapkan dengan', en: 'Set by' },
  dataStatus: { id: 'Status data', en: 'Data status' },
  lastUpdated: { id: 'Terakhir diperbarui', en: 'Last updated' },
  sources: { id: 'Sumber', en: 'Sources' },
} as const satisfies Record<string, LabelText | LocalizedMessage<number>>;
