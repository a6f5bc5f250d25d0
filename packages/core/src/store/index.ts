export type {
  ActorRef,
  ApplicationPage,
  ApplicationQuery,
  ApplicationRecord,
  InboxQuery,
  MallStore,
  NewEvent,
  StoredEvent,
} from './MallStore.js';
export { createMemoryStore } from './createMemoryStore.js';
export { ConflictError, StoreError, storeErrorCodes } from './errors.js';
export type { StoreErrorCode } from './errors.js';
export {
  GENESIS_HASH,
  canonicalJson,
  chainProblems,
  hashEvent,
  verifyChain,
} from './auditChain.js';
export type { ChainAnchor, ChainProblem, ChainVerification } from './auditChain.js';
export {
  auditKeyId,
  checkChainHeadSignature,
  createAuditKey,
  formatChainHeads,
  listChainHeads,
  parseAuditKey,
  parseChainHeads,
  signChainHead,
} from './chainHeads.js';
export type { AuditKeyPair, SignedChainHead } from './chainHeads.js';
export type {
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
} from './FloorStore.js';
export { notificationChannels, notificationStatuses } from './NotificationOutbox.js';
export type {
  NewNotification,
  NotificationChannel,
  NotificationEntry,
  NotificationOutbox,
  NotificationQuery,
  NotificationStatus,
} from './NotificationOutbox.js';
