import { createIssue } from '@mpp-kit/schemas';
import type { CalendarDefinition } from '@mpp-kit/schemas';
import { mergeCalendars } from './mergeCalendars.js';
import { throwDefinitionError } from './CalendarDefinitionError.js';

/**
 * How {@link resolveCalendar} finds a calendar by id: a function, or the list of a mall's
 * calendars.
 *
 * @example
 * ```ts
 * const lookup: CalendarLookup = (id) => mall.calendars.find((calendar) => calendar.id === id);
 * ```
 */
export type CalendarLookup =
  ((id: string) => CalendarDefinition | undefined) | readonly CalendarDefinition[];

/**
 * Follows a calendar's `extends` chain and merges it (with {@link mergeCalendars}) into one
 * definition without `extends`. A calendar that extends nothing is returned as is.
 *
 * @param definition - the calendar to resolve.
 * @param lookup - finds the calendars it extends.
 * @returns the merged definition; its `extends` is absent.
 * @throws {@link CalendarDefinitionError} with `unknown_reference` when an `extends` names a
 * calendar the lookup does not know, or `calendar_cycle` when the chain comes back to itself.
 * @example
 * ```ts
 * const batang = resolveCalendar(mall.calendars.find((c) => c.id === 'batang')!, mall.calendars);
 * batang.extends; // undefined
 * ```
 */
export function resolveCalendar(
  definition: CalendarDefinition,
  lookup: CalendarLookup,
): CalendarDefinition {
  const [root, ...rest] = resolveCalendarChain(definition, lookup);
  return rest.reduce(mergeCalendars, root ?? definition);
}

/**
 * The `extends` chain of `definition`, base first and `definition` last. `seen` holds ids already
 * in the chain below `definition` (for cycle detection across a caller's own list).
 */
export function resolveCalendarChain(
  definition: CalendarDefinition,
  lookup: CalendarLookup,
  seen: readonly string[] = [],
): CalendarDefinition[] {
  const find =
    typeof lookup === 'function'
      ? lookup
      : (id: string) => lookup.find((candidate) => candidate.id === id);
  const chain: CalendarDefinition[] = [definition];
  const ids = [...seen, definition.id];
  let current = definition;
  while (current.extends !== undefined) {
    const parentId = current.extends;
    if (ids.includes(parentId)) {
      throwDefinitionError(definition.id, [
        createIssue({
          code: 'calendar_cycle',
          path: ['extends'],
          params: { id: parentId, chain: [...ids, parentId].join(' → ') },
        }),
      ]);
    }
    const parent = find(parentId);
    if (parent === undefined) {
      const known = typeof lookup === 'function' ? [] : lookup.map((candidate) => candidate.id);
      throwDefinitionError(current.id, [
        createIssue({
          code: 'unknown_reference',
          path: ['extends'],
          params: { kind: 'calendar', id: parentId, known },
        }),
      ]);
    }
    chain.unshift(parent);
    ids.push(parentId);
    current = parent;
  }
  return chain;
}
