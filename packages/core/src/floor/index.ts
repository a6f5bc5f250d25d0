// The mall floor: queue tickets and complaints.
export { createQueueDesk } from './createQueueDesk.js';
export type { QueueDesk, QueueDeskOptions, TakeTicketRequest } from './createQueueDesk.js';
export {
  createComplaintDesk,
  complaintActions,
  complaintActionsFor,
  complaintLifecycleOf,
} from './createComplaintDesk.js';
export type {
  ComplaintAction,
  ComplaintActor,
  ComplaintDesk,
  ComplaintDeskOptions,
  ComplaintLifecycleRules,
  ComplaintInput,
  ComplaintViewer,
  PublicComplaint,
} from './createComplaintDesk.js';
export { FloorError, floorErrorCodes } from './FloorError.js';
export type { FloorErrorCode } from './FloorError.js';
export { queueStatistics, complaintCompliance, reportFloor } from './floorReports.js';
export type { QueueStatisticsRow, ComplaintComplianceRow, FloorReport } from './floorReports.js';
