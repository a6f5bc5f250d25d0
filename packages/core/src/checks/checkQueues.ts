import {
  weekdays,
  type IssuePath,
  type OpeningHours,
  type QueueSlot,
  type Weekday,
} from '@mpp-kit/schemas';
import type { CheckContext, PartialMall } from './CheckContext.js';

/** The weekday of a `YYYY-MM-DD` date. */
export function weekdayOf(date: string): Weekday {
  const sundayFirst = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekdays[(sundayFirst + 6) % 7] as Weekday;
}

/** The days a slot falls on: its weekly days, or the weekday of its date. */
function slotDays(slot: QueueSlot): readonly Weekday[] {
  if (slot.days !== undefined) return slot.days;
  return slot.date === undefined ? [] : [weekdayOf(slot.date)];
}

/** Whether two slots can fall on the same day. */
function shareADay(a: QueueSlot, b: QueueSlot): boolean {
  if (a.date !== undefined && b.date !== undefined) return a.date === b.date;
  const days = new Set(slotDays(a));
  return slotDays(b).some((day) => days.has(day));
}

/** The opening-hours windows of a day, as `HH:MM–HH:MM` pairs. */
function windowsOn(hours: OpeningHours, day: Weekday): { open: string; close: string }[] {
  return hours.filter((entry) => entry.days.includes(day));
}

/**
 * The checks of every counter's `queue`: one prefix per counter, services that exist, and
 * appointment slots that name one day or weekly days, start before they end, lie inside the
 * queue's opening hours (the queue's, else the counter's, else the mall's), do not overlap, and
 * together fit in the daily capacity (a warning).
 *
 * @example
 * ```ts
 * checkQueues(mall, context); // reports through context.add
 * ```
 */
export function checkQueues(mall: PartialMall, context: CheckContext): void {
  const prefixes = new Map<string, string>();
  mall.counters?.forEach((counter, i) => {
    const queue = counter.queue;
    if (queue === undefined) return;
    const at = (...rest: (string | number)[]): IssuePath => ['counters', i, 'queue', ...rest];
    const other = prefixes.get(queue.prefix);
    if (other === undefined) prefixes.set(queue.prefix, counter.id);
    else context.add('duplicate_queue_prefix', at('prefix'), { prefix: queue.prefix, other });
    queue.services?.forEach((id, j) => {
      context.reference('service', context.known.services, id, at('services', j));
    });
    const hours = queue.openingHours ?? counter.openingHours ?? mall.mall?.openingHours ?? [];
    const slots = queue.appointments ?? [];
    slots.forEach((slot, j) => {
      const path = at('appointments', j);
      if ((slot.date === undefined) === (slot.days === undefined)) {
        context.add('queue_slot_day', path, {});
        return;
      }
      if (slot.to <= slot.from) {
        context.add('queue_slot_window', [...path, 'to'], { from: slot.from, to: slot.to });
        return;
      }
      for (const day of slotDays(slot)) {
        const windows = windowsOn(hours, day);
        if (!windows.some((w) => w.open <= slot.from && slot.to <= w.close)) {
          context.add('queue_slot_outside_hours', path, {
            from: slot.from,
            to: slot.to,
            day: slot.date ?? day,
            hours:
              windows.length === 0 ? '–' : windows.map((w) => `${w.open}–${w.close}`).join(', '),
          });
          break;
        }
      }
      slots.slice(0, j).forEach((earlier, k) => {
        if (
          earlier.to <= earlier.from ||
          (earlier.date === undefined) === (earlier.days === undefined)
        )
          return;
        if (shareADay(earlier, slot) && earlier.from < slot.to && slot.from < earlier.to) {
          context.add('queue_slot_overlap', path, {
            when: slot.date ?? slotDays(slot).join(', '),
            from: slot.from,
            to: slot.to,
            other: context.describe(at('appointments', k)),
          });
        }
      });
    });
    if (queue.dailyCapacity !== undefined) checkCapacity(slots, queue.dailyCapacity, at, context);
  });
}

/** Warns once per day whose slots take more tickets than the daily capacity. */
function checkCapacity(
  slots: readonly QueueSlot[],
  capacity: number,
  at: (...rest: (string | number)[]) => IssuePath,
  context: CheckContext,
): void {
  const weekly = (day: Weekday) =>
    slots
      .filter((slot) => slot.days?.includes(day) === true && slot.date === undefined)
      .reduce((sum, slot) => sum + slot.capacity, 0);
  const days: { day: string; slots: number }[] = weekdays.map((day) => ({
    day,
    slots: weekly(day),
  }));
  const dates = new Set(slots.flatMap((slot) => (slot.date === undefined ? [] : [slot.date])));
  for (const date of dates) {
    const dated = slots
      .filter((slot) => slot.date === date && slot.days === undefined)
      .reduce((sum, slot) => sum + slot.capacity, 0);
    days.push({ day: date, slots: dated + weekly(weekdayOf(date)) });
  }
  const over = days.find((entry) => entry.slots > capacity);
  if (over !== undefined)
    context.add('queue_capacity_exceeded', at('dailyCapacity'), {
      day: over.day,
      slots: over.slots,
      capacity,
    });
}
