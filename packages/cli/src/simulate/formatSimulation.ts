import type { Locale } from '@mpp-kit/schemas';
import type { DeadlineComplianceReport } from '@mpp-kit/core';
import { formatTextTable } from '../commands/report.js';
import type { ComplianceMeasurement, ComplianceRow } from './measureCompliance.js';
import type { SimulationResult } from './simulateMall.js';
import { formatCount, simulateMessages } from './simulateMessages.js';

/**
 * Everything a simulation report shows.
 *
 * @example
 * ```ts
 * const report: SimulationReport = { mallName: 'MPP Batang', seed: '1', store: 'sim.sqlite', temporaryStore: false, result, measured, services };
 * ```
 */
export interface SimulationReport {
  readonly mallName: string;
  readonly seed: string;
  readonly store: string;
  readonly temporaryStore: boolean;
  readonly result: Omit<SimulationResult, 'runtime'>;
  readonly measured: ComplianceMeasurement;
  /** The per-service rows of the deadline report, when it ran. */
  readonly services?: DeadlineComplianceReport['services'];
}

function percent(value: number | null, locale: Locale): string {
  if (value === null) return '–';
  return new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-US', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}

function cells(row: Omit<ComplianceRow, 'agency' | 'step'>, locale: Locale): string[] {
  return [
    formatCount(row.applications, locale),
    formatCount(row.finished, locale),
    formatCount(row.onTime, locale),
    formatCount(row.late, locale),
    percent(row.onTimePercent, locale),
  ];
}

/**
 * The simulation report as text: what was simulated, where it is stored, the totals, deadline
 * compliance per agency and step, and per service.
 *
 * @param report - what to show.
 * @param locale - the language.
 * @returns the text, ending with a newline.
 * @throws never
 * @example
 * ```ts
 * io.stdout(formatSimulation(report, 'id'));
 * ```
 */
export function formatSimulation(report: SimulationReport, locale: Locale): string {
  const m = simulateMessages;
  const { result, measured } = report;
  const parts = [
    `${m.heading[locale](report.mallName, result.days, result.from, result.to, report.seed)}\n`,
    `${m.store[locale](report.store, report.temporaryStore)}\n`,
    `${m.totals[locale]({ ...measured.outcomes, actions: result.actions, deadlineEvents: result.deadlineEvents })}\n`,
    '\n',
    `${m.agencyHeading[locale](result.endsAt)}\n`,
    formatTextTable(
      m.agencyHead[locale],
      [
        ...measured.rows.map((row) => [row.agency, row.step, ...cells(row, locale)]),
        [m.total[locale], '', ...cells(measured.total, locale)],
      ],
      [2, 3, 4, 5, 6],
    ),
    `${m.agencyNote[locale]}\n`,
  ];
  if (report.services !== undefined) {
    parts.push(
      '\n',
      `${m.serviceHeading[locale]}\n`,
      formatTextTable(
        m.serviceHead[locale],
        report.services.map((row) => [
          row.serviceId,
          formatCount(row.count, locale),
          formatCount(row.onTime, locale),
          formatCount(row.late, locale),
          formatCount(row.pending, locale),
          formatCount(row.unjudged, locale),
          percent(row.onTimePercent, locale),
        ]),
        [1, 2, 3, 4, 5, 6],
      ),
    );
  }
  return parts.join('');
}
