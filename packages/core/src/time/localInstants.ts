/**
 * Local dates of a mall as instants: the one place core turns a `YYYY-MM-DD` in the mall's time
 * zone into a point in time. The zone's offset comes from `mallTimeZoneOffsets` (workflows): the
 * three Indonesian zones have fixed offsets, so no time-zone database is needed.
 */
import { mallTimeZoneOffsets, type MallTimeZone } from '@mpp-kit/workflows';

const msPerMinute = 60_000;
const msPerDay = 86_400_000;

/**
 * The instant (milliseconds since the epoch) of a local date at a minute of the day, in the
 * mall's time zone: `localInstant('2026-08-03', 480, 'Asia/Jakarta')` is 08:00 WIB, 01:00 UTC.
 * `NaN` when `date` is not `YYYY-MM-DD`.
 *
 * @param date - the local date, `YYYY-MM-DD`.
 * @param minute - minutes after local midnight (may exceed a day).
 * @param timeZone - the mall's time zone.
 * @returns milliseconds since the epoch.
 * @throws never
 * @example
 * ```ts
 * new Date(localInstant('2026-08-03', 8 * 60, 'Asia/Jakarta')).toISOString(); // '2026-08-03T01:00:00.000Z'
 * ```
 */
export function localInstant(date: string, minute: number, timeZone: MallTimeZone): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return Number.NaN;
  const midnightUtc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return midnightUtc + (minute - mallTimeZoneOffsets[timeZone] * 60) * msPerMinute;
}

/**
 * The *due instant* of a local due date: the first instant at which it has passed, midnight at
 * the start of the next local day (`2025-06-20` in WIB → `2025-06-20T17:00:00.000Z`). Something
 * done before it is on time; at or after it, late. `null` for a missing or malformed date.
 *
 * @param date - the due date, `YYYY-MM-DD` in the mall's time zone, or null.
 * @param timeZone - the mall's time zone.
 * @returns the ISO 8601 instant, or null.
 * @throws never
 * @example
 * ```ts
 * dueInstant('2025-06-20', 'Asia/Jakarta'); // '2025-06-20T17:00:00.000Z'
 * ```
 */
export function dueInstant(date: string | null | undefined, timeZone: MallTimeZone): string | null {
  if (date === null || date === undefined) return null;
  // An action reads four or five due instants, mostly of the same few dates: each date's is
  // computed once (a bounded table per time zone).
  let byDate = dueInstants.get(timeZone);
  if (byDate === undefined) {
    byDate = new Map();
    dueInstants.set(timeZone, byDate);
  }
  let instant = byDate.get(date);
  if (instant === undefined) {
    instant = computeDueInstant(date, timeZone);
    if (byDate.size >= DUE_INSTANTS_KEPT) byDate.clear();
    byDate.set(date, instant);
  }
  return instant;
}

/** How many due instants are kept per time zone before the table starts again. */
const DUE_INSTANTS_KEPT = 4096;

/** The due instants computed so far, by time zone and date. */
const dueInstants = new Map<MallTimeZone, Map<string, string | null>>();

/** {@link dueInstant}, computed. */
export function computeDueInstant(date: string, timeZone: MallTimeZone): string | null {
  const ms = localInstant(date, 0, timeZone);
  return Number.isNaN(ms) ? null : new Date(ms + msPerDay).toISOString();
}
