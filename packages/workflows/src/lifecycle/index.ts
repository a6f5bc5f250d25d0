export { compileWorkflow, transitionKinds } from './compileWorkflow.js';
export type {
  CompileContext,
  WorkflowService,
  WorkflowMachine,
  WorkflowTransitionMeta,
  WorkflowStateMeta,
  TransitionKind,
} from './compileWorkflow.js';
export { WorkflowCompileError } from './WorkflowCompileError.js';
export { resolveWorkflow } from './resolveWorkflow.js';
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
} from './resolveWorkflow.js';
export {
  workflowTemplates,
  workflowTemplateIds,
  isWorkflowTemplateId,
  templateRoles,
} from './workflowTemplates.js';
export type { WorkflowTemplateId } from './workflowTemplates.js';
export { checkEvent, refusalReasons, invalidEventDetails } from './checkEvent.js';
export type {
  CheckEventResult,
  RefusalReason,
  InvalidEventDetail,
  SnapshotSource,
} from './checkEvent.js';
export { allowedActions } from './allowedActions.js';
export type { AllowedAction } from './allowedActions.js';
export { currentStep } from './currentStep.js';
export type { StepPosition } from './currentStep.js';
export { analyzeWorkflow } from './analyzeWorkflow.js';
export type { AnalyzeWorkflowOptions } from './analyzeWorkflow.js';
export { toMermaid, workflowGraph } from './toMermaid.js';
export type {
  MermaidOptions,
  WorkflowGraph,
  WorkflowGraphState,
  WorkflowGraphTransition,
} from './toMermaid.js';
export { sampleEvents } from './sampleEvents.js';
export type { SampleEventsOptions } from './sampleEvents.js';
export { getWorkflowPaths, serializeWorkflowState } from './getWorkflowPaths.js';
export type { WorkflowPathOptions, WorkflowPath } from './getWorkflowPaths.js';
export { actorOf, actorMatches, formatActor } from './WorkflowEvent.js';
export type {
  EventActor,
  AllowedActor,
  WorkflowEvent,
  WorkflowActionEvent,
  WorkflowTickEvent,
  WorkflowRecountEvent,
} from './WorkflowEvent.js';
export { resultCauses, finalStates, dueDateNames } from './WorkflowContext.js';
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
  DueDateName,
  ProvisionalDueDates,
} from './WorkflowContext.js';
export { compileStateTable } from './compileStateTable.js';
export type { StateTable, CompiledStateTable } from './compileStateTable.js';
export { transitionLifecycle } from './transitionLifecycle.js';
