import { createIssue, type MallConfig } from '@mpp-kit/schemas';
import {
  CalendarDefinitionError,
  createWorkingDayCalendar,
  type WorkingDayCalendar,
} from '@mpp-kit/workflows';

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
 * @throws `CalendarDefinitionError` from `@mpp-kit/workflows` when a calendar is inconsistent, or
 * when `mall.calendars` names a calendar that `calendars` does not declare (code
 * `unknown_reference` at `mall.calendars[i]`, in English and Indonesian). A loaded mall has
 * already been checked, so neither happens for `loadMall` results.
 */
export function createMallCalendar(
  mall: Pick<MallConfig, 'mall' | 'calendars'>,
): WorkingDayCalendar {
  const definitions = mall.calendars;
  const byId = new Map(definitions.map((definition) => [definition.id, definition]));
  const chosen = mall.mall.calendars.map((id, i) => {
    const found = byId.get(id);
    if (!found) {
      const issue = createIssue({
        code: 'unknown_reference',
        path: ['mall', 'calendars', i],
        params: { kind: 'calendar', id, known: [...byId.keys()] },
      });
      throw new CalendarDefinitionError(id, [issue]);
    }
    return found;
  });
  return createWorkingDayCalendar(chosen, {
    timeZone: mall.mall.timeZone,
    lookup: (id: string) => byId.get(id),
  });
}
