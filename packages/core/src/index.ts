export { loadMall } from './loadMall.js';
export type { LoadMallOptions } from './loadMall.js';
export { validateMallSources } from './validateMallSources.js';
export { readConfigText, configTextFormats } from './readConfigText.js';
export type { ConfigText, ConfigTextPosition, ReadConfigTextOptions, ConfigPath, ConfigTextFormat } from './readConfigText.js';
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
