import type { ComplaintRecord, QueueTicket } from '../store/FloorStore.js';
import type { MallConfig } from '@mpp-kit/schemas';
import type { MallTimeZone } from '@mpp-kit/workflows';
import type { MallStore } from '../store/MallStore.js';
import { localMoment } from './_floorTime.js';

/**
 * One row of {@link queueStatistics}: a counter and a local hour of the day (when tickets were
 * called), with how many were called and their waits and service times in minutes.
 *
 * @example
 * ```ts
 * const row: QueueStatisticsRow = { counterId: 'gerai-dpmptsp', hour: 8, called: 12, meanWait: 9.5, p90Wait: 21, meanService: 6 };
 * ```
 */
export interface QueueStatisticsRow {
  readonly counterId: string;
  /** The local hour (0–23) the tickets were called in. */
  readonly hour: number;
  /** Tickets called in that hour. */
  readonly called: number;
  /** Mean wait (from when callable to first called), minutes. */
  readonly meanWait: number;
  /** 90th percentile wait (nearest rank), minutes. */
  readonly p90Wait: number;
  /** Mean service time (called to served) of the served ones, minutes; `null` when none. */
  readonly meanService: number | null;
}

const minutes = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / 60_000;
const round = (value: number): number => Math.round(value * 10) / 10;

/**
 * Waiting and service times per counter and local hour, from the tickets of one or more days.
 * A wait runs from when the ticket could be called (taken, or an appointment's start) to when it
 * was called; the 90th percentile is the nearest-rank one.
 *
 * @example
 * ```ts
 * const rows = queueStatistics(await store.floor.tickets({ day: '2026-12-07' }), 'Asia/Jakarta');
 * ```
 */
export function queueStatistics(
  tickets: readonly QueueTicket[],
  timeZone: MallTimeZone,
): QueueStatisticsRow[] {
  const groups = new Map<string, { counterId: string; hour: number; tickets: QueueTicket[] }>();
  for (const ticket of tickets) {
    if (ticket.calledAt === null) continue;
    const hour = Number(localMoment(new Date(ticket.calledAt), timeZone).time.slice(0, 2));
    const key = `${ticket.counterId}\u0000${String(hour).padStart(2, '0')}`;
    const group = groups.get(key) ?? { counterId: ticket.counterId, hour, tickets: [] };
    group.tickets.push(ticket);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, group]) => {
      const waits = group.tickets
        .map((t) => minutes(t.callableFrom, t.calledAt ?? t.callableFrom))
        .sort((a, b) => a - b);
      const served = group.tickets.filter((t) => t.status === 'served' && t.finishedAt !== null);
      const services = served.map((t) => minutes(t.calledAt ?? '', t.finishedAt ?? ''));
      return {
        counterId: group.counterId,
        hour: group.hour,
        called: waits.length,
        meanWait: round(waits.reduce((sum, w) => sum + w, 0) / waits.length),
        p90Wait: round(waits[Math.ceil(0.9 * waits.length) - 1] ?? 0),
        meanService:
          services.length === 0
            ? null
            : round(services.reduce((sum, s) => sum + s, 0) / services.length),
      };
    });
}

/**
 * One row of {@link complaintCompliance}: an agency's complaints and how many were answered (and
 * first responded to) within their terms, as of a local day.
 *
 * @example
 * ```ts
 * const row: ComplaintComplianceRow = { agency: 'dpupr', total: 4, open: 1, answeredOnTime: 2, answeredLate: 1, overdue: 0, firstResponseOnTime: 4 };
 * ```
 */
export interface ComplaintComplianceRow {
  readonly agency: string;
  readonly total: number;
  /** Not answered yet (received, verified, assigned or reopened). */
  readonly open: number;
  /** Answered on or before `answerDue` (local day). */
  readonly answeredOnTime: number;
  readonly answeredLate: number;
  /** Open and past `answerDue` on `today`. */
  readonly overdue: number;
  /** Verified on or before `firstResponseDue`. */
  readonly firstResponseOnTime: number;
}

/**
 * Complaint counts and deadline compliance per agency, as of the local day `today`.
 *
 * @example
 * ```ts
 * const rows = complaintCompliance(await store.floor.listComplaints({}), '2026-12-07', 'Asia/Jakarta');
 * ```
 */
export function complaintCompliance(
  complaints: readonly ComplaintRecord[],
  today: string,
  timeZone: MallTimeZone,
): ComplaintComplianceRow[] {
  const dayOf = (instant: string) => localMoment(new Date(instant), timeZone).day;
  const rows = new Map<
    string,
    { -readonly [K in keyof ComplaintComplianceRow]: ComplaintComplianceRow[K] }
  >();
  for (const c of complaints) {
    const row = rows.get(c.agency) ?? {
      agency: c.agency,
      total: 0,
      open: 0,
      answeredOnTime: 0,
      answeredLate: 0,
      overdue: 0,
      firstResponseOnTime: 0,
    };
    row.total++;
    const answered = c.answeredAt === null ? undefined : dayOf(c.answeredAt);
    if (answered === undefined || c.state === 'reopened') {
      row.open++;
      if (today > c.answerDue) row.overdue++;
    } else if (answered <= c.answerDue) row.answeredOnTime++;
    else row.answeredLate++;
    if (c.verifiedAt !== null && dayOf(c.verifiedAt) <= c.firstResponseDue)
      row.firstResponseOnTime++;
    rows.set(c.agency, row);
  }
  return [...rows.values()].sort((a, b) => a.agency.localeCompare(b.agency));
}

/**
 * What {@link reportFloor} finds: queue statistics over a run of local days and complaint
 * compliance per agency as of the last of them.
 *
 * @example
 * ```ts
 * const report: FloorReport = { from: '2026-12-01', to: '2026-12-07', queue: [], complaints: [] };
 * ```
 */
export interface FloorReport {
  /** The first local day of the queue statistics (`YYYY-MM-DD`). */
  readonly from: string;
  /** The last local day of the queue statistics, and the day complaints are judged on. */
  readonly to: string;
  /** Waits per counter and local hour over `from`…`to` ({@link queueStatistics}). */
  readonly queue: readonly QueueStatisticsRow[];
  /** Complaint counts and compliance per agency on `to` ({@link complaintCompliance}). */
  readonly complaints: readonly ComplaintComplianceRow[];
}

/**
 * The floor's figures for `mpp report` and the coordinator dashboard (one computation for both):
 * the queue statistics of the `days` local days ending on the local day of `now` (default 7), and
 * complaint compliance per agency as of that day, read from the mall's store.
 *
 * @example
 * ```ts
 * const report = await reportFloor(mall, store, { now: '2026-12-07T09:00:00Z', days: 1 });
 * report.queue[0]?.p90Wait;
 * ```
 */
export async function reportFloor(
  mall: MallConfig,
  store: MallStore,
  options: { readonly now: Date | string; readonly days?: number },
): Promise<FloorReport> {
  const { timeZone } = mall.mall;
  const to = localMoment(new Date(options.now), timeZone).day;
  const count = Math.max(1, Math.floor(options.days ?? 7));
  const days = Array.from({ length: count }, (_, i) =>
    new Date(Date.parse(`${to}T00:00:00Z`) - (count - 1 - i) * 86_400_000)
      .toISOString()
      .slice(0, 10),
  );
  const tickets = (await Promise.all(days.map((day) => store.floor.tickets({ day })))).flat();
  return {
    from: days[0] ?? to,
    to,
    queue: queueStatistics(tickets, timeZone),
    complaints: complaintCompliance(
      await store.floor.listComplaints({ limit: 100_000 }),
      to,
      timeZone,
    ),
  };
}
