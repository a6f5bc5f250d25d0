// The calendar's vocabulary and types are defined once, by the zod schema of @mpp-kit/schemas.
export { weekdays, calendarDayKinds, defaultWeekend } from '@mpp-kit/schemas';
export type {
  Weekday,
  CalendarDayKind,
  CalendarDecree,
  CalendarDay,
  CalendarDefinition,
} from '@mpp-kit/schemas';
export { termUnits, skipReasons, beyondCoverageModes } from './WorkingDayCalendar.js';
export type {
  TermUnit,
  SkipReason,
  Suspension,
  DueDateInput,
  SkippedDay,
  DueDateExplanation,
  DueDateOrStop,
  ClockStop,
  DayDescription,
  WorkingDayCalendarOptions,
  WorkingDayCalendar,
  BeyondCoverage,
} from './WorkingDayCalendar.js';
export { createWorkingDayCalendar } from './createWorkingDayCalendar.js';
export { mergeCalendars } from './mergeCalendars.js';
export { resolveCalendar } from './resolveCalendar.js';
export type { CalendarLookup } from './resolveCalendar.js';
export {
  validateCalendarDefinition,
  validateCalendars,
  assertCalendarDefinition,
} from './validateCalendarDefinition.js';
export type {
  CalendarValidationResult,
  CalendarValidationOptions,
  CalendarSetValidationOptions,
} from './validateCalendarDefinition.js';
export {
  toLocalDate,
  mallTimeZones,
  mallTimeZoneOffsets,
  isMallTimeZone,
  assertMallTimeZone,
} from './toLocalDate.js';
export type { MallTimeZone } from './toLocalDate.js';
export { CalendarRangeError } from './CalendarRangeError.js';
export { CalendarInputError, calendarInputErrorCodes } from './CalendarInputError.js';
export type { CalendarInputErrorCode } from './CalendarInputError.js';
export { CalendarDefinitionError } from './CalendarDefinitionError.js';
export { ClockStoppedError } from './ClockStoppedError.js';
