import type { MallConfig } from '@mpp-kit/schemas';
import { createWorkingDayCalendar, type WorkingDayCalendar } from '@mpp-kit/workflows';

/**
 * The working-day calendar of a loaded mall: the calendars named in `mall.calendars` (each with its
 * `extends` chain resolved), combined in the order given, in the mall's time zone.
 *
 * @example
 * ```ts
 * const result = await loadMall('examples/batang');
 * if (result.ok) {
 *   const calendar = createMallCalendar(result.mall);
 *   calendar.dueDate({ received: '2026-03-13', days: 10, unit: 'working' }); // '2026-04-06'
 * }
 * ```
 * @throws `CalendarDefinitionError` from `@mpp-kit/workflows` when a calendar is inconsistent
 * (a loaded mall has already been checked, so this does not happen for `loadMall` results).
 */
export function createMallCalendar(
  mall: Pick<MallConfig, 'mall' | 'calendars'>,
): WorkingDayCalendar {
  const definitions = mall.calendars;
  const byId = new Map(definitions.map((definition) => [definition.id, definition]));
  const chosen = mall.mall.calendars.map((id) => {
    const found = byId.get(id);
    if (!found) throw new Error(`Calendar "${id}" is not declared in this mall.`);
    return found;
  });
  return createWorkingDayCalendar(chosen, {
    timeZone: mall.mall.timeZone,
    lookup: (id: string) => byId.get(id),
  });
}
