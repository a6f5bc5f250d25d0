export { weekdayNames, calendarDayKinds, defaultWeekend } from './calendar/CalendarDefinition.js';
export type {
  WeekdayName,
  CalendarDayKind,
  CalendarText,
  CalendarDecree,
  CalendarDay,
  CalendarDefinition,
} from './calendar/CalendarDefinition.js';
export { termUnits, skipReasons } from './calendar/WorkingDayCalendar.js';
export type {
  TermUnit,
  SkipReason,
  Suspension,
  DueDateInput,
  SkippedDay,
  DueDateExplanation,
  DayDescription,
  WorkingDayCalendarOptions,
  WorkingDayCalendar,
} from './calendar/WorkingDayCalendar.js';
export { createWorkingDayCalendar } from './calendar/createWorkingDayCalendar.js';
export { mergeCalendars } from './calendar/mergeCalendars.js';
export { resolveCalendar } from './calendar/resolveCalendar.js';
export type { CalendarLookup } from './calendar/resolveCalendar.js';
export {
  validateCalendarDefinition,
  assertCalendarDefinition,
} from './calendar/validateCalendarDefinition.js';
export type {
  CalendarValidationResult,
  CalendarValidationOptions,
} from './calendar/validateCalendarDefinition.js';
export {
  toLocalDate,
  mallTimeZones,
  mallTimeZoneOffsets,
  isMallTimeZone,
  assertMallTimeZone,
} from './calendar/toLocalDate.js';
export type { MallTimeZone } from './calendar/toLocalDate.js';
export { CalendarRangeError } from './calendar/CalendarRangeError.js';
export { CalendarInputError, calendarInputErrorCodes } from './calendar/CalendarInputError.js';
export type { CalendarInputErrorCode } from './calendar/CalendarInputError.js';
export { CalendarDefinitionError } from './calendar/CalendarDefinitionError.js';
export { ClockStoppedError } from './calendar/ClockStoppedError.js';
