/** Local days and times in the mall's time zone, from core's one table of zone offsets. */
import type { Weekday } from '@mpp-kit/schemas';
import { mallTimeZoneOffsets, type MallTimeZone } from '@mpp-kit/workflows';
import { localInstant } from '../time/localInstants.js';
import { weekdayOf } from '../checks/checkQueues.js';

/** The local day, time and weekday of an instant. */
export function localMoment(
  instant: Date,
  timeZone: MallTimeZone,
): { day: string; time: string; weekday: Weekday } {
  const shifted = new Date(instant.getTime() + mallTimeZoneOffsets[timeZone] * 3_600_000);
  const iso = shifted.toISOString();
  const day = iso.slice(0, 10);
  return { day, time: iso.slice(11, 16), weekday: weekdayOf(day) };
}

/** The instant a local day and `HH:MM` name, as an ISO string. */
export function instantOf(day: string, time: string, timeZone: MallTimeZone): string {
  const minute = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  return new Date(localInstant(day, minute, timeZone)).toISOString();
}
