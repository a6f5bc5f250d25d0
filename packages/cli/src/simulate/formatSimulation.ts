import type { Locale } from '@mpp-kit/schemas';
import type { ComplianceCounts, DeadlineComplianceReport } from '@mpp-kit/core';
import type { SimulationResult } from '@mpp-kit/core/simulate';
import { formatTextTable } from '../commands/report.js';
import { formatNumber } from '../_formatNumber.js';
import { formatCount, simulateMessages } from './simulateMessages.js';

/**
 * Everything a simulation report shows: the run, and the deadline compliance core computed on
 * its store (`reportDeadlineCompliance`, the computation `mpp report` prints).
 *
 * @example
 * ```ts
 * const report: SimulationReport = { mallName: 'MPP Batang', seed: '1', store: 'sim.sqlite', temporaryStore: false, result, compliance, asOf: '15 September 2026 00:00 WIB' };
 * ```
 */
export interface SimulationReport {
  readonly mallName: string;
  readonly seed: string;
  readonly store: string;
  readonly temporaryStore: boolean;
  readonly result: Omit<SimulationResult, 'runtime'>;
  readonly compliance: DeadlineComplianceReport;
  /** The instant compliance is judged at (the end of the run), in the mall's local time. */
  readonly asOf: string;
}

function percent(value: number | null, locale: Locale): string {
  return formatNumber(value, locale, 1);
}

/** On time, late, % on time, pending, unjudged, visits: the judged columns of a row. */
function judgedCells(row: ComplianceCounts, locale: Locale): string[] {
  return [
    formatCount(row.onTime, locale),
    formatCount(row.late, locale),
    percent(row.onTimePercent, locale),
    formatCount(row.pending, locale),
    formatCount(row.unjudged, locale),
    formatCount(row.count, locale),
  ];
}

/**
 * The simulation report as text: what was simulated, where it is stored, the totals, deadline
 * compliance per agency and step, and per service. Only formats: every number comes from
 * `reportDeadlineCompliance`.
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
  const { result, compliance } = report;
  const parts = [
    `${m.heading[locale](report.mallName, result.days, result.from, result.to, report.seed)}\n`,
    `${m.store[locale](report.store, report.temporaryStore)}\n`,
    `${m.totals[locale]({ ...compliance.outcomes, actions: result.actions, deadlineEvents: result.deadlineEvents })}\n`,
    '\n',
    `${m.agencyHeading[locale](report.asOf)}\n`,
    formatTextTable(
      m.agencyHead[locale],
      [
        ...compliance.agencySteps.map((row) => [
          row.agency,
          row.step,
          formatCount(row.applications, locale),
          formatCount(row.finished, locale),
          ...judgedCells(row, locale),
        ]),
        [m.total[locale], '', '', '', ...judgedCells(compliance.agencyStepTotal, locale)],
      ],
      [2, 3, 4, 5, 6, 7, 8, 9],
    ),
    `${m.agencyNote[locale]}\n`,
    '\n',
    `${m.serviceHeading[locale]}\n`,
    formatTextTable(
      m.serviceHead[locale],
      compliance.services.map((row) => [
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
  ];
  return parts.join('');
}
