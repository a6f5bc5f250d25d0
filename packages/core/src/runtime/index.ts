export { createMallRuntime } from './createMallRuntime.js';
export { auditMall, headProblems } from './auditMall.js';
export type { AuditFinding, AuditMallOptions } from './auditMall.js';
export type {
  ActionInput,
  ApplicantInput,
  Application,
  ApplicationExport,
  ApplicationFilter,
  InboxFilter,
  ApplicationSummary,
  ApplicationSummaryPage,
  DueDeadlinesOptions,
  DueDeadlinesResult,
  InstantInput,
  MallRuntime,
  MallRuntimeOptions,
  PendingAction,
  ProvisionalDeadlines,
  RecountResult,
  ReplayResult,
  RevealOptions,
  VerifyOptions,
  RuntimeLogEntry,
  SubmitInput,
  SubmitTrusted,
  TimelineEntry,
  WithdrawInput,
} from './MallRuntime.js';
export {
  DefinitionMismatchError,
  ForbiddenError,
  InvalidActionError,
  NotFoundError,
  ValidationError,
  RuntimeOptionsError,
  forbiddenReasons,
  runtimeErrorCodes,
} from './errors.js';
export type {
  ForbiddenReason,
  InvalidActionDetail,
  RuntimeErrorCode,
  RuntimeOptionsProblem,
} from './errors.js';
export { checkRequirements, requirementStatuses } from './checkRequirements.js';
export type {
  RequirementCheck,
  RequirementChecklist,
  RequirementStatus,
  SubmittedDocument,
} from './checkRequirements.js';
export { quoteFee, refusedFacts, FEE_ROW_FACT } from '../fees/quoteFee.js';
export type { FactValue, FeeQuote, FeeQuoteResult } from '../fees/quoteFee.js';
export { maskNik, maskNikInText } from './maskNik.js';
export { resolveServiceDefinition, workflowVersionOf } from './resolveServiceDefinition.js';
export type { ServiceDefinition } from './resolveServiceDefinition.js';
export { replayApplication } from './replayApplication.js';
