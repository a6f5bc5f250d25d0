export { computeIkm, ikmGrade, ikmGrades } from './computeIkm.js';
export { ikmRequiredSample } from './ikmRequiredSample.js';
export type {
  ComputeIkmOptions,
  ComputeIkmResult,
  IkmElementResult,
  IkmElementSpec,
  IkmGrade,
  IkmResponse,
  IkmResult,
} from './computeIkm.js';
export { parseIkmCsv } from './parseIkmCsv.js';
export type { IkmCsv, ParseIkmCsvOptions, ParseIkmCsvResult } from './parseIkmCsv.js';
export {
  assessWholeOfGovernment,
  wogAgreementThreshold,
  wogHandoffAttentionWorkingDays,
  wogIndicators,
} from './assessWholeOfGovernment.js';
export type {
  AssessWholeOfGovernmentOptions,
  WogAssessment,
  WogEvidence,
  WogIndicatorId,
  WogIndicatorVerdict,
  WogVerdictBasis,
} from './assessWholeOfGovernment.js';
export { reportDeadlineCompliance } from './reportDeadlineCompliance.js';
export type {
  AgencyStepCompliance,
  ApplicationOutcomes,
  ComplianceCounts,
  DeadlineComplianceOptions,
  DeadlineComplianceReport,
  DeadlineEventPayload,
  HandoffStats,
} from './reportDeadlineCompliance.js';
