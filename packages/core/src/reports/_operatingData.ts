import type { MallConfig } from '@mpp-kit/schemas';
import type { WorkingDayCalendar } from '@mpp-kit/workflows';
import { createMallCalendar } from '../calendar/createMallCalendar.js';
import type { ApplicationRecord, MallStore, StoredEvent } from '../store/MallStore.js';

/** One application of the mall with its event log in `seq` order. */
export interface ApplicationHistory {
  readonly record: ApplicationRecord;
  readonly events: readonly StoredEvent[];
}

/** Every application of `mallId` in the store (all pages), with its events. */
export async function readMallHistories(
  store: MallStore,
  mallId: string,
): Promise<ApplicationHistory[]> {
  const histories: ApplicationHistory[] = [];
  let after: string | undefined;
  do {
    const page = await store.query(after === undefined ? { limit: 1000 } : { limit: 1000, after });
    for (const record of page.items) {
      if (record.mallId !== mallId) continue;
      histories.push({ record, events: await store.events(record.id) });
    }
    after = page.next;
  } while (after !== undefined);
  return histories;
}

/** A file passing from one agency to another within one application. */
export interface Handoff {
  readonly applicationId: string;
  readonly serviceId: string;
  readonly from: string;
  readonly to: string;
  /** Instant of the last event by `from` before the handoff. */
  readonly fromAt: string;
  /** Instant of the first event by `to` after it. */
  readonly toAt: string;
  readonly ms: number;
}

/**
 * The handoffs in an application's log: an event by an officer of agency B that follows (after
 * any events without an agency, such as `TICK` by the system) an event by an officer of agency
 * A ≠ B. An applicant's event in between ends the chain: time the file spends with the applicant
 * (returned, paying) is not a delay between agencies.
 */
export function handoffsOf(history: ApplicationHistory): Handoff[] {
  const handoffs: Handoff[] = [];
  let last: { agency: string; at: string; ms: number } | undefined;
  for (const event of history.events) {
    const ms = Date.parse(event.at);
    if (event.actor.role === 'applicant') {
      last = undefined;
      continue;
    }
    const agency = event.actor.agency;
    if (agency === undefined || Number.isNaN(ms)) continue;
    if (last !== undefined && last.agency !== agency) {
      handoffs.push({
        applicationId: history.record.id,
        serviceId: history.record.serviceId,
        from: last.agency,
        to: agency,
        fromAt: last.at,
        toAt: event.at,
        ms: Math.max(0, ms - last.ms),
      });
    }
    last = { agency, at: event.at, ms };
  }
  return handoffs;
}

/** The median of `values` (mean of the two middle values for an even count); `null` when empty. */
export function median(values: readonly number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle];
  if (upper === undefined) return null;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

/** Rounds to `digits` decimals. */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * Counts handoff durations in working days on the mall's calendar: the working days after the day
 * the file left one agency up to the day the next agency acted (0 within the same day). `null`
 * when the calendar cannot be built or does not cover a date (a year without holiday data).
 */
export function createHandoffDayCounter(
  mall: Pick<MallConfig, 'mall' | 'calendars'>,
): (handoff: Handoff) => number | null {
  let calendar: WorkingDayCalendar | undefined;
  try {
    calendar = createMallCalendar(mall);
  } catch {
    return () => null;
  }
  const counter = calendar;
  return (handoff) => {
    try {
      return Math.max(
        0,
        counter.countWorkingDays(
          counter.toLocalDate(handoff.fromAt),
          counter.toLocalDate(handoff.toAt),
        ),
      );
    } catch {
      return null;
    }
  };
}

/** Median working days of `handoffs`, or `null` when any of them cannot be counted. */
export function medianWorkingDays(
  handoffs: readonly Handoff[],
  count: (handoff: Handoff) => number | null,
): number | null {
  const days: number[] = [];
  for (const handoff of handoffs) {
    const value = count(handoff);
    if (value === null) return null;
    days.push(value);
  }
  return median(days);
}
