import type { Locale } from '@mpp-kit/schemas';
import type { SimulationProgress } from '@mpp-kit/core/simulate';
import { formatNumber } from '../_formatNumber.js';

/**
 * Thousands separated the way the locale writes them.
 *
 * @throws never
 * @example
 * ```ts
 * formatCount(12345, 'en'); // '12,345'
 * formatCount(12345, 'id'); // '12.345'
 * ```
 */
export function formatCount(value: number, locale: Locale): string {
  return formatNumber(value, locale);
}

/**
 * Every text `mpp simulate` prints, in English and Indonesian.
 *
 * @example
 * ```ts
 * simulateMessages.progress.id({ day: 3, days: 30, date: '2026-08-05', submitted: 311, actions: 902, deadlineEvents: 4, refused: 0 });
 * // 'hari 3/30 (2026-08-05): 311 permohonan, 902 tindakan, 4 peristiwa tenggat'
 * ```
 */
export const simulateMessages = {
  progress: {
    en: (p: SimulationProgress) =>
      `day ${String(p.day)}/${String(p.days)} (${p.date}): ${formatCount(p.submitted, 'en')} applications, ${formatCount(p.actions, 'en')} actions, ${formatCount(p.deadlineEvents, 'en')} deadline events`,
    id: (p: SimulationProgress) =>
      `hari ${String(p.day)}/${String(p.days)} (${p.date}): ${formatCount(p.submitted, 'id')} permohonan, ${formatCount(p.actions, 'id')} tindakan, ${formatCount(p.deadlineEvents, 'id')} peristiwa tenggat`,
  },
  heading: {
    en: (mall: string, days: number, from: string, to: string, seed: string) =>
      `Simulated ${mall}: ${String(days)} working days from ${from} to ${to}, seed ${seed}.`,
    id: (mall: string, days: number, from: string, to: string, seed: string) =>
      `Simulasi ${mall}: ${String(days)} hari kerja dari ${from} sampai ${to}, benih (seed) ${seed}.`,
  },
  store: {
    en: (file: string, temporary: boolean) =>
      temporary
        ? `Store: temporary SQLite file ${file} (give --store <file> to choose one).`
        : `Store: ${file}.`,
    id: (file: string, temporary: boolean) =>
      temporary
        ? `Penyimpanan: berkas SQLite sementara ${file} (gunakan --store <berkas> untuk memilihnya).`
        : `Penyimpanan: ${file}.`,
  },
  totals: {
    en: (t: {
      applications: number;
      actions: number;
      deadlineEvents: number;
      finished: number;
      issued: number;
      rejected: number;
      withdrawn: number;
      expired: number;
      open: number;
    }) =>
      `${formatCount(t.applications, 'en')} applications, ${formatCount(t.actions, 'en')} actions, ${formatCount(t.deadlineEvents, 'en')} deadline events. ` +
      `Finished: ${formatCount(t.finished, 'en')} (${formatCount(t.issued, 'en')} issued, ${formatCount(t.rejected, 'en')} rejected, ${formatCount(t.withdrawn, 'en')} withdrawn, ${formatCount(t.expired, 'en')} expired); open: ${formatCount(t.open, 'en')}.`,
    id: (t: {
      applications: number;
      actions: number;
      deadlineEvents: number;
      finished: number;
      issued: number;
      rejected: number;
      withdrawn: number;
      expired: number;
      open: number;
    }) =>
      `${formatCount(t.applications, 'id')} permohonan, ${formatCount(t.actions, 'id')} tindakan, ${formatCount(t.deadlineEvents, 'id')} peristiwa tenggat. ` +
      `Selesai: ${formatCount(t.finished, 'id')} (${formatCount(t.issued, 'id')} terbit, ${formatCount(t.rejected, 'id')} ditolak, ${formatCount(t.withdrawn, 'id')} dicabut, ${formatCount(t.expired, 'id')} kedaluwarsa); masih berjalan: ${formatCount(t.open, 'id')}.`,
  },
  agencyHeading: {
    en: (asOf: string) => `Deadline compliance per agency and step, as of ${asOf}:`,
    id: (asOf: string) => `Kepatuhan tenggat per instansi dan langkah, per ${asOf}:`,
  },
  agencyHead: {
    en: [
      'Agency',
      'Step',
      'Applications',
      'Finished',
      'On time',
      'Late',
      '% on time',
      'Pending',
      'Unjudged',
      'Visits',
    ],
    id: [
      'Instansi',
      'Langkah',
      'Permohonan',
      'Selesai',
      'Tepat waktu',
      'Terlambat',
      '% tepat',
      'Berjalan',
      'Tak dinilai',
      'Kunjungan',
    ],
  },
  total: { en: 'total', id: 'jumlah' },
  agencyNote: {
    en: 'Visits: each action of the agency in the step (a return for correction included) and each application waiting for it there now, judged against the step\'s own term, or the service term when the step has none. The same figures as `mpp report` on this store at this instant (see docs/guide-operators.md, "Deadline compliance").',
    id: 'Kunjungan: setiap tindakan instansi di langkah itu (termasuk pengembalian untuk perbaikan) dan setiap permohonan yang kini menunggunya di sana, dinilai terhadap tenggat langkah itu sendiri, atau tenggat layanan bila langkah tidak memilikinya. Angkanya sama dengan `mpp report` pada penyimpanan ini di saat ini (lihat docs/guide-operators.md, bagian "Deadline compliance").',
  },
  serviceHeading: {
    en: 'Deadline compliance per service (service term, from the deadline report):',
    id: 'Kepatuhan tenggat per layanan (tenggat layanan, dari laporan tenggat):',
  },
  serviceHead: {
    en: ['Service', 'Applications', 'On time', 'Late', 'Pending', 'Unjudged', '% on time'],
    id: ['Layanan', 'Permohonan', 'Tepat waktu', 'Terlambat', 'Berjalan', 'Tak dinilai', '% tepat'],
  },
  badDays: {
    en: (value: string) =>
      `--days must be a whole number of working days from 1 to 260, not "${value}".`,
    id: (value: string) =>
      `--days harus berupa jumlah hari kerja bulat dari 1 sampai 260, bukan "${value}".`,
  },
  badArrivals: {
    en: (value: string) => `--per-day must be a whole number from 1 to 5000, not "${value}".`,
    id: (value: string) =>
      `--per-day harus berupa bilangan bulat dari 1 sampai 5000, bukan "${value}".`,
  },
  badFrom: {
    en: (value: string) => `--from must be a date such as 2026-08-03, not "${value}".`,
    id: (value: string) => `--from harus berupa tanggal seperti 2026-08-03, bukan "${value}".`,
  },
  fromOutside: {
    en: (value: string, years: string) =>
      `--from ${value}: the simulation and its deadlines must lie within the years the mall's calendar covers (${years}).`,
    id: (value: string, years: string) =>
      `--from ${value}: simulasi beserta tenggatnya harus berada dalam tahun yang dicakup kalender mal (${years}).`,
  },
  noRoom: {
    en: (days: number, years: string) =>
      `The mall's calendar (${years}) has no room for ${String(days)} working days and their deadlines; give fewer --days.`,
    id: (days: number, years: string) =>
      `Kalender mal (${years}) tidak cukup untuk ${String(days)} hari kerja beserta tenggatnya; kurangi --days.`,
  },
  storeNotEmpty: {
    en: (file: string, count: number) =>
      `The store ${file} already holds ${String(count)} applications; a simulation starts from an empty store. Give a new file.`,
    id: (file: string, count: number) =>
      `Penyimpanan ${file} sudah berisi ${String(count)} permohonan; simulasi dimulai dari penyimpanan kosong. Gunakan berkas baru.`,
  },
  failed: {
    en: (detail: string) => `The simulation failed: ${detail}`,
    id: (detail: string) => `Simulasi gagal: ${detail}`,
  },
} as const;
