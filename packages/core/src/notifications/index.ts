export { planFloorNotifications, planNotifications } from './planNotifications.js';
export type {
  EmailMessage,
  FloorNotificationCause,
  NotificationCause,
  WebhookMessage,
} from './planNotifications.js';
export { signWebhook } from './signWebhook.js';
export type { WebhookSignatureInput } from './signWebhook.js';
export { backoffDelayMs, createNotificationWorker } from './createNotificationWorker.js';
export type {
  DeliveryRound,
  NotificationLogEntry,
  NotificationWorker,
  NotificationWorkerOptions,
  OutgoingEmail,
} from './createNotificationWorker.js';
