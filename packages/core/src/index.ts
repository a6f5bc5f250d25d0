export { loadMall } from './load/loadMall.js';
export type { LoadMallOptions } from './load/loadMall.js';
export { listMallFiles, type ListMallFilesOptions } from './load/listMallFiles.js';
export { validateMallSources } from './load/validateMallSources.js';
export { readConfigText, configTextFormats } from './load/readConfigText.js';
export type {
  ConfigText,
  ConfigTextPosition,
  ReadConfigTextOptions,
  ConfigPath,
  ConfigTextFormat,
} from './load/readConfigText.js';
export type {
  LoadMallResult,
  MallSource,
  ValidateMallOptions,
} from './load/validateMallSources.js';
export { checkMall } from './checks/checkMall.js';
export { applyRounding } from './fees/applyRounding.js';
export type { CheckMallOptions, PartialMall } from './checks/checkMall.js';
export { compileFeeFormula, FeeFormulaError, feeFormulaFunctions } from './fees/FeeFormula.js';
export type { FeeFormula } from './fees/FeeFormula.js';
export { analyzeFeeFormula } from './fees/analyzeFeeFormula.js';
export type { FeeFormulaAnalysis, FeeFormulaProblem } from './fees/analyzeFeeFormula.js';
export { feeFactRange, readFeeFact } from './fees/feeFacts.js';
export type { FeeFactRange, FeeFactReading } from './fees/feeFacts.js';
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
  auditKeyId,
  checkChainHeadSignature,
  createAuditKey,
  formatChainHeads,
  listChainHeads,
  parseAuditKey,
  parseChainHeads,
  signChainHead,
  notificationChannels,
  notificationStatuses,
} from './store/index.js';
export type {
  ActorRef,
  ApplicationPage,
  ApplicationQuery,
  ApplicationRecord,
  InboxQuery,
  MallStore,
  NewEvent,
  StoredEvent,
  StoreErrorCode,
  AuditKeyPair,
  ChainAnchor,
  ChainProblem,
  ChainVerification,
  SignedChainHead,
  ComplaintChange,
  ComplaintQuery,
  ComplaintRecord,
  CreateComplaintOptions,
  FloorNotify,
  FloorStore,
  QueueTicket,
  TakeTicketInput,
  TakeTicketResult,
  TicketStatus,
  NewNotification,
  NotificationChannel,
  NotificationEntry,
  NotificationOutbox,
  NotificationQuery,
  NotificationStatus,
} from './store/index.js';
export type {
  AllowedAction,
  AllowedActor,
  Issue,
  MallConfig,
  WorkflowMachine,
  WorkingDayCalendar,
} from './types/packageTypes.js';
export { createMallCalendar } from './calendar/createMallCalendar.js';
export {
  compileServiceLifecycle,
  UnknownServiceError,
} from './lifecycle/compileServiceLifecycle.js';
export * from './runtime/index.js';
export * from './site/index.js';
export * from './reports/index.js';
export * from './standards/index.js';
export * from './exports/index.js';
export * from './labels/index.js';
export * from './search/index.js';
export * from './floor/index.js';
export * from './notifications/index.js';
