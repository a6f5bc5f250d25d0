/** Local days and times in the mall's time zone. */
import type { Weekday } from '@mpp-kit/schemas';
import { weekdayOf } from '../checks/checkQueues.js';

/** The local day, time and weekday of an instant. */
export function localMoment(
  instant: Date,
  timeZone: string,
): { day: string; time: string; weekday: Weekday } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  const day = `${part('year')}-${part('month')}-${part('day')}`;
  return { day, time: `${part('hour')}:${part('minute')}`, weekday: weekdayOf(day) };
}

/** The instant a local day and `HH:MM` name, as an ISO string (Indonesian zones keep no DST). */
export function instantOf(day: string, time: string, timeZone: string): string {
  const asUtc = new Date(`${day}T${time}:00.000Z`);
  const local = localMoment(asUtc, timeZone);
  const shown = Date.parse(`${local.day}T${local.time}:00.000Z`);
  return new Date(asUtc.getTime() - (shown - asUtc.getTime())).toISOString();
}
