// Issues, their catalogue, locales and textFor: also the zod-free subpath `@mpp-kit/schemas/issues`.
export * from './issues.js';
export { localizedText } from './LocalizedText.js';
export { idPattern } from './_text.js';
export { provenance, openingHours, period, isoDate, clockTime } from './_common.js';
export type { Provenance, OpeningHours, Period } from './_common.js';
export { agency } from './Agency.js';
export type { Agency } from './Agency.js';
export { counter, counterFeatures, counterQueue, queueSlot } from './Counter.js';
export type { Counter, CounterQueue, QueueSlot } from './Counter.js';
export {
  complaintsSection,
  complaintCategory,
  complaintLifecycle,
  complaintActorKinds,
} from './Complaints.js';
export type {
  ComplaintsSection,
  ComplaintCategory,
  ComplaintLifecycle,
  ComplaintActorKind,
} from './Complaints.js';
export { role, builtInRoles } from './Role.js';
export type { Role } from './Role.js';
export { legalBasis } from './LegalBasis.js';
export type { LegalBasis } from './LegalBasis.js';
export { calendar, calendarDay, calendarDecree, defaultWeekend } from './Calendar.js';
export type { Calendar, CalendarDay, CalendarDecree, CalendarDefinition } from './Calendar.js';
export {
  service,
  requirement,
  sla,
  fee,
  feeVariable,
  output,
  complaintChannel,
  serviceStandard,
} from './Service.js';
export type {
  Service,
  Requirement,
  Sla,
  Fee,
  FeeVariable,
  Output,
  ComplaintChannel,
  ServiceStandard,
} from './Service.js';
export { isDecisionBearing } from './isDecisionBearing.js';
export { authSection, oidcIssuer, roleAtAgencyPattern } from './Auth.js';
export {
  notificationPlaceholders,
  floorNotificationEvents,
  notificationPlaceholdersOf,
  notificationSubjectOf,
  notificationsSection,
  notificationTemplate,
  webhookSubscription,
} from './Notifications.js';
export type {
  NotificationPlaceholder,
  FloorNotificationEvent,
  NotificationsSection,
  NotificationTemplate,
  WebhookSubscription,
} from './Notifications.js';
export type { AuthSection, OidcIssuer } from './Auth.js';
export { coordination } from './Coordination.js';
export type { Coordination } from './Coordination.js';
export { survey } from './Survey.js';
export type { Survey } from './Survey.js';
export {
  workflowDefinition,
  serviceWorkflow,
  workflowStepKinds,
  workflowFinals,
  actorAgencyKeywords,
  riskLevels,
  reservedWorkflowEvents,
  reasonRules,
  stepClocks,
  waitExceededActions,
  outcomeNamePattern,
  workflowActor,
  outcomeCondition,
  outcomeRule,
  workflowOutcome,
  stepSla,
  teamPolicy,
  technicalTeam,
  workflowStep,
  stepOverride,
  returnsPolicy,
  expiryPolicy,
} from './WorkflowDefinition.js';
export type {
  WorkflowDefinition,
  ServiceWorkflow,
  WorkflowStepKind,
  WorkflowFinal,
  ActorAgencyKeyword,
  RiskLevel,
  ReservedWorkflowEvent,
  ReasonRule,
  StepClock,
  WaitExceededAction,
  WorkflowActor,
  OutcomeCondition,
  OutcomeRule,
  WorkflowOutcome,
  StepSla,
  TeamPolicy,
  TechnicalTeam,
  WorkflowStep,
  StepOverride,
  ReturnsPolicy,
  ExpiryPolicy,
} from './WorkflowDefinition.js';
export {
  apiVersion,
  mallSection,
  searchSynonym,
  mallFile,
  mallConfig,
  regencyCodePattern,
} from './MallDocument.js';
export type {
  MallSection,
  MallFile,
  MallFileInput,
  MallConfig,
  SearchSynonym,
} from './MallDocument.js';
export {
  weekdays,
  timeZones,
  agencyKinds,
  serviceTypes,
  applicationKinds,
  serviceChannels,
  slaUnits,
  expiryConsequences,
  complaintChannelKinds,
  legalBasisKinds,
  provenanceStatuses,
  calendarDayKinds,
  forumCadences,
  agreementKinds,
  coalitionKinds,
  wogIndicatorIds,
  surveyTopics,
  periodUnits,
  feeFactTypes,
  feeFactUnits,
  feeFactUnitSymbols,
  complaintTiers,
  complaintTierDays,
  complaintFirstResponseDays,
  queuePriorityGroups,
  complaintStates,
  weekdayLabels,
  slaUnitLabels,
  complaintTierLabels,
  workflowStepKindLabels,
} from './vocabularies.js';
export type {
  Weekday,
  TimeZone,
  AgencyKind,
  ServiceType,
  ApplicationKind,
  ServiceChannel,
  SlaUnit,
  ExpiryConsequence,
  ComplaintChannelKind,
  LegalBasisKind,
  ProvenanceStatus,
  CalendarDayKind,
  ForumCadence,
  AgreementKind,
  CoalitionKind,
  WogIndicatorId,
  SurveyTopic,
  PeriodUnit,
  FeeFactType,
  FeeFactUnit,
  ComplaintTier,
  QueuePriorityGroup,
  ComplaintState,
} from './vocabularies.js';
export { parseMallFile, parseWith, issuesFromZod } from './parseConfig.js';
export type { ParseResult } from './parseConfig.js';
export { compileFastParse } from './compileFastParse.js';
export type { FastParse, FastParseOptions } from './compileFastParse.js';
export { nearest } from './_nearest.js';
export { renderIssueCodesDoc } from './renderIssueCodesDoc.js';
export { renderConfigReference } from './renderConfigReference.js';
export * from './identifiers/index.js';
