import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { textFor, type Locale } from '@mpp-kit/schemas/issues';
import type { MallConfig, ProvenanceStatus } from '@mpp-kit/schemas';
import type {
  ComplianceCounts,
  DeadlineComplianceReport,
  FloorReport,
  MallStore,
  WogAssessment,
  WogEvidence,
} from '@mpp-kit/core';
import { defineCommand } from '../Command.js';
import { prettyOrJsonFlag } from '../_commonFlags.js';
import { escapeControl } from '../_ansi.js';
import { formatNumber } from '../_formatNumber.js';
import { loadMallForCommand } from '../_loadForCommand.js';

/**
 * Lays out rows as a plain-text table: columns padded to their widest cell, numbers (cells in
 * `numeric` columns) aligned right, two spaces between columns, a rule under the header. Text from
 * configuration is made safe for the terminal.
 *
 * @example
 * ```ts
 * formatTextTable(['Service', 'Count'], [['pbg', '4']], [1]);
 * // 'Service  Count\n-------  -----\npbg          4\n'
 * ```
 */
export function formatTextTable(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly number[] = [],
): string {
  const safeRows = rows.map((row) => row.map((cell) => escapeControl(cell)));
  const widths = head.map((cell, i) =>
    Math.max(cell.length, ...safeRows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) =>
        numeric.includes(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return `${[line(head), line(widths.map((w) => '-'.repeat(w))), ...safeRows.map(line)].join('\n')}\n`;
}

/** What `mpp report` prints, in English and Indonesian. */
export const reportMessages = {
  wogHeading: {
    en: (name: string, met: number) =>
      `${name} — Whole-of-Government assessment: ${met} of 7 indicators met`,
    id: (name: string, met: number) =>
      `${name} — Penilaian Whole of Government: ${met} dari 7 indikator terpenuhi`,
  },
  met: { en: 'met', id: 'terpenuhi' },
  notMet: { en: 'NOT MET', id: 'BELUM TERPENUHI' },
  missing: { en: 'missing', id: 'kurang' },
  decidedBy: { en: 'decided by', id: 'diputuskan oleh' },
  finding: { en: 'published finding', id: 'temuan yang dipublikasikan' },
  operatingData: { en: 'operating data', id: 'data operasional' },
  countsIllustrative: {
    en: (used: boolean) =>
      `Evidence that is not verified may count (--include-illustrative): ${used ? 'the verdicts "met on evidence that is not verified" rest on example or unconfirmed data.' : 'no verdict needed it.'}`,
    id: (used: boolean) =>
      `Bukti yang belum diverifikasi boleh dihitung (--include-illustrative): ${used ? 'penilaian "terpenuhi berdasarkan bukti yang belum diverifikasi" bersandar pada data contoh atau belum dikonfirmasi.' : 'tidak ada penilaian yang memerlukannya.'}`,
  },
  complianceHeading: {
    en: (now: string, count: number) =>
      `Deadline compliance as of ${now}: ${count} application${count === 1 ? '' : 's'}`,
    id: (now: string, count: number) => `Kepatuhan tenggat per ${now}: ${count} permohonan`,
  },
  noCompliance: {
    en: 'Deadline compliance: no store given (use --store <file>).',
    id: 'Kepatuhan tenggat: tidak ada penyimpanan (gunakan --store <berkas>).',
  },
  service: { en: 'Service', id: 'Layanan' },
  agency: { en: 'Agency', id: 'Instansi' },
  step: { en: 'Step', id: 'Langkah' },
  counts: {
    en: ['Count', 'On time', 'Late', 'Pending', 'Unjudged', '% on time'],
    id: ['Jumlah', 'Tepat waktu', 'Terlambat', 'Berjalan', 'Tak dinilai', '% tepat'],
  },
  provisional: { en: 'Provisional', id: 'Sementara' },
  provisionalNote: {
    en: 'Provisional: judged against due dates counted on days no calendar decree covers yet (weekends only); the verdicts may change once that year is added to the calendar.',
    id: 'Sementara: dinilai terhadap tenggat yang dihitung pada hari yang belum diatur keputusan kalender (hanya akhir pekan); penilaiannya dapat berubah setelah tahun itu ditambahkan ke kalender.',
  },
  handoffs: {
    en: (count: number, hours: string, days: string) =>
      `Handoffs between agencies: ${count}, median ${hours} h${days === '' ? '' : ` (${days} working days)`}`,
    id: (count: number, hours: string, days: string) =>
      `Serah terima antarinstansi: ${count}, median ${hours} jam${days === '' ? '' : ` (${days} hari kerja)`}`,
  },
  handoffHead: {
    en: ['From', 'To', 'Count', 'Median (h)', 'Median (working days)'],
    id: ['Dari', 'Ke', 'Jumlah', 'Median (jam)', 'Median (hari kerja)'],
  },
  none: { en: '(none)', id: '(tidak ada)' },
  queueHeading: {
    en: (from: string, to: string) =>
      `Queue waits per counter and hour, ${from} to ${to} (minutes)`,
    id: (from: string, to: string) =>
      `Waktu tunggu antrean per gerai dan jam, ${from} s.d. ${to} (menit)`,
  },
  queueHead: {
    en: ['Counter', 'Hour', 'Called', 'Mean wait', 'P90 wait', 'Mean service'],
    id: ['Gerai', 'Jam', 'Dipanggil', 'Rerata tunggu', 'P90 tunggu', 'Rerata layanan'],
  },
  complaintHeading: {
    en: (day: string) => `Complaints per agency and their terms, as of ${day}`,
    id: (day: string) => `Pengaduan per instansi dan jangka waktunya, per ${day}`,
  },
  complaintHead: {
    en: [
      'Agency',
      'Total',
      'Open',
      'Answered on time',
      'Answered late',
      'Overdue',
      'First response on time',
    ],
    id: [
      'Instansi',
      'Jumlah',
      'Terbuka',
      'Dijawab tepat waktu',
      'Dijawab terlambat',
      'Lewat tenggat',
      'Tanggapan awal tepat waktu',
    ],
  },
  badQueueDays: {
    en: (value: string) => `--queue-days must be a whole number from 1 to 366, not "${value}".`,
    id: (value: string) => `--queue-days harus bilangan bulat 1 sampai 366, bukan "${value}".`,
  },
  badNow: {
    en: (value: string) =>
      `--now must be an ISO 8601 instant such as 2025-08-01T00:00:00Z, not "${value}".`,
    id: (value: string) =>
      `--now harus berupa waktu ISO 8601 seperti 2025-08-01T00:00:00Z, bukan "${value}".`,
  },
  noStore: {
    en: (file: string) => `Cannot read the store "${file}": the file does not exist.`,
    id: (file: string) => `Tidak dapat membaca penyimpanan "${file}": berkas tidak ada.`,
  },
  storeFailed: {
    en: (file: string, detail: string) => `Cannot read the store "${file}": ${detail}`,
    id: (file: string, detail: string) => `Tidak dapat membaca penyimpanan "${file}": ${detail}`,
  },
} as const;

function countCells(counts: ComplianceCounts, locale: Locale, provisional: boolean): string[] {
  return [
    String(counts.count),
    String(counts.onTime),
    String(counts.late),
    String(counts.pending),
    String(counts.unjudged),
    formatNumber(counts.onTimePercent, locale, 1),
    ...(provisional ? [String(counts.provisional)] : []),
  ];
}

/** How sure a piece of evidence is, in words: its kind or status, then its sources. */
function evidenceTag(
  evidence: WogEvidence,
  statusNames: Readonly<Record<ProvenanceStatus, Readonly<Record<Locale, string>>>>,
  locale: Locale,
): string {
  const what =
    evidence.kind === 'finding'
      ? reportMessages.finding[locale]
      : evidence.kind === 'operating-data'
        ? reportMessages.operatingData[locale]
        : statusNames[evidence.status][locale];
  // A finding's source is named in the verdict's rule line just above it.
  return evidence.sources.length === 0 || evidence.kind !== 'declared'
    ? what
    : `${what}: ${evidence.sources.join('; ')}`;
}

/** The Whole-of-Government part of the pretty report. */
function prettyWog(
  wog: WogAssessment,
  names: readonly { readonly id: string; readonly name: Readonly<Record<Locale, string>> }[],
  statusNames: Readonly<Record<ProvenanceStatus, Readonly<Record<Locale, string>>>>,
  mallName: string,
  locale: Locale,
): string {
  const lines = [reportMessages.wogHeading[locale](mallName, wog.met), ''];
  if (wog.countsIllustrative)
    lines.push(reportMessages.countsIllustrative[locale](wog.includesIllustrative), '');
  wog.indicators.forEach((indicator, i) => {
    const name = names.find((entry) => entry.id === indicator.id)?.name[locale] ?? indicator.id;
    const mark = indicator.met
      ? `[${reportMessages.met[locale]}]`
      : `[${reportMessages.notMet[locale]}]`;
    lines.push(`${String(i + 1).padStart(2)}. ${mark} ${name}`);
    lines.push(`      ${reportMessages.decidedBy[locale]}: ${escapeControl(indicator.rule)}`);
    for (const evidence of indicator.evidence)
      lines.push(
        `      + ${escapeControl(evidence.text)} [${escapeControl(evidenceTag(evidence, statusNames, locale))}]`,
      );
    for (const line of indicator.missing)
      lines.push(`      - ${reportMessages.missing[locale]}: ${escapeControl(line)}`);
  });
  return `${lines.join('\n')}\n`;
}

/** The deadline-compliance part of the pretty report. */
function prettyCompliance(report: DeadlineComplianceReport, locale: Locale): string {
  // The provisional column appears only when some verdict rests on a provisional due date.
  const provisional = [...report.services, ...report.agencies, ...report.steps].some(
    (row) => row.provisional > 0,
  );
  const heads = [
    ...reportMessages.counts[locale],
    ...(provisional ? [reportMessages.provisional[locale]] : []),
  ];
  const numeric = heads.map((_head, i) => i + 1);
  const table = (label: string, rows: readonly (readonly string[])[], columns = numeric) =>
    rows.length === 0
      ? `${label}: ${reportMessages.none[locale]}\n`
      : formatTextTable([label, ...heads], rows, columns);
  const handoffs = report.handoffs;
  const parts = [
    `${reportMessages.complianceHeading[locale](report.now, report.applications)}\n`,
    ...(provisional ? [`${reportMessages.provisionalNote[locale]}\n`] : []),
    table(
      reportMessages.service[locale],
      report.services.map((row) => [row.serviceId, ...countCells(row, locale, provisional)]),
    ),
    table(
      reportMessages.agency[locale],
      report.agencies.map((row) => [row.agency, ...countCells(row, locale, provisional)]),
    ),
    formatTextTable(
      [reportMessages.service[locale], reportMessages.step[locale], ...heads],
      report.steps.map((row) => [row.serviceId, row.step, ...countCells(row, locale, provisional)]),
      numeric.map((column) => column + 1),
    ),
    `${reportMessages.handoffs[locale](
      handoffs.count,
      formatNumber(handoffs.medianHours, locale, 1),
      handoffs.medianWorkingDays === null
        ? ''
        : formatNumber(handoffs.medianWorkingDays, locale, 1),
    )}\n`,
  ];
  if (handoffs.pairs.length > 0) {
    parts.push(
      formatTextTable(
        reportMessages.handoffHead[locale],
        handoffs.pairs.map((pair) => [
          pair.from,
          pair.to,
          String(pair.count),
          formatNumber(pair.medianHours, locale, 1),
          formatNumber(pair.medianWorkingDays, locale, 1),
        ]),
        [2, 3, 4],
      ),
    );
  }
  return parts.join('\n');
}

/** The queue and complaint part of the pretty report (the figures of core's `reportFloor`). */
function prettyFloor(floor: FloorReport, locale: Locale): string {
  const minutes = (value: number | null) => formatNumber(value, locale, 1);
  const queue =
    floor.queue.length === 0
      ? `${reportMessages.none[locale]}\n`
      : formatTextTable(
          reportMessages.queueHead[locale],
          floor.queue.map((row) => [
            row.counterId,
            `${String(row.hour).padStart(2, '0')}:00`,
            String(row.called),
            minutes(row.meanWait),
            minutes(row.p90Wait),
            minutes(row.meanService),
          ]),
          [2, 3, 4, 5],
        );
  const complaints =
    floor.complaints.length === 0
      ? `${reportMessages.none[locale]}\n`
      : formatTextTable(
          reportMessages.complaintHead[locale],
          floor.complaints.map((row) => [
            row.agency,
            String(row.total),
            String(row.open),
            String(row.answeredOnTime),
            String(row.answeredLate),
            String(row.overdue),
            String(row.firstResponseOnTime),
          ]),
          [1, 2, 3, 4, 5, 6],
        );
  return [
    `${reportMessages.queueHeading[locale](floor.from, floor.to)}\n`,
    queue,
    `${reportMessages.complaintHeading[locale](floor.to)}\n`,
    complaints,
  ].join('\n');
}

/**
 * `mpp report <mall> [--store <sqlite-file|postgres-url>] [--format pretty|json] [--now <instant>]
 * [--queue-days <n>] [--include-illustrative]`: the mall's reports. Always the Whole-of-Government assessment (seven
 * indicators, each with the rule that decided it, its evidence with status and sources, and what
 * is missing; evidence that is not verified counts only with `--include-illustrative`); with `--store`, also deadline compliance per service, agency and step and the
 * handoffs between agencies, from the store's operating data (which also adds handoff
 * evidence to the assessment), and the floor's figures: mean and 90th-percentile queue waits per
 * counter and local hour over the `--queue-days` days (default 7) ending on the day of `--now`,
 * and complaint counts and deadline compliance per agency on that day. `--now` (default: the current time) is the instant open deadlines
 * are judged at.
 *
 * JSON: `{ "mall": <id>, "now": <instant>, "wog": { "met", "of": 7, "countsIllustrative",
 * "includesIllustrative",
 * "indicators": [{ "id", "met", "basis", "rule", "evidence": [{ "text", "kind", "status", "sources" }],
 * "missing" }] }, "compliance"?: { "applications", "services", "agencies", "steps",
 * "handoffs" }, "floor"?: { "from", "to", "queue": [{ "counterId", "hour", "called", "meanWait",
 * "p90Wait", "meanService" }], "complaints": [{ "agency", "total", "open", "answeredOnTime",
 * "answeredLate", "overdue", "firstResponseOnTime" }] } }`. Exit 0 on success; 1 when the mall does not load or the store cannot be read;
 * 2 on a usage error, an unreadable path or a missing store file (the store is never created).
 *
 * @example
 * ```sh
 * mpp report examples/batang --format json
 * mpp report examples/batang --store mpp.sqlite --lang id
 * mpp report examples/batang --store postgres://db/mpp --queue-days 30
 * ```
 */
export const reportCommand = defineCommand({
  name: 'report',
  summary: {
    en: 'Report the Whole-of-Government assessment and, from a store, deadline compliance.',
    id: 'Laporkan penilaian Whole of Government dan, dari penyimpanan, kepatuhan tenggat.',
  },
  description: {
    en: 'Exit codes: 0 success; 1 the mall does not load or the store cannot be read; 2 usage error, unreadable path or missing store file.',
    id: 'Kode keluar: 0 berhasil; 1 mal tidak dapat dimuat atau penyimpanan tidak dapat dibaca; 2 kesalahan penggunaan, path tidak terbaca, atau berkas penyimpanan tidak ada.',
  },
  positionals: [{ name: 'mall' }],
  flags: [
    {
      name: 'store',
      type: 'string',
      valueName: 'sqlite-file|postgres-url',
      description: {
        en: 'The store `mpp serve` uses, with the operating data (applications, events, tickets, complaints): a SQLite file or postgres://….',
        id: 'Penyimpanan yang dipakai `mpp serve`, berisi data operasional (permohonan, peristiwa, tiket, pengaduan): berkas SQLite atau postgres://….',
      },
    },
    {
      name: 'queue-days',
      type: 'string',
      valueName: 'n',
      default: '7',
      description: {
        en: 'How many local days, ending on the day of --now, the queue statistics cover.',
        id: 'Berapa hari lokal, berakhir pada hari --now, yang dicakup statistik antrean.',
      },
    },
    prettyOrJsonFlag,
    {
      name: 'include-illustrative',
      type: 'boolean',
      description: {
        en: 'Count Whole-of-Government evidence that is not verified (the report says so).',
        id: 'Hitung bukti Whole of Government yang belum diverifikasi (laporan menyebutkannya).',
      },
    },
    {
      name: 'now',
      type: 'string',
      valueName: 'instant',
      description: {
        en: 'Instant open deadlines are judged at (ISO 8601; default: now).',
        id: 'Waktu acuan penilaian tenggat yang masih berjalan (ISO 8601; bawaan: sekarang).',
      },
    },
  ],
  examples: [
    'mpp report examples/batang',
    'mpp report examples/batang --format json',
    'mpp report examples/batang --store mpp.sqlite --now 2025-08-01T00:00:00Z',
    'mpp report examples/batang --store postgres://db/mpp --queue-days 30',
  ],
  async run(context) {
    const { io, locale, flags } = context;
    const [path = '.'] = context.positionals;
    const usage = (text: string) => {
      io.stderr(`${text}\n`);
      return 2;
    };
    const now = flags.now ?? new Date().toISOString();
    if (!/^\d{4}-\d{2}-\d{2}T/.test(now) || Number.isNaN(Date.parse(now)))
      return usage(reportMessages.badNow[locale](now));
    const queueDays = Number(flags['queue-days']);
    if (!/^\d+$/.test(flags['queue-days']) || queueDays < 1 || queueDays > 366)
      return usage(reportMessages.badQueueDays[locale](flags['queue-days']));
    const postgres = flags.store !== undefined && /^postgres(?:ql)?:\/\//.test(flags.store);
    const storeFile =
      flags.store === undefined || postgres ? undefined : resolve(io.cwd, flags.store);
    if (storeFile !== undefined && !existsSync(storeFile))
      return usage(reportMessages.noStore[locale](flags.store ?? ''));

    const loadedMall = await loadMallForCommand(context, path);
    if (!loadedMall.ok) return loadedMall.exitCode;
    const { result } = loadedMall;
    const mall = result.mall as MallConfig;
    const core = await import('@mpp-kit/core');

    const storeFailed = (error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      io.stderr(`${reportMessages.storeFailed[locale](flags.store ?? '', detail)}\n`);
      return 1;
    };
    let store: MallStore | undefined;
    let closeStore = async () => {};
    try {
      if (storeFile !== undefined) {
        const { createSqliteStore } = await import('@mpp-kit/core/store/sqlite');
        const sqlite = createSqliteStore({ file: storeFile });
        store = sqlite;
        closeStore = () => sqlite.close();
      } else if (postgres) {
        // The PostgreSQL schema of the mall, as `mpp serve` names it.
        const server = await import('@mpp-kit/server');
        const opened = await server.openMallStore(
          server.resolveStoreLocation(flags.store, mall.mall.id, 1, io.cwd),
        );
        store = opened.store;
        closeStore = () => opened.close();
      }
    } catch (error) {
      return storeFailed(error);
    }
    let wog: WogAssessment;
    let compliance: DeadlineComplianceReport | undefined;
    let floor: FloorReport | undefined;
    try {
      wog = await core.assessWholeOfGovernment(mall, {
        locale,
        includeIllustrative: flags['include-illustrative'],
        ...(store === undefined ? {} : { store }),
      });
      if (store !== undefined) {
        compliance = await core.reportDeadlineCompliance(mall, store, { now });
        floor = await core.reportFloor(mall, store, { now, days: queueDays });
      }
    } catch (error) {
      if (error instanceof core.StoreError) return storeFailed(error);
      throw error;
    } finally {
      await closeStore();
    }

    if (flags.format === 'json') {
      const report = {
        mall: mall.mall.id,
        now,
        wog,
        ...(compliance === undefined ? {} : { compliance }),
        ...(floor === undefined ? {} : { floor }),
      };
      io.stdout(`${JSON.stringify(report, null, 2)}\n`);
      return 0;
    }
    const mallName = mall.mall.shortName ?? textFor(mall.mall.name, locale);
    const names = core.wogIndicators.map((indicator) => ({
      id: indicator.id,
      name: indicator.name,
    }));
    io.stdout(prettyWog(wog, names, core.vocabularyLabels.provenance, mallName, locale));
    io.stdout('\n');
    io.stdout(
      compliance === undefined
        ? `${reportMessages.noCompliance[locale]}\n`
        : prettyCompliance(compliance, locale),
    );
    if (floor !== undefined) io.stdout(`\n${prettyFloor(floor, locale)}`);
    return 0;
  },
});
