import { createIssue } from '@mpp-kit/schemas';
import type { CalendarDay, CalendarDecree, CalendarDefinition } from '@mpp-kit/schemas';
import { throwDefinitionError } from './CalendarDefinitionError.js';

/**
 * Merges a calendar that extends another (`extension.extends === base.id`) into one definition.
 *
 * - `id`, `name`: the extension's.
 * - `extends`: the base's (absent when the base extends nothing), so a chain merges step by step.
 * - `weekend`: the extension's when it declares one, else the base's.
 * - `years`: the years **both** cover (an extension covering 2025 only cannot vouch for 2026's
 *   regional closures, so 2026 is not complete).
 * - `decrees`: both; an extension decree with the same id replaces the base's.
 * - `days`: both; an extension day on the same date replaces the base's (so a regional calendar
 *   can add a closure, or cancel a national entry with kind `working`).
 *
 * Pure: the inputs are not modified.
 *
 * @param base - the calendar named by `extension.extends`.
 * @param extension - the calendar that extends it.
 * @returns the merged definition.
 * @throws {@link CalendarDefinitionError} (`invalid_value`) when `extension.extends` names a
 * calendar other than `base`.
 * @example
 * ```ts
 * const batang = mergeCalendars(national, {
 *   id: 'batang', name: 'Kalender Kabupaten Batang', extends: 'id-national', years: [2025, 2026],
 *   days: [{ date: '2025-04-08', kind: 'closure', name: 'Hari Jadi Kabupaten Batang' }],
 * });
 * batang.years; // [2025, 2026]
 * ```
 */
export function mergeCalendars(
  base: CalendarDefinition,
  extension: CalendarDefinition,
): CalendarDefinition {
  if (extension.extends !== undefined && extension.extends !== base.id) {
    throwDefinitionError(extension.id, [
      createIssue({
        code: 'invalid_value',
        path: ['extends'],
        params: { actual: extension.extends, allowed: [base.id] },
      }),
    ]);
  }
  const extensionYears = new Set(extension.years);
  const years = [...new Set(base.years)]
    .filter((year) => extensionYears.has(year))
    .sort((a, b) => a - b);

  const decrees = new Map<string, CalendarDecree>();
  for (const decree of base.decrees ?? []) decrees.set(decree.id, decree);
  for (const decree of extension.decrees ?? []) decrees.set(decree.id, decree);

  const days = new Map<string, CalendarDay>();
  for (const day of base.days ?? []) days.set(day.date, day);
  for (const day of extension.days ?? []) days.set(day.date, day);

  const weekend = extension.weekend ?? base.weekend;
  return {
    id: extension.id,
    name: extension.name,
    ...(base.extends === undefined ? {} : { extends: base.extends }),
    ...(weekend === undefined ? {} : { weekend }),
    years,
    decrees: [...decrees.values()],
    days: [...days.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
  };
}
