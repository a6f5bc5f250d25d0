export { loadMall } from './loadMall.js';
export type { LoadMallOptions } from './loadMall.js';
export { validateMallSources } from './validateMallSources.js';
export { readConfigText, configTextFormats } from './readConfigText.js';
export type {
  ConfigText,
  ConfigTextPosition,
  ReadConfigTextOptions,
  ConfigPath,
  ConfigTextFormat,
} from './readConfigText.js';
export type { LoadMallResult, MallSource, ValidateMallOptions } from './validateMallSources.js';
export { checkMall, applyRounding } from './checkMall.js';
export type { CheckMallOptions, PartialMall } from './checkMall.js';
export { compileFeeFormula, FeeFormulaError, feeFormulaFunctions } from './FeeFormula.js';
export type { FeeFormula } from './FeeFormula.js';
export {
  createMemoryStore,
  ConflictError,
  StoreError,
  storeErrorCodes,
  GENESIS_HASH,
  canonicalJson,
  chainProblems,
  hashEvent,
  verifyChain,
} from './store/index.js';
export type {
  ActorRef,
  ApplicationPage,
  ApplicationQuery,
  ApplicationRecord,
  MallStore,
  NewEvent,
  StoredEvent,
  StoreErrorCode,
  ChainProblem,
  ChainVerification,
} from './store/index.js';
export { createMallCalendar } from './createMallCalendar.js';
export { compileServiceLifecycle, UnknownServiceError } from './compileServiceLifecycle.js';
export {
  writeCatalogueSite,
  renderCatalogueSite,
  fallbackLifecycleGraph,
  compiledLifecycleGraph,
  CatalogueSiteError,
  catalogueSiteErrorCodes,
  catalogueSiteManifestName,
} from './site/index.js';
export type {
  WriteCatalogueSiteOptions,
  CatalogueSiteResult,
  CatalogueSiteOptions,
  CatalogueSiteFile,
  LifecycleGraph,
  LifecycleState,
  LifecycleTransition,
  CatalogueSiteErrorCode,
} from './site/index.js';
export {
  computeIkm,
  ikmGrade,
  ikmGrades,
  parseIkmCsv,
  assessWholeOfGovernment,
  wogAgreementThreshold,
  wogHandoffAttentionWorkingDays,
  wogIndicators,
  reportDeadlineCompliance,
} from './reports/index.js';
export type {
  ComputeIkmOptions,
  ComputeIkmResult,
  IkmElementResult,
  IkmElementSpec,
  IkmGrade,
  IkmResponse,
  IkmResult,
  IkmCsv,
  ParseIkmCsvOptions,
  ParseIkmCsvResult,
  AssessWholeOfGovernmentOptions,
  WogAssessment,
  WogIndicatorId,
  WogIndicatorVerdict,
  ComplianceCounts,
  DeadlineComplianceOptions,
  DeadlineComplianceReport,
  DeadlineEventPayload,
  HandoffStats,
} from './reports/index.js';
export {
  serviceStandardComponents,
  describeServiceStandard,
  renderServiceStandard,
  serviceStandardFormats,
  lintServiceStandards,
} from './standards/index.js';
export type {
  ServiceStandardComponent,
  ServiceStandardComponentKey,
  ServiceStandardMall,
  ServiceStandardView,
  StandardBlock,
  StandardSection,
  RenderServiceStandardOptions,
  ServiceStandardFormat,
} from './standards/index.js';
export { createMallRuntime } from './runtime/createMallRuntime.js';
export type {
  ActionInput,
  ApplicantInput,
  Application,
  ApplicationExport,
  ApplicationFilter,
  ApplicationSummary,
  ApplicationSummaryPage,
  DueDeadlinesOptions,
  DueDeadlinesResult,
  InstantInput,
  MallRuntime,
  MallRuntimeOptions,
  PendingAction,
  ReplayResult,
  RevealOptions,
  RuntimeLogEntry,
  SubmitInput,
  TimelineEntry,
  WithdrawInput,
} from './runtime/MallRuntime.js';
export {
  DefinitionMismatchError,
  ForbiddenError,
  InvalidActionError,
  NotFoundError,
  ValidationError,
  forbiddenReasons,
  runtimeErrorCodes,
} from './runtime/errors.js';
export type { ForbiddenReason, InvalidActionDetail, RuntimeErrorCode } from './runtime/errors.js';
export { checkRequirements, requirementStatuses } from './runtime/checkRequirements.js';
export type {
  RequirementCheck,
  RequirementChecklist,
  RequirementStatus,
  SubmittedDocument,
} from './runtime/checkRequirements.js';
export { quoteFee, FEE_ROW_FACT } from './runtime/quoteFee.js';
export type { FactValue, FeeQuote, FeeQuoteResult } from './runtime/quoteFee.js';
export { maskNik, maskNikInText } from './runtime/maskNik.js';
export { resolveServiceDefinition, workflowVersionOf } from './runtime/resolveServiceDefinition.js';
export type { ServiceDefinition } from './runtime/resolveServiceDefinition.js';
export { replayApplication } from './runtime/replayApplication.js';
export {
  toCpsvAp,
  cpsvApContext,
  fromCpsvAp,
  CpsvApFormatError,
  toSippn,
  fromSippn,
  sippnCost,
  parseRupiah,
} from './exports/index.js';
export type {
  CpsvApDocument,
  CpsvApNode,
  CpsvApContext,
  ExportMall,
  LangString,
  ToCpsvApOptions,
  CpsvApImport,
  CpsvApImportedService,
  ImportedText,
  SippnServiceEntry,
  SippnImportedService,
} from './exports/index.js';
