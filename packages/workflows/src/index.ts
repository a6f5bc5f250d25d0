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
export { compileWorkflow, transitionKinds } from './lifecycle/compileWorkflow.js';
export type {
  CompileContext,
  WorkflowService,
  WorkflowMachine,
  WorkflowTransitionMeta,
  WorkflowStateMeta,
  TransitionKind,
} from './lifecycle/compileWorkflow.js';
export { WorkflowCompileError } from './lifecycle/WorkflowCompileError.js';
export { resolveWorkflow } from './lifecycle/resolveWorkflow.js';
export type {
  ResolveWorkflowOptions,
  ResolveWorkflowResult,
  ResolvedWorkflow,
  ResolvedStep,
  ResolvedOutcome,
  ResolvedRule,
  ResolvedActor,
  ResolvedTeam,
  ResolvedTeamPolicy,
  RuleCondition,
  StepKind,
  ElementOrigin,
} from './lifecycle/resolveWorkflow.js';
export {
  workflowTemplates,
  workflowTemplateIds,
  isWorkflowTemplateId,
  templateRoles,
} from './lifecycle/workflowTemplates.js';
export type { WorkflowTemplateId } from './lifecycle/workflowTemplates.js';
export { checkEvent, refusalReasons, invalidEventDetails } from './lifecycle/checkEvent.js';
export type {
  CheckEventResult,
  RefusalReason,
  InvalidEventDetail,
  SnapshotSource,
} from './lifecycle/checkEvent.js';
export { allowedActions } from './lifecycle/allowedActions.js';
export type { AllowedAction } from './lifecycle/allowedActions.js';
export { currentStep } from './lifecycle/currentStep.js';
export type { StepPosition } from './lifecycle/currentStep.js';
export { analyzeWorkflow } from './lifecycle/analyzeWorkflow.js';
export type { AnalyzeWorkflowOptions } from './lifecycle/analyzeWorkflow.js';
export { toMermaid, workflowGraph } from './lifecycle/toMermaid.js';
export type {
  MermaidOptions,
  WorkflowGraph,
  WorkflowGraphState,
  WorkflowGraphTransition,
} from './lifecycle/toMermaid.js';
export { sampleEvents } from './lifecycle/sampleEvents.js';
export type { SampleEventsOptions } from './lifecycle/sampleEvents.js';
export { getWorkflowPaths, serializeWorkflowState } from './lifecycle/getWorkflowPaths.js';
export type { WorkflowPathOptions, WorkflowPath } from './lifecycle/getWorkflowPaths.js';
export { actorOf, actorMatches, formatActor } from './lifecycle/WorkflowEvent.js';
export type {
  EventActor,
  AllowedActor,
  WorkflowEvent,
  WorkflowActionEvent,
  WorkflowTickEvent,
} from './lifecycle/WorkflowEvent.js';
export { resultCauses, finalStates } from './lifecycle/WorkflowContext.js';
export type {
  WorkflowContext,
  WorkflowInput,
  ServiceDeadline,
  ReturnRecord,
  ExtensionRecord,
  ExpiryRecord,
  ResultRecord,
  ResultCause,
  FinalState,
  ActorRecord,
  ApplicationRiskLevel,
  ApplicationKindValue,
} from './lifecycle/WorkflowContext.js';
